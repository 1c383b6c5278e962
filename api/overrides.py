"""GIS officers' location corrections, as rows of the overrides file's columns (the
gazetteer's), each saying who made it and when in ``source``. They are appended to the
atlas's corrections log (``layers.stores.edits``) as ``location`` edits; the latest one
for a place (same name and district) is the one a build applies.
"""

from __future__ import annotations

from api.jobs import now
from api.models import LocationCorrection

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
