"""Synthetic atlases for benchmarks: N places over the 38 districts of Chongqing with
realistic names, kinds, sectors, precisions and provenance, placed inside their districts.

Used by the atlas, maps and API benchmarks; deterministic for a given seed.
"""

from __future__ import annotations

import hashlib

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from extract.taxonomy import Taxonomy
from geo import boundaries
from layers.atlas import with_geometry

HEADS = list("东南西北中新金银龙凤云星华嘉鸿瑞盛兴隆泰恒通达远景明月阳光天海山水江湖")
MIDDLES = [
    "科创",
    "数字",
    "智慧",
    "国际",
    "金融",
    "创意",
    "软件",
    "总部",
    "设计",
    "数据",
    "商务",
    "物流",
]
KINDS = {  # kind: (share, suffixes, precisions, radius)
    "building": (0.55, ["大厦", "中心", "广场", "大楼", "号楼"], ["building", "block"], 80),
    "park": (0.2, ["产业园", "软件园", "基地", "科技园"], ["area", "block"], 800),
    "zone": (0.15, ["集聚区", "商务区", "片区", "商圈"], ["area"], 1500),
    "landmark": (0.04, ["街", "古镇", "会馆"], ["block"], 300),
    "facility": (0.04, ["实验室", "研究院", "服务中心"], ["block", "building"], 150),
    "port": (0.02, ["港"], ["area"], 2000),
}


def synthetic_places(n: int, seed: int = 7) -> gpd.GeoDataFrame:
    """``n`` place rows with the columns and geometry of a built atlas."""
    return with_geometry(synthetic_rows(n, seed))


def synthetic_rows(n: int, seed: int = 7) -> pd.DataFrame:
    """``n`` place rows with the columns of a built atlas, inside their districts, before
    their geometry is drawn."""
    rng = np.random.default_rng(seed)
    taxonomy = Taxonomy.load()
    sectors = [s for s in taxonomy.sectors.values() if not s.is_umbrella]
    districts = [d for d in boundaries.names(include_functional=False)]
    # Busier districts get more places: the centre carries most carriers.
    weights = np.array(
        [
            12 if d in ("渝中区", "江北区", "渝北区", "南岸区", "九龙坡区", "沙坪坝区") else 1
            for d in districts
        ],
        dtype=float,
    )
    chosen = rng.choice(len(districts), size=n, p=weights / weights.sum())
    kinds = list(KINDS)
    kind_of = rng.choice(len(kinds), size=n, p=[KINDS[k][0] for k in kinds])
    lon, lat = _points_in(districts, chosen, rng)
    rows = []
    for i in range(n):
        kind = kinds[kind_of[i]]
        _, suffixes, precisions, radius = KINDS[kind]
        district = districts[chosen[i]]
        name = (
            district[:2]
            + "".join(rng.choice(HEADS, 2))
            + rng.choice(MIDDLES)
            + rng.choice(suffixes)
            + (f"{i % 97}" if kind == "building" else "")
        )
        picked = [
            sectors[j] for j in rng.choice(len(sectors), size=rng.integers(1, 4), replace=False)
        ]
        precision = rng.choice(precisions)
        rows.append(
            {
                "id": "pl-"
                + hashlib.sha1(f"{name}|{kind}|{district}|{i}".encode()).hexdigest()[:10],
                "name": name,
                "aliases": "",
                "kind": kind,
                "district": district,
                "parent_id": "",
                "parent": "",
                "unnamed": False,
                "sector_ids": "|".join(s.id for s in picked),
                "sectors_zh": "、".join(s.name_zh for s in picked),
                "sectors_en": "; ".join(s.name_en for s in picked),
                "raw_sectors": "、".join(s.name_zh for s in picked),
                "lon": round(lon[i], 6),
                "lat": round(lat[i], 6),
                "radius_m": float(radius * rng.uniform(0.5, 1.5)),
                "precision": precision,
                "provider": "gazetteer",
                "source_crs": "WGS-84",
                "confidence": 0.6,
                "location_source": "synthetic",
                "location_note": "",
                "review": False,
                "review_reasons": "",
                "first_date": "2024-07-26",
                "latest_date": "2025-07-08",
                "mentions": 1,
                "documents": 1,
                "quote": f"依托{name}等重点楼宇，打造一批{picked[0].name_zh}特色产业楼宇。",
                "source_document": "合成测试文档",
            }
        )
    return pd.DataFrame(rows)


def _points_in(districts: list[str], chosen: np.ndarray, rng) -> tuple[np.ndarray, np.ndarray]:
    """A random point inside the chosen district of each place (rejection sampling)."""
    lon = np.empty(len(chosen))
    lat = np.empty(len(chosen))
    for d, name in enumerate(districts):
        idx = np.flatnonzero(chosen == d)
        polygon = boundaries.district_polygon(name)
        shapely.prepare(polygon)
        minx, miny, maxx, maxy = polygon.bounds
        filled = 0
        while filled < len(idx):
            k = (len(idx) - filled) * 3 + 10
            xs, ys = rng.uniform(minx, maxx, k), rng.uniform(miny, maxy, k)
            inside = shapely.contains_xy(polygon, xs, ys)
            take = min(int(inside.sum()), len(idx) - filled)
            lon[idx[filled : filled + take]] = xs[inside][:take]
            lat[idx[filled : filled + take]] = ys[inside][:take]
            filled += take
    return lon, lat


def synthetic_tables(places: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The attribute tables of a synthetic atlas."""
    taxonomy = Taxonomy.load()
    sectors = pd.DataFrame(
        [
            {"id": s.id, "parent": s.parent or "", "name_zh": s.name_zh, "name_en": s.name_en}
            for s in taxonomy.sectors.values()
        ]
    )
    links = places[["id", "sector_ids", "quote"]].assign(
        sector_id=places["sector_ids"].str.split("|")
    )
    links = links.explode("sector_id").rename(columns={"id": "place_id"})[
        ["place_id", "sector_id", "quote"]
    ]
    documents = pd.DataFrame(
        [{"id": "doc-synthetic", "title": "合成测试文档", "date": "2024-07-26"}]
    )
    return {
        "sectors": sectors,
        "place_sectors": links.reset_index(drop=True),
        "documents": documents,
    }
