"""Settings in one place: paths and limits every step reads.

Each value can be overridden by an environment variable of the same name with the
``CLUSTERMAP_`` prefix (for example ``CLUSTERMAP_DATA_DIR``).
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parents[1]

DATA_DIR = Path(os.environ.get("CLUSTERMAP_DATA_DIR", REPO_DIR / "data"))
"""Shipped data: the built-in corpus, the sector taxonomy, the gazetteer."""

CORPUS_DIR = DATA_DIR / "corpus"
"""The built-in corpus read when no input is given."""

SECTORS_FILE = DATA_DIR / "sectors.csv"
"""The sector taxonomy (canonical sectors, names, synonyms, national classes)."""

MAX_INPUT_BYTES = int(os.environ.get("CLUSTERMAP_MAX_INPUT_BYTES", 20 * 1024 * 1024))
"""Largest single input file read; a larger one is refused before it is loaded."""

DOCUMENT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".docx", ".pdf")
"""File types ingestion reads when given a folder."""
