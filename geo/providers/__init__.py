"""Online geocoders behind one interface (``geo.providers.base.Provider``).

Providers are registered by dotted path and imported on first use, as pygeoapi loads its
plugins, so asking Amap does not import osmnx.
"""

from __future__ import annotations

import importlib

from geo import settings
from geo.model import GeocodeError
from geo.providers.base import Provider

REGISTRY = {
    "nominatim": "geo.providers.nominatim.Nominatim",
    "amap": "geo.providers.amap.Amap",
    "tianditu": "geo.providers.tianditu.Tianditu",
}
"""Provider name → class."""


def provider(name: str) -> Provider:
    """A new provider object (with its own HTTP session) for ``name``; settings are read
    now, the rate limit is shared with every other object of the same provider."""
    try:
        path = REGISTRY[name]
    except KeyError:
        raise GeocodeError(
            f"unknown geocoder {name!r}; valid names: {', '.join(REGISTRY)}"
        ) from None
    module, _, cls = path.rpartition(".")
    return getattr(importlib.import_module(module), cls)()


def enabled_providers() -> list[Provider]:
    """The providers of ``settings.GEOCODERS``, in order (none by default)."""
    return [provider(name) for name in settings.GEOCODERS]
