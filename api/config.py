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
from layers.stores import default_target

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

    atlas: str | Path = field(default_factory=default_target)
    """The atlas served and rebuilt, with its corpus and corrections: a path or URL that a
    backend of ``layers.stores`` opens (a GeoPackage, a folder holding ``atlas.gpkg``, a
    ``postgresql://`` database …)."""
    folder: Path | None = None
    """The service's own files (staged uploads, job records, the build report); None: the
    store's folder (``AtlasWriter.folder``), which ``create_app`` fills in."""
    api_keys: Mapping[str, str] = field(default_factory=lambda: parse_api_keys(settings.API_KEYS))
    """Key name → key; writes need one of the keys in ``X-API-Key``. None: writes are off."""
    max_upload_bytes: int = field(default_factory=lambda: settings.MAX_UPLOAD_BYTES)
    max_body_bytes: int = field(default_factory=lambda: settings.MAX_BODY_BYTES)
    """Largest body of a write other than an upload (a correction is ~200 bytes)."""
    page_cache_bytes: int = field(default_factory=lambda: settings.PAGE_CACHE_BYTES)
    """Bytes of answers (map pages, HTML, coverage) each worker keeps by ETag."""
    reload_check_s: float = field(default_factory=lambda: settings.RELOAD_CHECK_S)
    """How often (seconds) a request checks whether the atlas file was replaced."""

    def body_limit(self, path: str) -> int:
        """The most bytes a write to ``path`` may send."""
        if path.rstrip("/").endswith(UPLOAD_PATH):
            return self.max_upload_bytes + MULTIPART_OVERHEAD
        return self.max_body_bytes

    @property
    def files(self) -> Path:
        """``folder``, once ``create_app`` has filled it in."""
        if self.folder is None:
            raise RuntimeError("no folder yet: create_app takes it from the atlas's store")
        return self.folder

    @property
    def staging(self) -> Path:
        """Uploads waiting for confirmation (confirmed ones join the atlas's corpus)."""
        return self.files / "staging"

    @property
    def jobs_dir(self) -> Path:
        """Job records, one JSON file per job, shared by every worker process."""
        return self.files / "jobs"
