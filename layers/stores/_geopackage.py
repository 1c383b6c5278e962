"""The GeoPackage backend: an atlas in one GeoPackage file, with its documents
(``atlas.documents/``) and its corrections log (``atlas.corrections.jsonl``) beside it.

A GeoPackage is written to a temporary file beside the target and swapped in with one
``os.replace``: a build that fails or is killed half-way leaves the previous atlas
untouched and readable, and a reader holding the old file keeps reading it.

Corrections were once rows of the overrides file (``settings.OVERRIDES_FILE``) that the
service rewrote. That file is still read by every build (``geo.resolve``), so an existing
atlas keeps every correction it had; new ones go to the log, whose latest location for a
place takes the place of the file's row for it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

from layers.atlas import Atlas
from layers.corpus import FolderCorpus, folder_lock
from layers.gpkg import write_layer
from layers.stores import ATLAS_FILE, META_TABLE, HeldVersion, frames_of, meta_of
from layers.stores.edits import Edit, checked

TMP_PREFIX = ".building-"
LOG_SUFFIX = ".corrections.jsonl"
"""The corrections log beside the file: ``atlas.corrections.jsonl`` for ``atlas.gpkg``."""
MISSING = (0, 0, 0)
"""The signature of a file that is not there."""
READ_ATTEMPTS = 3
"""Times a whole read is tried while the file is replaced under it."""


class GeoPackageStore:
    """An atlas in one GeoPackage file (``AtlasStore``)."""

    def __init__(self, path: Path, folder: Path | None = None) -> None:
        self.path = Path(path)
        self.folder = Path(folder) if folder else self.path.parent

    @classmethod
    def at(cls, path: Path, folder: Path | None = None) -> GeoPackageStore:
        """The atlas at ``path``: a folder holds ``atlas.gpkg``, a file is the
        GeoPackage itself."""
        path = Path(path)
        return cls(path / ATLAS_FILE if path.is_dir() or not path.suffix else path, folder)

    def exists(self) -> bool:
        return self.path.exists()

    def version(self) -> str | None:
        """The file's inode, modification time and size: any replacement changes it."""
        found = file_signature(self.path)
        return None if found == MISSING else "{:x}-{:x}-{:x}".format(*found)

    @contextlib.contextmanager
    def reading(self) -> Iterator[HeldVersion]:
        """Every layer and table read at once; a file replaced while it was read is read
        again, so what is held never mixes two builds. No file: no atlas (every name
        absent)."""
        for _ in range(READ_ATTEMPTS):
            before = file_signature(self.path)
            if before == MISSING:
                yield HeldVersion({}, None, None)
                return
            frames = {
                name: pyogrio.read_dataframe(
                    self.path, layer=name, read_geometry=geometry_type is not None
                )
                for name, geometry_type in pyogrio.list_layers(self.path)
            }
            if file_signature(self.path) == before:
                inode, mtime_ns, size = before
                modified = datetime.fromtimestamp(mtime_ns / 1e9, UTC)
                yield HeldVersion(frames, f"{inode:x}-{mtime_ns:x}-{size:x}", modified)
                return
        raise RuntimeError(f"{self.path} kept changing while it was read")

    def close(self) -> None:
        """Nothing is held open between reads."""

    def building(self) -> contextlib.AbstractContextManager[None]:
        """A lock on the atlas's folder, shared by every process."""
        return folder_lock(self.path.parent)

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
            for name, frame in frames_of(atlas, meta).items():
                write_layer(tmp, name, frame)
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

    def corrections(self) -> JsonLinesLog:
        """The corrections log beside the file: ``atlas.corrections.jsonl``."""
        return JsonLinesLog(self.path.with_suffix(LOG_SUFFIX))

    def corpus(self) -> FolderCorpus:
        """The documents, in a folder beside the file: ``atlas.documents/`` for
        ``atlas.gpkg``."""
        return FolderCorpus(self.path.with_suffix(".documents"))

    def meta(self) -> dict[str, str]:
        if not self.exists() or META_TABLE not in self.names():
            return {}
        return meta_of(self.layer(META_TABLE))


class JsonLinesLog:
    """A corrections log in a file of JSON lines, one edit a line (``CorrectionsLog``).
    An edit is appended under an exclusive ``flock`` on the file, which every process
    and thread takes through its own open file; a write that fails part-way (a full
    disk) is cut off again, so the file only ever holds whole edits."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def append(self, edit: Edit) -> Edit:
        edit = checked(edit)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a+b") as handle:  # each open its own lock: threads too
            fcntl.flock(handle, fcntl.LOCK_EX)
            handle.seek(0)
            kept = Edit(
                kind=edit.kind, place=edit.place, data=edit.data, who=edit.who, why=edit.why,
                at=edit.at, id=sum(1 for line in handle if line.strip()) + 1,
            )  # fmt: skip
            line = (json.dumps(kept.row(), ensure_ascii=False) + "\n").encode()
            size = handle.seek(0, os.SEEK_END)
            try:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
            except OSError:
                with contextlib.suppress(OSError):
                    os.ftruncate(handle.fileno(), size)
                raise
        return kept

    def history(self) -> list[Edit]:
        if not self.path.exists():
            return []
        with open(self.path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        return [
            Edit(kind=r["kind"], place=r["place"], data=r["data"], who=r["who"], why=r["why"],
                 at=datetime.fromisoformat(r["at"]), id=r["id"])
            for r in rows
        ]  # fmt: skip


def file_signature(path: Path) -> tuple[int, int, int]:
    """``(inode, mtime_ns, size)`` of ``path``: any replacement changes it."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return MISSING
    return (st.st_ino, st.st_mtime_ns, st.st_size)


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
