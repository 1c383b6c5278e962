"""Failures said in words a person can act on: a full disk is "no space left on device at
PATH", not the traceback of the library that noticed it (GDAL reports a full disk as a
failed ``sqlite3_exec`` of its own SQL)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

LOW_SPACE_BYTES = 1024 * 1024
"""Free bytes under which a failed write is put down to a full disk (a GeoPackage page
is 4 KB, a job record under 1 KB)."""


def failure_text(exc: BaseException, folder: Path) -> str:
    """Why ``exc`` happened while writing into ``folder``: an ``OSError`` anywhere in its
    chain as its reason and path (``ENOSPC`` → "no space left on device at PATH",
    ``EACCES``, ``EROFS``, ``EDQUOT`` alike); any other failure while ``folder`` is
    (nearly) full as the full disk; else the exception's own message."""
    for cause in _chain(exc):
        if isinstance(cause, OSError) and cause.errno:
            return f"{os.strerror(cause.errno).lower()} at {cause.filename or folder}"
    if free_bytes(folder) < LOW_SPACE_BYTES:
        return f"no space left on device at {folder}"
    return str(exc) or type(exc).__name__


def free_bytes(folder: Path) -> int:
    """Bytes free for writing in ``folder`` (or its nearest existing parent)."""
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return shutil.disk_usage(folder).free


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__
