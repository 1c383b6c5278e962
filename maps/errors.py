"""The one error the maps raise for a request they cannot fulfil."""

from __future__ import annotations


class MapError(ValueError):
    """A map cannot be made as asked: an unknown map kind, sector, district, place id or
    basemap, or front-end assets that were never installed. The message says which and
    what would be accepted."""
