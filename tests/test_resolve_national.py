"""Places anywhere in China located offline through the administrative steps of the
chain (geo.resolve), checked against the shipped polygons and against GeoNames' town
points, a WGS-84 source independent of Amap's town seats."""

from __future__ import annotations

import pytest
from geonames_points import geonames_point
from pyproj import Geod

from extract.model import Place
from geo import admin
from geo.resolve import Resolver, resolve_all

GEOD = Geod(ellps="WGS84")


def metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


def locate(name: str, district: str, kind: str = "park"):
    """The resolved place, offline, with no gazetteer hit for it."""
    place = Place(id=f"pl-{name}", name=name, kind=kind, district=district)
    [resolved] = resolve_all([place], Resolver.default(sources=("override", "gazetteer")))
    return resolved


COUNTY_PLACES = [  # name, district as a text gives it, the county's code
    ("滨江区物联网产业园", "杭州市滨江区", "330108"),  # 浙江
    ("南山区科技园", "深圳市南山区", "440305"),  # 广东
    ("武侯区电子商务产业园", "成都市武侯区", "510107"),  # 四川
    ("海淀区软件园", "海淀区", "110108"),  # 北京
    ("雁塔区文化创意产业园", "西安市雁塔区", "610113"),  # 陕西
    ("鼓楼区软件园", "南京市鼓楼区", "320106"),  # 江苏 (徐州 has a 鼓楼区 too)
    ("观山湖区大数据产业园", "贵阳市观山湖区", "520115"),  # 贵州
    ("洪山区光谷创新园", "武汉市洪山区", "420111"),  # 湖北
    ("浦东新区生物医药产业园", "浦东新区", "310115"),  # 上海
    ("某某产业园", "重庆市江北区", "500105"),  # 重庆 (宁波 has a 江北区 too)
    ("未来科技城", "杭州市余杭区", "330110"),  # its seat lies outside it: a point inside
]


@pytest.mark.parametrize(("name", "district", "code"), COUNTY_PLACES)
def test_a_place_known_by_its_county_lies_in_that_county(name, district, code):
    resolved = locate(name, district)
    loc = resolved.location
    assert loc.precision == "county" and loc.provider == "admin"
    assert loc.matched_name == admin.by_code(code).name
    assert admin.contains(code, loc.lon, loc.lat)
    assert admin.unit_of_point(loc.lon, loc.lat, "county").code == code
    assert "not located: county precision" in resolved.notes


def test_a_place_known_only_by_its_city_lies_in_that_city():
    loc = locate("武汉城市圈产业园", "武汉市").location
    assert (loc.precision, loc.matched_name) == ("city", "武汉市")
    assert admin.contains("420100", loc.lon, loc.lat)
    assert loc.radius_m > 30_000  # 武汉市 covers 8,500 km²


TOWN_PLACES = [  # name, district, the town, its county
    ("龙兴工业园", "渝北区", "龙兴镇", "500112"),  # 重庆
    ("乌镇互联网产业园", "桐乡市", "乌镇镇", "330483"),  # 浙江
    ("高亭渔港", "岱山县", "高亭镇", "330921"),  # 浙江
    ("福永物流园", "深圳市宝安区", "福永街道", "440306"),  # 广东
    ("长征工业园", "上海市普陀区", "长征镇", "310107"),  # 上海
    ("金融街商务区", "西城区", "金融街街道", "110102"),  # 北京
    ("小白楼商务区", "天津市和平区", "小白楼街道", "120101"),  # 天津
    ("郭勒木德工业园", "格尔木市", "郭勒木德镇", "632801"),  # 青海
    ("东河产业园", "旺苍县", "东河镇", "510821"),  # 四川
    ("马连庄工业园", "莱西市", "马连庄镇", "370285"),  # 山东
    ("长宁工业园", "寻乌县", "长宁镇", "360734"),  # 江西
    ("内坑工业区", "晋江市", "内坑镇", "350582"),  # 福建
]


@pytest.mark.parametrize(("name", "district", "town", "county"), TOWN_PLACES)
def test_a_place_named_after_its_town_lies_within_2_5_km_of_the_town(name, district, town, county):
    loc = locate(name, district).location
    assert (loc.precision, loc.matched_name) == ("town", town)
    assert loc.radius_m >= 2000
    assert admin.contains(county, loc.lon, loc.lat)
    assert metres((loc.lon, loc.lat), geonames_point(town, county)) < 2500


def test_the_town_places_span_at_least_eight_provinces():
    provinces = {county[:2] for *_, county in TOWN_PLACES}
    assert len(provinces) >= 8
    assert len({code[:2] for *_, code in COUNTY_PLACES}) >= 8


def test_a_place_with_nothing_known_is_not_located():
    resolved = locate("特色产业园区", "")
    assert resolved.location is None and resolved.flagged


def test_a_phrase_for_a_district_names_no_unit_and_locates_nothing():
    resolved = locate("某产业园", "杭州两个老城区")
    assert resolved.location is None
    assert "no administrative unit is called '杭州两个老城区'" in resolved.notes[0]


def test_a_district_given_as_a_code_is_that_unit():
    loc = locate("物联网产业园", "330108").location
    assert (loc.precision, loc.matched_name) == ("county", "滨江区")
    assert admin.contains("330108", loc.lon, loc.lat)
