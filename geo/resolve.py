"""The resolution chain: a place gets a WGS-84 location, first hit wins.

1. overrides (``data/overrides.csv``): corrections by GIS staff;
2. the offline gazetteer (``data/gazetteer.csv``);
3. online providers, when configured, through their disk cache (``geo.online``), asked
   within the place's city and county and checked against its unit's polygon;
4. the parent zone or park;
5. administrative steps (``geo.admin``), each with its precision, radius and source:
   the town or street the place is, or is named after, within its known unit (precision
   ``town``, radius ≥ 2 km); the unit the place is itself (万州区, 杭州市); the seat of its
   county (``county``), city (``city``) or province (``province``); for a Chongqing
   functional area (两江新区), a point inside its approximate outline (``county``).

When nothing is known of where a place lies (no match, no parent, no unit), it is **not
located**: ``Resolved.location`` is None. No place is dropped, and none gets a point that
belongs to something else (a city centre, another place).

The place's units come from its ``district`` (a unit's name, full or short, or a
functional area), read within the resolver's ``region`` (the units the documents are
about) when a name has namesakes (江北区 is in 重庆市 and in 宁波市). Each location is then
checked against the polygon of that unit; a point outside is flagged for review (this
also catches swapped lon/lat and unconverted GCJ-02).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from pyproj import Geod

from extract.model import Document, Place
from geo import admin, boundaries, settings
from geo.crs import distance_m
from geo.gazetteer import Entry, Gazetteer, load
from geo.model import GeocodeError, Location
from geo.online import Within, geocode_online
from geo.providers import REGISTRY

FALLBACK_CONFIDENCE = {
    "parent": 0.35, "town": 0.5, "named after town": 0.35, "county": 0.15, "city": 0.1,
    "province": 0.05,
}  # fmt: skip
"""Confidence of a location inherited from the parent carrier, or standing for a unit: a
town's seat for a place that is the town, or that is named after it (珞璜港 after
珞璜镇), then the seats of ever larger units."""

ADMINISTRATIVE = ("town", "county", "city", "province")
"""Precisions of locations that stand for a whole administrative unit."""

MIN_TOWN_RADIUS_M = 2000.0
"""Least radius of a town's location: a town seat says little of where in the town a
place is (Chongqing's towns average about 80 km², a circle of 5 km radius)."""

LOW_CONFIDENCE = 0.3
"""Below this a located place is still flagged: its point is an inference to check."""

MIN_MATCH = 0.85
"""Least name score for a gazetteer row to answer for a place."""

TABLES = ("override", "gazetteer")
"""The offline sources, asked first in this order: GIS staff's corrections
(``data/overrides.csv``), then the gazetteer (``data/gazetteer.csv``)."""
SOURCES = (*TABLES, *REGISTRY)
"""Every source ``Resolver.default`` and ``clustermap geocode --provider`` take: the
offline tables, then the online providers (``geo.providers.REGISTRY``)."""

_GEOD = Geod(ellps="WGS84")

_UNIT_ENDINGS = ("区", "县", "市", "镇", "乡", "街道")
"""What follows a unit's name when the text names the unit itself (南山区, 龙兴镇)."""


@dataclass(frozen=True)
class Units:
    """Where a place is known to lie, from its ``district``."""

    unit: admin.Unit | None = None
    """The finest administrative unit known."""
    overlay: admin.Overlay | None = None
    """The Chongqing functional area, when the district names one."""
    problem: str = ""
    """Why the district named no unit (unknown, or several namesakes), else ``""``."""

    @property
    def known(self) -> bool:
        return self.unit is not None or self.overlay is not None


def known_units(
    district: str, region: Sequence[str] = (), near: tuple[float, float] | None = None
) -> Units:
    """The units ``district`` names (a name, full or short, or a code): a functional area
    with its member units, else the one administrative unit of that name within
    ``region`` (codes), else nationally, else the namesake containing ``near`` (a located
    point of the place). An unknown name's ``problem`` suggests close names."""
    district = district.strip()
    if not district:
        return Units()
    if district.isdigit():
        try:
            return Units(admin.by_code(district))
        except admin.UnitError as exc:
            return Units(problem=f"district: {exc}")
    overlay = admin.overlay(district)
    if overlay is not None:
        members = [admin.by_code(c) for c in overlay.members]
        shared = set.intersection(*({u.code for u in admin.chain(m.code)} for m in members))
        finest = max(shared, key=lambda c: admin.LEVELS.index(admin.level_of(c)))
        return Units(admin.by_code(finest), overlay)
    found = admin.find(district)
    if len(found) > 1 and region:
        inside = tuple(u for u in found if {c.code for c in admin.chain(u.code)} & set(region))
        found = inside or found
    if len(found) > 1 and near is not None:
        found = tuple(u for u in found if admin.contains(u.code, *near)) or found
    if len(found) == 1:
        return Units(found[0])
    if not found:
        return Units(problem=f"district: {admin.unknown_message(district)}")
    labels = "; ".join(u.label for u in found)
    return Units(problem=f"district {district!r} is ambiguous ({labels})")


REVIEW_REASONS = ("unlocated", "mismatch", "coarse", "low_confidence", "unit")
"""Why a location needs review (``check``): not located; a point outside its known unit;
a point standing for a whole unit (or borrowed from a parent); low confidence; the unit
itself in doubt (unknown or ambiguous)."""


@dataclass(frozen=True)
class Flag:
    """One reason a location needs review: its code (``REVIEW_REASONS``) and what was seen."""

    reason: str
    note: str


@dataclass
class Resolved:
    """The location of one place, and whether it needs a reviewer's eye."""

    place_id: str
    name: str
    district: str
    location: Location | None
    """None when nothing is known of where the place lies: not located at all."""
    flags: list[Flag] = field(default_factory=list)
    unit: admin.Unit | None = None
    """The finest administrative unit the place lies in: the one its district (or its
    location's) names, else the county its point lies in; None when neither is known."""

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def notes(self) -> list[str]:
        """What each flag saw, in order."""
        return [f.note for f in self.flags]


@dataclass
class Resolver:
    """Looks places up along the chain; one per run, so caches and providers are shared."""

    tables: dict[str, Gazetteer]
    """The offline sources asked first, in order: ``override``, then ``gazetteer``."""
    providers: list[str] = field(default_factory=list)
    """The online providers asked next, in order."""
    region: tuple[str, ...] = ()
    """Codes of the units the documents are about (``geo.admin``): a district name with
    namesakes is read as the one inside them (江北区 in 重庆市, 500000)."""
    document_regions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Codes of each document's own units, by document id: a place is read within the
    units of the documents that name it (a 宁波 plan's 江北区 in 宁波市, a 重庆 plan's in
    重庆市, in one build), within ``region`` when none of them names a unit."""
    errors: list[str] = field(default_factory=list)
    """Online failures met on the way (bad key, no network): reported, never fatal."""

    @classmethod
    def default(
        cls,
        sources: Iterable[str] | None = None,
        *,
        corrections: Gazetteer | None = None,
        region: Sequence[str] = (),
        document_regions: dict[str, tuple[str, ...]] | None = None,
    ) -> Resolver:
        """The chain as configured in ``geo.settings``, or only ``sources`` (names of
        the offline tables and online providers) when given. ``corrections`` (those kept
        in the atlas database) win over the overrides file's rows for the same place."""
        loaded = (
            with_corrections(load(settings.OVERRIDES_FILE), corrections),
            load(settings.GAZETTEER_FILE),
        )
        tables = dict(zip(TABLES, loaded, strict=True))
        regions = dict(document_regions or {})
        if sources is None:
            return cls(tables, list(settings.GEOCODERS), tuple(region), regions)
        sources = list(sources)
        return cls(
            {k: t for k, t in tables.items() if k in sources},
            [s for s in sources if s not in tables],
            tuple(region),
            regions,
        )

    def region_of_place(self, place: Place) -> tuple[str, ...]:
        """The units ``place`` is read within: those of the documents naming it, else the
        resolver's ``region``."""
        codes = [c for m in place.mentions for c in self.document_regions.get(m.doc, ())]
        return tuple(dict.fromkeys(codes)) or self.region

    def locate(
        self,
        names: list[str],
        *,
        district: str = "",
        kind: str = "",
        near: Location | None = None,
        region: Sequence[str] | None = None,
    ) -> Location | None:
        """The first location the tables or online providers find for a place spelled
        ``names``, or None, namesakes read within ``region`` (the resolver's when None). A
        table row must be about this place, not a namesake: see ``_answers_for``."""
        region = self.region if region is None else tuple(region)
        units = known_units(district, region)
        for provider, table in self.tables.items():
            found = table.lookup(names, district=district, kind=kind)
            rows = [
                (e, s) for e, s in found if s >= MIN_MATCH and self._answers_for(e, units, region)
            ]
            if rows:
                entry, match = _nearest(rows, near)
                return entry.location(provider, names[0], match)
        if self.providers:
            return self._online(names[0], units)
        return None

    def _answers_for(self, entry: Entry, units: Units, region: Sequence[str]) -> bool:
        """Whether a table row may answer for a place of ``units``: for a place in a
        county (or town), a row lying in that county or declared for it (a row placed
        just across the border is taken, and ``check`` flags it); for a functional area, a
        row in one of its member counties; for a city, a row inside the city; with no
        unit known, a row inside ``region`` (anywhere when none). So the
        「跨境电商产业园」 of 巴南区 or of 杭州 is not the one of 渝中区 the gazetteer knows."""
        lon, lat = entry.lon, entry.lat
        if units.overlay is not None:
            return any(admin.contains(m, lon, lat) for m in units.overlay.members)
        unit = units.unit
        if unit is None:
            return not region or any(admin.contains(r, lon, lat) for r in region)
        if unit.level in ("county", "town"):
            county = unit if unit.level == "county" else admin.by_code(unit.parent_code)
            declared = known_units(entry.district, region).unit if entry.district else None
            return admin.contains(county.code, lon, lat) or (
                declared is not None and declared.code == county.code
            )
        return admin.contains(unit.code, lon, lat)

    def _online(self, query: str, units: Units) -> Location | None:
        """The first acceptable online answer within the place's units; none is asked for
        a place of no known unit, since a namesake anywhere in China would answer."""
        if not units.known:
            return None
        city, county = _city_and_county(units)
        try:
            found = geocode_online(
                query, city=city, district=county or None, providers=self.providers,
                within=_within(units),
            )  # fmt: skip
        except GeocodeError as exc:
            self.errors.append(f"{query}: {exc}")
            return None
        return found[0] if found else None

    def resolve(self, place: Place, parents: dict[str, Resolved]) -> Resolved:
        """The location of ``place``; ``parents`` holds the places resolved so far, by name."""
        parent = parents.get(place.parent)
        near = parent.location if parent is not None else None
        names = [place.name, *place.aliases]
        region = self.region_of_place(place)
        location = self.locate(
            names, district=place.district, kind=place.kind, near=near, region=region
        )
        if location is None and near is not None:
            location = _inherit(near, names[0], place.parent)
        point = (location.lon, location.lat) if location is not None else None
        units = known_units(place.district, region, point)
        if location is None:
            # A city only inferred from the document (a city's plan) puts nothing at its
            # seat: a place nothing locates is not drawn at the city's centre.
            coarse = units.unit is not None and units.unit.level in ("province", "city")
            location = administrative_location(
                names, units, seat=not (place.district_inferred and coarse)
            )
        district = place.district or (location.district if location is not None else "")
        resolved = Resolved(place.id, place.name, district, location)
        resolved.flags = check(resolved, units)
        resolved.unit = units.unit or known_units(district, region).unit
        if resolved.unit is None and location is not None:
            resolved.unit = admin.unit_of_point(location.lon, location.lat, "county")
        return resolved


def _nearest(rows: list, near: Location | None):
    """Among equally good rows, the one nearest the parent: 英利国际 in 大坪商圈, not the
    tower of the same name at 解放碑."""
    best = [r for r in rows if r[1] == rows[0][1]]
    if near is None or len(best) == 1:
        return rows[0]
    return min(best, key=lambda r: distance_m((r[0].lon, r[0].lat), (near.lon, near.lat)))


def _inherit(parent: Location, query: str, parent_name: str) -> Location:
    precision = parent.precision if parent.precision in ADMINISTRATIVE else "area"
    return Location(
        lon=parent.lon, lat=parent.lat, precision=precision, provider="parent",
        source_crs=parent.source_crs,
        confidence=min(parent.confidence, FALLBACK_CONFIDENCE["parent"]), query=query,
        matched_name=parent_name, district=parent.district, radius_m=parent.radius_m,
        source=parent.source, note=f"located at its parent {parent_name}: not located itself",
    )  # fmt: skip


# --- administrative steps ----------------------------------------------------------------


def district_location(query: str, district: str, region: Sequence[str] = ()) -> Location | None:
    """The administrative location of a place called ``query`` in ``district`` (see
    ``administrative_location``); None when ``district`` names no unit and ``query`` is
    no unit either."""
    return administrative_location([query], known_units(district, region))


def administrative_location(
    names: Sequence[str], units: Units, *, seat: bool = True
) -> Location | None:
    """Where a place spelled ``names`` lies by the administrative units alone, first hit
    wins: the town it is, or is named after, within its known unit; the unit it is
    itself; its functional area; the seat of its unit (unless ``seat`` is False). None
    when nothing is known."""
    query = names[0]
    within = units.unit
    scopes = [admin.by_code(c) for c in units.overlay.members] if units.overlay else [within]
    towns = [t for scope in scopes if scope is not None and (t := _town(names, scope))]
    if len(towns) == 1:
        return towns[0]
    itself = _unit_named(names, within)
    if itself is not None:
        return _unit_location(query, itself, "itself")
    if units.overlay is not None:
        return _overlay_location(query, units.overlay)
    if within is not None and seat:
        return _unit_location(query, within, "seat")
    return None


def _town(names: Sequence[str], within: admin.Unit) -> Location | None:
    """The town or street a place is (龙兴镇, 龙兴) or is named after (珞璜港 → 珞璜镇) inside
    ``within``; None unless exactly one town answers and it has a seat. (A functional
    area's member counties are searched one by one.)"""
    if within.level == "town":
        return _town_location(names[0], within, "town")
    for name in names:
        found = [t for t in admin.find(name, parent=within, level="town") if t.seat]
        if len(found) == 1:
            return _town_location(names[0], found[0], "town")
    for name in names:
        heads = _towns_named_at_the_start_of(_without_units(name, within), within.code)
        if len(heads) == 1:
            return _town_location(names[0], heads[0], "named after town")
    return None


def _without_units(name: str, within: admin.Unit) -> str:
    """``name`` without the names of ``within`` and the units above it in front
    (深圳市南山区科技园 → 科技园): a place named after its county is not named after the
    town that shares the county's name (南山街道)."""
    spellings = sorted(
        {s for u in admin.chain(within.code) for s in (u.name, u.short_name) if s},
        key=len, reverse=True,
    )  # fmt: skip
    stripped = True
    while stripped:
        stripped = False
        for spelling in spellings:
            if name.startswith(spelling) and len(name) > len(spelling):
                name, stripped = name[len(spelling) :], True
                break
    return name


def _towns_named_at_the_start_of(name: str, within: str) -> list[admin.Unit]:
    """Towns in ``within`` whose name or short name (two characters or more) begins
    ``name`` and leaves something after it that is not a unit suffix (南山区 is not named
    after 南山街道); the longest such spelling wins."""
    best: list[admin.Unit] = []
    length = 1
    for town in _towns_in(within):
        for spelling in (town.name, town.short_name):
            rest = name[len(spelling) :]
            if name.startswith(spelling) and len(spelling) >= 2 and rest:
                if rest.startswith(_UNIT_ENDINGS):
                    continue
                if len(spelling) > length:
                    best, length = [town], len(spelling)
                elif len(spelling) == length and town not in best:
                    best.append(town)
    return best


@functools.cache
def _towns_in(code: str) -> tuple[admin.Unit, ...]:
    """The towns with a seat inside the unit ``code``."""
    return tuple(t for t in admin.towns_in(code) if t.seat)


def _unit_named(names: Sequence[str], within: admin.Unit | None) -> admin.Unit | None:
    """The province, city or county a place is itself (万州区, 渝西地区 is not one), by full
    name, inside ``within`` when known, else the only one of that name in China."""
    for name in names:
        if within is not None and name.strip() == within.name:
            return within
        found = [u for u in admin.find(name, parent=within) if u.level != "town"]
        found = [u for u in found if u.name == name.strip()]
        if len(found) == 1:
            return found[0]
    return None


def _town_location(query: str, town: admin.Unit, how: str) -> Location:
    county = admin.by_code(town.parent_code)
    assert town.seat is not None
    note = (
        f"seat of {town.name} ({county.name}): the place is named after the town, not located"
        if how == "named after town"
        else f"seat of {town.name} ({county.name})"
    )
    return Location(
        lon=town.seat[0], lat=town.seat[1], precision="town", provider="admin",
        source_crs=town.seat_crs, confidence=FALLBACK_CONFIDENCE[how], query=query,
        matched_name=town.name, district=_county_name(town), radius_m=_town_radius(town),
        source=town.seat_source, note=note,
    )  # fmt: skip


def _unit_location(query: str, unit: admin.Unit, how: str) -> Location:
    """The seat of ``unit``, or a point inside it when the seat lies outside (4 counties
    are governed from their city: 余杭区, 抚顺县, 安阳县, 长安区)."""
    assert unit.seat is not None
    (lon, lat), source, source_crs = unit.seat, unit.seat_source, unit.seat_crs
    what = f"seat of {unit.name}"
    if not admin.contains(unit.code, lon, lat):
        point = admin.polygon(unit.code).point_on_surface()
        lon, lat, source, source_crs = point.x, point.y, admin.BOUNDARY_SOURCE, "WGS-84"
        what = f"a point inside {unit.name} (its seat lies outside it)"
    note = (
        f"{what}: the place is the unit itself"
        if how == "itself"
        else f"{what}: only the {unit.level} is known, not located"
    )
    return Location(
        lon=lon, lat=lat, precision=unit.level, provider="admin",
        source_crs=source_crs, confidence=FALLBACK_CONFIDENCE[unit.level], query=query,
        matched_name=unit.name, district=_county_name(unit), radius_m=_radius(unit.code),
        source=source, note=note,
    )  # fmt: skip


def _overlay_location(query: str, overlay: admin.Overlay) -> Location:
    lon, lat = boundaries.centroid(overlay.name)
    county = admin.unit_of_point(lon, lat, "county")
    area = abs(_GEOD.geometry_area_perimeter(boundaries.district_polygon(overlay.name))[0])
    return Location(
        lon=lon, lat=lat, precision="county", provider="admin", source_crs="WGS-84",
        confidence=FALLBACK_CONFIDENCE["county"], query=query, matched_name=overlay.name,
        district=county.name if county else "", radius_m=round(math.sqrt(area / math.pi)),
        source=boundaries.SOURCE,
        note=f"a point inside the approximate outline of {overlay.name}: not located",
    )  # fmt: skip


def _county_name(unit: admin.Unit) -> str:
    """The county a unit lies in, or ``""`` above the county level."""
    counties = [u.name for u in admin.chain(unit.code) if u.level == "county"]
    return counties[0] if counties else ""


@functools.cache
def _radius(code: str) -> float:
    """The radius of a circle as large as the unit, in metres (geodesic area)."""
    area = abs(_GEOD.geometry_area_perimeter(admin.polygon(code))[0])
    return round(math.sqrt(area / math.pi))


def _town_radius(town: admin.Unit) -> float:
    """A town's share of its county as a circle's radius, at least ``MIN_TOWN_RADIUS_M``."""
    county = admin.by_code(town.parent_code)
    towns = max(1, sum(1 for _ in _towns_in(county.code)))
    return max(MIN_TOWN_RADIUS_M, round(_radius(county.code) / math.sqrt(towns)))


# --- checks ------------------------------------------------------------------------------


def _city_and_county(units: Units) -> tuple[str, str]:
    """The city (or municipality) and county names online providers search within."""
    if units.unit is None:
        return "", ""
    chain = admin.chain(units.unit.code)
    by_level = {u.level: u.name for u in chain}
    return by_level.get("city", by_level.get("province", "")), by_level.get("county", "")


def _within(units: Units) -> Within:
    """A test that a WGS-84 point lies where the place is known to be: in its functional
    area's outline, else its unit's polygon (a town: its county), else in China. It
    rejects online answers from the wrong city (Nominatim matches Chinese names
    anywhere)."""
    if units.overlay is not None:
        name = units.overlay.name
        return lambda lon, lat: boundaries.contains(name, lon, lat)
    if units.unit is not None:
        code = units.unit.code
        return lambda lon, lat: admin.contains(code, lon, lat)
    return admin.in_china


def check(resolved: Resolved, units: Units) -> list[Flag]:
    """Why a location needs review: not located, outside its known unit, standing for a
    whole unit, or of low confidence; and whether its unit is in doubt."""
    loc = resolved.location
    if loc is None:
        why = units.problem or "no administrative unit known"
        return [Flag("unlocated", f"not located: no match, no parent, {why}")]
    flags = []
    if units.problem:
        flags.append(Flag("unit", units.problem))
    if loc.provider != "admin" and units.known and not _within(units)(loc.lon, loc.lat):
        actual = admin.unit_of_point(loc.lon, loc.lat, "county")
        where = actual.label if actual is not None else "outside China"
        known = units.overlay.name if units.overlay else units.unit.name  # type: ignore[union-attr]
        flags.append(
            Flag("mismatch", f"district mismatch: point lies in {where}, place is in {known}")
        )
    if loc.precision in ADMINISTRATIVE and not (
        loc.precision == "town" and loc.matched_name == resolved.name
    ):
        flags.append(Flag("coarse", f"not located: {loc.precision} precision"))
    elif loc.provider == "parent":
        flags.append(Flag("coarse", "not located: parent's location"))
    elif loc.confidence < LOW_CONFIDENCE:
        flags.append(Flag("low_confidence", f"low confidence ({loc.confidence}): {loc.source}"))
    return flags


def with_corrections(overrides: Gazetteer, corrections: Gazetteer | None) -> Gazetteer:
    """``overrides`` with ``corrections`` in place of its rows for the same places (name
    and district)."""
    if corrections is None or not corrections.entries:
        return overrides
    corrected = {(e.name, e.district) for e in corrections.entries}
    kept = [e for e in overrides.entries if (e.name, e.district) not in corrected]
    return Gazetteer([*corrections.entries, *kept])


def region_of(jurisdictions: Iterable[str]) -> tuple[str, ...]:
    """Codes of the units documents are about, from their jurisdictions (重庆市, 渝中区,
    杭州市): the ``Resolver.region`` that tells namesakes apart. A name with no unit or
    with namesakes of its own adds nothing."""
    codes = []
    for name in jurisdictions:
        found = admin.find(name) if name else ()
        if len(found) == 1:
            codes.append(found[0].code)
    return tuple(dict.fromkeys(codes))


def document_regions(documents: Iterable[Document]) -> dict[str, tuple[str, ...]]:
    """Each document's own units (``region_of`` its jurisdiction), by document id: the
    ``Resolver.document_regions`` that read each place within its own documents."""
    return {d.id: region for d in documents if (region := region_of([d.jurisdiction]))}


def resolve_all(
    places: list[Place],
    resolver: Resolver | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Resolved]:
    """Locations for every place, parents before their children; none is dropped."""
    resolver = resolver or Resolver.default()
    by_name = {p.name: p for p in places}
    done: dict[str, Resolved] = {}
    order = sorted(places, key=lambda p: _depth(p, by_name))
    out: dict[str, Resolved] = {}
    for i, place in enumerate(order, 1):
        resolved = resolver.resolve(place, done)
        done[place.name] = resolved
        out[place.id] = resolved
        if progress:
            progress(i, len(order))
    return [out[p.id] for p in places]


def _depth(place: Place, by_name: dict[str, Place]) -> int:
    depth, seen = 0, {place.name}
    while place.parent in by_name and place.parent not in seen:
        seen.add(place.parent)
        place = by_name[place.parent]
        depth += 1
    return depth
