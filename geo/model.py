"""What a geocoder answers: a WGS-84 location with its provenance.

Every coordinate stored by Cluster Atlas is WGS-84 lon/lat (EPSG:4326). Where it came
from, in which CRS the source gave it, and how far to trust it travel with it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

PRECISIONS = ("building", "block", "area", "town", "county", "city", "province")
"""How much ground a location stands for, finest first."""
APPROXIMATE = PRECISIONS[PRECISIONS.index("area") :]
"""Precisions a map draws as approximate (a dashed marker and its uncertainty): a point
that stands for an area, a town or a whole unit, not the place's own site."""

SOURCE_CRS = ("WGS-84", "GCJ-02", "BD-09", "CGCS2000")
"""Coordinate systems sources give coordinates in; all are converted to WGS-84 on entry."""


class GeocodeError(Exception):
    """A provider failed in a way the user must fix or know about (bad key, no network)."""


@dataclass(frozen=True)
class Location:
    """One answer to "where is this place?", in WGS-84."""

    lon: float
    lat: float
    precision: str
    """One of ``PRECISIONS``."""
    provider: str
    """``override``, ``gazetteer``, ``nominatim``, ``amap``, ``tianditu``, ``parent`` or
    ``admin`` (a town's or unit's seat from ``geo.admin``; ``precision`` says which
    level)."""
    source_crs: str
    """The CRS the provider gave the coordinate in (one of ``SOURCE_CRS``)."""
    confidence: float
    """0–1: how far to trust the point for its precision."""
    query: str = ""
    """What was asked."""
    matched_name: str = ""
    """The name the provider matched."""
    district: str = ""
    """The administrative district the provider places it in, when it says."""
    radius_m: float | None = None
    """Extent or uncertainty radius in metres (a 片区 is not a point)."""
    source: str = ""
    """Where the coordinate comes from, e.g. ``curated, unverified`` or a URL."""
    note: str = ""
    from_cache: bool = False

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")
        if self.source_crs not in SOURCE_CRS:
            raise ValueError(f"unknown source CRS {self.source_crs!r}")
        if not (-180 <= self.lon <= 180 and -90 <= self.lat <= 90):
            raise ValueError(f"coordinate out of range: {self.lon}, {self.lat}")
        if not 0 <= self.confidence <= 1:
            raise ValueError(f"confidence out of 0–1: {self.confidence}")

    def to_dict(self) -> dict:
        """The location as plain data, ``crs`` stating the stored CRS."""
        return {"crs": "EPSG:4326", **asdict(self)}
