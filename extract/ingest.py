"""Ingestion: files → clean :class:`~extract.model.Document` records.

``read_file`` reads one file (which may hold several documents); ``read_paths`` reads
files and folders, collecting the errors of bad files instead of stopping at them.
Each step lives in its own module: :mod:`extract.readers` (bytes → text per format),
:mod:`extract.cleaning` (boilerplate, hard wraps), :mod:`extract.documents` (splitting,
metadata) and :mod:`extract.sections` (the heading tree).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from clustermap import settings
from extract.cleaning import clean
from extract.documents import read_metadata, split_documents
from extract.model import Document
from extract.readers import READERS, ReadError
from extract.sections import parse_sections

__all__ = ["IngestError", "document_id", "read_file", "read_paths"]


class IngestError(Exception):
    """A file that cannot be ingested: ``path`` is the input path, ``message`` says why."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(str(path), message)  # both in args: the error pickles
        self.path = str(path)
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def document_id(text: str) -> str:
    """A short id that depends only on a document's cleaned text: ``doc-`` + 10 hex digits."""
    return "doc-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def read_file(path: str | Path) -> list[Document]:
    """The documents in one file, in order.

    Raises :class:`IngestError` for a missing path, a folder, an unsupported suffix,
    a file over ``settings.MAX_INPUT_BYTES`` (checked before reading), an empty or
    blank file, and bytes the format's reader cannot read (binary, corrupt, a PDF
    without a text layer).
    """
    data = _read_bytes(Path(path), path)
    try:
        raw = READERS[Path(path).suffix.lower()](data)
    except ReadError as exc:
        raise IngestError(path, str(exc)) from None
    if not raw.strip():
        raise IngestError(path, "the file holds only whitespace, no text")
    text = clean(raw)
    if not text:
        raise IngestError(path, "no document text is left once web-page boilerplate is removed")
    documents = []
    for part in split_documents(text):
        meta = read_metadata(part)
        documents.append(
            Document(
                id=document_id(part),
                source=str(path),
                title=meta.title,
                issuer=meta.issuer,
                date=meta.date,
                doc_number=meta.doc_number,
                jurisdiction=meta.jurisdiction,
                text=part,
                sections=parse_sections(part),
            )
        )
    return documents


def _read_bytes(path: Path, given: str | Path) -> bytes:
    """The file's bytes, after the checks that need no reading (existence, type, size)."""
    if not path.exists():
        raise IngestError(given, "no such file or folder")
    if path.is_dir():
        raise IngestError(given, "is a folder; use read_paths to read the files in it")
    suffix = path.suffix.lower()
    if suffix not in READERS or suffix not in settings.DOCUMENT_SUFFIXES:
        supported = ", ".join(settings.DOCUMENT_SUFFIXES)
        raise IngestError(given, f"unsupported file type {suffix or '(none)'!r}; read: {supported}")
    limit = settings.MAX_INPUT_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise IngestError(given, f"the file is {size:,} bytes, over the {_limit(limit)}")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # bounded even if the file grew since stat()
    except OSError as exc:
        raise IngestError(given, f"cannot read the file ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise IngestError(given, f"the file is over the {_limit(limit)}")
    if not data:
        raise IngestError(given, "the file is empty")
    return data


def _limit(limit: int) -> str:
    return f"{limit:,}-byte limit (settings.MAX_INPUT_BYTES)"


def read_paths(paths: Iterable[str | Path]) -> tuple[list[Document], list[IngestError]]:
    """The documents in files and folders, and an error for each input that failed.

    A folder is searched recursively for files with a suffix in
    ``settings.DOCUMENT_SUFFIXES`` (hidden files and Word lock files ``~$…`` skipped),
    read in sorted order. A bad file adds an :class:`IngestError` and reading goes on.
    """
    documents: list[Document] = []
    errors: list[IngestError] = []
    for given in paths:
        for path in _expand(given):
            try:
                documents.extend(read_file(path))
            except IngestError as exc:
                errors.append(exc)
    return documents, errors


def _expand(given: str | Path) -> list[str | Path]:
    """``given`` itself, or for a folder the document files under it, sorted."""
    root = Path(given)
    if not root.is_dir():
        return [given]
    found: list[Path] = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        found.extend(
            Path(folder, name)
            for name in files
            if name.lower().endswith(settings.DOCUMENT_SUFFIXES)
            and not name.startswith((".", "~$"))
        )
    return sorted(found)
