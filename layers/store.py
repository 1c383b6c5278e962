"""Where an atlas lives. One interface, so another backend (PostGIS) can slot in; the
embedded default is one GeoPackage file.

A GeoPackage is written to a temporary file beside the target and swapped in with one
``os.replace``: a build that fails or is killed half-way leaves the previous atlas
untouched and readable, and a reader holding the old file keeps reading it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Protocol

import geopandas as gpd
import pandas as pd
import pyogrio

from geo.gazetteer import Gazetteer
from layers.atlas import Atlas
from layers.corpus import Corpus, FolderCorpus

ATLAS_FILE = "atlas.gpkg"
"""The GeoPackage's name in an atlas folder."""
META_TABLE = "atlas_meta"
"""Key/value table of the build: input digest, build time, versions."""
TMP_PREFIX = ".building-"


class StoreUnavailable(Exception):
    """The atlas cannot be reached now (its database refuses or lost the connection);
    the message says why. Nothing was written."""


class AtlasStore(Protocol):
    """What the rest of the tool needs from an atlas backend."""

    def exists(self) -> bool: ...
    def write(self, atlas: Atlas, meta: dict[str, str]) -> None: ...
    def names(self) -> list[str]: ...
    def layer(self, name: str) -> gpd.GeoDataFrame | pd.DataFrame: ...
    def meta(self) -> dict[str, str]: ...
    def overrides_gazetteer(self) -> Gazetteer | None:
        """Location corrections kept with the atlas (None: they live in the overrides
        file only)."""
        ...

    def corpus(self) -> Corpus:
        """The documents the atlas is built from (``layers.corpus``)."""
        ...


class GeoPackageStore:
    """An atlas in one GeoPackage file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def exists(self) -> bool:
        return self.path.exists()

    def write(self, atlas: Atlas, meta: dict[str, str]) -> None:
        """Write every layer and table to a new file in a folder of this build's own,
        then swap it in atomically.

        The folder is made by ``mkdtemp`` (unique and created exclusively), so the file
        starts empty whatever an earlier build left behind: a killed build's leftovers
        (named by PID, and PID 1 in every container) were once appended to and published
        with every feature twice.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(self.path.parent)
        folder = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=self.path.parent))
        tmp = folder / self.path.name
        try:
            for name, frame in atlas.layers.items():
                write_layer(tmp, name, frame)
            for name, frame in atlas.tables.items():
                write_layer(tmp, name, frame)
            report = pd.DataFrame(
                [
                    {"key": k, "value": json.dumps(v, ensure_ascii=False)}
                    for k, v in atlas.report.items()
                ]
            )
            write_layer(tmp, "build_report", report)
            write_layer(
                tmp, META_TABLE, pd.DataFrame([{"key": k, "value": v} for k, v in meta.items()])
            )
            os.replace(tmp, self.path)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def names(self) -> list[str]:
        return [name for name, _ in pyogrio.list_layers(self.path)]

    def layer(self, name: str) -> gpd.GeoDataFrame | pd.DataFrame:
        """A layer (GeoDataFrame) or table (DataFrame) by name; ``KeyError`` if absent."""
        listed = dict(pyogrio.list_layers(self.path))
        if name not in listed:
            raise KeyError(name)
        if listed[name] is None:
            return pyogrio.read_dataframe(self.path, layer=name, read_geometry=False)
        return pyogrio.read_dataframe(self.path, layer=name)

    def overrides_gazetteer(self) -> None:
        return None  # a GeoPackage's corrections are the overrides file's rows

    def corpus(self) -> FolderCorpus:
        """The documents, in a folder beside the file: ``atlas.documents/`` for
        ``atlas.gpkg``."""
        return FolderCorpus(self.path.with_suffix(".documents"))

    def meta(self) -> dict[str, str]:
        if not self.exists() or META_TABLE not in self.names():
            return {}
        frame = self.layer(META_TABLE)
        return dict(zip(frame["key"], frame["value"], strict=True))


def open_store(path_or_url: str | Path | None = None) -> AtlasStore:
    """The store ``path_or_url`` names: a ``postgresql://`` URL is a PostGIS database, a
    folder holds ``atlas.gpkg``, a file is the GeoPackage itself. Default:
    ``settings.ATLAS_DATABASE_URL``, else ``settings.ATLAS_DIR``."""
    from geo import settings

    target = path_or_url or settings.ATLAS_DATABASE_URL or settings.ATLAS_DIR
    if is_database_url(target):
        # Imported here: psycopg is needed only by those who keep the atlas in PostGIS.
        from layers.postgis import PostGISStore

        return PostGISStore(target, schema=settings.ATLAS_DATABASE_SCHEMA)
    path = Path(target)
    return GeoPackageStore(path / ATLAS_FILE if path.is_dir() or not path.suffix else path)


def is_database_url(target: str | Path) -> bool:
    """Whether ``target`` names a PostGIS database rather than a file or folder."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def write_layer(path: Path, name: str, frame: pd.DataFrame) -> None:
    """Append one layer or attribute table to a GeoPackage."""
    if isinstance(frame, gpd.GeoDataFrame):
        kinds = set(frame.geom_type.dropna())
        if kinds <= {"Polygon", "MultiPolygon"} and kinds:
            kinds = {"MultiPolygon"}  # district boundaries: one type, as GIS tools want
        geometry_type = kinds.pop() if len(kinds) == 1 else "Unknown"
        pyogrio.write_dataframe(
            frame, path, layer=name, driver="GPKG", geometry_type=geometry_type,
            promote_to_multi=geometry_type == "MultiPolygon", append=path.exists(),
        )  # fmt: skip
    else:
        pyogrio.write_dataframe(frame, path, layer=name, driver="GPKG", append=path.exists())


def _remove_stale_temporaries(folder: Path, older_than_s: float = 3600) -> None:
    """A killed build leaves its temporary folder (or, from older versions, file) behind;
    the next one sweeps those older than ``older_than_s``. Younger ones may belong to a
    build still running; they are never read, only left for a later sweep."""
    now = time.time()
    for stale in folder.glob(f"{TMP_PREFIX}*"):
        try:
            if now - stale.stat().st_mtime <= older_than_s:
                continue
        except FileNotFoundError:  # another build swept it
            continue
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)
