"""GIS officers' corrections, recorded in the overrides file the geocoder reads first
(``settings.OVERRIDES_FILE``, the gazetteer's columns).

A correction replaces any earlier row for the same place (same name and district: the
resolver would otherwise pick between them) and says who made it and when in ``source``.
The file is rewritten through a temporary file that is read back with the gazetteer's
own reader before it replaces the old one, under a lock every process shares: the
overrides file is never half-written, never invalid, and no correction is lost to a
concurrent one.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from api.jobs import folder_lock, now
from api.models import LocationCorrection
from geo.gazetteer import COLUMNS, Gazetteer

DEFAULT_RADIUS_M = {"building": 50.0, "block": 200.0, "area": 1000.0, "district": 5000.0}
"""Radius of a correction that gives none, by precision (an area keeps the place's own)."""
CONFIDENCE = "0.95"
"""A location a GIS officer checked."""


def correction_row(place: dict, correction: LocationCorrection, who: str) -> dict[str, str]:
    """The overrides row for ``place`` (its atlas properties) moved as ``correction``."""
    radius = correction.radius_m
    if radius is None and correction.precision == "area" and place.get("radius_m"):
        radius = float(place["radius_m"])
    radius = radius if radius is not None else DEFAULT_RADIUS_M[correction.precision]
    note = " ".join(correction.note.split())
    return {
        "name": place["name"],
        "aliases": place.get("aliases") or "",
        "kind": place.get("kind") or "",
        "district": place.get("district") or "",
        "lon": f"{correction.lon:.6f}",
        "lat": f"{correction.lat:.6f}",
        "source_crs": "WGS-84",
        "precision": correction.precision,
        "radius_m": f"{radius:g}",
        "confidence": CONFIDENCE,
        "source": f"correction by {who} via the API, {now()}",
        "note": note,
    }


def record(path: Path, row: dict[str, str]) -> None:
    """Add ``row`` to the overrides file at ``path``, replacing earlier rows for the same
    place; atomic, validated, serialised across processes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with folder_lock(path.parent):
        header, rows = _read(path)
        kept = [
            r for r in rows if (r.get("name"), r.get("district")) != (row["name"], row["district"])
        ]
        with tempfile.NamedTemporaryFile(
            "w",
            dir=path.parent,
            prefix=f".{path.name}.",
            suffix=".tmp",
            delete=False,
            encoding="utf-8",
            newline="",
        ) as handle:
            writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore")
            writer.writeheader()
            writer.writerows([*kept, row])
        tmp = Path(handle.name)
        try:
            Gazetteer.read(tmp)  # raises ValueError on a row the build could not read
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The header (the gazetteer's columns first, any extra kept) and rows of ``path``."""
    if not path.exists():
        return list(COLUMNS), []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [r for r in reader if any(r.values())]
        extra = [c for c in reader.fieldnames or () if c not in COLUMNS]
    return [*COLUMNS, *extra], rows
