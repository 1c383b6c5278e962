"""The atlas backends the API tests run on: every kind registered here with ``register``.

``make_backend(name, folder, request)`` gives a ``Backend``: a test's atlas in a fresh
place of that kind (``Kind.target``), opened through the registry of ``layers.stores``,
the ``ApiConfig`` that serves it, and what writes left in it (corrections, the corpus),
read through the store's own interface: nothing here knows one backend from another.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import memory_store
import pytest
from postgres import create_database

from api.config import ApiConfig
from layers.atlas import Atlas
from layers.build import BuildResult, build
from layers.stores import ATLAS_FILE, open_store
from layers.stores.edits import locations


@dataclass(frozen=True)
class Kind:
    """A kind of atlas the API tests run on."""

    name: str
    target: Callable[[Path, pytest.FixtureRequest], str | Path]
    """Where a fresh, empty atlas of this kind lives (given the test's folder)."""
    shared: bool = True
    """Whether another process (``clustermap serve --workers 2``) opens the same atlas."""


KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> None:
    KINDS[kind.name] = kind


def _database(folder: Path, request: pytest.FixtureRequest) -> str:
    """A new database on the test server (``postgis_url``)."""
    return create_database(request.getfixturevalue("postgis_url"), f"api_{uuid.uuid4().hex[:12]}")


register(Kind("geopackage", lambda folder, request: folder / ATLAS_FILE))
register(Kind("postgis", _database))
register(Kind("memory", memory_store.fresh, shared=False))

BACKENDS = tuple(KINDS)
SHARED_BACKENDS = tuple(name for name, kind in KINDS.items() if kind.shared)
"""The backends whose atlas another process can open (``clustermap serve --workers 2``)."""


class Backend:
    """One test's atlas in one backend."""

    def __init__(self, kind: Kind, folder: Path, target: str | Path) -> None:
        self.name = kind.name
        self.kind = kind
        self.folder = folder
        """The service's own files (staged uploads, job records, the build report)."""
        self.atlas = target
        """What ``create_app`` and ``--atlas`` take to serve this atlas (in this process)."""
        self.store = open_store(target, folder=folder)

    def config(self, **settings_: object) -> ApiConfig:
        """The service's settings for this atlas (the folder holds its own files)."""
        return ApiConfig(atlas=self.atlas, folder=self.folder, **settings_)  # type: ignore[arg-type]

    def served_apart(self) -> str:
        """The atlas as another process opens it (tests that need this run on
        ``SHARED_BACKENDS`` only)."""
        assert self.kind.shared, f"a {self.name} atlas lives in one process: no other can open it"
        return str(self.atlas)

    def build(self) -> BuildResult:
        """The built-in corpus, built into this backend."""
        return build(out=self.folder, store=self.store, force=True)

    def write(self, atlas: Atlas, meta: dict[str, str]) -> None:
        self.store.write(atlas, meta)

    def corrections(self) -> list[dict[str, str]]:
        """The latest correction per place, as text (the overrides file's columns)."""
        return [
            {
                "name": e.name, "lon": f"{e.lon:.6f}", "lat": f"{e.lat:.6f}",
                "precision": e.precision, "note": e.note, "source": e.source,
            }
            for e in locations(self.store.corrections().history()).entries
        ]  # fmt: skip

    def corpus(self) -> list[str]:
        """The names of the documents the atlas is built from."""
        return sorted(d.filename for d in self.store.corpus().documents())

    def state(self) -> object:
        """What any write to the atlas, its corpus, its corrections or the service's
        files would change."""
        files = sorted(p for p in self.folder.rglob("*") if p.is_file())
        history = [e.row() for e in self.store.corrections().history()]
        documents = [d.meta() for d in self.store.corpus().documents()]
        return (self.store.version(), self.store.meta(), history, documents, files)

    def close(self) -> None:
        self.store.close()


def make_backend(name: str, folder: Path, request: pytest.FixtureRequest) -> Backend:
    """An empty atlas of the kind ``name``, its service's files in ``folder``."""
    kind = KINDS[name]
    return Backend(kind, folder, kind.target(folder, request))
