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
from dataclasses import replace
from pathlib import Path

from extract.cleaning import clean
from extract.documents import read_metadata, split_documents
from extract.model import Document
from extract.readers import DOCUMENT_SUFFIXES, READERS, ReadError, check_time, time_limit
from extract.script import Reading, Verbatim, read_as
from extract.sections import parse_sections
from extract.tables import find_tables
from geo import settings

__all__ = ["IngestError", "Skipped", "document_id", "read_file", "read_paths"]


class IngestError(Exception):
    """A file that cannot be ingested: ``path`` is the input path, ``message`` says why."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(str(path), message)  # both in args: the error pickles
        self.path = str(path)
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class Skipped(IngestError):
    """A file or document left out on purpose, not a failure: a file of another type
    found in a folder, or a duplicate of a document already read. Reported with the
    errors; callers count only the other errors as failed inputs."""


_HINTS = {
    ".doc": "old Word format: save it as .docx",
    ".wps": "WPS format: save it as .docx",
    ".xls": "a spreadsheet: save its table as .html or .docx",
    ".xlsx": "a spreadsheet: save its table as .html or .docx",
    ".csv": "a spreadsheet: save its table as .html or .docx",
    ".zip": "an archive: unpack it first",
    ".rar": "an archive: unpack it first",
    ".7z": "an archive: unpack it first",
    ".png": "an image: run OCR on it first",
    ".jpg": "an image: run OCR on it first",
    ".jpeg": "an image: run OCR on it first",
    ".tif": "an image: run OCR on it first",
    ".tiff": "an image: run OCR on it first",
    ".ofd": "OFD format: export it as PDF",
}
"""What to do with the file types users most often have beside their documents."""


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
    return read_file_and_bytes(path)[0]


def read_file_and_bytes(path: str | Path) -> tuple[list[Document], bytes]:
    """``read_file``, with the bytes the documents were read from (a corpus keeps those,
    not a second read that may find the file changed)."""
    data = _read_bytes(Path(path), path)
    limit = settings.MAX_READ_SECONDS
    try:
        with time_limit(limit):
            return _documents(path, data), data
    except ReadError as exc:
        raise IngestError(path, str(exc)) from None


def _documents(path: str | Path, data: bytes) -> list[Document]:
    raw = READERS[Path(path).suffix.lower()](data)
    if not raw.strip():
        raise IngestError(path, "the file holds only whitespace, no text")
    text = clean(raw)
    if not text:
        raise IngestError(path, "no document text is left once web-page boilerplate is removed")
    check_time()
    # Documents are split on the reading form; it keeps the text's lines one for one,
    # so each document's reading form is its run of lines, not converted again.
    lines = text.split("\n")
    documents = []
    first = 0
    for read_part in split_documents(read_as(text).text):
        count = read_part.count("\n") + 1
        check_time()
        part = "\n".join(lines[first : first + count])
        documents.append(_document(path, read_as(part, read_part)))
        first += count
    return documents


def _document(path: str | Path, reading: Reading) -> Document:
    """One document, given as its reading form: metadata, sections and tables read from
    the reading form, offsets, titles and headings given back as the verbatim text
    writes them."""
    text = reading.verbatim
    meta = read_metadata(reading.text)
    sections = parse_sections(reading.text)
    title, issuer = meta.title, meta.issuer
    if reading.text != text:
        verbatim = Verbatim(reading)
        title, issuer = verbatim.spelled(title), verbatim.spelled(issuer)
        at = reading.at
        sections = [
            replace(
                s,
                title=verbatim.near(s.title, s.start, s.heading_end),
                start=at(s.start),
                end=at(s.end),
                heading_end=at(s.heading_end),
            )
            for s in sections
        ]
    return Document(
        id=document_id(text),
        source=str(path),
        title=title,
        issuer=issuer,
        date=meta.date,
        doc_number=meta.doc_number,
        jurisdiction=meta.jurisdiction,
        text=text,
        sections=sections,
        reading_text=reading.text if reading.text != text else "",
        tables=find_tables(reading.text, text, reading.at),
    )


def _read_bytes(path: Path, given: str | Path) -> bytes:
    """The file's bytes, after the checks that need no reading (existence, type, size)."""
    if not path.exists():
        raise IngestError(given, "no such file or folder")
    if path.is_dir():
        raise IngestError(given, "is a folder; use read_paths to read the files in it")
    unsupported = _unsupported(path.suffix.lower())
    if unsupported:
        raise IngestError(given, unsupported)
    limit = settings.MAX_INPUT_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise IngestError(given, f"the file is {size:,} bytes, over the {_limit(limit)}")
        with path.open("rb") as handle:
            # Bounded even if the file grew since stat(); read(n) allocates n bytes up front,
            # so ask for the file's size, not the limit (20 MB for a 300 KB upload).
            data = handle.read(min(size, limit) + 1)
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
    """The documents in files and folders, and an error for each input that failed or
    was skipped.

    A folder is searched recursively and its files read in sorted order; hidden files
    and folders (names starting with 「.」) are not looked at. Every other file that is
    not read is reported as :class:`Skipped` with its reason: a type ingestion does not
    read (「.doc: old Word format: save it as .docx」), a Word lock file (「~$…」). A
    document whose ``content_key`` equals one read before — the same text again, or in
    another format or script — is dropped and reported as :class:`Skipped`, 「duplicate
    of …」. A bad file adds an :class:`IngestError` and reading goes on.
    """
    documents: list[Document] = []
    errors: list[IngestError] = []
    seen: dict[str, Document] = {}
    for given in paths:
        for path, skipped in _expand(given):
            if skipped:
                errors.append(Skipped(path, skipped))
                continue
            try:
                found = read_file(path)
            except IngestError as exc:
                errors.append(exc)
                continue
            for doc in found:
                first = seen.setdefault(doc.content_key, doc)
                if first is doc:
                    documents.append(doc)
                else:
                    where = first.source + (f" ({first.title})" if first.title else "")
                    errors.append(Skipped(path, f"duplicate of {where}; not read again"))
    return documents, errors


def _expand(given: str | Path) -> list[tuple[str | Path, str]]:
    """``given`` itself, or for a folder every file under it, sorted; each with the reason
    it is skipped, or ``""`` when it is to be read."""
    root = Path(given)
    if not root.is_dir():
        return [(given, "")]
    found: list[tuple[Path, str]] = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        found.extend(
            (Path(folder, name), _skip_reason(name)) for name in files if not name.startswith(".")
        )
    return sorted(found)


def _skip_reason(name: str) -> str:
    """Why a file found in a folder is not read, or ``""`` when it is."""
    if name.startswith("~$"):
        return "a Word lock file (left while a document is open), not a document"
    unsupported = _unsupported(Path(name).suffix.lower())
    return f"not read: {unsupported}" if unsupported else ""


def _unsupported(suffix: str) -> str:
    """Why a file with ``suffix`` cannot be read, with what to do; ``""`` if it can."""
    if suffix in READERS:
        return ""
    supported = ", ".join(DOCUMENT_SUFFIXES)
    hint = f"{_HINTS[suffix]}; " if suffix in _HINTS else ""
    return f"unsupported file type {suffix or '(none)'!r} ({hint}read: {supported})"
