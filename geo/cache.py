"""Disk cache of online geocoder answers, so a rebuild asks no service twice.

One sqlite file in ``settings.CACHE_DIR`` (created on demand), in WAL mode so several
processes can read and write it at once. An answer is keyed by provider, normalised query,
city and district and stored as the JSON list of its ``Location``s with the UTC time it was
fetched. Empty answers are stored too (the service was asked and found nothing); errors
never are, since they are not answers. A corrupt file is reported, moved aside and
rebuilt; it never stops geocoding.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import unicodedata
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from geo import settings
from geo.model import Location

CACHE_FILE = "geocode.sqlite"
"""File name of the cache in ``settings.CACHE_DIR``."""

LOCK_TIMEOUT = 30.0
"""Seconds to wait for another process's write to finish."""

_CORRUPT = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    provider   TEXT NOT NULL,
    query      TEXT NOT NULL,
    city       TEXT NOT NULL,
    district   TEXT NOT NULL,
    locations  TEXT NOT NULL,  -- JSON list of Location fields
    fetched_at TEXT NOT NULL,  -- ISO 8601, UTC
    PRIMARY KEY (provider, query, city, district)
)
"""

log = logging.getLogger(__name__)
T = TypeVar("T")


def normalise(text: str | None) -> str:
    """The form a query, city or district is keyed by: NFKC (full-width letters and
    digits as half-width), whitespace collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFKC", text or "").split()).casefold()


class GeocodeCache:
    """The answers of online providers on disk."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings.CACHE_DIR / CACHE_FILE

    def get(
        self, provider: str, query: str, *, city: str = "", district: str | None = None
    ) -> list[Location] | None:
        """The stored answer, marked ``from_cache`` (possibly empty), or None if the
        question was never answered."""
        key = (provider, normalise(query), normalise(city), normalise(district))
        row = self._run(
            lambda db: db.execute(
                "SELECT locations FROM answers "
                "WHERE provider = ? AND query = ? AND city = ? AND district = ?",
                key,
            ).fetchone()
        )
        if row is None:
            return None
        try:
            return [Location(**fields, from_cache=True) for fields in json.loads(row[0])]
        except (ValueError, TypeError) as exc:  # written by an incompatible version
            log.warning("geocode cache: unreadable answer for %s, asking again: %s", key, exc)
            return None

    def put(
        self,
        provider: str,
        query: str,
        locations: list[Location],
        *,
        city: str = "",
        district: str | None = None,
    ) -> None:
        """Store the answer ``locations`` (may be empty), replacing an older one."""
        stored = json.dumps(
            [{k: v for k, v in asdict(loc).items() if k != "from_cache"} for loc in locations],
            ensure_ascii=False,
        )
        row = (
            provider, normalise(query), normalise(city), normalise(district), stored,
            datetime.now(UTC).isoformat(timespec="seconds"),
        )  # fmt: skip
        self._run(lambda db: db.execute("INSERT OR REPLACE INTO answers VALUES (?,?,?,?,?,?)", row))

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """``work`` in one transaction on a fresh connection; a corrupt file is moved
        aside and the work done on a new one."""
        try:
            return self._transaction(work)
        except sqlite3.DatabaseError as exc:
            if exc.sqlite_errorcode not in _CORRUPT:
                raise
            self._set_aside(exc)
            return self._transaction(work)

    def _transaction(self, work: Callable[[sqlite3.Connection], T]) -> T:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=LOCK_TIMEOUT)) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)
            with db:
                return work(db)

    def _set_aside(self, exc: sqlite3.DatabaseError) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        log.warning(
            "geocode cache %s is corrupt (%s); moved to %s, rebuilt empty", self.path, exc, aside
        )
        for suffix in ("-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        with suppress(FileNotFoundError):  # another process set it aside first
            self.path.replace(aside)
