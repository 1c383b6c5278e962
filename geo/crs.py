"""Coordinate systems: China's obfuscated datums, and metric measures for Chongqing.

Sources give coordinates in four systems (``geo.model.SOURCE_CRS``); Cluster Atlas stores
WGS-84 lon/lat only. This module converts between them and measures in metres.

* GCJ-02 (Amap, Tencent, Google's maps of China) and BD-09 (Baidu) are the published
  obfuscations of WGS-84. The conversions come from ``geocoordinates-rs`` (import name
  ``geocoordinates_ffi``): its forward offset is the de-facto reference formula, and its
  ``*_refined`` inverses solve the forward transform by fixed-point iteration to 1e-9°,
  so WGS-84 → GCJ-02 → WGS-84 returns within micrometres (the closed-form "fast" inverse
  found in most ports is 1–2.5 m off in Chongqing, and that error is not acceptable for
  boundaries). The library's ``max_error_m`` of 0.5 m is its conservative bound, not the
  measured error. Outside China the library leaves coordinates unchanged, as the
  obfuscation itself does.
* CGCS2000 (EPSG:4490, China's national datum, used by Tianditu) and WGS-84 (EPSG:4326)
  agree to centimetres as frames, but CGCS2000 coordinates are frozen at epoch 2000.0
  while a point's WGS-84 coordinates drift with plate motion (a few cm a year), so they
  now differ by up to about a metre; PROJ itself uses a null transformation between them.
  At geocoding precision (tens of metres at best) CGCS2000 is treated as identical to
  WGS-84.
* Lengths, areas and buffers are computed in ``PROJECTED_CRS`` (UTM zone 48N), never in
  degrees. Chongqing spans 105.3–110.2°E; zone 48 is centred on 105°E, so its scale error
  stays within 0.05 % in the metropolitan area (105.3–107.5°E) and reaches about 0.25 % in
  length (0.5 % in area) at the eastern edge (巫山, 110°E), well within what the maps
  need. For geodesic truth use ``pyproj.Geod``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import geocoordinates_ffi as gc
import numpy as np
import numpy.typing as npt
import shapely
from pyproj import Transformer
from shapely.geometry.base import BaseGeometry

WGS84 = "EPSG:4326"
CGCS2000 = "EPSG:4490"
CGCS2000_GK_CM105 = "EPSG:4544"
"""CGCS2000 / 3-degree Gauss-Kruger CM 105E (a national grid; x is the easting)."""
UTM_48N = "EPSG:32648"
WEB_MERCATOR = "EPSG:3857"

EPSG_CODES = (WGS84, CGCS2000, CGCS2000_GK_CM105, UTM_48N, WEB_MERCATOR)
"""The CRSs Cluster Atlas reads or writes."""

PROJECTED_CRS = UTM_48N
"""Where metric measures are computed (see the module docstring for its error)."""

FloatOrArray = float | npt.NDArray[np.float64]
LonLat = tuple[FloatOrArray, FloatOrArray]
_ScalarTransform = Callable[[float, float], tuple[float, float]]


# --- single points, through the library -------------------------------------------------


def _checked(convert: _ScalarTransform) -> _ScalarTransform:
    """``convert`` with the library's own error type turned into ``ValueError``, so callers
    need not know which library does the work."""

    def run(lon: float, lat: float) -> tuple[float, float]:
        try:
            return convert(lon, lat)
        except gc.GeoError as e:
            raise ValueError(f"cannot convert {lon}, {lat}: {e}") from e

    return run


@_checked
def _gcj02_to_wgs84(lon: float, lat: float) -> tuple[float, float]:
    p = gc.gcj02_to_wgs84_refined(gc.Gcj02(lat=lat, lon=lon))
    return p.lon, p.lat


@_checked
def _wgs84_to_gcj02(lon: float, lat: float) -> tuple[float, float]:
    p = gc.wgs84_to_gcj02(gc.Wgs84(lat=lat, lon=lon))
    return p.lon, p.lat


@_checked
def _bd09_to_wgs84(lon: float, lat: float) -> tuple[float, float]:
    p = gc.bd09_to_wgs84_refined(gc.Bd09(lat=lat, lon=lon))
    return p.lon, p.lat


@_checked
def _wgs84_to_bd09(lon: float, lat: float) -> tuple[float, float]:
    p = gc.wgs84_to_bd09(gc.Wgs84(lat=lat, lon=lon))
    return p.lon, p.lat


def _identity(lon: float, lat: float) -> tuple[float, float]:
    return lon, lat


def _pointwise(convert: _ScalarTransform, lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat:
    """Apply a one-point conversion to scalars or to arrays of any (broadcastable) shape.

    The library converts one point per call, so arrays are walked in Python; that costs
    about 40 µs a point, a few seconds for every vertex of Chongqing's districts.
    """
    x, y = np.broadcast_arrays(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    if x.ndim == 0:
        return convert(float(x), float(y))
    pairs = [convert(a, b) for a, b in zip(x.ravel().tolist(), y.ravel().tolist(), strict=True)]
    out = np.array(pairs, dtype=float).reshape(*x.shape, 2)
    return out[..., 0], out[..., 1]


def gcj02_to_wgs84(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat:
    """GCJ-02 → WGS-84 by the exact (iterative) inverse; scalars give floats, arrays
    give arrays of the same shape."""
    return _pointwise(_gcj02_to_wgs84, lon, lat)


def wgs84_to_gcj02(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat:
    """WGS-84 → GCJ-02 (the closed-form forward offset)."""
    return _pointwise(_wgs84_to_gcj02, lon, lat)


def bd09_to_wgs84(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat:
    """BD-09 → WGS-84 by the exact (iterative) inverse through GCJ-02."""
    return _pointwise(_bd09_to_wgs84, lon, lat)


def wgs84_to_bd09(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat:
    """WGS-84 → BD-09 (the closed-form forward offsets through GCJ-02)."""
    return _pointwise(_wgs84_to_bd09, lon, lat)


_TO_WGS84: dict[str, _ScalarTransform] = {
    "WGS-84": _identity,
    "CGCS2000": _identity,
    "GCJ-02": _gcj02_to_wgs84,
    "BD-09": _bd09_to_wgs84,
}
_FROM_WGS84: dict[str, _ScalarTransform] = {
    "WGS-84": _identity,
    "CGCS2000": _identity,
    "GCJ-02": _wgs84_to_gcj02,
    "BD-09": _wgs84_to_bd09,
}


def _lookup(table: dict[str, _ScalarTransform], crs: str) -> _ScalarTransform:
    try:
        return table[crs]
    except KeyError:
        raise ValueError(f"unknown CRS {crs!r}; expected one of {tuple(table)}") from None


def to_wgs84(lon: npt.ArrayLike, lat: npt.ArrayLike, source_crs: str) -> LonLat:
    """Coordinates given in ``source_crs`` (one of ``geo.model.SOURCE_CRS``) as WGS-84.

    CGCS2000 is returned unchanged (see the module docstring).
    """
    return _pointwise(_lookup(_TO_WGS84, source_crs), lon, lat)


def _transform_geometry(geom: BaseGeometry, convert: _ScalarTransform) -> BaseGeometry:
    return shapely.transform(
        geom, lambda xy: np.column_stack(_pointwise(convert, xy[:, 0], xy[:, 1]))
    )


def geometry_to_wgs84(geom: BaseGeometry, source_crs: str) -> BaseGeometry:
    """``geom`` given in ``source_crs`` (one of ``geo.model.SOURCE_CRS``) as WGS-84,
    converted vertex by vertex (2-D; a z coordinate is dropped)."""
    return _transform_geometry(geom, _lookup(_TO_WGS84, source_crs))


def geometry_from_wgs84(geom: BaseGeometry, target: str) -> BaseGeometry:
    """A WGS-84 ``geom`` in ``target`` (``WGS-84``, ``CGCS2000``, ``GCJ-02`` or ``BD-09``),
    for example to draw it on Amap (GCJ-02) tiles."""
    return _transform_geometry(geom, _lookup(_FROM_WGS84, target))


# --- pyproj: projected CRSs and metric measures -----------------------------------------


@functools.cache
def transformer(src: str, dst: str) -> Transformer:
    """A cached pyproj transformer from ``src`` to ``dst`` in lon/lat (x, y) axis order.

    pyproj transformers are thread-safe since 3.1, so one per pair is shared.
    """
    return Transformer.from_crs(src, dst, always_xy=True)


def _reproject(geom: BaseGeometry, src: str, dst: str) -> BaseGeometry:
    t = transformer(src, dst)
    return shapely.transform(geom, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))


def to_projected(geom: BaseGeometry) -> BaseGeometry:
    """A WGS-84 ``geom`` in ``PROJECTED_CRS`` (metres)."""
    return _reproject(geom, WGS84, PROJECTED_CRS)


def from_projected(geom: BaseGeometry) -> BaseGeometry:
    """A ``PROJECTED_CRS`` ``geom`` back in WGS-84."""
    return _reproject(geom, PROJECTED_CRS, WGS84)


def area_km2(geom_wgs84: BaseGeometry) -> float:
    """Area of a WGS-84 geometry in km², computed in ``PROJECTED_CRS``."""
    return to_projected(geom_wgs84).area / 1e6


def distance_m(
    a: BaseGeometry | tuple[float, float], b: BaseGeometry | tuple[float, float]
) -> float:
    """Least distance in metres between two WGS-84 geometries or (lon, lat) points,
    computed in ``PROJECTED_CRS``."""
    return to_projected(_geometry(a)).distance(to_projected(_geometry(b)))


def _geometry(g: BaseGeometry | tuple[float, float]) -> BaseGeometry:
    return g if isinstance(g, BaseGeometry) else shapely.Point(g)


def buffer_m(geom_wgs84: BaseGeometry, metres: float) -> BaseGeometry:
    """A WGS-84 geometry grown (or, if ``metres`` < 0, shrunk) by ``metres``, buffered in
    ``PROJECTED_CRS`` so the distance is the same in every direction."""
    return from_projected(to_projected(geom_wgs84).buffer(metres))
