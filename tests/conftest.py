"""Shared fixtures: the built-in corpus, read once per test session."""

from __future__ import annotations

import pytest

from clustermap import settings
from extract.ingest import read_paths

pytest_plugins = ["postgres"]  # postgis_url: a throwaway PostgreSQL + PostGIS server


@pytest.fixture(scope="session")
def corpus_docs():
    documents, errors = read_paths([settings.CORPUS_DIR])
    assert not errors
    return documents
