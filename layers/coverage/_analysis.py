"""Coverage analysis for planners, computed from an atlas: which sectors have carriers
where, what each plan targets against what it names, gaps, and where plans overlap.

Distances, buffers and areas are computed in ``geo.crs.PROJECTED_CRS`` (UTM 48N),
never in degrees. Every figure keeps the ids of the places and targets behind it, so a
report can link each number to the clauses that produced it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import geopandas as gpd
import pandas as pd
import shapely

from extract.taxonomy import Taxonomy
from geo import admin, boundaries
from geo.crs import PROJECTED_CRS
from geo.resolve import ADMINISTRATIVE
from layers.atlas import read_places
from layers.stores import LayerReader

SERVICE_RADIUS_M = 1000
"""A carrier serves the ground within this distance (the planners' 1 km service area)."""
ISOLATION_M = 5000
"""A carrier with no other carrier of its sector nearer than this is isolated."""
NEIGHBOUR_M = 3000
"""Zones and parks nearer than this, planned for one sector, overlap."""
CITY = "重庆市"


@dataclass
class Coverage:
    """The analysis, as tables ready to print, export or link."""

    matrix: pd.DataFrame
    """sector × district × kind: number of carriers (with the place ids)."""
    targets: pd.DataFrame
    """Each target against the carriers the same plan names for its sector and kind."""
    gaps: dict[str, pd.DataFrame]
    """``targeted_without_carriers``, ``carriers_without_sector``, ``zones_without_buildings``."""
    overlaps: pd.DataFrame
    """Places named by the city plan and a district plan, with the sectors each gives."""
    neighbours: pd.DataFrame
    """Zones and parks planned for one sector within ``NEIGHBOUR_M`` of each other."""
    spatial: pd.DataFrame
    """sector × district: km² within 1 km of the sector's carriers, share of the district."""
    isolated: pd.DataFrame
    """Carriers whose nearest carrier of the same sector is far."""
    places: pd.DataFrame = field(repr=False)
    """The places analysed, with the clause that names each (for links)."""
    districts: gpd.GeoDataFrame = field(repr=False)
    """The atlas's district boundaries (Chongqing's and every unit elsewhere that places
    lie in), for the report's map."""


def places_of(store: LayerReader) -> gpd.GeoDataFrame:
    """Every place of the atlas in one frame, with its geometry in WGS-84."""
    return read_places(store)


def analyse(
    store: LayerReader, *, sector: str | None = None, district: str | None = None
) -> Coverage:
    """The whole analysis of ``store``, optionally narrowed to a sector (with its
    sub-sectors; ``Taxonomy.resolve``) and an area (``geo.admin.area``: any unit of
    China, everything inside it, or a functional area). ``UnknownName`` for a sector or
    district nothing answers to, before the atlas is read."""
    taxonomy = Taxonomy.load()
    keep = taxonomy.covers(taxonomy.resolve(sector).id) if sector else None
    area = admin.area(district) if district else None
    places = places_of(store)
    links = store.layer("place_sectors")
    docs = store.layer("documents").set_index("id")
    mentions = store.layer("mentions")
    targets = store.layer("targets")
    if keep is not None:
        places = places[places["sector_ids"].map(lambda ids: bool(set(ids.split("|")) & keep))]
        targets = targets[targets["sector_id"].isin(keep)]
    if area is not None:
        places = places[area.matches(places["district"], places["unit_code"])]
    places = places.reset_index(drop=True)
    # Only located places take part in what is measured on the ground; the others are
    # counted in the matrix and the targets, and listed as not located.
    located = places[places.geometry.notna()].reset_index(drop=True)
    return Coverage(
        matrix=sector_matrix(places, taxonomy),
        targets=targets_against_carriers(targets, places, mentions, docs, taxonomy),
        gaps={
            "targeted_without_carriers": targeted_without_carriers(targets, places, taxonomy),
            "carriers_without_sector": places.loc[
                places["sector_ids"] == "", ["id", "name", "kind", "district", "quote"]
            ],
            "zones_without_buildings": zones_without_buildings(places),
        },
        overlaps=plan_overlaps(places, links, mentions, docs, taxonomy),
        neighbours=neighbouring_zones(located, taxonomy),
        spatial=spatial_coverage(located, taxonomy),
        isolated=isolated_carriers(located, taxonomy),
        places=places.drop(columns="geometry"),
        districts=store.layer("districts"),
    )


def _tops(taxonomy: Taxonomy, ids: str) -> set[str]:
    return {taxonomy.top_level(s) for s in ids.split("|") if s}


def sector_matrix(places: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """Carriers per sector (top level and the sub-sectors places carry), district and kind.
    A place counts under each sector it serves and under that sector's top level (for a
    national classification, its section: ``Taxonomy.section``)."""
    cells: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for _, p in places.iterrows():
        sectors = {s for s in p["sector_ids"].split("|") if s}
        sectors |= {taxonomy.section(s) for s in sectors}
        for s in sectors:
            cells[(s, p["district"] or "(unknown)", p["kind"])].append(p["id"])
    rows = [
        {
            "sector_id": s,
            "sector_zh": taxonomy.get(s).name_zh,
            "sector_en": taxonomy.get(s).name_en,
            "level": "top" if taxonomy.section(s) == s else "sub",
            "district": d,
            "kind": k,
            "carriers": len(ids),
            "place_ids": "|".join(ids),
        }
        for (s, d, k), ids in sorted(cells.items())
    ]
    return pd.DataFrame(
        rows,
        columns=[
            "sector_id",
            "sector_zh",
            "sector_en",
            "level",
            "district",
            "kind",
            "carriers",
            "place_ids",
        ],
    )


def targets_against_carriers(
    targets: pd.DataFrame,
    places: pd.DataFrame,
    mentions: pd.DataFrame,
    docs: pd.DataFrame,
    taxonomy: Taxonomy,
) -> pd.DataFrame:
    """Each target beside the carriers the same plan names for its sector and kind, and
    the gap (target minus named; negative when the plan names more than it targets)."""
    named_in = mentions.groupby("place_id")["doc_id"].agg(set)
    rows = []
    for _, t in targets.iterrows():
        covers = taxonomy.covers(t["sector_id"]) if t["sector_id"] else None
        # astype: map() on an empty text column gives a text column, not a boolean one.
        in_plan = places["id"].map(lambda i, doc=t["doc_id"]: doc in named_in.get(i, set()))
        in_sector = places["sector_ids"].map(
            lambda ids, c=covers: c is None or bool(set(ids.split("|")) & c)
        )
        in_plan, in_sector = in_plan.astype(bool), in_sector.astype(bool)
        hits = places[(places["kind"] == t["kind"]) & in_plan & in_sector]
        rows.append(
            {
                "doc_id": t["doc_id"],
                "plan": docs.at[t["doc_id"], "title"] if t["doc_id"] in docs.index else "",
                "sector_id": t["sector_id"],
                "sector_phrase": t["sector_phrase"] or "(all sectors)",
                "kind": t["kind"],
                "year": int(t["year"]) if pd.notna(t["year"]) else None,
                "target": int(t["count"]),
                "at_least": bool(t["at_least"]),
                "named": len(hits),
                "gap": int(t["count"]) - len(hits),
                "place_ids": "|".join(hits["id"]),
                "quote": t["quote"],
            }
        )
    # A year stays an integer (2027, not 2027.0) when some target states none.
    return pd.DataFrame(rows, columns=TARGET_COLUMNS).astype({"year": "Int64"})


TARGET_COLUMNS = ["doc_id", "plan", "sector_id", "sector_phrase", "kind", "year", "target",
                  "at_least", "named", "gap", "place_ids", "quote"]  # fmt: skip


def targeted_without_carriers(
    targets: pd.DataFrame, places: pd.DataFrame, taxonomy: Taxonomy
) -> pd.DataFrame:
    """Sectors a plan targets that no named carrier in the atlas hosts."""
    served: set[str] = set()
    for ids in places["sector_ids"]:
        served |= {s for s in ids.split("|") if s}
    rows = []
    for sector_id, group in targets[targets["sector_id"] != ""].groupby("sector_id"):
        if not taxonomy.covers(sector_id) & served:
            rows.append(
                {
                    "sector_id": sector_id,
                    "sector_zh": taxonomy.get(sector_id).name_zh,
                    "targets": len(group),
                    "quote": group.iloc[0]["quote"],
                }
            )
    return pd.DataFrame(rows, columns=["sector_id", "sector_zh", "targets", "quote"])


def zones_without_buildings(places: gpd.GeoDataFrame) -> pd.DataFrame:
    """Zones and parks with no building named inside them: none has it as parent and no
    located building lies within its extent."""
    areas = places[places["kind"].isin(["zone", "park"])]
    buildings = places[(places["kind"] == "building") & ~places["precision"].isin(ADMINISTRATIVE)]
    inside = gpd.sjoin(buildings[["geometry"]], areas[["id", "geometry"]], predicate="within")
    hosts = set(places["parent_id"]) | set(inside["id"])
    lonely = areas[~areas["id"].isin(hosts)]
    return lonely[["id", "name", "kind", "district", "quote"]].reset_index(drop=True)


def plan_overlaps(
    places: pd.DataFrame,
    links: pd.DataFrame,
    mentions: pd.DataFrame,
    docs: pd.DataFrame,
    taxonomy: Taxonomy,
) -> pd.DataFrame:
    """Places named by the city plan and by a district plan, with the sectors each plan
    gives them and where they differ."""
    level = docs["jurisdiction"].map(lambda j: "city" if j in ("", CITY) else "district")
    rows = []
    for _, p in places.iterrows():
        named = set(mentions.loc[mentions["place_id"] == p["id"], "doc_id"])
        by_level = {lv: {d for d in named if level.get(d) == lv} for lv in ("city", "district")}
        if not (by_level["city"] and by_level["district"]):
            continue
        mine = links[links["place_id"] == p["id"]]
        sectors = {
            lv: {s for s in mine.loc[mine["doc_id"].isin(ds), "sector_id"] if s}
            for lv, ds in by_level.items()
        }
        rows.append(
            {
                "id": p["id"],
                "name": p["name"],
                "kind": p["kind"],
                "district": p["district"],
                "city_plans": "|".join(sorted(by_level["city"])),
                "district_plans": "|".join(sorted(by_level["district"])),
                "city_sectors": "、".join(taxonomy.get(s).name_zh for s in sorted(sectors["city"])),
                "district_sectors": "、".join(
                    taxonomy.get(s).name_zh for s in sorted(sectors["district"])
                ),
                "only_city": "、".join(
                    taxonomy.get(s).name_zh for s in sorted(sectors["city"] - sectors["district"])
                ),
                "only_district": "、".join(
                    taxonomy.get(s).name_zh for s in sorted(sectors["district"] - sectors["city"])
                ),
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "id",
            "name",
            "kind",
            "district",
            "city_plans",
            "district_plans",
            "city_sectors",
            "district_sectors",
            "only_city",
            "only_district",
        ],
    )


def neighbouring_zones(places: gpd.GeoDataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """Pairs of zones or parks planned for one top-level sector within ``NEIGHBOUR_M``."""
    areas = places[
        places["kind"].isin(["zone", "park"]) & ~places["precision"].isin(ADMINISTRATIVE)
    ]
    projected = areas.to_crs(PROJECTED_CRS).reset_index(drop=True)
    tree = shapely.STRtree(projected.geometry.values)
    left, right = tree.query(projected.geometry.values, predicate="dwithin", distance=NEIGHBOUR_M)
    rows = []
    for i, j in zip(left, right, strict=True):
        if i >= j:
            continue
        a, b = projected.iloc[i], projected.iloc[j]
        shared = _tops(taxonomy, a["sector_ids"]) & _tops(taxonomy, b["sector_ids"])
        if shared:
            rows.append(
                {
                    "a_id": a["id"],
                    "a_name": a["name"],
                    "b_id": b["id"],
                    "b_name": b["name"],
                    "distance_m": round(a.geometry.distance(b.geometry)),
                    "sectors": "、".join(taxonomy.get(s).name_zh for s in sorted(shared)),
                }
            )
    return pd.DataFrame(rows, columns=["a_id", "a_name", "b_id", "b_name", "distance_m", "sectors"])


def spatial_coverage(places: gpd.GeoDataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """Per top-level sector and district: the area within ``SERVICE_RADIUS_M`` of the
    sector's located carriers, and its share of the district."""
    located = places[~places["precision"].isin(ADMINISTRATIVE)].to_crs(PROJECTED_CRS)
    districts = boundaries.load_boundaries()
    districts = districts[~districts["approximate"]].to_crs(PROJECTED_CRS).set_index("name")
    rows = []
    by_sector: dict[str, list[int]] = defaultdict(list)
    for i, ids in enumerate(located["sector_ids"]):
        for top in _tops(taxonomy, ids):
            by_sector[top].append(i)
    for top, idx in sorted(by_sector.items()):
        served = shapely.union_all(located.geometry.iloc[idx].buffer(SERVICE_RADIUS_M).values)
        for name, polygon in districts.geometry.items():
            if not served.intersects(polygon):
                continue
            km2 = served.intersection(polygon).area / 1e6
            rows.append(
                {
                    "sector_id": top,
                    "sector_zh": taxonomy.get(top).name_zh,
                    "district": name,
                    "served_km2": round(km2, 2),
                    "share": round(km2 / (polygon.area / 1e6), 4),
                }
            )
    return pd.DataFrame(rows, columns=["sector_id", "sector_zh", "district", "served_km2", "share"])


def isolated_carriers(places: gpd.GeoDataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """For each located carrier, the distance to the nearest other carrier of a sector it
    shares; those farther than ``ISOLATION_M`` (or alone in their sector) are listed."""
    located = (
        places[~places["precision"].isin(ADMINISTRATIVE)]
        .to_crs(PROJECTED_CRS)
        .reset_index(drop=True)
    )
    tops = [_tops(taxonomy, ids) for ids in located["sector_ids"]]
    points = located.geometry.centroid.values
    rows = []
    for i, mine in enumerate(tops):
        others = [j for j in range(len(located)) if j != i and tops[j] & mine]
        nearest = min((points[i].distance(points[j]) for j in others), default=None)
        if mine and (nearest is None or nearest > ISOLATION_M):
            rows.append(
                {
                    "id": located.at[i, "id"],
                    "name": located.at[i, "name"],
                    "district": located.at[i, "district"],
                    "nearest_same_sector_m": None if nearest is None else round(nearest),
                }
            )
    return pd.DataFrame(rows, columns=["id", "name", "district", "nearest_same_sector_m"])
