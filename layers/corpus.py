"""The documents an atlas is built from, kept with the atlas.

Every build reads its atlas's corpus, so a rebuild — ``clustermap build`` on an existing
atlas, an upload confirmed through the API, a worker rebuilding a PostGIS atlas — starts
from the same documents plus the new ones, and a removed document's places go at the
next build. Each document is kept whole (its bytes, the name it was added under, its
format, who added it and when) under a content key: the same text twice, or in two
formats (.txt and .docx of one text), is one document.

Each backend keeps it (``layers.stores.AtlasWriter.corpus``): the GeoPackage in a folder
beside the file (``FolderCorpus``, this module), PostGIS in a table of its control schema
(``layers.stores._postgis_corpus``).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from extract.ingest import IngestError, read_file
from extract.model import Document
from extract.readers import DOCUMENT_SUFFIXES


@dataclass(frozen=True)
class CorpusDocument:
    """One document kept with an atlas."""

    key: str
    """The content key of its text (``content_key``)."""
    filename: str
    """The name it was added under (shown, never used as a path)."""
    suffix: str
    """Its format as a lower-case suffix (``.docx``): how the reader reads it."""
    content: bytes
    who: str
    """Who added it: an API key's name, or ``command line``."""
    added: datetime

    @property
    def file_name(self) -> str:
        """The name a build gives its copy: the key's first 20 hex digits and the type."""
        return f"{self.key[:20]}{self.suffix}"

    @property
    def sha256(self) -> str:
        """The SHA-256 of the file's bytes (the key is the text's)."""
        return hashlib.sha256(self.content).hexdigest()

    def meta(self) -> dict[str, str | int]:
        """The entry without its bytes, as listed by ``clustermap documents`` and the API."""
        return {
            "key": self.key, "filename": self.filename, "format": self.suffix.lstrip("."),
            "bytes": len(self.content), "sha256": self.sha256, "added_by": self.who,
            "added": self.added.isoformat(timespec="seconds"),
        }  # fmt: skip


class Corpus(Protocol):
    """What a backend keeps of an atlas's documents."""

    def documents(self) -> list[CorpusDocument]:
        """Every document kept, oldest first."""
        ...

    def add(self, document: CorpusDocument) -> CorpusDocument | None:
        """Keep ``document``; the document already kept under its key (a duplicate), or
        None when it was added."""
        ...

    def remove(self, key: str) -> CorpusDocument:
        """Forget the document under ``key`` (a unique prefix of it will do); KeyError if
        there is none."""
        ...


def content_key(documents: list[Document]) -> str:
    """The key of a file's text: its one document's ``Document.content_key`` (blind to
    format, punctuation and script), or for a file holding several, the SHA-256 of
    theirs."""
    if len(documents) == 1:
        return documents[0].content_key
    return hashlib.sha256("|".join(d.content_key for d in documents).encode()).hexdigest()


def read_entry(path: Path, who: str, filename: str | None = None) -> CorpusDocument:
    """A corpus entry for the file at ``path``; IngestError if it cannot be read (it is
    read whole first, with every check of ``read_file``)."""
    key = content_key(read_file(path))
    content = path.read_bytes()
    return CorpusDocument(
        key=key, filename=Path(filename or path.name).name, suffix=path.suffix.lower(),
        content=content, who=who, added=datetime.now(UTC),
    )  # fmt: skip


@dataclass
class Added:
    """What adding files to a corpus did."""

    added: list[CorpusDocument] = field(default_factory=list)
    duplicates: list[tuple[str, CorpusDocument]] = field(default_factory=list)
    """(the file given, the document already kept with the same text)."""
    errors: list[IngestError] = field(default_factory=list)
    """Files named that could not be read, and document files in a folder that could
    not be, with why."""
    skipped: list[IngestError] = field(default_factory=list)
    """Files in a folder that are not documents this tool reads (a .doc, a .md), with
    why: reported, not errors."""


def add_paths(corpus: Corpus, paths: Iterable[str | Path], who: str) -> Added:
    """Add the files in ``paths`` (folders searched as ``read_paths`` does) to ``corpus``."""
    out = Added()
    for given in paths:
        root = Path(given)
        for path in _files_under(root) if root.is_dir() else [root]:
            try:
                entry = read_entry(path, who)
            except IngestError as exc:
                unread = root.is_dir() and path.suffix.lower() not in DOCUMENT_SUFFIXES
                (out.skipped if unread else out.errors).append(exc)
                continue
            kept = corpus.add(entry)
            if kept is None:
                out.added.append(entry)
            else:
                out.duplicates.append((str(path), kept))
    return out


def _files_under(folder: Path) -> list[Path]:
    """Every file under ``folder``, sorted; hidden files and folders and Word's lock
    files (``~$…``) left out."""
    found = []
    for parent, subfolders, files in os.walk(folder):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found += [Path(parent, f) for f in files if not f.startswith((".", "~$"))]
    return sorted(found)


def materialise(documents: list[CorpusDocument], folder: Path) -> dict[Path, CorpusDocument]:
    """Write each document into ``folder`` under its key; the files written, with the
    document each holds."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for document in documents:
        path = folder / document.file_name
        path.write_bytes(document.content)
        written[path] = document
    return written


def find(documents: list[CorpusDocument], key: str) -> CorpusDocument:
    """The document whose key starts with ``key`` (at least 6 hex digits) or whose name
    is ``key``; KeyError if none or several."""
    matches = [
        d for d in documents
        if (len(key) >= 6 and d.key.startswith(key.lower())) or d.filename == key
    ]  # fmt: skip
    if len(matches) != 1:
        raise KeyError(key)
    return matches[0]


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on ``folder`` shared by every process (``flock`` on the folder
    itself, so no lock file is left behind)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


class FolderCorpus:
    """A corpus in a folder: one file per document, named by its key, and
    ``index.json`` with the rest of each entry. Changes hold a lock on the folder, so
    processes (API workers, a command) can add and remove at once."""

    INDEX = "index.json"

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def documents(self) -> list[CorpusDocument]:
        if not (self.folder / self.INDEX).exists():
            return []
        with folder_lock(self.folder):
            return self._read()

    def add(self, document: CorpusDocument) -> CorpusDocument | None:
        with folder_lock(self.folder):
            kept = self._read()
            for other in kept:
                if other.key == document.key:
                    return other
            _write_atomic(self.folder / document.file_name, document.content)
            self._write_index([*kept, document])
        return None

    def remove(self, key: str) -> CorpusDocument:
        with folder_lock(self.folder):
            kept = self._read()
            gone = find(kept, key)
            self._write_index([d for d in kept if d.key != gone.key])
            (self.folder / gone.file_name).unlink(missing_ok=True)
        return gone

    def _read(self) -> list[CorpusDocument]:
        path = self.folder / self.INDEX
        if not path.exists():
            return []
        entries = json.loads(path.read_text(encoding="utf-8"))
        return [
            CorpusDocument(
                key=e["key"], filename=e["filename"], suffix=e["suffix"],
                content=(self.folder / f"{e['key'][:20]}{e['suffix']}").read_bytes(),
                who=e["who"], added=datetime.fromisoformat(e["added"]),
            )
            for e in entries
        ]  # fmt: skip

    def _write_index(self, documents: list[CorpusDocument]) -> None:
        entries = [
            {"key": d.key, "filename": d.filename, "suffix": d.suffix, "who": d.who,
             "added": d.added.isoformat()}
            for d in documents
        ]  # fmt: skip
        data = json.dumps(entries, ensure_ascii=False, indent=1).encode()
        _write_atomic(self.folder / self.INDEX, data)


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file: readers never see half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as handle:
        handle.write(data)
    try:
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, path)
    finally:
        Path(handle.name).unlink(missing_ok=True)
