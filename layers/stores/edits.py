"""An atlas's corrections log: what people changed about its places, each edit kept with
who made it, when and why, in the order made. Every backend keeps one
(``AtlasWriter.corrections``); rebuilds read it and never change it.

The log is append-only: an edit is never changed or removed, a later edit supersedes it
(a second location for the same place) or, once a review workbench adds the kind, undoes
it. A kind of edit is a name and the shape of its ``data``; the log stores any kind as
it is, so a new kind (suppress "not a place", merge, split, rename, sectors, undo) needs
no change to any backend, only to the code that applies it.

Today one kind is applied: ``location``, whose ``data`` is a row of the overrides file
(``geo.gazetteer.COLUMNS``). A build reads the latest location per place (name and
district) as the geocoder's corrections (``locations``), in place of the overrides file's
rows for the same places.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from geo.gazetteer import COLUMNS, Gazetteer

LOCATION = "location"
"""The kind of edit that places a place: ``data`` is an overrides row."""
DEFAULT_CONFIDENCE = 0.5
"""What the gazetteer reader assumes for an empty confidence."""


@dataclass(frozen=True)
class Edit:
    """One entry of a corrections log."""

    kind: str
    """What the edit does (``LOCATION``; a review workbench adds its own kinds)."""
    place: str
    """The id of the place it is about, as the atlas had it when the edit was made ("" for
    corrections made before edits named their place)."""
    data: Mapping[str, Any]
    """What the edit sets, JSON-ready; its shape is the kind's."""
    who: str
    """Who made it: an API key's name, or ``command line``."""
    why: str = ""
    """The note its author gave."""
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    id: int = 0
    """Its place in the log, from 1, increasing; given by the log when appended (0 before)."""

    def row(self) -> dict[str, Any]:
        """The edit as a JSON-ready record (the API's and the tests' view of it)."""
        return {"id": self.id, "kind": self.kind, "place": self.place, "data": dict(self.data),
                "who": self.who, "why": self.why,
                "at": self.at.astimezone(UTC).isoformat()}  # fmt: skip


class CorrectionsLog(Protocol):
    """The corrections log a backend keeps with an atlas."""

    def append(self, edit: Edit) -> Edit:
        """Record ``edit`` after every edit before it; the edit as kept, with its ``id``
        and time. ``ValueError`` (nothing recorded) for an edit that names nobody, or a
        location the gazetteer reader would refuse (``checked``)."""
        ...

    def history(self) -> list[Edit]:
        """Every edit, oldest first."""
        ...


def checked(edit: Edit) -> Edit:
    """``edit`` as a log keeps it: ``who`` stripped and required; a location's ``data``
    with every overrides column, numbers as numbers (an empty radius as None), after the
    gazetteer reader's checks, the same a build makes of it. ``ValueError`` says why
    not."""
    who = str(edit.who).strip()
    if not who:
        raise ValueError("an edit needs the name of who made it")
    if not edit.kind.strip():
        raise ValueError("an edit needs a kind")
    if edit.kind != LOCATION:
        return replace(edit, who=who)
    return replace(edit, who=who, data=_location(edit.data))


def locations(edits: Iterable[Edit]) -> Gazetteer:
    """The latest location per place (name and district) of ``edits``, read as the
    overrides file is: coordinates converted to WGS-84, checked. Entries are in the order
    of the edit that placed each."""
    latest: dict[tuple[str, str], Edit] = {}
    for edit in edits:
        if edit.kind == LOCATION:
            key = (str(edit.data.get("name", "")), str(edit.data.get("district", "")))
            latest.pop(key, None)  # re-inserted last: the order of the latest edits
            latest[key] = edit
    if not latest:
        return Gazetteer([])
    with tempfile.TemporaryDirectory() as folder:
        path = _write_csv(Path(folder) / "overrides.csv", [e.data for e in latest.values()])
        return Gazetteer(Gazetteer.read(path).entries)


def _location(data: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(data) - set(COLUMNS)
    if unknown:
        raise ValueError(f"unknown override columns: {', '.join(sorted(map(str, unknown)))}")
    text = {c: "" if data.get(c) is None else str(data[c]).strip() for c in COLUMNS}
    with tempfile.TemporaryDirectory() as folder:
        path = _write_csv(Path(folder) / "override", [text])
        try:
            Gazetteer.read(path)
        except ValueError as exc:
            raise ValueError(str(exc).replace(f"{path}:2: ", "")) from None
    values: dict[str, Any] = dict(text)
    values["source_crs"] = text["source_crs"] or "WGS-84"
    values["lon"], values["lat"] = float(text["lon"]), float(text["lat"])
    values["radius_m"] = float(text["radius_m"]) if text["radius_m"] else None
    values["confidence"] = float(text["confidence"] or DEFAULT_CONFIDENCE)
    return values


def _write_csv(path: Path, rows: Iterable[Mapping[str, Any]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: "" if row.get(c) is None else row[c] for c in COLUMNS})
    return path
