"""Shared fixtures: the built-in corpus, read once per test session."""

from __future__ import annotations

import pytest

from clustermap import settings
from extract.ingest import read_paths

pytest_plugins = ["postgres"]  # postgis_url: a throwaway PostgreSQL + PostGIS server


@pytest.fixture(scope="session")
def corpus_docs():
    documents, errors = read_paths([settings.CORPUS_DIR])
    # The corpus folder's notes are reported as skipped, and nothing else is.
    assert [(type(e).__name__, e.path) for e in errors] == [
        ("Skipped", str(settings.CORPUS_DIR / "SOURCES.md"))
    ]
    return documents
