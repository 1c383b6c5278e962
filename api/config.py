"""What the service is configured with: the atlas it serves, the API keys that may write,
where uploads and job records go, and its limits.

Each value's default is a setting of ``geo.settings`` (so an environment variable such as
``CLUSTERMAP_API_KEYS`` or ``CLUSTERMAP_MAX_UPLOAD_BYTES`` overrides it), and the
arguments of :func:`api.app.create_app` override that.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from geo import settings
from layers.build import ATLAS_FILE
from layers.store import is_database_url

MULTIPART_OVERHEAD = 64 * 1024
"""Bytes of form framing allowed on top of an uploaded document itself."""
UPLOAD_PATH = "/documents"
"""The write whose body is a document (``max_upload_bytes``); every other write's body is
JSON (``max_body_bytes``)."""


def parse_api_keys(spec: str) -> dict[str, str]:
    """Key name → key from ``name:key,name:key`` (a bare ``key`` is named ``key-`` + the
    first 8 hex digits of its SHA-256, so the secret itself is never logged)."""
    keys: dict[str, str] = {}
    for item in spec.split(","):
        item = item.strip()
        if not item:
            continue
        name, sep, key = item.partition(":")
        if not sep:
            name, key = "key-" + hashlib.sha256(item.encode()).hexdigest()[:8], item
        if name.strip() and key.strip():
            keys[name.strip()] = key.strip()
    return keys


@dataclass(frozen=True)
class ApiConfig:
    """The settings of one running service."""

    atlas_path: Path = field(default_factory=lambda: settings.ATLAS_DIR / ATLAS_FILE)
    """The GeoPackage served; rebuilds write ``atlas_path.parent / ATLAS_FILE``. With a
    ``database_url``, its folder holds only the service's own files (staged uploads, job
    records, the build report)."""
    database_url: str = field(default_factory=lambda: settings.ATLAS_DATABASE_URL)
    """``postgresql://…``: the atlas is served from and rebuilt into this PostGIS
    database, where corrections and the corpus are kept too; empty: the
    GeoPackage."""
    api_keys: Mapping[str, str] = field(default_factory=lambda: parse_api_keys(settings.API_KEYS))
    """Key name → key; writes need one of the keys in ``X-API-Key``. None: writes are off."""
    max_upload_bytes: int = field(default_factory=lambda: settings.MAX_UPLOAD_BYTES)
    max_body_bytes: int = field(default_factory=lambda: settings.MAX_BODY_BYTES)
    """Largest body of a write other than an upload (a correction is ~200 bytes)."""
    page_cache_bytes: int = field(default_factory=lambda: settings.PAGE_CACHE_BYTES)
    """Bytes of answers (map pages, HTML, coverage) each worker keeps by ETag."""
    reload_check_s: float = field(default_factory=lambda: settings.RELOAD_CHECK_S)
    """How often (seconds) a request checks whether the atlas file was replaced."""

    @classmethod
    def for_atlas(cls, atlas: str | Path | None) -> ApiConfig:
        """The settings for serving ``atlas``: a ``postgresql://`` URL, a GeoPackage, or a
        folder holding ``atlas.gpkg``; None: the defaults."""
        if atlas is None:
            return cls()
        if is_database_url(atlas):
            return cls(database_url=str(atlas))
        path = Path(atlas)
        gpkg = path / ATLAS_FILE if path.is_dir() or not path.suffix else path
        return cls(atlas_path=gpkg, database_url="")

    def body_limit(self, path: str) -> int:
        """The most bytes a write to ``path`` may send."""
        if path.rstrip("/").endswith(UPLOAD_PATH):
            return self.max_upload_bytes + MULTIPART_OVERHEAD
        return self.max_body_bytes

    @property
    def staging(self) -> Path:
        """Uploads waiting for confirmation (confirmed ones join the atlas's corpus)."""
        return self.atlas_path.parent / "staging"

    @property
    def jobs_dir(self) -> Path:
        """Job records, one JSON file per job, shared by every worker process."""
        return self.atlas_path.parent / "jobs"
