"""The five maps: what each one shows, in WGS-84, before it is drawn.

* ``overview``: every carrier, coloured by top-level sector.
* ``sector``: the carriers of one sector and its sub-sectors, with the parks and zones
  they belong to (the map a promoter sends a software firm).
* ``district``: the carriers of one district (named by the plan or located inside it).
* ``place``: one place and its neighbours within ``radius_km``, with distances.
* ``coverage``: districts shaded by the number of carriers of a sector, and the 1 km
  service areas around those carriers.

Distances, buffers and areas are computed in ``geo.crs.PROJECTED_CRS`` (UTM 48N).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from extract.taxonomy import Sector, Taxonomy
from geo import admin, boundaries
from geo.crs import PROJECTED_CRS, WGS84, transformer
from geo.resolve import ADMINISTRATIVE
from maps.data import AtlasData
from maps.errors import MapError
from maps.i18n import text
from maps.style import (
    CONTEXT,
    Grouping,
    ShadeClass,
    sector_grouping,
    shade_classes,
    shade_of,
    top_level_grouping,
)

SERVICE_RADIUS_M = 1000.0
"""The walking distance a coverage map's service areas reach."""

BOUNDARY_TOLERANCE_M = 250.0
"""How far a drawn district boundary may stray from the true one (keeps pages small)."""
FOCUS_TOLERANCE_M = 30.0
"""The same for the district a district map is about."""

FUNCTIONAL = boundaries.FUNCTIONAL_AREA


@dataclass
class View:
    """One map's content in WGS-84, ready to be drawn in any basemap's CRS."""

    title: str
    places: gpd.GeoDataFrame
    """The places drawn; an optional ``group`` column forces a colour group, an optional
    ``distance_m`` column is the distance from the focus place."""
    grouping: Grouping
    districts: gpd.GeoDataFrame
    """``name, functional, count, shade, focus, label_lon, label_lat, geometry``
    (simplified boundaries)."""
    bounds: tuple[float, float, float, float]
    """The extent to show first (min lon, min lat, max lon, max lat)."""
    shades: list[ShadeClass] | None = None
    choropleth_title: str = ""
    service: gpd.GeoDataFrame | None = None
    service_km2: float = 0.0
    ring: gpd.GeoDataFrame | None = None
    ring_km: float = 0.0
    focus: str | None = None
    unlocated: pd.DataFrame | None = None
    """Places of the view nothing locates: listed beside the map, never drawn."""


# --- targets ----------------------------------------------------------------------------


def find_sector(taxonomy: Taxonomy, target: str | None) -> Sector:
    """The sector ``target`` names (``Taxonomy.resolve``: an id, a Chinese or English
    name, a synonym); ``MapError`` when there is none, ``UnknownName`` when it names
    none."""
    if not target:
        raise MapError("this map needs a sector, e.g. software-info or 软件信息")
    return taxonomy.resolve(target)


def find_district(target: str | None) -> tuple[str, BaseGeometry]:
    """The full name and WGS-84 polygon of the area ``target`` names (``geo.admin.area``:
    a Chongqing district, county or functional area, or any province, city or county of
    China, by full or short name or code); ``MapError`` when there is none or it is a
    town (no source outlines towns), ``UnknownName`` when it names none."""
    if not target:
        raise MapError("this map needs a district, e.g. 渝中区")
    area = admin.area(target)
    if area.code and admin.level_of(area.code) == "town":
        raise MapError(f"{area.name} is a town; a district map needs a county, city or province")
    return area.name, area.polygon()


def find_place(places: pd.DataFrame, target: str | None) -> int:
    """The row of the place ``target`` names: its id, or its unique name or alias."""
    if not target:
        raise MapError("this map needs a place id, e.g. pl-ea5203a61e")
    rows = np.flatnonzero(places["id"].to_numpy() == target)
    if not len(rows):
        rows = np.flatnonzero(_names(places, target).to_numpy())
    if len(rows) == 1:
        return int(rows[0])
    if len(rows) > 1:
        ids = ", ".join(places["id"].iloc[rows])
        raise MapError(f"{target!r} names {len(rows)} places ({ids}); give the id")
    raise MapError(f"unknown place {target!r}: no place has this id or name")


def _names(places: pd.DataFrame, target: str) -> pd.Series:
    """Which of ``places`` ``target`` names: by id, name or alias."""
    aliases = places["aliases"].fillna("").str.split("|")
    return (
        (places["id"] == target)
        | (places["name"] == target)
        | aliases.apply(lambda names: target in names)
    )


# --- geometry ---------------------------------------------------------------------------


def _projected_xy(places: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    t = transformer(WGS84, PROJECTED_CRS)
    return t.transform(places["lon"].to_numpy(float), places["lat"].to_numpy(float))


def _simplified(geometries: gpd.GeoSeries, tolerance_m: float, coverage: bool) -> np.ndarray:
    """Boundaries simplified in the projected CRS; a coverage keeps shared edges shared."""
    projected = geometries.to_crs(PROJECTED_CRS).to_numpy()
    if coverage:
        simple = shapely.coverage_simplify(projected, tolerance_m)
    else:
        simple = shapely.simplify(projected, tolerance_m)
    return gpd.GeoSeries(simple, crs=PROJECTED_CRS).to_crs(WGS84).to_numpy()


def district_shapes(
    districts: gpd.GeoDataFrame, counts: pd.Series, focus: str | None = None
) -> gpd.GeoDataFrame:
    """The district boundaries to draw: simplified (the focus district less so), with a
    count each (``counts``, by name), no shade, and a point well inside for the name."""
    functional = (districts["level"] == FUNCTIONAL).to_numpy()
    geometry = np.empty(len(districts), dtype=object)
    geometry[~functional] = _simplified(districts.geometry[~functional], BOUNDARY_TOLERANCE_M, True)
    geometry[functional] = _simplified(districts.geometry[functional], BOUNDARY_TOLERANCE_M, False)
    label = np.array([_label(name, shape) for name, shape in zip(
        districts["name"], districts.geometry, strict=True)])  # fmt: skip
    is_focus = (districts["name"] == focus).to_numpy()
    if is_focus.any():
        geometry[is_focus] = _simplified(districts.geometry[is_focus], FOCUS_TOLERANCE_M, False)
    return gpd.GeoDataFrame(
        {
            "name": districts["name"].to_numpy(),
            "functional": functional,
            "count": districts["name"].map(counts).fillna(0).astype(int).to_numpy(),
            "shade": -1,
            "focus": is_focus,
            "label_lon": label[:, 0],
            "label_lat": label[:, 1],
        },
        geometry=gpd.GeoSeries(geometry, crs=WGS84),
        crs=WGS84,
    )


def _label(name: str, shape: BaseGeometry) -> tuple[float, float]:
    """Where a boundary's name goes: well inside it (a unit outside Chongqing's layer:
    a point inside its polygon)."""
    if name in boundaries.names():
        return boundaries.centroid(name)
    inside = shape.representative_point()
    return inside.x, inside.y


def places_bounds(places: pd.DataFrame, core: float = 0.03) -> tuple[float, float, float, float]:
    """Where most places are: the box between the ``core`` and ``1 - core`` quantiles of
    their coordinates (all of them when there are few), so one far county does not
    shrink the city centre to a dot."""
    lon, lat = places["lon"].to_numpy(float), places["lat"].to_numpy(float)
    if not len(lon):
        return boundaries.load_boundaries().total_bounds.tolist()
    q = (0.0, 1.0) if len(lon) <= 30 else (core, 1 - core)
    (x0, x1), (y0, y1) = np.quantile(lon, q), np.quantile(lat, q)
    return float(x0), float(y0), float(x1), float(y1)


def _sector_rows(places: pd.DataFrame, covered: set[str]) -> np.ndarray:
    """Whether each place serves one of the ``covered`` sector ids."""
    return (
        places["sector_ids"]
        .fillna("")
        .str.split("|")
        .apply(covered.intersection)
        .astype(bool)
        .to_numpy()
    )


def _counts_by_location(places: pd.DataFrame, districts: gpd.GeoDataFrame) -> pd.Series:
    """How many of ``places`` lie in each district (functional areas counted apart)."""
    if places.empty:
        return pd.Series(dtype=int)
    points = shapely.points(places["lon"].to_numpy(float), places["lat"].to_numpy(float))
    district_of_hit, _ = shapely.STRtree(points).query(districts.geometry.to_numpy(), "intersects")
    return districts["name"].iloc[district_of_hit].value_counts()


# --- the five maps ----------------------------------------------------------------------


def overview(data: AtlasData, taxonomy: Taxonomy, lang: str, **_) -> View:
    """Every carrier of the atlas."""
    places = data.places
    return View(
        title=text("overview", lang),
        places=places,
        grouping=top_level_grouping(taxonomy, lang),
        districts=district_shapes(data.districts, _counts_by_location(places, data.districts)),
        bounds=places_bounds(places),
        unlocated=data.unlocated,
    )


def sector(data: AtlasData, taxonomy: Taxonomy, lang: str, target: str | None, **_) -> View:
    """The carriers of a sector (with its sub-sectors and the umbrella terms covering
    it) and, for context, the parks and zones they belong to."""
    chosen = find_sector(taxonomy, target)
    places = data.places
    inside = _sector_rows(places, taxonomy.covers(chosen.id))
    parents = set(places.loc[inside, "parent_id"].dropna()) - {""}
    context = places["id"].isin(parents).to_numpy() & ~inside
    shown = places[inside | context].copy()
    shown["group"] = np.where(context[inside | context], CONTEXT, "")
    name = chosen.name_en if lang == "en" else chosen.name_zh
    return View(
        title=text("sector", lang, name=name),
        places=shown,
        grouping=sector_grouping(taxonomy, chosen.id, lang),
        districts=district_shapes(data.districts, _counts_by_location(shown, data.districts)),
        bounds=places_bounds(shown),
        unlocated=data.unlocated[_sector_rows(data.unlocated, taxonomy.covers(chosen.id))],
    )


def district(data: AtlasData, taxonomy: Taxonomy, lang: str, target: str | None, **_) -> View:
    """The carriers a plan assigns to the unit, and those located inside it; any county,
    city or province of China (its boundary drawn beside the atlas's districts)."""
    name, polygon = find_district(target)
    places = data.places
    located = shapely.intersects_xy(
        polygon, places["lon"].to_numpy(float), places["lat"].to_numpy(float)
    )
    shown = places[(places["district"] == name).to_numpy() | located]
    districts = data.districts
    if name not in set(districts["name"]):
        outline = gpd.GeoDataFrame({"name": [name], "level": ["unit"]}, geometry=[polygon],
                                   crs=WGS84)  # fmt: skip
        districts = pd.concat([districts, outline], ignore_index=True)
    return View(
        title=text("district", lang, name=name),
        places=shown,
        grouping=top_level_grouping(taxonomy, lang),
        districts=district_shapes(districts, _counts_by_location(shown, districts), name),
        bounds=tuple(polygon.bounds),
        unlocated=data.unlocated[data.unlocated["district"] == name],
    )


def place(
    data: AtlasData, taxonomy: Taxonomy, lang: str, target: str | None, radius_km: float = 3.0, **_
) -> View:
    """One place and every place within ``radius_km`` of it (centre to centre, in the
    projected CRS), each with its distance."""
    places = data.places
    try:
        row = find_place(places, target)
    except MapError:
        if target and len(data.unlocated) and _names(data.unlocated, target).any():
            raise MapError(
                f"{target!r} is not located (未定位): nothing places it, so there is no point "
                "to centre a map on; the overview lists it among the places not located"
            ) from None
        raise
    x, y = _projected_xy(places)
    distance = np.hypot(x - x[row], y - y[row])
    near = distance <= radius_km * 1000
    shown = places[near].assign(distance_m=distance[near])
    centre = gpd.GeoSeries(shapely.points([x[row]], [y[row]]), crs=PROJECTED_CRS)
    ring = gpd.GeoDataFrame(geometry=centre.buffer(radius_km * 1000, quad_segs=32).to_crs(WGS84))
    focus = places.iloc[row]
    return View(
        title=text("place", lang, name=focus["name"], km=f"{radius_km:g}"),
        places=shown,
        grouping=top_level_grouping(taxonomy, lang),
        districts=district_shapes(data.districts, _counts_by_location(shown, data.districts)),
        bounds=tuple(ring.total_bounds),
        ring=ring,
        ring_km=radius_km,
        focus=str(focus["id"]),
    )


def service_areas(places: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, float]:
    """The ground within ``SERVICE_RADIUS_M`` of the places (of their extent, for parks
    and zones), merged, in WGS-84, and its area in km², both computed in the projected
    CRS. Places located only to their district are left out: their point is the
    district's centre, not a site."""
    sited = places[~places["precision"].isin(ADMINISTRATIVE)]
    if sited.empty:
        return gpd.GeoDataFrame(geometry=gpd.GeoSeries([], crs=WGS84)), 0.0
    area = sited.geometry.to_crs(PROJECTED_CRS).buffer(SERVICE_RADIUS_M, quad_segs=16).union_all()
    frame = gpd.GeoDataFrame(geometry=gpd.GeoSeries([area], crs=PROJECTED_CRS).to_crs(WGS84))
    return frame, area.area / 1e6


def coverage(data: AtlasData, taxonomy: Taxonomy, lang: str, target: str | None, **_) -> View:
    """Districts shaded by how many carriers of the sector lie in them, with the 1 km
    service areas around those carriers."""
    chosen = find_sector(taxonomy, target)
    places = data.places
    shown = places[_sector_rows(places, taxonomy.covers(chosen.id))]
    districts = district_shapes(data.districts, _counts_by_location(shown, data.districts))
    administrative = ~districts["functional"]
    classes = shade_classes(districts.loc[administrative, "count"].to_numpy())
    districts.loc[administrative, "shade"] = [
        shade_of(c, classes) for c in districts.loc[administrative, "count"]
    ]
    service, km2 = service_areas(shown)
    occupied = districts[administrative & (districts["count"] > 0)]
    name = chosen.name_en if lang == "en" else chosen.name_zh
    return View(
        title=text("coverage", lang, name=name),
        places=shown,
        grouping=sector_grouping(taxonomy, chosen.id, lang),
        districts=districts,
        bounds=tuple(occupied.total_bounds) if len(occupied) else places_bounds(shown),
        shades=classes,
        choropleth_title=text("choropleth", lang, name=name),
        service=service,
        service_km2=km2,
        unlocated=data.unlocated[_sector_rows(data.unlocated, taxonomy.covers(chosen.id))],
    )


VIEWS: dict[str, Callable[..., View]] = {
    "overview": overview,
    "sector": sector,
    "district": district,
    "place": place,
    "coverage": coverage,
}
"""Each map kind, by the name ``clustermap map KIND`` takes."""
