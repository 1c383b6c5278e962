"""geo.crs: GCJ-02 / BD-09 conversions and pyproj measures, checked in metres."""

from __future__ import annotations

import math

import geocoordinates_ffi as gc
import numpy as np
import pytest
import shapely
from pyproj import Geod

from geo import crs
from geo.model import SOURCE_CRS

GEOD = Geod(ellps="WGS84")

# WGS-84 lon/lat of towns spread over Chongqing, from its western to its eastern edge and
# from Guizhou's border to Shaanxi's (approximate centres; only their spread matters).
POINTS = {
    "解放碑": (106.577, 29.557),
    "照母山": (106.49, 29.64),
    "万州": (108.40, 30.81),
    "秀山": (108.99, 28.45),
    "江津": (106.26, 29.29),
    "荣昌": (105.59, 29.40),
    "潼南": (105.84, 30.19),
    "城口": (108.66, 31.95),
    "巫山": (109.88, 31.08),
    "黔江": (108.77, 29.53),
    "酉阳": (108.77, 28.84),
    "涪陵": (107.39, 29.70),
}

# Published WGS-84 → GCJ-02 pairs (lon, lat): eviltransform's test vectors, also the
# reference vectors of geocoordinates-rs (src/test_support.rs); the last is
# coordtransform-rs's (116.404, 39.915) with its BD-09 value.
PUBLISHED_GCJ = [
    ((121.5272106, 31.1774276), (121.531541859215, 31.17530398364597)),
    ((113.912316, 22.543847), (113.9171764808363, 22.540796131694766)),
    ((116.377817, 39.911954), (116.38404722455657, 39.91334545536069)),
    ((116.404, 39.915), (116.41024449916938, 39.91640428150164)),
]
PUBLISHED_BD = ((116.404, 39.915), (116.41662724378733, 39.922699552216216))

EXACT_M = 0.01
"""What an exact inverse must achieve (the closed-form one is 1–2.5 m off here)."""


def metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


def grid() -> tuple[np.ndarray, np.ndarray]:
    """A 30 × 30 grid over Chongqing's bounding box."""
    return np.meshgrid(np.linspace(105.3, 110.2, 30), np.linspace(28.1, 32.2, 30))


@pytest.mark.parametrize("place", POINTS)
def test_gcj02_round_trip_is_exact(place):
    wgs = POINTS[place]
    assert metres(wgs, crs.gcj02_to_wgs84(*crs.wgs84_to_gcj02(*wgs))) < EXACT_M


@pytest.mark.parametrize("place", POINTS)
def test_bd09_round_trip_is_exact(place):
    wgs = POINTS[place]
    assert metres(wgs, crs.bd09_to_wgs84(*crs.wgs84_to_bd09(*wgs))) < EXACT_M


@pytest.mark.parametrize(
    ("forward", "inverse"),
    [(crs.wgs84_to_gcj02, crs.gcj02_to_wgs84), (crs.wgs84_to_bd09, crs.bd09_to_wgs84)],
)
def test_round_trip_over_the_whole_city(forward, inverse):
    lon, lat = grid()
    back_lon, back_lat = inverse(*forward(lon, lat))
    assert GEOD.inv(lon, lat, back_lon, back_lat)[2].max() < EXACT_M


@pytest.mark.parametrize("place", POINTS)
def test_gcj02_offset_is_a_few_hundred_metres(place):
    wgs = POINTS[place]
    assert 300 < metres(wgs, crs.wgs84_to_gcj02(*wgs)) < 700


@pytest.mark.parametrize(("wgs", "gcj"), PUBLISHED_GCJ)
def test_published_gcj02_pairs(wgs, gcj):
    assert metres(crs.wgs84_to_gcj02(*wgs), gcj) < EXACT_M
    assert metres(crs.gcj02_to_wgs84(*gcj), wgs) < EXACT_M


def test_published_bd09_pair():
    wgs, bd = PUBLISHED_BD
    assert metres(crs.wgs84_to_bd09(*wgs), bd) < EXACT_M
    assert metres(crs.bd09_to_wgs84(*bd), wgs) < EXACT_M


def test_scalars_give_floats_and_arrays_keep_their_shape():
    lon, lat = crs.gcj02_to_wgs84(106.58, 29.55)
    assert isinstance(lon, float) and isinstance(lat, float)
    lons, lats = crs.gcj02_to_wgs84(np.full((2, 3), 106.58), np.full((2, 3), 29.55))
    assert lons.shape == lats.shape == (2, 3)
    assert (lons[1, 2], lats[1, 2]) == (lon, lat)


def test_invalid_coordinates_raise_value_error():
    with pytest.raises(ValueError):
        crs.gcj02_to_wgs84(200.0, 29.0)
    with pytest.raises(ValueError):
        crs.wgs84_to_bd09(106.5, math.nan)


@pytest.mark.parametrize("source", SOURCE_CRS)
def test_to_wgs84_accepts_every_source_crs(source):
    lon, lat = crs.to_wgs84(106.58, 29.55, source)
    assert metres((lon, lat), (106.58, 29.55)) < 1500


def test_to_wgs84_dispatches_to_the_right_conversion():
    assert crs.to_wgs84(106.58, 29.55, "GCJ-02") == crs.gcj02_to_wgs84(106.58, 29.55)
    assert crs.to_wgs84(106.58, 29.55, "BD-09") == crs.bd09_to_wgs84(106.58, 29.55)
    assert crs.to_wgs84(106.58, 29.55, "WGS-84") == (106.58, 29.55)


def test_cgcs2000_is_treated_as_wgs84():
    """CGCS2000 and WGS-84 differ by centimetres; crs returns it unchanged, and PROJ's own
    EPSG:4490 → EPSG:4326 operation agrees within a metre."""
    assert crs.to_wgs84(106.58, 29.55, "CGCS2000") == (106.58, 29.55)
    proj = crs.transformer(crs.CGCS2000, crs.WGS84).transform(106.58, 29.55)
    assert metres(proj, (106.58, 29.55)) < 1


def test_unknown_crs_is_refused():
    with pytest.raises(ValueError, match="unknown CRS"):
        crs.to_wgs84(106.58, 29.55, "Xian-80")
    with pytest.raises(ValueError, match="unknown CRS"):
        crs.geometry_from_wgs84(shapely.Point(106.58, 29.55), "EPSG:4326")


@pytest.mark.parametrize("target", ["GCJ-02", "BD-09", "CGCS2000", "WGS-84"])
def test_geometries_convert_vertex_by_vertex_and_back(target):
    square = shapely.Polygon(
        [(106.50, 29.50), (106.60, 29.50), (106.60, 29.60), (106.50, 29.60)],
        holes=[[(106.54, 29.54), (106.56, 29.54), (106.56, 29.56)]],
    )
    there = crs.geometry_from_wgs84(square, target)
    assert there.geom_type == "Polygon" and len(there.interiors) == 1
    moved = metres(shapely.get_coordinates(there)[0], (106.50, 29.50))
    assert moved == 0 if target in ("WGS-84", "CGCS2000") else moved > 300
    back = crs.geometry_to_wgs84(there, target)
    a, b = shapely.get_coordinates(square), shapely.get_coordinates(back)
    assert GEOD.inv(a[:, 0], a[:, 1], b[:, 0], b[:, 1])[2].max() < EXACT_M


def test_gcj02_geometry_moves_by_the_offset():
    point = shapely.Point(POINTS["解放碑"])
    moved = crs.geometry_from_wgs84(point, "GCJ-02")
    assert (moved.x, moved.y) == crs.wgs84_to_gcj02(point.x, point.y)


# --- pyproj ----------------------------------------------------------------------------


@pytest.mark.parametrize("code", crs.EPSG_CODES)
def test_pyproj_round_trip_through_each_crs(code):
    there = crs.transformer(crs.WGS84, code)
    back = crs.transformer(code, crs.WGS84)
    for wgs in POINTS.values():
        assert metres(back.transform(*there.transform(*wgs)), wgs) < 0.001


def test_transformers_are_cached_and_lon_lat_ordered():
    assert crs.transformer(crs.WGS84, crs.UTM_48N) is crs.transformer(crs.WGS84, crs.UTM_48N)
    # Both grids are centred on 105°E with a 500 km false easting: x comes first.
    for code in (crs.UTM_48N, crs.CGCS2000_GK_CM105):
        x, y = crs.transformer(crs.WGS84, code).transform(105.0, 29.5)
        assert x == pytest.approx(500_000, abs=0.001)
        assert 3_200_000 < y < 3_300_000


def test_utm_is_gauss_kruger_scaled_by_0_9996():
    _, utm_y = crs.transformer(crs.WGS84, crs.UTM_48N).transform(105.0, 29.5)
    _, gk_y = crs.transformer(crs.CGCS2000, crs.CGCS2000_GK_CM105).transform(105.0, 29.5)
    assert utm_y == pytest.approx(0.9996 * gk_y, abs=1)


def test_web_mercator_x_is_the_arc_on_the_sphere():
    x, _ = crs.transformer(crs.WGS84, crs.WEB_MERCATOR).transform(106.577, 29.557)
    assert x == pytest.approx(6_378_137 * math.radians(106.577), abs=0.001)


def test_projected_crs_is_utm_48n():
    assert crs.PROJECTED_CRS == "EPSG:32648"
    back = crs.from_projected(crs.to_projected(shapely.Point(POINTS["万州"])))
    assert metres((back.x, back.y), POINTS["万州"]) < 0.001


@pytest.mark.parametrize("place", ["解放碑", "巫山"])
def test_area_agrees_with_the_geodesic_area(place):
    lon, lat = POINTS[place]
    box = shapely.box(lon - 0.05, lat - 0.05, lon + 0.05, lat + 0.05)
    geodesic_km2 = abs(GEOD.geometry_area_perimeter(box)[0]) / 1e6
    # UTM 48N's scale error: < 0.1 % in the city centre, < 1 % at the eastern edge.
    tolerance = 0.001 if place == "解放碑" else 0.01
    assert crs.area_km2(box) == pytest.approx(geodesic_km2, rel=tolerance)


def test_distance_agrees_with_the_geodesic_distance():
    a, b = POINTS["解放碑"], POINTS["照母山"]
    geodesic = metres(a, b)
    assert 12_000 < geodesic < 13_000
    assert crs.distance_m(shapely.Point(a), shapely.Point(b)) == pytest.approx(geodesic, rel=0.001)
    assert crs.distance_m(a, b) == crs.distance_m(shapely.Point(a), shapely.Point(b))


def test_buffer_is_round_in_metres():
    centre = POINTS["解放碑"]
    ring = crs.buffer_m(shapely.Point(centre), 1000)
    x, y = shapely.get_coordinates(ring.exterior).T
    radii = GEOD.inv(np.full_like(x, centre[0]), np.full_like(y, centre[1]), x, y)[2]
    assert radii.min() > 999 and radii.max() < 1001
    assert crs.area_km2(ring) == pytest.approx(math.pi, rel=0.005)


# --- the vectorised conversions against the library, point by point ---------------------
#
# geo.crs computes the four conversions with numpy, as geocoordinates-rs computes them one
# point per call. Measured on these grids (numpy 2.4, glibc): WGS-84 ↔ GCJ-02 identical to
# the bit, anything through BD-09 within 3e-14° over Chongqing and 1e-13° elsewhere (numpy's
# arctan2 is a few ulp from libm's atan2). Exact equality is not asserted: it holds only as
# long as numpy's sin and cos are libm's.

AGREES_DEG = 1e-12
"""How far geo.crs may be from the library: 1e-12° is 0.1 µm (1e-6 m is 9e-12°)."""

LIBRARY = {
    "wgs84_to_gcj02": lambda lon, lat: gc.wgs84_to_gcj02(gc.Wgs84(lat=lat, lon=lon)),
    "wgs84_to_bd09": lambda lon, lat: gc.wgs84_to_bd09(gc.Wgs84(lat=lat, lon=lon)),
    "gcj02_to_wgs84": lambda lon, lat: gc.gcj02_to_wgs84_refined(gc.Gcj02(lat=lat, lon=lon)),
    "bd09_to_wgs84": lambda lon, lat: gc.bd09_to_wgs84_refined(gc.Bd09(lat=lat, lon=lon)),
}
FORWARD = ["wgs84_to_gcj02", "wgs84_to_bd09"]
INVERSE = ["gcj02_to_wgs84", "bd09_to_wgs84"]


def library(name: str, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """geocoordinates-rs one point at a time: what geo.crs did before it was vectorised."""
    points = [
        LIBRARY[name](a, b) for a, b in zip(lon.ravel().tolist(), lat.ravel().tolist(), strict=True)
    ]
    return (
        np.array([p.lon for p in points]).reshape(lon.shape),
        np.array([p.lat for p in points]).reshape(lat.shape),
    )


def largest_difference(ours: tuple, theirs: tuple) -> float:
    return max(np.abs(ours[0] - theirs[0]).max(), np.abs(ours[1] - theirs[1]).max())


def dense_chongqing() -> tuple[np.ndarray, np.ndarray]:
    """Every 0.02° (about 2 km) over Chongqing's bounding box: 50,676 points, a dozen or
    more in each period of the offset's shortest sine (1/3° in longitude)."""
    return np.meshgrid(np.arange(105.3, 110.2001, 0.02), np.arange(28.1, 32.2001, 0.02))


def coarse_china_and_beyond() -> tuple[np.ndarray, np.ndarray]:
    """Every 0.5° over China's box and 10° beyond it (outside China), and every 15° over
    the whole globe, edges (±180°, ±90°) included."""
    china = np.meshgrid(np.arange(62.0, 148.01, 0.5), np.arange(-9.0, 66.01, 0.5))
    world = np.meshgrid(np.arange(-180.0, 180.01, 15.0), np.arange(-90.0, 90.01, 15.0))
    return (
        np.concatenate([china[0].ravel(), world[0].ravel()]),
        np.concatenate([china[1].ravel(), world[1].ravel()]),
    )


def box_edges() -> tuple[np.ndarray, np.ndarray]:
    """Points on China's box (72.004–137.8347°E, 0.8293–55.8271°N), one ulp inside it and
    one ulp outside it, along each of its four sides."""
    west, east, south, north = 72.004, 137.8347, 0.8293, 55.8271
    lons, lats = [], []
    for along in np.linspace(0.0, 1.0, 7):
        lat = south + along * (north - south)
        lon = west + along * (east - west)
        for edge, outward in ((west, -np.inf), (east, np.inf)):
            for x in (np.nextafter(edge, -outward), edge, np.nextafter(edge, outward)):
                lons.append(x)
                lats.append(lat)
        for edge, outward in ((south, -np.inf), (north, np.inf)):
            for y in (np.nextafter(edge, -outward), edge, np.nextafter(edge, outward)):
                lons.append(lon)
                lats.append(y)
    return np.array(lons), np.array(lats)


@pytest.mark.parametrize("name", FORWARD)
def test_forward_agrees_with_the_library_over_chongqing(name):
    lon, lat = dense_chongqing()
    assert largest_difference(getattr(crs, name)(lon, lat), library(name, lon, lat)) <= AGREES_DEG


@pytest.mark.parametrize("name", FORWARD + INVERSE)
def test_agrees_with_the_library_over_china_and_beyond(name):
    lon, lat = coarse_china_and_beyond()
    if name == "bd09_to_wgs84":  # BD-09 this close to a pole or the antimeridian: see below
        keep = (np.abs(lon) < 179.99) & (np.abs(lat) < 89.99)
        lon, lat = lon[keep], lat[keep]
    assert largest_difference(getattr(crs, name)(lon, lat), library(name, lon, lat)) <= AGREES_DEG


@pytest.mark.parametrize("name", INVERSE)
def test_inverse_agrees_with_the_library_over_chongqing(name):
    lon, lat = (a[::3, ::3] for a in dense_chongqing())  # every 0.06°
    assert largest_difference(getattr(crs, name)(lon, lat), library(name, lon, lat)) <= AGREES_DEG


@pytest.mark.parametrize("name", FORWARD + INVERSE)
def test_china_box_edges_are_decided_as_the_library_decides(name):
    lon, lat = box_edges()
    ours, theirs = getattr(crs, name)(lon, lat), library(name, lon, lat)
    assert largest_difference(ours, theirs) <= AGREES_DEG
    moved, moved_by_library = ours[0] != lon, theirs[0] != lon
    assert (moved == moved_by_library).all()


def test_gcj02_leaves_points_outside_china_unchanged_and_bd09_still_nudges_them():
    lon, lat = coarse_china_and_beyond()
    outside = (lon < 72.004) | (lon > 137.8347) | (lat < 0.8293) | (lat > 55.8271)
    gcj = crs.wgs84_to_gcj02(lon, lat)
    assert (gcj[0][outside] == lon[outside]).all() and (gcj[1][outside] == lat[outside]).all()
    assert (gcj[0][~outside] != lon[~outside]).all()
    assert (crs.gcj02_to_wgs84(lon[outside], lat[outside])[0] == lon[outside]).all()
    # The library's BD-09 nudge (about 0.0065°, 0.006°) applies in China or not.
    bd_lon, _ = crs.wgs84_to_bd09(lon[outside], lat[outside])
    assert (np.abs(bd_lon - lon[outside]) > 0.005).all()
    assert crs.wgs84_to_bd09(0.0, 0.0) == (0.0065, 0.006)


def test_bd09_near_a_pole_or_the_antimeridian_is_the_library_s_answer():
    """Close to ±90° or ±180° BD-09 → GCJ-02 can leave the valid range, which the library
    checks along the way; geo.crs leaves those points to it, so it agrees exactly."""
    assert crs.bd09_to_wgs84(180.0, 0.0) == _library_point("bd09_to_wgs84", 180.0, 0.0)
    assert crs.bd09_to_wgs84(0.0, 90.0) == _library_point("bd09_to_wgs84", 0.0, 90.0)
    for lon, lat in [(-180.0, 0.0), (0.0, -90.0), (10.0, -89.995)]:
        with pytest.raises(ValueError, match="cannot convert"):
            crs.bd09_to_wgs84(lon, lat)
        with pytest.raises(ValueError, match="cannot convert"):
            crs.bd09_to_wgs84(np.array([106.58, lon]), np.array([29.55, lat]))


def _library_point(name: str, lon: float, lat: float) -> tuple[float, float]:
    p = LIBRARY[name](lon, lat)
    return p.lon, p.lat


@pytest.mark.parametrize(
    ("forward", "inverse", "within_m"),
    [
        (crs.wgs84_to_gcj02, crs.gcj02_to_wgs84, 1e-6),  # measured 2e-7 m
        (crs.wgs84_to_bd09, crs.bd09_to_wgs84, 1e-5),  # measured 1.3e-6 m, as the library
    ],
)
def test_round_trip_over_a_dense_grid(forward, inverse, within_m):
    lon, lat = dense_chongqing()
    back_lon, back_lat = inverse(*forward(lon, lat))
    assert GEOD.inv(lon, lat, back_lon, back_lat)[2].max() < within_m


CONVERSIONS = [crs.wgs84_to_gcj02, crs.wgs84_to_bd09, crs.gcj02_to_wgs84, crs.bd09_to_wgs84]


@pytest.mark.parametrize("convert", CONVERSIONS)
def test_a_scalar_is_converted_as_in_an_array(convert):
    lon, lat = convert(106.58, 29.55)
    assert type(lon) is float and type(lat) is float
    lons, lats = convert(np.array([[105.9, 106.58], [108.4, 106.58]]), np.full((2, 2), 29.55))
    assert (lons[0, 1], lats[0, 1]) == (lons[1, 1], lats[1, 1]) == (lon, lat)


@pytest.mark.parametrize("convert", CONVERSIONS)
def test_shapes_broadcast_and_inputs_are_left_alone(convert):
    lat = np.array([29.5, 29.6, 29.7])
    lons, lats = convert(106.5, lat)
    assert lons.shape == lats.shape == (3,) and lons.dtype == lats.dtype == np.float64
    assert (lat == [29.5, 29.6, 29.7]).all()
    lons, lats = convert(np.full((4, 1), 106.5), np.full((1, 3), 29.5))
    assert lons.shape == lats.shape == (4, 3)
    assert convert([106, 107], [29, 30])[0].shape == (2,)  # lists and integers
    empty = convert(np.empty((0, 2)), np.empty((0, 2)))
    assert empty[0].shape == empty[1].shape == (0, 2)


@pytest.mark.parametrize("convert", CONVERSIONS)
@pytest.mark.parametrize(
    ("lon", "lat"),
    [(106.5, math.nan), (math.nan, 29.5), (math.inf, 29.5), (181.0, 29.5), (106.5, -90.5)],
)
def test_an_invalid_point_in_an_array_raises_value_error_naming_it(convert, lon, lat):
    lons = np.array([106.5, lon, 107.0, math.nan])
    lats = np.array([29.5, lat, 29.9, math.nan])
    with pytest.raises(ValueError, match=rf"cannot convert {lon}, {lat}: "):
        convert(lons, lats)


@pytest.mark.parametrize("name", [*FORWARD, "gcj02_to_wgs84"])
def test_the_range_limits_are_valid_as_for_the_library(name):
    lon = np.array([-180.0, 180.0, 0.0, 0.0, 137.8347, 72.004])
    lat = np.array([0.0, 0.0, -90.0, 90.0, 55.8271, 0.8293])
    assert largest_difference(getattr(crs, name)(lon, lat), library(name, lon, lat)) <= AGREES_DEG
    for bad_lon, bad_lat in [(np.nextafter(180, 200), 0.0), (0.0, np.nextafter(-90, -100))]:
        with pytest.raises(ValueError, match="cannot convert"):
            getattr(crs, name)(bad_lon, bad_lat)
