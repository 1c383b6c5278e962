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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, TypeVar

from extract.ingest import IngestError, read_file_and_bytes
from extract.model import Document
from extract.readers import DOCUMENT_SUFFIXES


def file_name(key: str, suffix: str) -> str:
    """The name a document's file is kept and copied under: its key's first 20 hex digits
    and its type."""
    return f"{key[:20]}{suffix}"


@dataclass(frozen=True)
class CorpusEntry:
    """One document kept with an atlas, without its bytes: what listings show and what
    finding, adding and removing a document need (a listing of 300 documents of 20 MB
    must not read 6 GB)."""

    key: str
    """The content key of its text (``content_key``)."""
    filename: str
    """The name it was added under (shown, never used as a path)."""
    suffix: str
    """Its format as a lower-case suffix (``.docx``): how the reader reads it."""
    size: int
    """Its file's size in bytes."""
    sha256: str
    """The SHA-256 of its file's bytes (the key is the text's)."""
    who: str
    """Who added it: an API key's name, or ``command line``."""
    added: datetime

    @property
    def file_name(self) -> str:
        """The name a build gives its copy (``file_name``)."""
        return file_name(self.key, self.suffix)

    def meta(self) -> dict[str, str | int]:
        """The entry as listed by ``clustermap documents`` and the API."""
        return {
            "key": self.key, "filename": self.filename, "format": self.suffix.lstrip("."),
            "bytes": self.size, "sha256": self.sha256, "added_by": self.who,
            "added": self.added.isoformat(timespec="seconds"),
        }  # fmt: skip


@dataclass(frozen=True)
class CorpusDocument:
    """One document kept with an atlas, with its bytes (what a build reads)."""

    key: str
    """The content key of its text (``content_key``)."""
    filename: str
    suffix: str
    content: bytes
    who: str
    added: datetime

    @property
    def entry(self) -> CorpusEntry:
        """Its entry: everything but the bytes."""
        return CorpusEntry(
            key=self.key, filename=self.filename, suffix=self.suffix, size=len(self.content),
            sha256=self.sha256, who=self.who, added=self.added,
        )  # fmt: skip

    @property
    def file_name(self) -> str:
        """The name a build gives its copy (``CorpusEntry.file_name``)."""
        return file_name(self.key, self.suffix)

    @property
    def sha256(self) -> str:
        """The SHA-256 of the file's bytes (the key is the text's)."""
        return hashlib.sha256(self.content).hexdigest()

    def meta(self) -> dict[str, str | int]:
        """Its entry as listed (``CorpusEntry.meta``)."""
        return self.entry.meta()


class Corpus(Protocol):
    """What a backend keeps of an atlas's documents."""

    def documents(self) -> list[CorpusDocument]:
        """Every document kept, with its bytes, oldest first."""
        ...

    def entries(self) -> list[CorpusEntry]:
        """Every document kept, without its bytes, oldest first."""
        ...

    def add(self, document: CorpusDocument) -> CorpusEntry | None:
        """Keep ``document``; the entry already kept under its key (a duplicate), or
        None when it was added."""
        ...

    def remove(self, key: str) -> CorpusEntry:
        """Forget the document under ``key`` (a unique prefix of it will do); KeyError if
        there is none."""
        ...


Kept = TypeVar("Kept", CorpusEntry, CorpusDocument)


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
    documents, content = read_file_and_bytes(path)
    key = content_key(documents)
    return CorpusDocument(
        key=key, filename=Path(filename or path.name).name, suffix=path.suffix.lower(),
        content=content, who=who, added=datetime.now(UTC),
    )  # fmt: skip


@dataclass
class Added:
    """What adding files to a corpus did."""

    added: list[CorpusDocument] = field(default_factory=list)
    duplicates: list[tuple[str, CorpusEntry]] = field(default_factory=list)
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


def find(documents: Sequence[Kept], key: str) -> Kept:
    """The document (or entry) whose key starts with ``key`` (at least 6 hex digits) or whose name
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
        with folder_lock(self.folder):  # a removal between index and file would lose it
            return [self._load(entry) for entry in self._read()]

    def entries(self) -> list[CorpusEntry]:
        if not (self.folder / self.INDEX).exists():
            return []
        with folder_lock(self.folder):
            return self._read()

    def add(self, document: CorpusDocument) -> CorpusEntry | None:
        with folder_lock(self.folder):
            kept = self._read()
            for other in kept:
                if other.key == document.key:
                    return other
            _write_atomic(self.folder / document.file_name, document.content)
            self._write_index([*kept, document.entry])
        return None

    def remove(self, key: str) -> CorpusEntry:
        with folder_lock(self.folder):
            kept = self._read()
            gone = find(kept, key)
            self._write_index([d for d in kept if d.key != gone.key])
            (self.folder / gone.file_name).unlink(missing_ok=True)
        return gone

    def _load(self, entry: CorpusEntry) -> CorpusDocument:
        return CorpusDocument(
            key=entry.key, filename=entry.filename, suffix=entry.suffix,
            content=(self.folder / entry.file_name).read_bytes(), who=entry.who,
            added=entry.added,
        )  # fmt: skip

    def _read(self) -> list[CorpusEntry]:
        path = self.folder / self.INDEX
        if not path.exists():
            return []
        return [self._entry(e) for e in json.loads(path.read_text(encoding="utf-8"))]

    def _entry(self, e: dict[str, str | int]) -> CorpusEntry:
        """An entry of the index; one written before the index held sizes and digests
        (before 2026-12) gets them from its file."""
        key, suffix = str(e["key"]), str(e["suffix"])
        if "sha256" not in e:
            content = (self.folder / file_name(key, suffix)).read_bytes()
            e = e | {"bytes": len(content), "sha256": hashlib.sha256(content).hexdigest()}
        return CorpusEntry(
            key=key, filename=str(e["filename"]), suffix=suffix, size=int(e["bytes"]),
            sha256=str(e["sha256"]), who=str(e["who"]),
            added=datetime.fromisoformat(str(e["added"])),
        )  # fmt: skip

    def _write_index(self, entries: list[CorpusEntry]) -> None:
        rows = [
            {"key": d.key, "filename": d.filename, "suffix": d.suffix, "bytes": d.size,
             "sha256": d.sha256, "who": d.who, "added": d.added.isoformat()}
            for d in entries
        ]  # fmt: skip
        data = json.dumps(rows, ensure_ascii=False, indent=1).encode()
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
