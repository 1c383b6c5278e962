"""Shared fixtures: the built-in corpus, read once per test session."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract.ingest import read_paths
from geo import settings
from layers.build import build

pytest_plugins = [
    "postgres",  # postgis_url: a throwaway PostgreSQL + PostGIS server
    "markers",  # postgis and slow marked by collection; with CI set, a skip fails
    "pytester",  # tests/test_markers.py runs pytest on small test files
]


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
