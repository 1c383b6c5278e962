"""Background rebuilds of the atlas, with a status to poll.

A job record is a JSON file in ``ApiConfig.jobs_dir`` (written atomically), so every
worker process answers ``/jobs/{id}`` alike. Builds run one at a time: in a process on
one background thread, across processes under a lock on the atlas folder. The build
itself writes the GeoPackage atomically (or a new database version in one transaction);
the atlas source swaps it in.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from api.config import ApiConfig
from api.source import AtlasSource
from layers.build import ATLAS_FILE, BuildError, BuildResult, build
from layers.corpus import folder_lock
from layers.store import AtlasStore

log = logging.getLogger(__name__)

JOB_ID = re.compile(r"^[0-9a-f]{32}$")
JOB_TTL_S = 7 * 24 * 3600
"""Job records untouched for longer than this (a week) are removed."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def write_json(path: Path, data: dict) -> None:
    """Write ``data`` to ``path`` through a temporary file: readers never see half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", dir=path.parent, prefix=".tmp-", suffix=".json", delete=False, encoding="utf-8"
    ) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
    os.chmod(handle.name, 0o644)
    os.replace(handle.name, path)


class JobStore:
    """Job records, one JSON file each."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, job_id: str) -> Path:
        if not JOB_ID.match(job_id):
            raise KeyError(job_id)
        return self.folder / f"{job_id}.json"

    def create(self, kind: str, requested_by: str, detail: dict[str, str]) -> dict:
        self._sweep()
        job = {
            "id": uuid.uuid4().hex,
            "kind": kind,
            "state": "queued",
            "created": now(),
            "started": None,
            "finished": None,
            "requested_by": requested_by,
            "message": "",
            "result": dict(detail),
        }
        write_json(self._path(job["id"]), job)
        return job

    def _sweep(self) -> None:
        """Forget jobs finished long ago: one record per rebuild would pile up for ever."""
        if not self.folder.is_dir():
            return
        cutoff = time.time() - JOB_TTL_S
        for record in self.folder.glob("*.json"):
            with contextlib.suppress(FileNotFoundError):  # another worker swept it
                if record.stat().st_mtime < cutoff:
                    record.unlink()

    def get(self, job_id: str) -> dict | None:
        try:
            return json.loads(self._path(job_id).read_text(encoding="utf-8"))
        except (KeyError, FileNotFoundError):
            return None

    def update(self, job_id: str, **changes) -> dict:
        job = self.get(job_id) or {}
        job.update(changes)
        write_json(self._path(job_id), job)
        return job


class Builder:
    """Rebuilds the served atlas in the background and swaps the new one in."""

    def __init__(
        self, config: ApiConfig, store: AtlasStore, source: AtlasSource, jobs: JobStore
    ) -> None:
        self.config = config
        self.store = store
        self.source = source
        self.jobs = jobs
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="atlas-build")
        self._lock = threading.Lock()
        self._waiting: list[str] = []
        """Jobs queued and not started: the next build serves them all."""

    def submit(self, requested_by: str, detail: dict[str, str]) -> dict:
        """Queue a rebuild; returns its job record. Jobs queued while a build runs are
        served together by the next one (a burst of corrections makes two builds, not
        one per correction): it reads every input they changed."""
        job = self.jobs.create("build", requested_by, detail)
        with self._lock:
            self._waiting.append(job["id"])
        self._pool.submit(self._run)
        return job

    def _run(self) -> None:
        with self._lock:
            batch, self._waiting = self._waiting, []
        if not batch:  # an earlier run served this submission's job
            return
        for job_id in batch:
            self.jobs.update(job_id, state="running", started=now())
        try:
            if self.config.database_url:
                result = self._build_database()
            else:
                result = self._build_geopackage()
            snapshot = self.source.reload()
        except Exception as exc:  # a failed build leaves the served atlas as it was
            log.exception("jobs %s failed", ", ".join(batch))
            for job_id in batch:
                self.jobs.update(job_id, state="failed", finished=now(), message=str(exc))
            return
        message = "inputs unchanged: the atlas is current" if result.skipped else "atlas rebuilt"
        for job_id in batch:
            job = self.jobs.get(job_id) or {}
            result_fields = {
                **job.get("result", {}),
                "skipped": result.skipped,
                "places": int(result.report.get("places", 0)),
                "input_errors": len(result.errors),
                "atlas_version": snapshot.version,
                "built_with": " ".join(batch),  # the jobs this one build served
            }
            self.jobs.update(
                job_id, state="succeeded", finished=now(), message=message, result=result_fields
            )

    def _build_geopackage(self) -> BuildResult:
        atlas = self.config.atlas_path
        if atlas.name != ATLAS_FILE:
            raise BuildError(
                f"rebuilds write {ATLAS_FILE}; the served atlas is {atlas.name}: "
                f"serve {atlas.parent / ATLAS_FILE} to rebuild it"
            )
        with folder_lock(atlas.parent):
            return build(out=atlas.parent, store=self.store)

    def _build_database(self) -> BuildResult:
        """The corpus kept in the database, into the database (which queues concurrent
        writers itself)."""
        return build(out=self.config.atlas_path.parent, store=self.store)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)
