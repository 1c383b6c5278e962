"""The offline gazetteer (``data/gazetteer.csv``) and the GIS staff's overrides
(``data/overrides.csv``): named places with coordinates and provenance, looked up by name.

Both files share one layout::

    name,aliases,kind,district,lon,lat,source_crs,precision,radius_m,confidence,source,note

Coordinates may be given in any ``SOURCE_CRS``; they are converted to WGS-84 on reading.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from geo.crs import to_wgs84
from geo.model import PRECISIONS, SOURCE_CRS, Location
from geo.names import normalize, score_keys

COLUMNS = (
    "name", "aliases", "kind", "district", "lon", "lat", "source_crs", "precision",
    "radius_m", "confidence", "source", "note",
)  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """One row: a named place and where it is, already in WGS-84."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    district: str
    lon: float
    lat: float
    source_crs: str
    precision: str
    radius_m: float | None
    confidence: float
    source: str
    note: str

    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def location(self, provider: str, query: str, match: float) -> Location:
        """This row as the answer of ``provider`` to ``query``, confidence scaled by the
        name match."""
        return Location(
            lon=self.lon, lat=self.lat, precision=self.precision, provider=provider,
            source_crs=self.source_crs, confidence=round(self.confidence * match, 3),
            query=query, matched_name=self.name, district=self.district,
            radius_m=self.radius_m, source=self.source, note=self.note,
        )  # fmt: skip


class Gazetteer:
    """Rows of one gazetteer file, indexed by normalised spelling."""

    def __init__(self, entries: list[Entry], path: Path | None = None) -> None:
        self.entries = entries
        self.path = path
        self._index: dict[str, list[Entry]] = {}
        self._keys: list[tuple[Entry, tuple[str, ...]]] = []
        for entry in entries:
            keys = tuple(normalize(s) for s in entry.spellings())
            self._keys.append((entry, keys))
            for key in keys:
                self._index.setdefault(key, []).append(entry)

    @classmethod
    def read(cls, path: Path) -> Gazetteer:
        """Read and validate ``path``; a missing file is an empty gazetteer (no overrides
        yet); a bad row raises ``ValueError`` naming the file, line and problem."""
        if not path.exists():
            return cls([], path)
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = set(COLUMNS) - set(reader.fieldnames or ())
            if missing:
                raise ValueError(f"{path}: missing columns {', '.join(sorted(missing))}")
            entries = [_entry(path, reader.line_num, row) for row in reader if any(row.values())]
        return cls(entries, path)

    def lookup(
        self, names: list[str], *, district: str = "", kind: str = ""
    ) -> list[tuple[Entry, float]]:
        """Rows matching any of ``names``, best first, each with its name score (0–1).

        Exact spellings (after ``normalize``) score 1; other spellings are scored
        fuzzily. Among equal scores a row in ``district`` and then of ``kind`` wins.
        """
        found: dict[int, tuple[Entry, float]] = {}
        keys = {normalize(n) for n in names if n}
        for key in keys:
            for entry in self._index.get(key, []):
                found[id(entry)] = (entry, 1.0)
        if not found:
            for entry, spellings in self._keys:
                best = max((score_keys(k, s) for k in keys for s in spellings), default=0)
                if best > 0:
                    found[id(entry)] = (entry, best)
        return sorted(
            found.values(),
            key=lambda pair: (
                -pair[1],
                bool(district) and pair[0].district != district,
                bool(kind) and pair[0].kind != kind,
            ),
        )


def _entry(path: Path, line: int, row: dict[str, str]) -> Entry:
    where = f"{path}:{line}"
    try:
        lon, lat = float(row["lon"]), float(row["lat"])
        radius = float(row["radius_m"]) if row.get("radius_m") else None
        confidence = float(row["confidence"] or 0.5)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    crs = (row.get("source_crs") or "WGS-84").strip()
    if crs not in SOURCE_CRS:
        raise ValueError(f"{where}: source_crs {crs!r} is not one of {', '.join(SOURCE_CRS)}")
    if row["precision"] not in PRECISIONS:
        raise ValueError(f"{where}: precision {row['precision']!r} is not one of {PRECISIONS}")
    if not row["name"].strip():
        raise ValueError(f"{where}: empty name")
    lon, lat = to_wgs84(lon, lat, crs)
    if not (73 <= lon <= 136 and 3 <= lat <= 54):
        raise ValueError(f"{where}: {lon}, {lat} is outside China (swapped lon/lat?)")
    return Entry(
        name=row["name"].strip(),
        aliases=tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()),
        kind=row.get("kind", "").strip(),
        district=row.get("district", "").strip(),
        lon=lon, lat=lat, source_crs=crs, precision=row["precision"], radius_m=radius,
        confidence=confidence, source=row.get("source", "").strip(),
        note=row.get("note", "").strip(),
    )  # fmt: skip


def load(path: Path) -> Gazetteer:
    """The gazetteer in ``path``, read again only when the file changes (overrides are
    edited while the tool runs)."""
    mtime = path.stat().st_mtime_ns if path.exists() else 0
    return _read_cached(path, mtime)


@cache
def _read_cached(path: Path, mtime: int) -> Gazetteer:
    return Gazetteer.read(path)
