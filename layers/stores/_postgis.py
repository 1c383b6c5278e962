"""The PostGIS backend: the atlas in a database, for a team that outgrows one GeoPackage
(``postgresql://…``; ``layers.stores.open_store`` picks it).

For a store whose control schema is ``atlas`` (the default):

- ``atlas.current``: one row, the version readers use;
- ``atlas.versions``: the version schemas written and not dropped yet;
- ``atlas.edits``: the corrections log (``_postgis_edits``), never replaced by a
  rebuild;
- ``atlas.corpus``: the documents the atlas is built from (``_postgis_corpus``), read
  by every build;
- ``atlas_v<UTC time>``: one schema per atlas version, a table per layer and table
  (``_postgis_write``) and a ``catalog``; never changed once written.

``write`` creates the new version's schema, fills and indexes it and points ``current``
at it, all in one transaction: its commit is the swap, and a failure anywhere rolls all of
it back, leaving the current atlas and no trace of the new one. Writers queue on an
advisory lock.

A reader (``reading()``) takes a shared advisory lock, reads ``current`` once, and then
reads only that version, which never changes: it sees one whole atlas, old or new, for as
long as it lasts. After a swap the writer drops the old versions under the same lock taken
exclusively: it waits up to ``drop_wait_s`` for readers still inside an old version (new
readers queue behind it meanwhile), and past that leaves the old version for the next
write to drop.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import weakref
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import psycopg
from psycopg import Connection, sql
from psycopg.conninfo import conninfo_to_dict
from psycopg.pq import TransactionStatus
from psycopg_pool import ConnectionPool, PoolTimeout

from extract.taxonomy import Taxonomy
from geo import admin, settings
from layers.atlas import Atlas
from layers.corpus import CorpusDocument, CorpusEntry
from layers.stores import (
    META_TABLE,
    LayerSummary,
    Query,
    Rows,
    StoreUnavailable,
    frames_of,
    meta_of,
)
from layers.stores import _postgis_corpus as pg_corpus
from layers.stores import _postgis_edits as pg_edits
from layers.stores import _postgis_write as pg_write
from layers.stores._postgis_read import filters, select_page, select_rows, to_frame
from layers.stores._postgis_write import NAMES, SPATIAL_LAYERS, create_catalog
from layers.stores.edits import Edit

log = logging.getLogger(__name__)

SCHEMA_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
"""A control schema name: plain, so version schemas (``<name>_v<time>``) stay plain too."""
MAX_CATALOGS = 8
"""Catalogs of versions kept in memory: the current one and a few a reader may hold."""


class PostGISStore:
    """An atlas in a PostGIS database (``AtlasStore``, ``QueryingReader``); see the module
    docstring for the layout."""

    def __init__(
        self,
        url: str,
        *,
        schema: str = "atlas",
        folder: Path | None = None,
        pool_size: int = 8,
        drop_wait_s: float = 2.0,
    ) -> None:
        if not SCHEMA_NAME.fullmatch(schema):
            raise ValueError(f"schema {schema!r}: lowercase letters, digits and _ only")
        self.url = url
        self.folder = Path(folder) if folder else settings.ATLAS_DIR
        """This machine's files of the atlas (``AtlasWriter.folder``)."""
        self.schema = schema
        self.pool_size = pool_size
        self.drop_wait_s = drop_wait_s
        self._pool: ConnectionPool | None = None
        self._pool_lock = threading.Lock()
        self._ready = False
        self._has_current = False
        self._catalogs: dict[str, dict[str, tuple[list[str], bool]]] = {}
        """Catalogs by version: a version never changes, so each is read once."""

    @property
    def path(self) -> str:
        """Where the atlas is, to show (the URL without its password)."""
        info = conninfo_to_dict(self.url)
        user = f"{info['user']}@" if info.get("user") else ""
        port = f":{info['port']}" if info.get("port") else ""
        return f"postgresql://{user}{info.get('host', '')}{port}/{info.get('dbname', '')}"

    # --- AtlasStore ----------------------------------------------------------------------

    def exists(self) -> bool:
        with self.reading() as atlas:
            return atlas.version is not None

    def write(self, atlas: Atlas, meta: dict[str, str]) -> None:
        """Write every layer and table as a new version and swap it in atomically."""
        frames = frames_of(atlas, meta)
        unknown = set(frames) - NAMES
        if unknown:
            raise ValueError(f"not atlas layers or tables: {', '.join(sorted(unknown))}")
        with _reachable(), psycopg.connect(self.url, autocommit=True) as conn:
            self._setup(conn)
            conn.execute("SELECT pg_advisory_lock(%s)", [self._key("write")])
            try:
                self._write_version(conn, frames)
                self._drop_old_versions(conn)
            finally:
                if not conn.broken:  # a lost connection has lost its locks too
                    conn.execute("SELECT pg_advisory_unlock(%s)", [self._key("write")])

    def version(self) -> str | None:
        with self.reading() as atlas:
            return atlas.version

    def building(self) -> AbstractContextManager[None]:
        """Nothing to hold: writers queue on an advisory lock in the database itself."""
        return nullcontext()

    def names(self) -> list[str]:
        with self.reading() as atlas:
            return atlas.names()

    def layer(self, name: str) -> gpd.GeoDataFrame | pd.DataFrame:
        with self.reading() as atlas:
            return atlas.layer(name)

    def meta(self) -> dict[str, str]:
        with self.reading() as atlas:
            return atlas.meta()

    # --- queries -------------------------------------------------------------------------

    def features(self, layer: str, **filters: Any) -> tuple[gpd.GeoDataFrame, int]:
        """``AtlasVersion.features`` on the current version: one page of filtered features
        and the number matched."""
        with self.reading() as atlas:
            return atlas.features(layer, **filters)

    @contextmanager
    def reading(self) -> Iterator[AtlasVersion]:
        """The current atlas version, held for the ``with`` block: one transaction on one
        pooled connection, during which no write can drop it."""
        with self._connection() as conn:
            if not self._has_current:  # once there, the table stays: ask only until then
                self._has_current = self._has_table(conn, "current")
            # One round trip: the lock is taken before the pointer is read (each statement
            # of the string has its own snapshot). The key is ours, not input. JIT and
            # parallel workers cost more to start (tens of ms) than an indexed page takes.
            statements = [
                sql.SQL("BEGIN READ ONLY"),
                sql.SQL("SET LOCAL jit = off"),
                sql.SQL("SET LOCAL max_parallel_workers_per_gather = 0"),
                sql.SQL("SELECT pg_advisory_xact_lock_shared({})").format(
                    sql.Literal(self._key("read"))
                ),
            ]
            if self._has_current:
                statements.append(
                    sql.SQL("SELECT version, swapped FROM {}").format(self._control("current"))
                )
            try:
                cur = conn.execute(sql.SQL("; ").join(statements))
                for _ in statements[1:]:
                    cur.nextset()
                row = cur.fetchone() if self._has_current else None
                version, swapped = row if row else (None, None)
                yield AtlasVersion(conn, version, self._catalogs, swapped=swapped)
            finally:
                if conn.info.transaction_status in (
                    TransactionStatus.INTRANS,
                    TransactionStatus.INERROR,
                ):
                    conn.execute("ROLLBACK")  # read only: nothing to keep; frees the lock

    querying = reading
    """Its versions answer feature queries in SQL (``QueryingReader``)."""

    # --- corrections ---------------------------------------------------------------------

    def corrections(self) -> PostGISEdits:
        """The corrections log, kept in the database."""
        return PostGISEdits(self)

    # --- corpus --------------------------------------------------------------------------

    def corpus(self) -> PostGISCorpus:
        """The documents this atlas is built from, kept in the database."""
        return PostGISCorpus(self)

    def close(self) -> None:
        """Close the pooled connections (opened again on the next read)."""
        with self._pool_lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None

    def __enter__(self) -> PostGISStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- internals -----------------------------------------------------------------------

    def _write_version(self, conn: Connection, frames: dict[str, pd.DataFrame]) -> None:
        """One transaction: the new version's schema, filled, then pointed at."""
        version = f"{self.schema}_v{datetime.now(UTC):%Y%m%d%H%M%S%f}"
        trigram = self._trigram_schema(conn)
        with conn.transaction(), conn.cursor() as cur:
            cur.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(version)))
            create_catalog(cur, version)
            for position, (name, frame) in enumerate(frames.items()):
                pg_write.write_frame(cur, version, position, name, frame, trigram=trigram)
            cur.execute(
                sql.SQL("INSERT INTO {} (version) VALUES (%s)").format(self._control("versions")),
                [version],
            )
            cur.execute(
                sql.SQL(
                    "INSERT INTO {} (version) VALUES (%s) ON CONFLICT (singleton)"
                    " DO UPDATE SET version = excluded.version, swapped = now()"
                ).format(self._control("current")),
                [version],
            )
        log.info("atlas version %s is current", version)

    def _drop_old_versions(self, conn: Connection) -> list[str]:
        """Drop every version but the current one, once no reader is inside one; the
        versions dropped (none when readers held on past ``drop_wait_s``)."""
        try:
            with conn.transaction():
                wait = f"{max(1, round(self.drop_wait_s * 1000))}ms"  # 0 would wait forever
                conn.execute("SELECT set_config('lock_timeout', %s, true)", [wait])
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [self._key("read")])
                old = [
                    r[0]
                    for r in conn.execute(
                        sql.SQL(
                            "SELECT version FROM {} WHERE version <> (SELECT version FROM {})"
                        ).format(self._control("versions"), self._control("current"))
                    )
                ]
                for version in old:
                    conn.execute(
                        sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(version))
                    )
                conn.execute(
                    sql.SQL("DELETE FROM {} WHERE version = ANY(%s)").format(
                        self._control("versions")
                    ),
                    [old],
                )
        except psycopg.errors.LockNotAvailable:
            log.info("old atlas versions kept while readers use them; the next write drops them")
            return []
        return old

    def _setup(self, conn: Connection) -> None:
        """The control schema and its tables, made once (writers may race to it)."""
        if self._ready:
            return
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [self._key("setup")])
            cur.execute(
                sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(self.schema))
            )
            cur.execute(
                sql.SQL(
                    "CREATE TABLE IF NOT EXISTS {} (singleton boolean PRIMARY KEY DEFAULT true"
                    " CHECK (singleton), version text NOT NULL,"
                    " swapped timestamptz NOT NULL DEFAULT now())"
                ).format(self._control("current"))
            )
            cur.execute(
                sql.SQL(
                    "CREATE TABLE IF NOT EXISTS {} (version text PRIMARY KEY,"
                    " created timestamptz NOT NULL DEFAULT now())"
                ).format(self._control("versions"))
            )
            pg_edits.create_table(cur, self.schema)
            pg_corpus.create_table(cur, self.schema)
        self._ready = True

    def _trigram_schema(self, conn: Connection) -> str | None:
        """The schema pg_trgm is in, installing it when allowed, so ``q`` gets an index;
        None without it (``q`` then scans the rows the other filters leave)."""
        try:
            with conn.transaction():
                conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except psycopg.Error as exc:
            log.info("no pg_trgm (%s): text search will not be indexed", exc)
        row = conn.execute(
            "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
        ).fetchone()
        return row[0] if row else None

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        """A pooled connection for the ``with`` block."""
        with _reachable(), self._connections().connection() as conn:
            yield conn

    def _connections(self) -> ConnectionPool:
        with self._pool_lock:
            if self._pool is None:
                # One direct connection first: a wrong URL or a server that is down fails
                # at once with the reason, where the pool would retry for its timeout.
                connect_s = settings.DATABASE_CONNECT_TIMEOUT_S
                psycopg.connect(self.url, connect_timeout=connect_s).close()
                # Autocommit: readers open their transaction themselves (see reading()).
                # A short wait for a connection: with the database down, a reader answers
                # "unavailable" in about a second instead of psycopg_pool's 30.
                self._pool = ConnectionPool(
                    self.url, min_size=1, max_size=self.pool_size, open=True,
                    kwargs={"autocommit": True, "connect_timeout": connect_s},
                    check=ConnectionPool.check_connection, name=f"atlas-{self.schema}",
                    timeout=settings.DATABASE_POOL_TIMEOUT_S,
                )  # fmt: skip
                # Closed at exit even when the owner never calls close().
                weakref.finalize(self, self._pool.close)
            return self._pool

    def _control(self, table: str) -> sql.Identifier:
        return sql.Identifier(self.schema, table)

    def _has_table(self, conn: Connection, table: str) -> bool:
        found = conn.execute("SELECT to_regclass(%s)", [f'"{self.schema}"."{table}"']).fetchone()
        return found is not None and found[0] is not None

    def _key(self, purpose: str) -> int:
        """The advisory lock key of ``purpose`` for this control schema (stores with other
        schemas in the same database do not contend)."""
        digest = hashlib.sha256(f"cluster-atlas:{self.schema}:{purpose}".encode()).digest()
        return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def _reachable() -> Iterator[None]:
    """A refused, failed or lost connection as ``StoreUnavailable``: what callers tell
    their users (the command's message, the service's 503), whichever backend."""
    try:
        yield
    except (psycopg.OperationalError, PoolTimeout) as exc:
        raise StoreUnavailable(f"the atlas database: {exc}".rstrip()) from exc


class AtlasVersion:
    """One atlas version as a reader sees it, for the length of one transaction
    (``QueryingVersion``)."""

    def __init__(
        self,
        conn: Connection,
        version: str | None,
        catalogs: dict[str, dict] | None = None,
        *,
        swapped: datetime | None = None,
    ) -> None:
        self.version = version
        """The version's schema name (changes with every write: usable as an ETag), or
        None when no atlas was written yet."""
        self.swapped = swapped.astimezone(UTC) if swapped else None
        """When the version became current, in UTC (None with no version)."""
        self._conn = conn
        self._catalogs = {} if catalogs is None else catalogs

    @property
    def modified(self) -> datetime | None:
        return self.swapped

    @property
    def _schema(self) -> str:
        """The version's schema; ``KeyError`` with no version (no layer to read)."""
        if self.version is None:
            raise KeyError("no atlas version")
        return self.version

    def exists(self) -> bool:
        return self.version is not None

    def names(self) -> list[str]:
        return list(self._entries())

    def layer(self, name: str) -> gpd.GeoDataFrame | pd.DataFrame:
        """A layer (GeoDataFrame) or table (DataFrame) by name; ``KeyError`` if absent."""
        columns, spatial = self._entry(name)
        with self._conn.cursor(binary=True) as cur:
            found = select_rows(cur, sql.Identifier(self._schema, name), columns, spatial)
        return to_frame(found, spatial)

    def meta(self) -> dict[str, str]:
        if META_TABLE not in self._entries():
            return {}
        return meta_of(self.layer(META_TABLE))

    def features(
        self,
        layer: str,
        *,
        bbox: Sequence[float] | None = None,
        sector_ids: Sequence[str] | None = None,
        district: admin.Area | str | None = None,
        kind: str | None = None,
        q: str | None = None,
        dates: tuple[str, str] | None = None,
        ids: Sequence[str] | None = None,
        limit: int = 10,
        offset: int = 0,
    ) -> tuple[gpd.GeoDataFrame, int]:
        """The features of ``layer`` (a place layer or ``districts``) that every filter
        accepts, in row order: ``limit`` of them from ``offset``, and how many match.

        ``bbox``: (minx, miny, maxx, maxy) in WGS-84, features intersecting it;
        ``sector_ids``: tagged with any of these ids (pass a sector with its sub-sectors);
        ``district``: in this area (``geo.admin.area``, or a name it reads: places named
        so or in a unit inside it; on ``districts``: named so); ``kind``;
        ``q``: a substring of the normalised name or an alias; ``dates``: (start, end) as
        ``YYYY-MM-DD``, ``""`` an open end, meeting the place's first to latest mention;
        ``ids``: with one of these feature ids (a district's is its name).
        ``KeyError`` for an unknown layer, ``ValueError`` for a filter it cannot apply.
        """
        if isinstance(district, str):
            district = admin.area(district)
        where = filters(
            layer, bbox=bbox, sector_ids=sector_ids, district=district, kind=kind, q=q,
            dates=dates, ids=ids,
        )  # fmt: skip
        page, matched = self._page(layer, where, limit, offset)
        return to_frame(page, True), matched

    def rows(
        self,
        layer: str,
        query: Query | None = None,
        *,
        ids: Sequence[str] | None = None,
        limit: int = 10,
        offset: int = 0,
    ) -> tuple[Rows, int]:
        """What ``features`` answers for ``query`` (its sector with every sector it
        covers), as rows: values, then the geometry as WKB (``QueryingVersion.rows``)."""
        query = query or Query()
        sector_ids = None
        if query.sector is not None:
            sector_ids = sorted(Taxonomy.load().covers(query.sector))
        where = filters(
            layer, bbox=query.bbox, sector_ids=sector_ids, district=query.district,
            kind=query.kind, q=query.text, dates=query.dates, ids=ids,
        )  # fmt: skip
        return self._page(layer, where, limit, offset)

    def _page(
        self, layer: str, where: tuple[sql.Composable, dict], limit: int, offset: int
    ) -> tuple[Rows, int]:
        """``limit`` rows of ``layer`` from ``offset`` of those ``where`` accepts, and how
        many it accepts."""
        if layer not in SPATIAL_LAYERS:
            raise KeyError(layer)
        columns, _ = self._entry(layer)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ValueError(f"limit must be a whole number ≥ 0, not {limit!r}")
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise ValueError(f"offset must be a whole number ≥ 0, not {offset!r}")
        table = sql.Identifier(self._schema, layer)
        with self._conn.cursor(binary=True) as cur:
            return select_page(cur, table, columns, *where, limit, offset)

    def summary(self, layer: str) -> LayerSummary:
        """How many features ``layer`` holds, their bounds, and the first and latest date
        a plan names one of them (places only)."""
        if layer not in SPATIAL_LAYERS:
            raise KeyError(layer)
        columns, _ = self._entry(layer)
        dates: sql.Composable = sql.SQL("NULL AS first, NULL AS latest")
        if {"first_date", "latest_date"} <= set(columns):
            dates = sql.SQL(
                "min(NULLIF(first_date, '')) AS first, max(NULLIF(latest_date, '')) AS latest"
            )
        row = self._conn.execute(
            sql.SQL(
                "SELECT n, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e), first, latest"
                " FROM (SELECT count(*) AS n, ST_Extent(geom) AS e, {} FROM {}) AS s"
            ).format(dates, sql.Identifier(self._schema, layer))
        ).fetchone()
        assert row is not None  # an aggregate answers one row
        count, minx, miny, maxx, maxy, first, latest = row
        return LayerSummary(
            count=int(count),
            bounds=None if minx is None else (minx, miny, maxx, maxy),
            dates=(first, latest) if first and latest else None,
        )

    def _entry(self, name: str) -> tuple[list[str], bool]:
        entries = self._entries()
        if name not in NAMES or name not in entries:
            raise KeyError(name)
        return entries[name]

    def _entries(self) -> dict[str, tuple[list[str], bool]]:
        if self.version is None:
            return {}
        catalog = self._catalogs.get(self.version)
        if catalog is None:
            rows = self._conn.execute(
                sql.SQL("SELECT name, columns, spatial FROM {} ORDER BY position").format(
                    sql.Identifier(self._schema, "catalog")
                )
            )
            catalog = {name: (columns, spatial) for name, columns, spatial in rows}
            if len(self._catalogs) > MAX_CATALOGS:
                self._catalogs.clear()  # old versions: dropped by now
            self._catalogs[self.version] = catalog
        return catalog


class PostGISCorpus:
    """The ``layers.corpus.Corpus`` of a PostGIS atlas: its control schema's ``corpus``
    table."""

    def __init__(self, store: PostGISStore) -> None:
        self.store = store

    def documents(self) -> list[CorpusDocument]:
        with self.store._connection() as conn:
            if not self.store._has_table(conn, "corpus"):
                return []
            return pg_corpus.select(conn, self.store.schema)

    def entries(self) -> list[CorpusEntry]:
        with self.store._connection() as conn:
            if not self.store._has_table(conn, "corpus"):
                return []
            return pg_corpus.entries(conn, self.store.schema)

    def add(self, document: CorpusDocument) -> CorpusEntry | None:
        with self.store._connection() as conn:
            self.store._setup(conn)
            return pg_corpus.insert(conn, self.store.schema, document)

    def remove(self, key: str) -> CorpusEntry:
        with self.store._connection() as conn:
            if not self.store._has_table(conn, "corpus"):
                raise KeyError(key)
            return pg_corpus.delete(conn, self.store.schema, key)


class PostGISEdits:
    """The corrections log of a PostGIS atlas (``CorrectionsLog``): its control schema's
    ``edits`` table."""

    def __init__(self, store: PostGISStore) -> None:
        self.store = store

    def append(self, edit: Edit) -> Edit:
        with self.store._connection() as conn:
            self.store._setup(conn)
            return pg_edits.insert(conn, self.store.schema, edit)

    def history(self) -> list[Edit]:
        with self.store._connection() as conn:
            has = self.store._has_table
            if not has(conn, "edits") and not has(conn, pg_edits.LEGACY):
                return []  # reading leaves an empty database as it was
            self.store._setup(conn)  # moves a legacy table's corrections in, once
            return pg_edits.select(conn, self.store.schema)
