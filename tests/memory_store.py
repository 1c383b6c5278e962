"""An atlas kept in this process's memory (``memory://NAME``): a third backend, registered
only in the tests, that implements ``layers.stores.AtlasStore`` whole and nothing more,
so the service is seen to run on any store the registry opens.

Stores opened on one name share one atlas, as the service and a test's builder each open
the same URL. A version is a dict of frames that is never changed once written: a write
swaps in a new one whole, under a lock, so a reader holding the old one reads it whole.
The corpus and the corrections log are lists under the same lock.
"""

from __future__ import annotations

import itertools
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from layers.atlas import Atlas
from layers.corpus import CorpusDocument, CorpusEntry, find
from layers.stores import Frame, HeldVersion, frames_of, register
from layers.stores.edits import Edit, checked

SCHEME = "memory"


@dataclass
class _Atlas:
    """What one ``memory://`` name holds."""

    held: HeldVersion = field(default_factory=lambda: HeldVersion({}, None, None))
    documents: list[CorpusDocument] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    """Guards the three above."""
    builds: threading.Lock = field(default_factory=threading.Lock)
    """Held by a build (``building``)."""
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="memory-atlas-")))
    """The service's files when a store is opened with no folder of its own."""


_ATLASES: dict[str, _Atlas] = {}
_OPENING = threading.Lock()
_VERSIONS = itertools.count(1)


class MemoryStore:
    """``AtlasStore`` over one ``_Atlas``."""

    def __init__(self, url: str, folder: Path | None) -> None:
        self.url = url
        with _OPENING:
            self._atlas = _ATLASES.setdefault(url, _Atlas())
        self.folder = Path(folder) if folder else self._atlas.folder

    @property
    def path(self) -> str:
        return self.url

    # --- reading ------------------------------------------------------------------------

    def exists(self) -> bool:
        return self._atlas.held.exists()

    def version(self) -> str | None:
        return self._atlas.held.version

    @contextmanager
    def reading(self) -> Iterator[HeldVersion]:
        yield self._atlas.held  # a version is never changed: holding it is enough

    def names(self) -> list[str]:
        return self._atlas.held.names()

    def layer(self, name: str) -> Frame:
        return self._atlas.held.layer(name).copy()

    def meta(self) -> dict[str, str]:
        return self._atlas.held.meta()

    def close(self) -> None:
        """Nothing is held open."""

    # --- writing ------------------------------------------------------------------------

    def write(self, atlas: Atlas, meta: dict[str, str]) -> None:
        frames = {name: frame.copy() for name, frame in frames_of(atlas, meta).items()}
        held = HeldVersion(frames, f"m{next(_VERSIONS)}", datetime.now(UTC))
        with self._atlas.lock:
            self._atlas.held = held

    @contextmanager
    def building(self) -> Iterator[None]:
        with self._atlas.builds:
            yield

    def corpus(self) -> MemoryCorpus:
        return MemoryCorpus(self._atlas)

    def corrections(self) -> MemoryLog:
        return MemoryLog(self._atlas)


class MemoryCorpus:
    """``layers.corpus.Corpus`` over one ``_Atlas``."""

    def __init__(self, atlas: _Atlas) -> None:
        self._atlas = atlas

    def documents(self) -> list[CorpusDocument]:
        with self._atlas.lock:
            return list(self._atlas.documents)

    def entries(self) -> list[CorpusEntry]:
        with self._atlas.lock:
            return [d.entry for d in self._atlas.documents]

    def add(self, document: CorpusDocument) -> CorpusEntry | None:
        with self._atlas.lock:
            kept = next((d for d in self._atlas.documents if d.key == document.key), None)
            if kept is None:
                self._atlas.documents.append(document)
            return kept.entry if kept else None

    def remove(self, key: str) -> CorpusEntry:
        with self._atlas.lock:
            gone = find(self._atlas.documents, key)
            self._atlas.documents.remove(gone)
            return gone.entry


class MemoryLog:
    """``layers.stores.edits.CorrectionsLog`` over one ``_Atlas``."""

    def __init__(self, atlas: _Atlas) -> None:
        self._atlas = atlas

    def append(self, edit: Edit) -> Edit:
        edit = checked(edit)
        with self._atlas.lock:
            kept = replace(edit, id=len(self._atlas.edits) + 1)
            self._atlas.edits.append(kept)
            return kept

    def history(self) -> list[Edit]:
        with self._atlas.lock:
            return list(self._atlas.edits)


def fresh(folder: Path, request: pytest.FixtureRequest) -> str:
    """A ``memory://`` URL no store has used yet."""
    return f"{SCHEME}://{uuid.uuid4().hex}"


register(SCHEME, MemoryStore, (SCHEME,))
