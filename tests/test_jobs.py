"""A stop that lands while a rebuild publishes: the job's record agrees with the atlas.

The service's stop waits for a build up to the graceful timeout, then records the jobs
still running. A build that has already swapped its atlas in, but not yet said so, is
recorded as succeeded; one that has not is recorded as stopped. The build here is the
real one with a pause put either side of the moment it publishes, so each order of
events happens for certain rather than by chance (``test_serve`` meets them by chance,
with a real server and SIGTERM)."""

from __future__ import annotations

import threading
import time

import pytest

from api import jobs as jobs_module
from api.config import ApiConfig
from api.jobs import PUBLISHED, STOPPED_DURING, Builder, JobStore
from layers.build import build
from layers.stores import ATLAS_FILE, open_store


class Source:
    """What the builder tells of a new atlas: nothing to reload here."""

    version = "v"

    def reload(self) -> Source:
        return self


@pytest.fixture
def atlas(tmp_path):
    build(out=tmp_path, force=True)
    return open_store(tmp_path / ATLAS_FILE)


def run_and_stop(atlas, tmp_path, monkeypatch, pause_before: bool) -> dict:
    """Start a forced rebuild whose publishing is preceded (or followed) by a 3 s pause;
    stop the builder with a 0.2 s grace once it is under way; the job's record."""
    started = threading.Event()

    def slow_build(**kwargs):
        started.set()
        if pause_before:
            time.sleep(3)
        result = build(**kwargs, force=True)
        if not pause_before:
            time.sleep(3)
        return result

    monkeypatch.setattr(jobs_module, "build", slow_build)
    config = ApiConfig(atlas=atlas.path, folder=tmp_path / "service")
    store = JobStore(config.jobs_dir)
    builder = Builder(config, atlas, Source(), store)  # type: ignore[arg-type]
    job = builder.submit("officer-li", {"reason": "test"})
    assert started.wait(30)
    if not pause_before:  # until the new atlas is in
        deadline = time.monotonic() + 60
        while builder._version_before == atlas.version():
            assert time.monotonic() < deadline
            time.sleep(0.05)
    builder.shutdown(wait_s=0.2)
    return store.get(job["id"]) or {}


def test_a_stop_after_the_atlas_is_published_records_the_job_as_succeeded(
    atlas, tmp_path, monkeypatch
):
    job = run_and_stop(atlas, tmp_path, monkeypatch, pause_before=False)
    assert (job["state"], job["message"]) == ("succeeded", PUBLISHED)


def test_a_stop_before_the_atlas_is_published_records_the_job_as_stopped(
    atlas, tmp_path, monkeypatch
):
    version = atlas.version()
    job = run_and_stop(atlas, tmp_path, monkeypatch, pause_before=True)
    assert (job["state"], job["message"]) == ("failed", STOPPED_DURING)
    assert atlas.version() == version  # checked right after the stop: nothing published
