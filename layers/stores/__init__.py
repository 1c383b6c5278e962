"""Where an atlas lives: one reader interface and one writer interface that every backend
implements whole, and one registry that picks the backend a path or URL names.

As pygeoapi's providers: the rest of the tool (the build, the service, the command line)
asks ``open_store`` for a store and uses only what ``AtlasStore`` declares; adding a
backend is one module and one ``register`` line. Registered here:

- a path: a GeoPackage (``_geopackage``; a folder holds ``atlas.gpkg``);
- a ``postgresql://`` or ``postgres://`` URL: a PostGIS database (``_postgis``).

The tests register a third, ``memory://`` (``tests/memory_store.py``).

A store that can answer feature queries itself, per request (a database shared by the
service's workers), also offers ``QueryingReader.querying``; the service serves any
other store from a snapshot it holds in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeAlias, runtime_checkable

import geopandas as gpd
import pandas as pd

from geo import admin, settings
from layers.atlas import Atlas
from layers.corpus import Corpus
from layers.stores.edits import CorrectionsLog

META_TABLE = "atlas_meta"
"""Key/value table of the build: input digest, build time, versions."""
REPORT_TABLE = "build_report"
"""Key/value table of the build report (values as JSON)."""
ATLAS_FILE = "atlas.gpkg"
"""The GeoPackage a folder named as an atlas holds."""

Frame: TypeAlias = "gpd.GeoDataFrame | pd.DataFrame"
"""A layer (with geometry) or an attribute table."""


class StoreUnavailable(Exception):
    """The atlas cannot be reached now (its database refuses or lost the connection);
    the message says why. Nothing was written."""


# --- reading ------------------------------------------------------------------------------


class LayerReader(Protocol):
    """The layers and tables of an atlas: what exports, maps and the coverage analysis
    read."""

    def exists(self) -> bool:
        """Whether an atlas was written there."""
        ...

    def names(self) -> list[str]:
        """Its layers and tables, in the order written."""
        ...

    def layer(self, name: str) -> Frame:
        """A layer (GeoDataFrame) or table (DataFrame) by name; ``KeyError`` if absent."""
        ...

    def meta(self) -> dict[str, str]:
        """The build's key/value table (``META_TABLE``); empty with no atlas."""
        ...


class StoredVersion(LayerReader, Protocol):
    """One atlas version, held for a ``with`` block: it never changes while held, so
    whatever is read from it is of one build."""

    @property
    def version(self) -> str | None:
        """Changes with every write (the seed of the service's ETags); None: no atlas."""
        ...

    @property
    def modified(self) -> datetime | None:
        """When it was written, in UTC; None with no atlas."""
        ...


class HeldVersion:
    """An atlas version held in memory whole (a ``StoredVersion``): what a GeoPackage
    reads at once for the service, and what an in-memory store keeps. Its frames are
    handed out as they are held: callers must not change them."""

    def __init__(
        self, frames: Mapping[str, Frame], version: str | None, modified: datetime | None
    ) -> None:
        self.frames = dict(frames)
        self.version = version
        self.modified = modified

    def exists(self) -> bool:
        return self.version is not None

    def names(self) -> list[str]:
        return list(self.frames)

    def layer(self, name: str) -> Frame:
        return self.frames[name]

    def meta(self) -> dict[str, str]:
        return meta_of(self.frames.get(META_TABLE))


def frames_of(atlas: Atlas, meta: dict[str, str]) -> dict[str, Frame]:
    """Every layer and table a store keeps of ``atlas``, in the order written: its layers,
    its tables, the build report and ``meta`` as key/value tables (``REPORT_TABLE``,
    ``META_TABLE``)."""
    report = pd.DataFrame(
        [{"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in atlas.report.items()]
    )
    meta_frame = pd.DataFrame([{"key": k, "value": v} for k, v in meta.items()])
    return {**atlas.layers, **atlas.tables, REPORT_TABLE: report, META_TABLE: meta_frame}


def meta_of(table: pd.DataFrame | None) -> dict[str, str]:
    """The key/value table ``META_TABLE`` as a dict (empty when there is none)."""
    if table is None:
        return {}
    return dict(zip(table["key"], table["value"], strict=True))


class AtlasReader(LayerReader, Protocol):
    """Reading an atlas: its current version, for the build, the command line and the
    service."""

    @property
    def path(self) -> Path | str:
        """Where the atlas is, to show (a database URL without its password)."""
        ...

    def version(self) -> str | None:
        """The ``StoredVersion.version`` current now, cheaply (the service asks about once
        a second whether to reload)."""
        ...

    def reading(self) -> AbstractContextManager[StoredVersion]:
        """The current version, held for the ``with`` block."""
        ...

    def close(self) -> None:
        """Let go of what the store holds open (a database's connections); it opens them
        again when next used."""
        ...


@dataclass(frozen=True)
class Query:
    """The filters of one items request, already validated and resolved."""

    bbox: tuple[float, float, float, float] | None = None
    dates: tuple[str, str] | None = None
    """``(start, end)`` as ``YYYY-MM-DD``; ``""`` is an open end."""
    sector: str | None = None
    """A sector id; places tagged with any id ``Taxonomy.covers`` gives match."""
    district: admin.Area | None = None
    """Places named so or in a unit inside it; districts named so."""
    kind: str | None = None
    text: str | None = None
    """Matched as a substring of the normalised name or an alias."""


@dataclass(frozen=True)
class Rows:
    """Rows read from a layer or table: the values of ``columns`` in order, then (for a
    layer) the geometry as WKB."""

    columns: list[str]
    rows: list[tuple]
    types: list[int]
    """The type of each value of a row, as the backend names it (PostgreSQL: an OID)."""


@dataclass(frozen=True)
class LayerSummary:
    """What a client is told of a layer before reading it."""

    count: int
    bounds: tuple[float, float, float, float] | None
    dates: tuple[str, str] | None
    """The first and latest date a plan names one of its places, if any."""


class QueryingVersion(StoredVersion, Protocol):
    """An atlas version that answers feature queries itself."""

    def rows(
        self,
        layer: str,
        query: Query | None = None,
        *,
        ids: Sequence[str] | None = None,
        limit: int = 10,
        offset: int = 0,
    ) -> tuple[Rows, int]:
        """``limit`` rows from ``offset`` of the features of ``layer`` that ``query``
        accepts (its sector with every sector it covers) and, if given, with one of
        ``ids``, in layer order; and how many match. ``KeyError`` for an unknown layer,
        ``ValueError`` for a filter it cannot apply."""
        ...

    def summary(self, layer: str) -> LayerSummary:
        """How many features ``layer`` holds, their bounds and dates."""
        ...


@runtime_checkable
class QueryingReader(AtlasReader, Protocol):
    """A store whose versions answer feature queries themselves: the service reads it per
    request rather than from a snapshot in memory."""

    def querying(self) -> AbstractContextManager[QueryingVersion]:
        """The current version, held for the ``with`` block (one request)."""
        ...


# --- writing ------------------------------------------------------------------------------


class AtlasWriter(Protocol):
    """Writing an atlas and what it is built from: its documents and its corrections."""

    @property
    def folder(self) -> Path:
        """This machine's folder for the atlas: the build report, and the service's staged
        uploads and job records."""
        ...

    def write(self, atlas: Atlas, meta: dict[str, str]) -> None:
        """Write every layer and table as the new current version, swapped in whole: a
        failure leaves the current atlas as it was."""
        ...

    def building(self) -> AbstractContextManager[None]:
        """Held by a build from reading its inputs to writing: builds of this atlas, in
        any process, run one at a time."""
        ...

    def corpus(self) -> Corpus:
        """The documents the atlas is built from (``layers.corpus``)."""
        ...

    def corrections(self) -> CorrectionsLog:
        """The corrections people made (``layers.stores.edits``); rebuilds never change
        it."""
        ...


class AtlasStore(AtlasReader, AtlasWriter, Protocol):
    """An atlas backend, whole."""


# --- the registry -------------------------------------------------------------------------

Opener = Callable[[str, Path | None], AtlasStore]
"""Opens the store a target names: ``(target, folder)``; ``folder`` is
``AtlasWriter.folder`` when given (else the backend's own default)."""


@dataclass(frozen=True)
class Backend:
    """A backend as registered."""

    name: str
    schemes: tuple[str, ...]
    """The URL schemes it serves; none: it serves paths."""
    opener: Opener


BACKENDS: dict[str, Backend] = {}
"""Every backend registered, by name."""


def register(name: str, opener: Opener, schemes: Sequence[str] = ()) -> None:
    """Have ``opener`` open targets of ``schemes`` (``postgresql`` for
    ``postgresql://…``), or paths with no scheme given. A scheme or the paths already
    served by another backend is an error."""
    for other in BACKENDS.values():
        taken = set(other.schemes) & set(schemes) or (not schemes and not other.schemes)
        if other.name != name and taken:
            raise ValueError(f"{', '.join(schemes) or 'paths'}: served by {other.name} already")
    BACKENDS[name] = Backend(name, tuple(schemes), opener)


def backend_for(target: str | Path) -> Backend:
    """The backend that serves ``target``; ``ValueError`` naming those there are if
    none."""
    scheme = _scheme(target)
    for backend in BACKENDS.values():
        if scheme in backend.schemes or (not scheme and not backend.schemes):
            return backend
    known = sorted(f"{s}://" for b in BACKENDS.values() for s in b.schemes)
    raise ValueError(f"no atlas backend for {scheme}:// (there are: a path, {', '.join(known)})")


def default_target(folder: Path | None = None) -> str | Path:
    """The atlas meant when none is named: ``settings.ATLAS_DATABASE_URL`` when set, else
    ``folder`` (default ``settings.ATLAS_DIR``)."""
    return settings.ATLAS_DATABASE_URL or folder or settings.ATLAS_DIR


def open_store(target: str | Path | None = None, *, folder: Path | None = None) -> AtlasStore:
    """The store ``target`` names (default: ``default_target()``), opened by the backend
    registered for it."""
    target = default_target() if target is None or target == "" else target
    return backend_for(target).opener(str(target), folder)


def absolute(target: str | Path) -> str:
    """``target`` as another process, in another working directory, opens it: a path made
    absolute, a URL as given."""
    return str(target) if _scheme(target) else str(Path(target).resolve())


def _scheme(target: str | Path) -> str:
    text = str(target)
    scheme, sep, _ = text.partition("://")
    return scheme.lower() if sep and scheme.isidentifier() else ""


def _open_geopackage(target: str, folder: Path | None) -> AtlasStore:
    from layers.stores._geopackage import GeoPackageStore

    return GeoPackageStore.at(Path(target), folder)


def _open_postgis(target: str, folder: Path | None) -> AtlasStore:
    # Imported here: psycopg is needed only by those who keep the atlas in PostGIS.
    from layers.stores._postgis import PostGISStore

    return PostGISStore(target, schema=settings.ATLAS_DATABASE_SCHEMA, folder=folder)


register("geopackage", _open_geopackage)
register("postgis", _open_postgis, ("postgresql", "postgres"))
