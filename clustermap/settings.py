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

# --- geocoding --------------------------------------------------------------------------

GAZETTEER_FILE = DATA_DIR / "gazetteer.csv"
"""The offline gazetteer: every place of the built-in corpus in WGS-84, with provenance."""

OVERRIDES_FILE = DATA_DIR / "overrides.csv"
"""Corrections made by GIS staff; they win over every other source and survive rebuilds."""

BOUNDARIES_FILE = DATA_DIR / "districts.geojson"
"""District and county boundaries of Chongqing (WGS-84), plus approximate functional areas."""

CACHE_DIR = Path(os.environ.get("CLUSTERMAP_CACHE_DIR", DATA_DIR / "cache"))
"""Disk cache of online geocoder answers, keyed by provider and query (git-ignored)."""

GEOCODERS = tuple(
    p.strip() for p in os.environ.get("CLUSTERMAP_GEOCODERS", "").split(",") if p.strip()
)
"""Online providers to ask, in order (``nominatim``, ``amap``, ``tianditu``); none by
default, so the default path works offline."""

AMAP_KEY = os.environ.get("CLUSTERMAP_AMAP_KEY", "")
AMAP_URL = os.environ.get("CLUSTERMAP_AMAP_URL", "https://restapi.amap.com/v3/geocode/geo")
TIANDITU_KEY = os.environ.get("CLUSTERMAP_TIANDITU_KEY", "")
TIANDITU_URL = os.environ.get("CLUSTERMAP_TIANDITU_URL", "https://api.tianditu.gov.cn/geocoder")
NOMINATIM_URL = os.environ.get("CLUSTERMAP_NOMINATIM_URL", "https://nominatim.openstreetmap.org/")
USER_AGENT = os.environ.get(
    "CLUSTERMAP_USER_AGENT", "cluster-atlas/0.1 (+https://github.com/cluster-atlas/cluster-atlas)"
)
"""A real User-Agent, as Nominatim's usage policy asks."""

HTTP_TIMEOUT = float(os.environ.get("CLUSTERMAP_HTTP_TIMEOUT", 10))
"""Seconds before an online geocoder request is abandoned."""
HTTP_RETRIES = int(os.environ.get("CLUSTERMAP_HTTP_RETRIES", 3))
"""Retries, with exponential backoff, on 429 and 5xx answers."""
MIN_INTERVAL = {"nominatim": 1.0, "amap": 0.34, "tianditu": 0.2}
"""Least seconds between two requests to one provider (Nominatim: at most 1 per second)."""

# --- the atlas ------------------------------------------------------------------------

ATLAS_DIR = Path(os.environ.get("CLUSTERMAP_ATLAS_DIR", DATA_DIR / "atlas"))
"""Where ``clustermap build`` writes the atlas (git-ignored)."""

ATLAS_DATABASE_URL = os.environ.get("ATLAS_DATABASE_URL", "")
"""``postgresql://…`` to keep the atlas in PostGIS instead of the GeoPackage in ATLAS_DIR."""

DATABASE_CONNECT_TIMEOUT_S = int(os.environ.get("CLUSTERMAP_DATABASE_CONNECT_TIMEOUT_S", 3))
"""Seconds to wait for the atlas database to accept a new connection (libpq counts 2 at
least); a server that is down refuses at once."""

DATABASE_POOL_TIMEOUT_S = float(os.environ.get("CLUSTERMAP_DATABASE_POOL_TIMEOUT_S", 1.0))
"""Seconds a reader waits for a pooled connection to the atlas database before the
service answers 503 with Retry-After (psycopg_pool waits 30 by default: a stopped database
froze the service). A healthy pool hands one over in under a millisecond; a wait this long
means the database is away or overloaded."""

ATLAS_DATABASE_SCHEMA = os.environ.get("ATLAS_DATABASE_SCHEMA", "atlas")
"""The control schema of the atlas in that database (its versions are ``<schema>_v…``):
several atlases can share one database under different names."""

# --- ingestion: limits and conversions -----------------------------------------------

MAX_INFLATED_BYTES = int(os.environ.get("CLUSTERMAP_MAX_INFLATED_BYTES", 50 * 1024 * 1024))
"""Largest total a compressed input (a ``.docx``, which is a zip) may inflate to, by the
sizes its archive declares; Python's zipfile never inflates a member past its declared
size, so the check, made before anything is inflated, bounds the real size too."""

MAX_INFLATE_RATIO = float(os.environ.get("CLUSTERMAP_MAX_INFLATE_RATIO", 200))
"""Largest ratio of inflated to compressed size of a ``.docx`` that inflates to over a
megabyte. Word's own files stay under ~20 (text XML compresses 5–15 times); a zip bomb
of repeated XML reaches 300 and more."""

MAX_READ_SECONDS = float(os.environ.get("CLUSTERMAP_MAX_READ_SECONDS", 60))
"""Longest time reading one input file may take (decoding, parsing, cleaning, tables);
past it the file is refused with an error naming it. A 20 MB text reads in ~2 s."""

TRADITIONAL_CONVERSION = os.environ.get("CLUSTERMAP_TRADITIONAL_CONVERSION", "t2s")
"""The OpenCC configuration that turns traditional paragraphs into simplified ones for
extraction (``t2s``: OpenCC's standard; ``tw2sp``/``hk2s`` also convert Taiwan or Hong
Kong usage). Quotes stay verbatim whatever the configuration."""

# --- the service (``clustermap serve``) ---------------------------------------------------

MAX_BODY_BYTES = int(os.environ.get("CLUSTERMAP_MAX_BODY_BYTES", 64 * 1024))
"""Largest body of a write that is not a document upload (a location correction is about
200 bytes); a larger one is refused with 413 as it streams in, never held whole. Uploads
have their own limit, ``CLUSTERMAP_MAX_UPLOAD_BYTES`` (``api.config``)."""

GRACEFUL_TIMEOUT_S = float(os.environ.get("CLUSTERMAP_GRACEFUL_TIMEOUT_S", 10))
"""Seconds a stopping server (SIGTERM, SIGINT) keeps answering the requests it accepted
before it cuts the rest (a stalled upload once kept it alive for minutes); with several
workers, any worker still there 2 s later is killed."""

PAGE_CACHE_BYTES = int(os.environ.get("CLUSTERMAP_PAGE_CACHE_BYTES", 64 * 1024 * 1024))
"""Bytes of drawn answers each server worker keeps per atlas version (map pages take
0.7 s to draw, the coverage report 0.3 s; HTML pages and coverage files are kept), least
recently used dropped first."""
