"""The atlas: extracted and geocoded places as GIS layers and tables, in memory.

Layers (WGS-84, EPSG:4326): one per kind of carrier (``extract.model.KINDS``: ``parks``,
``zones``, ``buildings`` …), each feature a polygon where an extent is known (a circle of
the place's radius, drawn in a projected CRS) and otherwise a point; and ``districts``,
the boundaries with per-sector carrier counts. Tables: ``sectors``, ``place_sectors``,
``documents``, ``mentions``, ``targets``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import geopandas as gpd
import pandas as pd

from extract.model import KINDS, Document, Place
from extract.taxonomy import Taxonomy
from geo import admin, boundaries
from geo.crs import PROJECTED_CRS
from geo.model import Location
from geo.resolve import Resolved

LAYER_OF_KIND = {k.id: k.layer for k in KINDS.values()}
"""The layer of each kind of carrier (``extract.model.KINDS``)."""
PLACE_LAYERS = tuple(LAYER_OF_KIND.values())
EXTENT_PRECISIONS = ("area", "block")
"""Precisions whose radius is an extent worth drawing; a building is a point, and a
county-precision point says nothing of the place's shape."""
EXTENT_KINDS = tuple(k.id for k in KINDS.values() if k.extent)
"""Kinds of carrier that cover ground; buildings and facilities are sites."""
CRS = "EPSG:4326"


@dataclass
class Atlas:
    """Every layer and table of one build."""

    layers: dict[str, gpd.GeoDataFrame]
    tables: dict[str, pd.DataFrame]
    report: dict = field(default_factory=dict)


def place_rows(
    places: list[Place],
    resolved: dict[str, Resolved],
    documents: list[Document],
    taxonomy: Taxonomy,
) -> gpd.GeoDataFrame:
    """One row per place, with its location, provenance, sectors and dates."""
    dates = {d.id: d.date for d in documents}
    titles = {d.id: d.title for d in documents}
    ids = {p.name: p.id for p in places}
    rows = []
    for p in places:
        loc = resolved[p.id].location
        located = _location_columns(loc)
        sector_ids = p.sectors
        named = [dates[m.doc] for m in p.mentions if dates.get(m.doc)]
        first = p.mentions[0]
        rows.append({
            "id": p.id, "name": p.name, "aliases": "|".join(p.aliases), "kind": p.kind,
            "district": resolved[p.id].district, **unit_columns(resolved[p.id].unit),
            "parent_id": ids.get(p.parent, ""),
            "parent": p.parent, "unnamed": p.unnamed,
            "sector_ids": "|".join(sector_ids),
            "sectors_zh": "、".join(taxonomy.get(s).name_zh for s in sector_ids),
            "sectors_en": "; ".join(taxonomy.get(s).name_en for s in sector_ids),
            "raw_sectors": "、".join(p.raw_sectors),
            **located,
            "review": resolved[p.id].flagged,
            "review_codes": "|".join(dict.fromkeys(f.reason for f in resolved[p.id].flags)),
            "review_reasons": "; ".join(resolved[p.id].notes),
            "first_date": min(named, default=""), "latest_date": max(named, default=""),
            "mentions": len(p.mentions), "documents": len({m.doc for m in p.mentions}),
            "quote": first.quote, "source_document": titles.get(first.doc, ""),
        })  # fmt: skip
    return with_geometry(pd.DataFrame(rows, columns=PLACE_COLUMNS))


PLACE_COLUMNS = [
    "id", "name", "aliases", "kind", "district", "province", "city", "county", "unit_code",
    "parent_id", "parent", "unnamed",
    "sector_ids", "sectors_zh", "sectors_en", "raw_sectors", "lon", "lat", "radius_m",
    "precision", "provider", "source_crs", "confidence", "location_source", "location_note",
    "review", "review_codes", "review_reasons", "first_date", "latest_date", "mentions",
    "documents", "quote", "source_document",
]  # fmt: skip
"""The columns of every place layer, in order: an empty layer keeps them."""
NOT_LOCATED = "未定位 / not located"
"""What a place with no location shows instead of a point."""


def unit_columns(unit: admin.Unit | None) -> dict[str, str]:
    """The administrative units a place lies in, by level (a municipality is its own
    city), and the GB/T 2260 code of the finest: ``unit_code`` starts with the code
    prefix of every unit above it (33 浙江省, 3301 杭州市, 330108 滨江区)."""
    if unit is None:
        return {"province": "", "city": "", "county": "", "unit_code": ""}
    levels = {u.level: u.name for u in admin.chain(unit.code)}
    municipality = unit.code[:2] in admin.MUNICIPALITIES
    return {
        "province": levels.get("province", ""),
        "city": levels.get("province", "") if municipality else levels.get("city", ""),
        "county": levels.get("county", ""),
        "unit_code": unit.code,
    }


def _location_columns(loc: Location | None) -> dict:
    """A location's columns; a place with none has empty ones (and no geometry)."""
    if loc is None:
        return {"lon": None, "lat": None, "radius_m": None, "precision": "", "provider": "",
                "source_crs": "", "confidence": 0.0, "location_source": "",
                "location_note": NOT_LOCATED}  # fmt: skip
    return {"lon": round(loc.lon, 6), "lat": round(loc.lat, 6), "radius_m": loc.radius_m,
            "precision": loc.precision, "provider": loc.provider, "source_crs": loc.source_crs,
            "confidence": loc.confidence, "location_source": loc.source,
            "location_note": loc.note}  # fmt: skip


def with_geometry(rows: pd.DataFrame) -> gpd.GeoDataFrame:
    """Place rows with their geometry: a circle of the place's extent for an area-like
    carrier located to an area or block, a point otherwise (a building's radius is its
    uncertainty, not its extent). Circles are drawn in a projected CRS, all at once. A
    place with no location has no geometry (GeoJSON ``null``)."""
    rows = rows.astype({"lon": float, "lat": float, "radius_m": float})
    located = rows["lon"].notna() & rows["lat"].notna()
    points = gpd.GeoSeries(gpd.points_from_xy(rows["lon"], rows["lat"]), crs=CRS)
    points[~located] = None
    extent = (
        located
        & rows["kind"].isin(EXTENT_KINDS)
        & rows["precision"].isin(EXTENT_PRECISIONS)
        & (rows["radius_m"].fillna(0) > 0)
    )
    geometry = points.copy()
    if extent.any():
        projected = points[extent].to_crs(PROJECTED_CRS)
        circles = projected.buffer(rows.loc[extent, "radius_m"].to_numpy(), quad_segs=8)
        geometry[extent] = circles.to_crs(CRS)
    return gpd.GeoDataFrame(rows, geometry=geometry, crs=CRS)


def read_places(store) -> gpd.GeoDataFrame:
    """Every place of every place layer of ``store`` (anything with ``layer(name)``) in
    one WGS-84 frame, geometry null where a place is not located. With no place at all,
    an empty frame that still has the place columns."""
    frames = [store.layer(name) for name in PLACE_LAYERS]
    frames = [f for f in frames if len(f)] or frames[:1]
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=CRS)


def district_layer(places: gpd.GeoDataFrame, taxonomy: Taxonomy) -> gpd.GeoDataFrame:
    """District boundaries with the number of carriers in each, in all and by top-level
    sector (a place counts once under each top-level sector it serves): Chongqing's
    districts, counties and functional areas (places count in the district their plan
    gives, located or not), then every unit elsewhere in China that places lie in — its
    county, else its city or province — named with its city (武汉市武昌区) so that
    namesakes stay apart."""
    frame = boundaries.load_boundaries()[["name", "level", "approximate", "source", "geometry"]]
    frame = frame.copy()
    tops = [s.id for s in taxonomy.sectors.values() if s.parent is None and not s.is_umbrella]
    elsewhere = _units_elsewhere(places)
    counts: dict[str, Counter] = {}
    for district, code, sector_ids in zip(
        places["district"], places["unit_code"], places["sector_ids"], strict=True
    ):
        unit = elsewhere.get(code[:6]) or elsewhere.get(code[:4]) or elsewhere.get(code[:2])
        # A place's district names a row of Chongqing's only if the place lies there: a
        # place of Ningbo's 江北区 counts in 宁波市江北区, not in Chongqing's 江北区.
        home = not code or code.startswith(CHONGQING_PREFIX)
        for key in {district if home else "", unit[1] if unit else ""} - {""}:
            counts.setdefault(key, Counter())["total"] += 1
            for top in {taxonomy.top_level(s) for s in sector_ids.split("|") if s}:
                counts[key][top] += 1
    if elsewhere:
        units = [admin.by_code(code) for code, _ in elsewhere.values()]
        added = gpd.GeoDataFrame(
            {"name": [label for _, label in elsewhere.values()],
             "level": [u.level for u in units], "approximate": False,
             "source": f"geo.admin: {admin.BOUNDARY_SOURCE}"},
            geometry=[admin.polygon(u.code) for u in units], crs=CRS,
        )  # fmt: skip
        frame = pd.concat([frame, added], ignore_index=True)
    frame["carriers"] = [counts.get(n, Counter())["total"] for n in frame["name"]]
    for top in tops:
        frame[f"n_{top}"] = [counts.get(n, Counter())[top] for n in frame["name"]]
    return gpd.GeoDataFrame(frame, geometry="geometry", crs=CRS)


def _units_elsewhere(places: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """Code prefix → (code, name) of the units outside Chongqing that places lie in: each
    place's county, else its city, else its province."""
    found: dict[str, tuple[str, str]] = {}
    for code in set(places["unit_code"]) - {""}:
        if code.startswith(CHONGQING_PREFIX):
            continue
        chain = {u.level: u for u in admin.chain(code)}
        unit = chain.get("county") or chain.get("city") or chain.get("province")
        if unit is None:
            continue
        found[unit.code[: admin.CODE_PREFIX[unit.level]]] = (unit.code, admin.layer_name(unit))
    return dict(sorted(found.items()))


CHONGQING_PREFIX = "50"
"""Units of 重庆市 are in the districts layer already, with its functional areas."""


def assemble(
    places: gpd.GeoDataFrame, tables: dict[str, pd.DataFrame], taxonomy: Taxonomy, report: dict
) -> Atlas:
    """The atlas of these place rows: a layer per kind, the districts with their counts,
    and the tables."""
    layers = {
        name: places[places["kind"].map(LAYER_OF_KIND) == name].reset_index(drop=True)
        for name in PLACE_LAYERS
    }
    layers["districts"] = district_layer(places, taxonomy)
    return Atlas(layers, tables, report)
