"""What reviewers change about the extracted places, applied at every build: "not a place"
(an extraction error, suppressed), merge two places that are one, split a wrong merge,
rename, set the aliases, the kind or the sectors — and undo any of these.

Each change is one edit of the atlas's corrections log (``layers.stores.edits``; the log is
append-only and kept by the backend). A build reads the whole log and applies, in the
order made, the edits no later undo cancels, to the places extraction found — so a
change survives every rebuild, and undoing it restores what the documents say.

An edit names its place by id and, because a place's id follows its name, kind and
district (``extract.places.place_id``) and better extraction may change those, also by
the name it had: an edit whose place is gone by both is reported, never applied to
something else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from extract.model import PLACE_KINDS, Place, SectorLink
from extract.places import normalize
from extract.taxonomy import Taxonomy
from layers.stores.edits import Edit

T = TypeVar("T")

NOT_A_PLACE = "not_a_place"
MERGE = "merge"
SPLIT = "split"
RENAME = "rename"
ALIASES = "aliases"
KIND = "kind"
SECTORS = "sectors"
UNDO = "undo"
PLACE_EDITS = (NOT_A_PLACE, MERGE, SPLIT, RENAME, ALIASES, KIND, SECTORS)
"""The kinds of edit applied here, each with its ``data``:

- ``not_a_place``: ``{"name"}`` — the place is an extraction error;
- ``merge``: ``{"name", "other", "other_name"}`` — the place ``other`` is this one;
- ``split``: ``{"name", "alias"}`` — ``alias`` is a place of its own;
- ``rename``: ``{"name", "to"}``; ``aliases``: ``{"name", "aliases": [...]}``;
- ``kind``: ``{"name", "to"}`` (one of ``PLACE_KINDS``);
- ``sectors``: ``{"name", "sectors": [sector ids]}``.

``undo``: ``{"edit": id}`` cancels an earlier edit of any kind (a location too)."""


class EditError(ValueError):
    """An edit that cannot be recorded: the message says why (nothing was written)."""


def cancelled(history: Sequence[Edit]) -> set[int]:
    """The ids of the edits an undo cancels. An undo can itself be undone (which brings
    back what it cancelled): read from the newest back, an undo counts only if nothing
    later cancelled it."""
    gone: set[int] = set()
    for edit in reversed(history):
        if edit.id in gone:
            continue
        if edit.kind == UNDO:
            gone.add(int(edit.data["edit"]))
    return gone


def in_effect(history: Sequence[Edit]) -> list[Edit]:
    """The edits of ``history`` no undo cancels, undos left out, oldest first."""
    gone = cancelled(history)
    return [e for e in history if e.kind != UNDO and e.id not in gone]


def check(kind: str, data: Mapping[str, Any], taxonomy: Taxonomy) -> dict[str, Any]:
    """``data`` for an edit of ``kind``, checked and normalised; ``EditError`` says what is
    wrong."""
    if kind not in PLACE_EDITS:
        raise EditError(f"unknown edit {kind!r}; the edits are {', '.join(PLACE_EDITS)}")
    out: dict[str, Any] = {"name": _text(data, "name")}
    if kind == MERGE:
        out["other"] = _text(data, "other")
        out["other_name"] = _text(data, "other_name")
    elif kind == SPLIT:
        out["alias"] = _text(data, "alias")
    elif kind == RENAME:
        out["to"] = _text(data, "to")
    elif kind == KIND:
        out["to"] = _text(data, "to")
        if out["to"] not in PLACE_KINDS:
            raise EditError(f"unknown kind {out['to']!r}; the kinds are {', '.join(PLACE_KINDS)}")
    elif kind == ALIASES:
        out["aliases"] = _names(data.get("aliases"), "aliases")
    elif kind == SECTORS:
        ids = _names(data.get("sectors"), "sectors")
        unknown = [s for s in ids if s not in taxonomy.sectors]
        if unknown:
            raise EditError(f"unknown sector ids: {', '.join(unknown)}")
        out["sectors"] = ids
    return out


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise EditError(f"the edit needs {key!r} (text)")
    return value.strip()


def _names(value: object, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise EditError(f"the edit needs {key!r} (a list of text)")
    return list(dict.fromkeys(v.strip() for v in value if v.strip()))


@dataclass
class Applied:
    """The places after the reviewers' edits, and what became of each edit."""

    places: list[Place]
    suppressed: list[dict[str, str]] = field(default_factory=list)
    """Places marked "not a place": id, name, who, why (the build report lists them)."""
    applied: list[int] = field(default_factory=list)
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    """Edits whose place no longer exists by id or name (id, kind, name)."""
    merged: dict[str, Place] = field(default_factory=dict)
    """The places a merge absorbed, by the normalised name each had: splitting that name
    off again gives the place back whole (its id, kind, district and clauses)."""


def apply(places: Iterable[Place], history: Sequence[Edit], taxonomy: Taxonomy) -> Applied:
    """``places`` with the edits of ``history`` that are in effect applied in order.
    ``places`` are not changed: edited places are copies."""
    out = Applied(places=[replace(p) for p in places])
    for edit in in_effect(history):
        if edit.kind not in PLACE_EDITS:
            continue  # a location: the geocoder's corrections (layers.stores.edits)
        target = _find(out.places, edit.place, str(edit.data.get("name", "")))
        if target is None:
            out.unmatched.append({"id": edit.id, "kind": edit.kind, "name": edit.data.get("name")})
            continue
        if _apply_one(out, target, edit, taxonomy):
            out.applied.append(edit.id)
        else:
            out.unmatched.append({"id": edit.id, "kind": edit.kind, "name": edit.data.get("name")})
    return out


def _find(places: list[Place], place_id: str, name: str) -> Place | None:
    for place in places:
        if place.id == place_id:
            return place
    key = normalize(name)
    for place in places:
        if key and (normalize(place.name) == key or key in map(normalize, place.aliases)):
            return place
    return None


def _apply_one(out: Applied, place: Place, edit: Edit, taxonomy: Taxonomy) -> bool:
    """Apply one edit to ``place`` (in ``out.places``); False when it cannot apply any
    more (the other place of a merge is gone, the alias to split is no longer one)."""
    data = edit.data
    if edit.kind == NOT_A_PLACE:
        out.places.remove(place)
        out.suppressed.append(
            {"id": place.id, "name": place.name, "who": edit.who, "why": edit.why}
        )
    elif edit.kind == MERGE:
        other = _find(out.places, str(data["other"]), str(data["other_name"]))
        if other is None or other is place:
            return False
        out.places.remove(other)
        out.merged[normalize(other.name)] = other
        names = [other.name, *other.aliases]
        place.aliases = _unique([*place.aliases, *names], place.name)
        place.mentions = [*place.mentions, *other.mentions]
        place.sector_links = [*place.sector_links, *other.sector_links]
        place.designations = [*place.designations, *other.designations]
    elif edit.kind == SPLIT:
        alias = str(data["alias"])
        if alias not in place.aliases:
            return False
        absorbed = out.merged.pop(normalize(alias), None)
        parted = _unmerge(place, absorbed) if absorbed else _split_off(place, alias)
        out.places.insert(out.places.index(place) + 1, parted)
    elif edit.kind == RENAME:
        place.aliases = _unique([*place.aliases, place.name], str(data["to"]))
        place.name = str(data["to"])
        place.unnamed = False
    elif edit.kind == ALIASES:
        place.aliases = _unique(list(data["aliases"]), place.name)
    elif edit.kind == KIND:
        place.kind = str(data["to"])
    elif edit.kind == SECTORS:
        place.sector_links = _sector_links(place, list(data["sectors"]), edit, taxonomy)
    return True


def _unique(names: list[str], name: str) -> list[str]:
    """``names`` without repeats and without ``name`` itself (compared normalised)."""
    seen = {normalize(name)}
    out = []
    for n in names:
        if normalize(n) not in seen:
            seen.add(normalize(n))
            out.append(n)
    return out


def _unmerge(place: Place, absorbed: Place) -> Place:
    """``absorbed`` taken back out of ``place``, which a merge gave its names, clauses,
    sector links and titles."""
    gone = {normalize(n) for n in (absorbed.name, *absorbed.aliases)}
    place.aliases = [a for a in place.aliases if normalize(a) not in gone]
    place.mentions = _without(place.mentions, absorbed.mentions)
    place.sector_links = _without(place.sector_links, absorbed.sector_links)
    place.designations = _without(place.designations, absorbed.designations)
    return absorbed


def _without(items: list[T], taken: list[T]) -> list[T]:
    """``items`` less one copy of each of ``taken``, the last copy (a merge appended them):
    a clause that gives both places the same sector keeps the keeper's own link."""
    out = list(items)
    for item in taken:
        for i in range(len(out) - 1, -1, -1):
            if out[i] == item:
                del out[i]
                break
    return out


def _split_off(place: Place, alias: str) -> Place:
    """The place ``alias`` stands for, taken out of ``place``: the mentions that name the
    alias and not the place's own name go with it, and the sector links of those
    clauses."""
    from extract.places import place_id  # the id a build would give it

    place.aliases = [a for a in place.aliases if a != alias]
    moved = [m for m in place.mentions if alias in m.quote and place.name not in m.quote]
    if len(moved) == len(place.mentions):  # every clause names only the alias: share them
        moved = list(place.mentions)
    else:
        place.mentions = [m for m in place.mentions if m not in moved]
    # A clause naming both keeps naming the place; the new one cites it too.
    moved += [m for m in place.mentions if alias in m.quote and m not in moved]
    moved = moved or list(place.mentions)
    quotes = {m.quote for m in moved if place.name not in m.quote}
    links = [link for link in place.sector_links if link.quote in quotes]
    place.sector_links = [link for link in place.sector_links if link.quote not in quotes]
    return Place(
        id=place_id(alias, place.kind, place.district), name=alias, kind=place.kind,
        district=place.district, parent=place.parent, sector_links=links, mentions=moved,
        district_inferred=place.district_inferred,
    )  # fmt: skip


def _sector_links(place: Place, ids: list[str], edit: Edit, taxonomy: Taxonomy) -> list[SectorLink]:
    """The place's links to the sectors ``ids``: the documents' own where they name one,
    and for a sector no clause gives, a link to the edit (its author and reason)."""
    kept = [link for link in place.sector_links if link.sector in ids]
    given = {link.sector for link in kept}
    note = f"{edit.who}: {edit.why}" if edit.why else edit.who
    added = [
        SectorLink(phrase=taxonomy.get(s).name_zh, sector=s, doc="", quote=f"（审核 review）{note}")
        for s in ids
        if s not in given
    ]
    return kept + added
