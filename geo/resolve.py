"""The resolution chain: every place gets a WGS-84 location, first hit wins.

1. overrides (``data/overrides.csv``): corrections by GIS staff;
2. the offline gazetteer (``data/gazetteer.csv``);
3. online providers, when configured, through their disk cache (``geo.online``);
4. fallback: the parent zone or park, then the district's representative point, with
   precision ``district`` and low confidence; with nothing known, no location at all.

A place is never dropped, and never drawn at a point that belongs to something else.
Each location is then checked against the polygon of the district its place belongs to;
a point outside is flagged for review (this also catches swapped lon/lat and unconverted
GCJ-02).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from clustermap import settings
from extract.model import Place
from geo import boundaries
from geo.crs import distance_m
from geo.gazetteer import Gazetteer, load
from geo.model import GeocodeError, Location
from geo.online import geocode_online

FALLBACK_CONFIDENCE = {"parent": 0.35, "district": 0.15}
"""Confidence of a location inherited from the parent carrier or the district."""

LOW_CONFIDENCE = 0.3
"""Below this a located place is still flagged: its point is an inference to check."""

MIN_MATCH = 0.85
"""Least name score for a gazetteer row to answer for a place."""


@dataclass
class Resolved:
    """The location of one place, and whether it needs a reviewer's eye."""

    place_id: str
    name: str
    district: str
    location: Location | None
    """None: nothing places it, not even a district — it is drawn nowhere (never at a
    point that belongs to something else) and listed as not located."""
    flags: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return bool(self.flags)


@dataclass
class Resolver:
    """Looks places up along the chain; one per run, so caches and providers are shared."""

    tables: dict[str, Gazetteer]
    """The offline sources asked first, in order: ``override``, then ``gazetteer``."""
    providers: list[str] = field(default_factory=list)
    """The online providers asked next, in order."""
    errors: list[str] = field(default_factory=list)
    """Online failures met on the way (bad key, no network): reported, never fatal."""

    @classmethod
    def default(
        cls, sources: Iterable[str] | None = None, *, corrections: Gazetteer | None = None
    ) -> Resolver:
        """The chain as configured in ``clustermap.settings``, or only ``sources`` (names of
        the offline tables and online providers) when given. ``corrections`` (those kept
        in the atlas database) win over the overrides file's rows for the same place."""
        tables = {
            "override": with_corrections(load(settings.OVERRIDES_FILE), corrections),
            "gazetteer": load(settings.GAZETTEER_FILE),
        }
        if sources is None:
            return cls(tables, list(settings.GEOCODERS))
        sources = list(sources)
        return cls(
            {k: t for k, t in tables.items() if k in sources},
            [s for s in sources if s not in tables],
        )

    def locate(
        self, names: list[str], *, district: str = "", kind: str = "", near: Location | None = None
    ) -> Location | None:
        """The first location the chain finds for a place spelled ``names``, or None."""
        for provider, table in self.tables.items():
            found = table.lookup(names, district=district, kind=kind)
            rows = [(e, s) for e, s in found if s >= MIN_MATCH]
            if rows:
                entry, match = _nearest(rows, near)
                return entry.location(provider, names[0], match)
        if self.providers:
            return self._online(names[0], district)
        return None

    def _online(self, query: str, district: str) -> Location | None:
        within = _within(district)
        try:
            found = geocode_online(
                query, city="重庆市", district=district or None, providers=self.providers,
                within=within,
            )  # fmt: skip
        except GeocodeError as exc:
            self.errors.append(f"{query}: {exc}")
            return None
        return found[0] if found else None

    def resolve(self, place: Place, parents: dict[str, Resolved]) -> Resolved:
        """The location of ``place``; ``parents`` holds the places resolved so far, by name."""
        parent = parents.get(place.parent)
        names = [place.name, *place.aliases]
        # A place's district may be a coarser unit than the boundaries hold (重庆市, the
        # document's own city): it then narrows nothing, and a located point says more.
        known = place.district if place.district in boundaries.names() else ""
        location = self.locate(
            names, district=known, kind=place.kind,
            near=parent.location if parent else None,
        )  # fmt: skip
        if location is None and parent is not None and parent.location is not None:
            location = _inherit(parent.location, names[0], "parent", place.parent)
        if location is None:
            location = district_location(names[0], known)
        district = known or (location.district if location else "") or place.district
        resolved = Resolved(place.id, place.name, district, location)
        resolved.flags = check(resolved)
        return resolved


def _nearest(rows: list, near: Location | None):
    """Among equally good rows, the one nearest the parent: 英利国际 in 大坪商圈, not the
    tower of the same name at 解放碑."""
    best = [r for r in rows if r[1] == rows[0][1]]
    if near is None or len(best) == 1:
        return rows[0]
    return min(best, key=lambda r: distance_m((r[0].lon, r[0].lat), (near.lon, near.lat)))


def _inherit(parent: Location, query: str, provider: str, parent_name: str) -> Location:
    return Location(
        lon=parent.lon, lat=parent.lat,
        precision="district" if parent.precision == "district" else "area",
        provider=provider, source_crs=parent.source_crs,
        confidence=min(parent.confidence, FALLBACK_CONFIDENCE[provider]), query=query,
        matched_name=parent_name, district=parent.district, radius_m=parent.radius_m,
        source=parent.source, note=f"located at its parent {parent_name}: not located itself",
    )  # fmt: skip


def district_location(query: str, district: str) -> Location | None:
    """The last fallback for a place with a known district: the district's representative
    point, precision ``district``, low confidence; None for an unknown district."""
    if not district or district not in boundaries.names():
        return None
    lon, lat = boundaries.centroid(district)
    return Location(
        lon=lon, lat=lat, precision="district", provider="district", source_crs="WGS-84",
        confidence=FALLBACK_CONFIDENCE["district"], query=query, matched_name=district,
        district=district, source=boundaries.SOURCE,
        note="representative point of the district: not located",
    )  # fmt: skip


def _within(district: str) -> Callable[[float, float], bool] | None:
    """A test that a WGS-84 point lies in ``district``, for rejecting online answers from
    the wrong city (Nominatim matches Chinese names anywhere)."""
    if district and district in boundaries.names():
        return lambda lon, lat: boundaries.contains(district, lon, lat)
    return lambda lon, lat: boundaries.district_of(lon, lat) is not None  # inside 重庆市


def check(resolved: Resolved) -> list[str]:
    """Why a location needs review: outside its district, or only approximately located."""
    flags = []
    loc = resolved.location
    if loc is None:
        return ["not located: no place or district known"]
    district = resolved.district
    known = district and district in boundaries.names()
    if loc.provider != "district" and known and not boundaries.contains(district, loc.lon, loc.lat):
        actual = boundaries.district_of(loc.lon, loc.lat) or "outside Chongqing"
        flags.append(f"district mismatch: point lies in {actual}, place is in {district}")
    if loc.precision == "district":
        flags.append("not located: district precision")
    elif loc.provider == "parent":
        flags.append("not located: parent's location")
    elif loc.confidence < LOW_CONFIDENCE:
        flags.append(f"low confidence ({loc.confidence}): {loc.source}")
    return flags


def with_corrections(overrides: Gazetteer, corrections: Gazetteer | None) -> Gazetteer:
    """``overrides`` with ``corrections`` in place of its rows for the same places (name
    and district)."""
    if corrections is None or not corrections.entries:
        return overrides
    corrected = {(e.name, e.district) for e in corrections.entries}
    kept = [e for e in overrides.entries if (e.name, e.district) not in corrected]
    return Gazetteer([*corrections.entries, *kept])


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
