"""The two atlas backends the API tests run on: the GeoPackage and PostGIS.

``make_backend(name, folder, request)`` gives a ``Backend``: where a test's atlas lives
(a GeoPackage in ``folder``, or a fresh database on the throwaway server of
``tests/postgres.py``), the ``ApiConfig`` that serves it, and what writes left in it
(corrections, the corpus), read from where each backend keeps them.
"""

from __future__ import annotations

import csv
import json
import uuid
from pathlib import Path

import pytest
from postgres import create_database

from api.config import ApiConfig
from geo import settings
from layers.atlas import Atlas
from layers.build import BuildResult, build
from layers.store import ATLAS_FILE, AtlasStore, GeoPackageStore

BACKENDS = ("geopackage", "postgis")


class Backend:
    """One test's atlas in one backend."""

    def __init__(self, name: str, folder: Path, database_url: str = "") -> None:
        self.name = name
        self.folder = folder
        self.database_url = database_url
        self.store: AtlasStore
        if database_url:
            from layers.postgis import PostGISStore

            self.store = PostGISStore(database_url)
        else:
            self.store = GeoPackageStore(folder / ATLAS_FILE)

    def config(self, **settings_: object) -> ApiConfig:
        """The service's settings for this atlas (the folder holds its own files)."""
        return ApiConfig(
            atlas_path=self.folder / ATLAS_FILE, database_url=self.database_url, **settings_
        )

    @property
    def atlas(self) -> str | Path:
        """What ``create_app`` and ``--atlas`` take to serve this atlas."""
        return self.database_url or self.folder / ATLAS_FILE

    def build(self) -> BuildResult:
        """The built-in corpus, built into this backend."""
        return build(out=self.folder, store=self.store, force=True)

    def write(self, atlas: Atlas, meta: dict[str, str]) -> None:
        self.store.write(atlas, meta)

    def corrections(self) -> list[dict[str, str]]:
        """The latest correction per place, as text (the overrides file's columns)."""
        if self.database_url:
            rows = self.store.overrides_gazetteer().entries
            return [
                {
                    "name": e.name, "lon": f"{e.lon:.6f}", "lat": f"{e.lat:.6f}",
                    "precision": e.precision, "note": e.note, "source": e.source,
                }
                for e in rows
            ]  # fmt: skip
        if not settings.OVERRIDES_FILE.exists():
            return []
        with settings.OVERRIDES_FILE.open(encoding="utf-8") as f:
            return list(csv.DictReader(f))

    def corpus(self) -> list[str]:
        """The names of the documents the atlas is built from, as each backend keeps
        them (the database's table, or the files and index beside the GeoPackage)."""
        if self.database_url:
            return sorted(d.filename for d in self.store.corpus().documents())
        index = self.folder / "atlas.documents" / "index.json"
        if not index.exists():
            return []
        return sorted(e["filename"] for e in json.loads(index.read_text(encoding="utf-8")))

    def state(self) -> object:
        """What any write to the atlas or its corrections would change."""
        if self.database_url:
            return (self.store.meta(), self.store.overrides(), self.corpus())
        files = sorted(p for p in self.folder.rglob("*") if p.is_file())
        return (self.folder.joinpath(ATLAS_FILE).stat().st_mtime_ns, files)

    def close(self) -> None:
        if self.database_url:
            self.store.close()


def make_backend(name: str, folder: Path, request: pytest.FixtureRequest) -> Backend:
    """An empty atlas of backend ``name``: a folder, or a new database on the test
    server (``postgis_url``)."""
    if name == "geopackage":
        return Backend(name, folder)
    server = request.getfixturevalue("postgis_url")
    return Backend(name, folder, create_database(server, f"api_{uuid.uuid4().hex[:12]}"))
