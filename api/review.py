"""The review queue: the places of one atlas version that need a person's look, ordered
by what matters, with the evidence a reviewer decides on.

A place is queued when the build flagged its location (``review``, with the reasons
``geo.resolve.check`` gave) or could not locate it at all. The queue is ordered by

1. why it was flagged — a place with no point, then a point in the wrong unit, then one
   that stands for a whole town or county, then low confidence (``REASONS``);
2. how many plan targets count on it (a target on a sector counts on every place that
   carries the sector: a wrong point there skews the coverage planners read);
3. confidence, lowest first.

Everything here reads one ``Snapshot``: the queue, its counts and a place's evidence
always come from the same atlas version.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

from api.snapshot import Snapshot
from geo import admin, settings
from geo.gazetteer import load
from geo.model import GeocodeError
from geo.online import ask_each
from geo.resolve import MIN_MATCH
from geo.unknown import UnknownName

_GEOD = Geod(ellps="WGS84")

REASONS: dict[str, tuple[int, str, str]] = {  # keyed by geo.resolve.REVIEW_REASONS
    "unlocated": (4, "未定位", "not located"),
    "mismatch": (3, "点位与区县不符", "point outside its unit"),
    "coarse": (2, "仅定位到行政区", "stands for a whole unit"),
    "low_confidence": (1, "置信度低", "low confidence"),
    "unit": (1, "所属区县存疑", "unit in doubt"),
}
"""Each reason a place is queued for: its weight in the order, and its Chinese and
English labels."""

NEARBY_M = 10_000
"""Places within this distance of a place are shown beside it (a park's neighbours in
one development zone lie 1–8 km apart)."""
NEARBY_LIMIT = 12


@dataclass(frozen=True)
class QueueFilters:
    """What a reviewer narrowed the queue to; empty strings are no filter."""

    district: str = ""
    sector: str = ""
    document: str = ""
    reason: str = ""


@dataclass
class QueueItem:
    id: str
    name: str
    kind: str
    district: str
    unit_code: str
    sectors_zh: str
    precision: str
    confidence: float
    reasons: list[str]
    notes: list[str]
    targets: int
    documents: list[str] = field(default_factory=list)

    @property
    def weight(self) -> int:
        return max((REASONS[r][0] for r in self.reasons), default=0)


@dataclass
class Queue:
    items: list[QueueItem]
    """The places that pass the filters, in review order."""
    total: int
    """Places queued before filtering."""
    counts: dict[str, Counter[str]]
    """Per facet (district, sector, document, reason): how many queued places choosing
    each value keeps (a district keeps the units inside it), before filtering."""


def _in_district(name: str, districts: list[str], codes: list[str]) -> np.ndarray:
    """Which queued places lie in the district ``name`` (``admin.Area.matches``). A name
    that is ambiguous as a unit (南沙区: 广州's and 三沙's) but is some place's district,
    its unit unknown, keeps those places: the queue offers it, so choosing it works."""
    try:
        return admin.area(name).matches(districts, codes)
    except UnknownName:
        if name not in districts:
            raise
        return np.asarray(districts, dtype=object) == name


def _district_choice(item: QueueItem) -> str:
    """How the district filter names a queued place's district unambiguously: Chongqing's
    districts and functional areas as the atlas names them, a county elsewhere with its
    city (广州市南沙区: 三沙市 has a 南沙区 too), a city or province as it is."""
    if not item.unit_code or item.unit_code.startswith(admin.HOME_CODE[:2]):
        return item.district
    chain = {u.level: u for u in admin.chain(item.unit_code)}
    unit = chain.get("county") or chain.get("city") or chain.get("province")
    return admin.layer_name(unit) if unit else item.district


def place_rows(snapshot: Snapshot) -> pd.DataFrame:
    """Every place of the atlas in one frame (geometry kept), whatever layer it is in."""
    frames = [layer.frame for layer in snapshot.layers.values() if layer.is_places]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(
            columns=["id", "name", "review", "review_codes", "review_reasons", "geometry"]
        )
    return pd.concat(frames, ignore_index=True)


def _documents_of(snapshot: Snapshot) -> dict[str, list[str]]:
    """Per place id, the titles of the documents that name it."""
    mentions = snapshot.tables.get("mentions")
    documents = snapshot.tables.get("documents")
    if mentions is None or documents is None or not len(mentions):
        return {}
    titles = dict(zip(documents["id"], documents["title"], strict=True))
    named: dict[str, list[str]] = {}
    for place_id, doc_id in zip(mentions["place_id"], mentions["doc_id"], strict=True):
        title = titles.get(doc_id) or doc_id
        if title not in named.setdefault(place_id, []):
            named[place_id].append(title)
    return named


def _targets_per_sector(snapshot: Snapshot) -> Counter[str]:
    targets = snapshot.tables.get("targets")
    if targets is None or not len(targets):
        return Counter()
    return Counter(s for s in targets["sector_id"] if s)


def queue(snapshot: Snapshot, filters: QueueFilters = QueueFilters()) -> Queue:
    """The review queue of ``snapshot``, narrowed by ``filters``.

    Raises ``admin.UnitError`` (with candidates or suggestions) for a district that
    names no unit or several, and ``ValueError`` for an unknown reason key."""
    if filters.reason and filters.reason not in REASONS:
        raise ValueError(f"unknown reason {filters.reason!r}; choose one of {', '.join(REASONS)}")
    rows = place_rows(snapshot)
    named = _documents_of(snapshot)
    per_sector = _targets_per_sector(snapshot)
    items: list[QueueItem] = []
    for row in rows.itertuples(index=False):
        notes = [n for n in str(row.review_reasons or "").split("; ") if n]
        located = row.geometry is not None and not row.geometry.is_empty
        if not notes and located:
            continue
        reasons = [r for r in str(row.review_codes or "").split("|") if r] or ["unlocated"]
        if not located and "unlocated" not in reasons:
            reasons.insert(0, "unlocated")
        sector_ids = [s for s in str(row.sector_ids or "").split("|") if s]
        confidence = float(row.confidence) if pd.notna(row.confidence) else 0.0
        items.append(
            QueueItem(
                id=row.id,
                name=row.name,
                kind=row.kind,
                district=row.district or "",
                unit_code=row.unit_code or "",
                sectors_zh=row.sectors_zh or "",
                precision=row.precision or "",
                confidence=confidence,
                reasons=reasons,
                notes=notes,
                targets=sum(per_sector[s] for s in sector_ids),
                documents=named.get(row.id, []),
            )
        )
    counts: dict[str, Counter[str]] = {
        k: Counter() for k in ("district", "sector", "document", "reason")
    }
    districts = [i.district for i in items]
    codes = [i.unit_code for i in items]
    for name in sorted({_district_choice(i) for i in items} - {""}):
        # What choosing the district keeps: the units inside it too (重庆市 holds 渝中区).
        counts["district"][name] = int(_in_district(name, districts, codes).sum())
    for item in items:
        counts["reason"].update(item.reasons)
        counts["document"].update(item.documents)
        counts["sector"].update(s for s in item.sectors_zh.split("、") if s)
    inside = (
        _in_district(filters.district, districts, codes)
        if filters.district
        else [True] * len(items)
    )
    kept = [
        item
        for item, within in zip(items, inside, strict=True)
        if within
        and (not filters.sector or filters.sector in item.sectors_zh.split("、"))
        and (not filters.document or filters.document in item.documents)
        and (not filters.reason or filters.reason in item.reasons)
    ]
    kept.sort(key=lambda i: (-i.weight, -i.targets, i.confidence, i.name))
    return Queue(items=kept, total=len(items), counts=counts)


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance between two WGS-84 lon/lat points on the ellipsoid, in metres."""
    return float(_GEOD.inv(a[0], a[1], b[0], b[1])[2])


def evidence(snapshot: Snapshot, place_id: str) -> dict | None:
    """What a reviewer decides on for one place: its properties, the clauses that named
    it (with document and date), its unit's boundary, nearby places, and candidate
    locations (the towns its name or clauses name inside its county, and the unit's
    seat), each with its distance from the current point. None if there is no such
    place."""
    found = snapshot.place(place_id)
    if found is None:
        return None
    layer, i = found
    props = layer.properties(i)
    point = point_of(layer.geometries[i])
    return {
        "place": props,
        "point": point,
        "clauses": _clauses(snapshot, place_id),
        "unit": _unit_outline(props),
        "nearby": _nearby(snapshot, place_id, point),
        "candidates": _candidates(props, point),
        "notes": [n for n in str(props.get("review_reasons") or "").split("; ") if n],
    }


def point_of(geometry: shapely.Geometry | None) -> tuple[float, float] | None:
    """A place's point (an area's representative point), or None when not located."""
    if geometry is None or shapely.is_empty(geometry):
        return None
    centre = geometry if geometry.geom_type == "Point" else geometry.representative_point()
    return (centre.x, centre.y)


def _clauses(snapshot: Snapshot, place_id: str) -> list[dict]:
    mentions = snapshot.tables.get("mentions")
    documents = snapshot.tables.get("documents")
    if mentions is None or not len(mentions):
        return []
    docs = (
        {r["id"]: r for r in documents[["id", "title", "date", "doc_number"]].to_dict("records")}
        if documents is not None
        else {}
    )
    out = []
    for row in mentions[mentions["place_id"] == place_id].to_dict("records"):
        doc = docs.get(row["doc_id"], {})
        out.append(
            {
                "quote": row["quote"],
                "section": row.get("section") or "",
                "doc_id": row["doc_id"],
                "title": doc.get("title") or row["doc_id"],
                "date": doc.get("date") or "",
                "doc_number": doc.get("doc_number") or "",
            }
        )
    return out


def _unit_outline(props: dict) -> dict | None:
    """The finest unit the place lies in, with its boundary as GeoJSON geometry."""
    code = props.get("unit_code") or ""
    if not code:
        return None
    # Towns have no boundary in any source: a town's place is drawn in its county's.
    unit = next(u for u in reversed(admin.chain(code)) if u.level != "town")
    outline = admin.polygon(unit.code)
    return {
        "code": unit.code,
        "name": unit.name,
        "level": unit.level,
        "geometry": shapely.geometry.mapping(outline.simplify(0.001))
        if not outline.is_empty
        else None,
    }


def _nearby(snapshot: Snapshot, place_id: str, point: tuple[float, float] | None) -> list[dict]:
    if point is None:
        return []
    near = []
    for layer in snapshot.layers.values():
        if not layer.is_places or not len(layer):
            continue
        # 0.1° is 11 km north–south and 9–11 km east–west in China: a superset of NEARBY_M.
        box = shapely.box(point[0] - 0.12, point[1] - 0.1, point[0] + 0.12, point[1] + 0.1)
        for j in layer.tree.query(box):
            if layer.ids[j] == place_id:
                continue
            geometry = layer.geometries[j]
            centre = geometry if geometry.geom_type == "Point" else geometry.representative_point()
            metres = distance_m(point, (centre.x, centre.y))
            if metres <= NEARBY_M:
                near.append(
                    {
                        "id": layer.ids[j],
                        "name": layer.values["name"][j],
                        "kind": layer.values["kind"][j],
                        "lon": centre.x,
                        "lat": centre.y,
                        "distance_m": round(metres),
                    }
                )
    near.sort(key=lambda n: n["distance_m"])
    return near[:NEARBY_LIMIT]


def _candidates(props: dict, point: tuple[float, float] | None) -> list[dict]:
    """Offline candidate locations: rows of the curated gazetteer whose name matches the
    place's as well as the resolver asks (``MIN_MATCH``), towns and streets of its
    county whose short name appears in its name, aliases or first clause, and the seat of
    its finest unit."""
    names = [props.get("name") or "", *str(props.get("aliases") or "").split("|")]
    found = [
        ("gazetteer", entry.name, entry.district, (entry.lon, entry.lat))
        for entry, score in load(settings.GAZETTEER_FILE).lookup(
            [n for n in names if n], district=props.get("district") or ""
        )[:5]
        if score >= MIN_MATCH
    ]
    code = props.get("unit_code") or ""
    if not code:
        return _as_candidates(found, point)
    county = next((u for u in admin.chain(code) if u.level == "county"), None)
    text = " ".join(str(props.get(k) or "") for k in ("name", "aliases", "quote"))
    if county is not None:
        for town in admin.towns_in(county.code):
            short = town.short_name or town.name
            seat = admin.seat(town.code)
            if len(short) >= 2 and short in text and seat is not None:
                found.append(("town", town.name, town.code, seat))
    seat = admin.seat(code)
    if seat is not None:
        found.append(("seat", admin.by_code(code).name, code, seat))
    return _as_candidates(found, point)


def _as_candidates(
    found: list[tuple[str, str, str, tuple[float, float]]], point: tuple[float, float] | None
) -> list[dict]:
    return [
        {
            "kind": kind,
            "name": name,
            "code": unit_code,
            "lon": lon,
            "lat": lat,
            "distance_m": round(distance_m(point, (lon, lat))) if point else None,
        }
        for kind, name, unit_code, (lon, lat) in found
    ]


def provider_candidates(place: dict, point: tuple[float, float] | None) -> dict:
    """What each online geocoder of ``settings.GEOCODERS`` answers for the place's name,
    asked within its city and county: each answer with its distance from the current
    point and whether it lies inside the place's unit; a provider that fails, with why."""
    chain = (
        {u.level: u.name for u in admin.chain(place["unit_code"])} if place.get("unit_code") else {}
    )
    city = chain.get("city") or chain.get("province") or place.get("city") or ""
    found: list[dict] = []
    failed: list[dict] = []
    for name, answers in ask_each(
        str(place["name"]), city=city, district=chain.get("county") or None
    ):
        if isinstance(answers, GeocodeError):
            failed.append({"provider": name, "error": str(answers)})
            continue
        for loc in answers:
            found.append(
                {
                    "kind": "provider",
                    "provider": name,
                    "name": loc.matched_name or loc.query,
                    "precision": loc.precision,
                    "lon": loc.lon,
                    "lat": loc.lat,
                    "distance_m": round(distance_m(point, (loc.lon, loc.lat))) if point else None,
                    "inside": admin.contains(place["unit_code"], loc.lon, loc.lat)
                    if place.get("unit_code")
                    else None,
                }
            )
    return {"providers": list(settings.GEOCODERS), "candidates": found, "failed": failed}
