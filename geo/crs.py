"""Coordinate systems: China's obfuscated datums, and metric measures for Chongqing.

Sources give coordinates in four systems (``geo.model.SOURCE_CRS``); Cluster Atlas stores
WGS-84 lon/lat only. This module converts between them and measures in metres.

* GCJ-02 (Amap, Tencent, Google's maps of China) and BD-09 (Baidu) are the published
  obfuscations of WGS-84. The reference is ``geocoordinates-rs`` (import name
  ``geocoordinates_ffi``): its forward offset is the de-facto reference formula, and its
  ``*_refined`` inverses solve the forward transform by fixed-point iteration to 1e-9°,
  so WGS-84 → GCJ-02 → WGS-84 returns within micrometres (the closed-form "fast" inverse
  found in most ports is 1–2.5 m off in Chongqing, and that error is not acceptable for
  boundaries). The library's ``max_error_m`` of 0.5 m is its conservative bound, not the
  measured error. The library converts one point per call (20–40 µs from Python), so
  ``geo.crs`` computes the same conversions with numpy, following the library operation
  for operation (formulas, constants, iterations): about 0.3 µs a point forward and 1–2 µs
  back, the library's results to the bit for GCJ-02 and within 1e-13° (nanometres)
  through BD-09 (tests/test_crs.py compares them; bench/crs.py times them). Invalid points,
  and BD-09 points within 1° of a pole or the antimeridian, still go to the library, so
  it raises the same ``ValueError`` and makes the same range checks. Outside China's box
  (72.004–137.8347°E, 0.8293–55.8271°N) GCJ-02 leaves coordinates unchanged, as the
  obfuscation itself does; BD-09's nudge is applied everywhere, as the library does.
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
import math
from collections.abc import Callable
from typing import overload

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
_Array = npt.NDArray[np.float64]
_ScalarTransform = Callable[[float, float], tuple[float, float]]
_ArrayTransform = Callable[[_Array, _Array], tuple[_Array, _Array]]
"""Takes two float arrays of one shape, returns two new arrays of that shape."""


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


def _pointwise(convert: _ScalarTransform) -> _ArrayTransform:
    """A one-point library conversion applied to every point of two arrays.

    The library converts one point per call, so arrays are walked in Python; that costs
    20–40 µs a point. Only the few points ``_vectorised`` leaves to the library come here.
    """

    def run(x: _Array, y: _Array) -> tuple[_Array, _Array]:
        pairs = [convert(a, b) for a, b in zip(x.ravel().tolist(), y.ravel().tolist(), strict=True)]
        out = np.array(pairs, dtype=float).reshape(*x.shape, 2)
        return out[..., 0], out[..., 1]

    return run


# --- the same conversions, vectorised ---------------------------------------------------
#
# The published formulas (eviltransform's, coordtransform's: a = 6378245.0, the
# transformLat/transformLon polynomials, Baidu's 3000π/180 and 0.0065°/0.006° offsets)
# written as geocoordinates-rs 0.14 writes them: the same constants, the same order of
# operations, the same China box and the same fixed-point iterations for the inverses, so
# with the same libm the results are the library's to the bit. Measured: WGS-84 ↔ GCJ-02
# identical on 100,000s of points; anything through BD-09 within a few ulp (1e-13°, a few
# nanometres), as numpy's arctan2 is not libm's atan2 (with libm's, BD-09 is identical
# too). tests/test_crs.py checks every conversion against the library.

_GCJ_A = 6378245.0
"""Semi-major axis of the Krasovsky 1940 ellipsoid (m), which GCJ-02 is defined on."""
_GCJ_EE = 0.00669342162296594323
"""Its eccentricity squared."""
_BD_X_PI = math.pi * 3000.0 / 180.0
_BD_DLON, _BD_DLAT = 0.0065, 0.006
_CHINA_LON = (72.004, 137.8347)
_CHINA_LAT = (0.8293, 55.8271)
"""The box outside which GCJ-02 is WGS-84 (its edges count as China), as in the library."""
_REFINED_EPS_DEG = 1e-9
_REFINED_MAX_ITERS = 100
"""The library's inverses stop when a step is below 1e-9° in both axes, or after 100."""

_Mask = npt.NDArray[np.bool_]


def _valid(lon: _Array, lat: _Array) -> _Mask:
    """Where the library accepts a point: finite, |lon| ≤ 180° and |lat| ≤ 90°."""
    return (np.abs(lon) <= 180.0) & (np.abs(lat) <= 90.0)  # False for NaN and ±inf


def _clear_of_the_edges(lon: _Array, lat: _Array) -> _Mask:
    """Where BD-09 → GCJ-02 (a shift of under 0.01°) cannot leave the valid range, which the
    library checks along the way: at least 1° from the poles and the antimeridian."""
    return (np.abs(lon) <= 179.0) & (np.abs(lat) <= 89.0)


def _vectorised(
    convert: _ArrayTransform, library: _ScalarTransform, handles: Callable[[_Array, _Array], _Mask]
) -> _ArrayTransform:
    """``convert`` where ``handles`` says it agrees with the library, and the library point by
    point elsewhere: invalid points (so the same ``ValueError`` is raised for the first one)
    and points at the edges of the domain, where the library's own checks decide."""

    def run(x: _Array, y: _Array) -> tuple[_Array, _Array]:
        ours = handles(x, y)
        if ours.all():
            return convert(x, y)
        rest = ~ours
        out_x, out_y = np.empty(x.shape), np.empty(y.shape)
        out_x[rest], out_y[rest] = _pointwise(library)(x[rest], y[rest])
        out_x[ours], out_y[ours] = convert(x[ours], y[ours])
        return out_x, out_y

    return run


def _out_of_china(lon: _Array, lat: _Array) -> _Mask:
    (west, east), (south, north) = _CHINA_LON, _CHINA_LAT
    return (lon < west) | (lon > east) | (lat < south) | (lat > north)


def _gcj02_polynomials(x: _Array, y: _Array) -> tuple[_Array, _Array]:
    """The offset polynomials (transformLon, transformLat) at ``x`` = lon − 105°,
    ``y`` = lat − 35°, their common 6x, 2x term computed once."""
    pi = math.pi
    common = (20.0 * np.sin(6.0 * x * pi) + 20.0 * np.sin(2.0 * x * pi)) * 2.0 / 3.0
    lon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * np.sqrt(np.abs(x))
    lon += common
    lon += (20.0 * np.sin(x * pi) + 40.0 * np.sin(x / 3.0 * pi)) * 2.0 / 3.0
    lon += (150.0 * np.sin(x / 12.0 * pi) + 300.0 * np.sin(x / 30.0 * pi)) * 2.0 / 3.0
    lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * np.sqrt(np.abs(x))
    lat += common
    lat += (20.0 * np.sin(y * pi) + 40.0 * np.sin(y / 3.0 * pi)) * 2.0 / 3.0
    lat += (160.0 * np.sin(y / 12.0 * pi) + 320.0 * np.sin(y * pi / 30.0)) * 2.0 / 3.0
    return lon, lat


def _wgs84_to_gcj02_array(lon: _Array, lat: _Array) -> tuple[_Array, _Array]:
    """WGS-84 → GCJ-02 for valid points: the offset in China, unchanged outside it."""
    raw_lon, raw_lat = _gcj02_polynomials(lon - 105.0, lat - 35.0)
    rad_lat = lat * (math.pi / 180.0)
    sin_lat = np.sin(rad_lat)
    magic = 1.0 - _GCJ_EE * (sin_lat * sin_lat)
    sqrt_magic = np.sqrt(magic)
    d_lon = (raw_lon * 180.0) / (_GCJ_A / sqrt_magic * np.cos(rad_lat) * math.pi)
    d_lat = (raw_lat * 180.0) / ((_GCJ_A * (1.0 - _GCJ_EE)) / (magic * sqrt_magic) * math.pi)
    outside = _out_of_china(lon, lat)
    return np.where(outside, lon, lon + d_lon), np.where(outside, lat, lat + d_lat)


def _gcj02_to_bd09_array(lon: _Array, lat: _Array) -> tuple[_Array, _Array]:
    """Baidu's nudge, which the library applies everywhere, in China or not."""
    z = np.sqrt(lon * lon + lat * lat) + 0.00002 * np.sin(lat * _BD_X_PI)
    theta = np.arctan2(lat, lon) + 0.000003 * np.cos(lon * _BD_X_PI)
    return z * np.cos(theta) + _BD_DLON, z * np.sin(theta) + _BD_DLAT


def _wgs84_to_bd09_array(lon: _Array, lat: _Array) -> tuple[_Array, _Array]:
    return _gcj02_to_bd09_array(*_wgs84_to_gcj02_array(lon, lat))


def _fixed_point(
    forward: _ArrayTransform, lon: _Array, lat: _Array, start: tuple[_Array, _Array]
) -> tuple[_Array, _Array]:
    """The point that ``forward`` takes to (``lon``, ``lat``), by the library's iteration
    from ``start``: add the residual until a step is below 1e-9° in both axes (each point
    stops on its own), or 100 times."""
    shape = lon.shape
    lon, lat = lon.ravel(), lat.ravel()
    x, y = (np.array(a, dtype=float).ravel() for a in start)
    todo = np.arange(x.size)
    for _ in range(_REFINED_MAX_ITERS):
        f_x, f_y = forward(x[todo], y[todo])
        d_x, d_y = lon[todo] - f_x, lat[todo] - f_y
        x[todo] += d_x
        y[todo] += d_y
        todo = todo[(np.abs(d_y) >= _REFINED_EPS_DEG) | (np.abs(d_x) >= _REFINED_EPS_DEG)]
        if not todo.size:
            break
    return x.reshape(shape), y.reshape(shape)


def _gcj02_to_wgs84_array(lon: _Array, lat: _Array) -> tuple[_Array, _Array]:
    """GCJ-02 → WGS-84 for valid points, iterating from the GCJ-02 point itself."""
    inside = ~_out_of_china(lon, lat)
    out_lon, out_lat = lon.copy(), lat.copy()
    t_lon, t_lat = lon[inside], lat[inside]
    out_lon[inside], out_lat[inside] = _fixed_point(
        _wgs84_to_gcj02_array, t_lon, t_lat, (t_lon, t_lat)
    )
    return out_lon, out_lat


def _bd09_to_gcj02_array(lon: _Array, lat: _Array) -> tuple[_Array, _Array]:
    """BD-09 → GCJ-02, iterating from the closed-form (fast) inverse."""
    x, y = lon - _BD_DLON, lat - _BD_DLAT
    z = np.sqrt(x * x + y * y) - 0.00002 * np.sin(y * _BD_X_PI)
    theta = np.arctan2(y, x) - 0.000003 * np.cos(x * _BD_X_PI)
    return _fixed_point(_gcj02_to_bd09_array, lon, lat, (z * np.cos(theta), z * np.sin(theta)))


def _bd09_to_wgs84_array(lon: _Array, lat: _Array) -> tuple[_Array, _Array]:
    return _gcj02_to_wgs84_array(*_bd09_to_gcj02_array(lon, lat))


def _identity(lon: _Array, lat: _Array) -> tuple[_Array, _Array]:
    return lon.copy(), lat.copy()


_GCJ02_TO_WGS84 = _vectorised(_gcj02_to_wgs84_array, _gcj02_to_wgs84, _valid)
_WGS84_TO_GCJ02 = _vectorised(_wgs84_to_gcj02_array, _wgs84_to_gcj02, _valid)
_BD09_TO_WGS84 = _vectorised(_bd09_to_wgs84_array, _bd09_to_wgs84, _clear_of_the_edges)
_WGS84_TO_BD09 = _vectorised(_wgs84_to_bd09_array, _wgs84_to_bd09, _valid)


# --- the public conversions -------------------------------------------------------------


def _apply(convert: _ArrayTransform, lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat:
    """``convert`` on scalars or on arrays of any (broadcastable) shape: scalars give
    floats, arrays give new arrays of the broadcast shape."""
    x, y = np.broadcast_arrays(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    out_x, out_y = convert(x, y)
    if x.ndim == 0:
        return float(out_x), float(out_y)
    return out_x, out_y


@overload
def gcj02_to_wgs84(lon: float, lat: float) -> tuple[float, float]: ...
@overload
def gcj02_to_wgs84(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat: ...
def gcj02_to_wgs84(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat:
    """GCJ-02 → WGS-84 by the exact (iterative) inverse, vectorised; scalars give floats,
    arrays give arrays of the same shape."""
    return _apply(_GCJ02_TO_WGS84, lon, lat)


@overload
def wgs84_to_gcj02(lon: float, lat: float) -> tuple[float, float]: ...
@overload
def wgs84_to_gcj02(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat: ...
def wgs84_to_gcj02(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat:
    """WGS-84 → GCJ-02 (the closed-form forward offset, vectorised)."""
    return _apply(_WGS84_TO_GCJ02, lon, lat)


@overload
def bd09_to_wgs84(lon: float, lat: float) -> tuple[float, float]: ...
@overload
def bd09_to_wgs84(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat: ...
def bd09_to_wgs84(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat:
    """BD-09 → WGS-84 by the exact (iterative) inverses through GCJ-02, vectorised."""
    return _apply(_BD09_TO_WGS84, lon, lat)


@overload
def wgs84_to_bd09(lon: float, lat: float) -> tuple[float, float]: ...
@overload
def wgs84_to_bd09(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat: ...
def wgs84_to_bd09(lon: npt.ArrayLike, lat: npt.ArrayLike) -> LonLat:
    """WGS-84 → BD-09 (the closed-form forward offsets through GCJ-02, vectorised)."""
    return _apply(_WGS84_TO_BD09, lon, lat)


_TO_WGS84: dict[str, _ArrayTransform] = {
    "WGS-84": _identity,
    "CGCS2000": _identity,
    "GCJ-02": _GCJ02_TO_WGS84,
    "BD-09": _BD09_TO_WGS84,
}
_FROM_WGS84: dict[str, _ArrayTransform] = {
    "WGS-84": _identity,
    "CGCS2000": _identity,
    "GCJ-02": _WGS84_TO_GCJ02,
    "BD-09": _WGS84_TO_BD09,
}


def _lookup(table: dict[str, _ArrayTransform], crs: str) -> _ArrayTransform:
    try:
        return table[crs]
    except KeyError:
        raise ValueError(f"unknown CRS {crs!r}; expected one of {tuple(table)}") from None


@overload
def to_wgs84(lon: float, lat: float, source_crs: str) -> tuple[float, float]: ...
@overload
def to_wgs84(lon: npt.ArrayLike, lat: npt.ArrayLike, source_crs: str) -> LonLat: ...
def to_wgs84(lon: npt.ArrayLike, lat: npt.ArrayLike, source_crs: str) -> LonLat:
    """Coordinates given in ``source_crs`` (one of ``geo.model.SOURCE_CRS``) as WGS-84.

    CGCS2000 is returned unchanged (see the module docstring).
    """
    return _apply(_lookup(_TO_WGS84, source_crs), lon, lat)


def _transform_geometry(geom: BaseGeometry, convert: _ArrayTransform) -> BaseGeometry:
    return shapely.transform(geom, lambda xy: np.column_stack(convert(xy[:, 0], xy[:, 1])))


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
