"""Shared fixtures: the built-in corpus, read once per test session."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from extract.ingest import read_paths
from geo import settings
from layers.build import build

pytest_plugins = ["postgres"]  # postgis_url: a throwaway PostgreSQL + PostGIS server


SLOW_MODULES = {
    "test_any_corpus": 207, "test_api_writes": 36, "test_cli": 25, "test_export": 24,
    "test_cli_geocode": 21, "test_maps": 20, "test_coverage": 19, "test_build": 18,
    "test_api": 13, "test_geocoders": 10,
}  # fmt: skip
"""Modules marked ``slow``, with the seconds their tests that are neither ``browser``,
``postgis`` nor ``server`` took (wall clock, 2 shared cores, 2026-12-06): they build
atlases, run the command line or wait out rate limits. Together 393 s of the 420 s
those tests took; the rest take about a minute (``make test-fast``)."""


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``postgis`` every test that needs the PostGIS server: those using the
    ``postgis_url`` fixture (directly or through another fixture) and those run with the
    ``postgis`` backend (``tests/backends.py``, which asks for the fixture at run time);
    mark ``slow`` the tests of ``SLOW_MODULES``."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        backends = callspec.params.values() if callspec else ()
        if "postgis_url" in getattr(item, "fixturenames", ()) or "postgis" in backends:
            item.add_marker(pytest.mark.postgis)
        if item.path.stem in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item,
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """With ``CI`` set (CI runs ``make test``, which installs every tool), a skipped test
    is a failure that says why it was skipped: nothing is left out silently there."""
    report = yield
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped with CI set: {reason}"
    return report


@pytest.fixture(scope="session")
def corpus_docs():
    documents, errors = read_paths([settings.CORPUS_DIR])
    # The corpus folder's notes are reported as skipped, and nothing else is.
    assert [(type(e).__name__, e.path) for e in errors] == [
        ("Skipped", str(settings.CORPUS_DIR / "SOURCES.md"))
    ]
    return documents


@pytest.fixture
def full_disk(tmp_path) -> Iterator[Path]:
    """A real full disk: a 6 MB tmpfs holding a built atlas, then filled to the last byte.
    Needs root (mount); skipped elsewhere."""
    folder = tmp_path / "full"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(folder)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        build(out=folder, force=True)
        with open(folder / "filler", "wb", buffering=0) as filler, contextlib.suppress(OSError):
            while True:
                filler.write(b"\0" * 4096)
        assert shutil.disk_usage(folder).free < 4096
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
