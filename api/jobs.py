"""Background rebuilds of the atlas, with a status to poll.

A job record is a JSON file in ``ApiConfig.jobs_dir`` (written atomically), so every
worker process answers ``/jobs/{id}`` alike. Builds run one at a time: in a process on
one background thread, across processes as the store has every build queue
(``AtlasWriter.building``, held by ``layers.build.build``). The store swaps each new
version in whole; the atlas source then serves it.
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
from datetime import UTC, datetime
from pathlib import Path

from api.config import ApiConfig
from api.source import AtlasSource
from clustermap.failures import failure_text
from geo import settings
from layers.build import build
from layers.stores import AtlasStore

log = logging.getLogger(__name__)

JOB_ID = re.compile(r"^[0-9a-f]{32}$")
JOB_TTL_S = 7 * 24 * 3600
"""Job records untouched for longer than this (a week) are removed."""
STOPPED_DURING = (
    "the server stopped during this rebuild; the change is kept and the next rebuild applies it"
)
PUBLISHED = "atlas rebuilt; the server stopped as the build ended"
MAX_UNSAVED = 1000
"""Job records kept in memory at most when the disk refuses them (the oldest go first)."""
STOPPED = (
    "the server stopped before this rebuild ran; the change is kept and the next rebuild applies it"
)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def write_json(path: Path, data: dict) -> None:
    """Write ``data`` to ``path`` through a temporary file: readers never see half, and a
    failed write (a full disk) leaves no temporary behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", dir=path.parent, prefix=".tmp-", suffix=".json", delete=False, encoding="utf-8"
    ) as handle:
        try:
            json.dump(data, handle, ensure_ascii=False, indent=1)
            handle.flush()
        except BaseException:
            Path(handle.name).unlink(missing_ok=True)
            raise
    try:
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


class JobStore:
    """Job records, one JSON file each. A record that cannot be written (a full disk) is
    kept in this process's memory instead, and the reason logged: the job still runs,
    ends and can be polled (from this worker)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._unsaved: dict[str, dict] = {}

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
        self._save(job)
        return job

    def _save(self, job: dict) -> None:
        try:
            write_json(self._path(job["id"]), job)
        except OSError as exc:
            log.error("job %s kept in memory only: %s", job["id"], failure_text(exc, self.folder))
            self._unsaved[job["id"]] = job
            while len(self._unsaved) > MAX_UNSAVED:
                del self._unsaved[next(iter(self._unsaved))]
        else:
            self._unsaved.pop(job["id"], None)

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
        if job_id in self._unsaved:
            return dict(self._unsaved[job_id])
        try:
            return json.loads(self._path(job_id).read_text(encoding="utf-8"))
        except (KeyError, FileNotFoundError):
            return None

    def update(self, job_id: str, **changes) -> dict:
        job = self.get(job_id) or {"id": job_id}
        job.update(changes)
        self._save(job)
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
        self._lock = threading.Lock()
        self._waiting: list[str] = []
        """Jobs queued and not started: the next build serves them all."""
        self._running: list[str] = []
        """The jobs of the build under way."""
        self._version_before: str | None = None
        """The store's version when the build under way started: a stop that finds it
        changed knows the build published its atlas."""
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def submit(self, requested_by: str, detail: dict[str, str]) -> dict:
        """Queue a rebuild; returns its job record. Jobs queued while a build runs are
        served together by the next one (a burst of corrections makes two builds, not
        one per correction): it reads every input they changed."""
        job = self.jobs.create("build", requested_by, detail)
        with self._lock:
            self._waiting.append(job["id"])
            if self._thread is None:
                # A daemon thread: a stopping server does not wait for a build, whose
                # temporary folder (or uncommitted database transaction) is dropped.
                self._thread = threading.Thread(target=self._loop, name="atlas-build", daemon=True)
                self._thread.start()
        self._wake.set()
        return job

    def _loop(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            if self._stopping:
                return
            self._run()

    def _run(self) -> None:
        with self._lock:
            batch, self._waiting = self._waiting, []
            self._running = batch
            self._version_before = self.store.version() if batch else None
        if not batch:  # an earlier run served this submission's job
            return
        try:
            self._build(batch)
        except Exception as exc:  # a failed build leaves the served atlas as it was
            reason = failure_text(exc, self.store.folder)
            log.error("jobs %s failed: %s", ", ".join(batch), reason, exc_info=exc)
            for job_id in batch:
                self.jobs.update(job_id, state="failed", finished=now(), message=reason)
        finally:
            with self._lock:
                self._running = []

    def _build(self, batch: list[str]) -> None:
        """Run one build for the jobs of ``batch`` and record how it went."""
        for job_id in batch:
            self.jobs.update(job_id, state="running", started=now())
        result = build(out=self.config.files, store=self.store)  # queued by the store
        snapshot = self.source.reload()
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

    def shutdown(self, wait_s: float | None = None) -> None:
        """Take no more builds. Jobs still waiting end as failed, saying so (their changes
        are kept for the next build). A build under way is waited for up to ``wait_s``
        (default ``settings.GRACEFUL_TIMEOUT_S``); past that its jobs are recorded as
        stopped (the build dies with a stopping server, its temporary never published),
        and as they end should the process live on."""
        with self._lock:
            waiting, self._waiting = self._waiting, []
            self._stopping = True
        self._wake.set()
        for job_id in waiting:
            self.jobs.update(job_id, state="failed", finished=now(), message=STOPPED)
        if self._thread is not None:
            self._thread.join(settings.GRACEFUL_TIMEOUT_S if wait_s is None else wait_s)
        with self._lock:
            running = list(self._running)
        # The build may have swapped its atlas in and not yet said so (a stop landing
        # between the two once left a rebuilt atlas with its job recorded as failed).
        published = bool(running) and self.store.version() != self._version_before
        for job_id in running:
            if published:
                self.jobs.update(job_id, state="succeeded", finished=now(), message=PUBLISHED)
            else:
                self.jobs.update(job_id, state="failed", finished=now(), message=STOPPED_DURING)
