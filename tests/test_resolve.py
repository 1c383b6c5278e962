"""The resolution chain: overrides, gazetteer, fallbacks, validation; never a dropped place."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extract.model import Place
from geo import admin, boundaries
from geo.crs import distance_m, wgs84_to_gcj02
from geo.gazetteer import COLUMNS, Gazetteer
from geo.names import normalize, score
from geo.resolve import Flag, Resolver, resolve_all

JIEFANGBEI = (106.5775, 29.5585)
DAPING = (106.5200, 29.5415)


def write_table(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in COLUMNS})
    return path


def row(name, lon, lat, **extra) -> dict:
    base = {
        "name": name, "kind": "building", "district": "渝中区", "lon": lon, "lat": lat,
        "source_crs": "WGS-84", "precision": "building", "radius_m": 80, "confidence": 0.8,
        "source": "curated, unverified",
    }  # fmt: skip
    return base | extra


def place(name, district="渝中区", parent="", kind="building", aliases=()) -> Place:
    return Place(id=f"pl-{name}", name=name, kind=kind, district=district, parent=parent,
                 aliases=list(aliases))  # fmt: skip


@pytest.fixture
def gazetteer(tmp_path) -> Gazetteer:
    path = write_table(
        tmp_path / "gazetteer.csv",
        [
            row("凯德来福士", 106.5853, 29.5668, aliases="来福士|重庆来福士"),
            row("英利国际金融中心", 106.5766, 29.5588),
            row("英利国际", *JIEFANGBEI, note="a tower near 解放碑"),
            row("英利国际", *DAPING, note="the 大坪 one"),
            row("大坪商圈", *DAPING, kind="zone", precision="area", radius_m=600),
            row("解放碑—朝天门金融核心集聚区", 106.580, 29.560, kind="zone", precision="area"),
        ],
    )
    return Gazetteer.read(path)


def resolver(gazetteer, overrides=None) -> Resolver:
    # The documents are about 重庆市 (500000): 江北区 is Chongqing's, not Ningbo's.
    return Resolver(
        {"override": overrides or Gazetteer([]), "gazetteer": gazetteer}, region=("500000",)
    )


def test_gazetteer_hit_carries_provenance(gazetteer):
    loc = resolver(gazetteer).locate(["凯德来福士"], district="渝中区")
    assert (loc.provider, loc.precision, loc.source_crs) == ("gazetteer", "building", "WGS-84")
    assert loc.source == "curated, unverified" and loc.matched_name == "凯德来福士"
    assert loc.confidence == 0.8


@pytest.mark.parametrize(
    "spelling",
    ["来福士", "重庆来福士", "重庆凯德来福士", "凯德来福士 ", "凯德·来福士"],
)
def test_name_matching_tolerates_spellings(gazetteer, spelling):
    assert resolver(gazetteer).locate([spelling]).matched_name == "凯德来福士"


def test_dashes_and_widths_normalise_alike():
    assert normalize("解放碑-朝天门金融核心集聚区") == normalize("解放碑—朝天门金融核心集聚区")
    assert normalize("西部（重庆）科学城") == normalize("西部(重庆)科学城")
    assert score("西部(重庆)科学城", "西部科学城") == 0.95
    assert 0 < score("解放碑朝天门金融核心集聚区", "解放碑—朝天门金融核心集聚区") < 1
    assert score("平安金融中心", "环球金融中心") == 0


def test_ambiguous_name_resolved_by_parent(gazetteer):
    places = [
        place("大坪商圈", kind="zone"),
        place("英利国际", parent="大坪商圈"),
    ]
    by_name = {r.name: r for r in resolve_all(places, resolver(gazetteer))}
    loc = by_name["英利国际"].location
    assert distance_m((loc.lon, loc.lat), DAPING) < 1


def test_overrides_win_and_leave_the_gazetteer_untouched(tmp_path, gazetteer):
    before = gazetteer.path.read_bytes()
    overrides = Gazetteer.read(
        write_table(
            tmp_path / "overrides.csv", [row("来福士", 106.5860, 29.5670, source="GIS staff")]
        )
    )
    loc = resolver(gazetteer, overrides).locate(["凯德来福士", "来福士"])
    assert loc.provider == "override" and loc.source == "GIS staff"
    assert (loc.lon, loc.lat) == (106.5860, 29.5670)
    assert gazetteer.path.read_bytes() == before


def test_gcj02_rows_are_converted_on_reading(tmp_path):
    glon, glat = wgs84_to_gcj02(*JIEFANGBEI)
    table = Gazetteer.read(
        write_table(tmp_path / "g.csv", [row("X大厦", glon, glat, source_crs="GCJ-02")])
    )
    entry = table.entries[0]
    assert distance_m((entry.lon, entry.lat), JIEFANGBEI) < 0.01
    assert entry.source_crs == "GCJ-02"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("lat", "106.5", "outside China"),
        ("precision", "street", "precision"),
        ("source_crs", "EPSG:3857", "source_crs"),
        ("lon", "east", "could not convert"),
    ],
)
def test_bad_rows_are_refused_with_their_line(tmp_path, field, value, message):
    bad = row("X大厦", 106.5, 29.5) | {field: value}
    path = write_table(tmp_path / "g.csv", [row("Y大厦", 106.5, 29.5), bad])
    with pytest.raises(ValueError, match=rf"g\.csv:3: .*{message}"):
        Gazetteer.read(path)


def test_fallbacks_never_drop_a_place_and_never_invent_a_point(gazetteer):
    places = [
        place("大坪商圈", kind="zone"),
        place("无名大厦", parent="大坪商圈"),  # parent known
        place("某某产业园", district="江北区", kind="park"),  # county known
        place("不知何处园", district="", kind="park"),  # nothing known
    ]
    resolved = {r.name: r for r in resolve_all(places, resolver(gazetteer))}
    assert len(resolved) == 4
    child = resolved["无名大厦"].location
    assert child.provider == "parent" and (child.lon, child.lat) == DAPING
    assert "not located" in " ".join(resolved["无名大厦"].notes)
    county = resolved["某某产业园"].location
    assert (county.precision, county.provider, county.matched_name) == ("county", "admin", "江北区")
    assert (county.lon, county.lat) == admin.seat("500105")
    assert "cpca" in county.source and county.source_crs == "GCJ-02"
    assert county.confidence < 0.3 and county.radius_m > 5000
    nowhere = resolved["不知何处园"]
    assert nowhere.location is None
    assert nowhere.flags == [
        Flag("unlocated", "not located: no match, no parent, no administrative unit known")
    ]


def test_a_district_with_namesakes_is_not_guessed_without_a_region(gazetteer):
    table = Resolver({"gazetteer": gazetteer})  # no region: 江北区 is in 重庆 and in 宁波
    [resolved] = resolve_all([place("某某产业园", district="江北区", kind="park")], table)
    assert resolved.location is None
    assert resolved.flags[0].reason == "unlocated"
    assert "ambiguous" in resolved.notes[0] and "宁波市" in resolved.notes[0]


def test_a_town_place_gets_the_town_seat_with_a_town_radius(gazetteer):
    [resolved] = resolve_all(
        [place("龙兴工业园", district="渝北区", kind="park")], resolver(gazetteer)
    )
    loc = resolved.location
    assert (loc.precision, loc.matched_name, loc.district) == ("town", "龙兴镇", "渝北区")
    assert (loc.lon, loc.lat) == admin.seat("500112131")
    assert loc.radius_m >= 2000 and "github.com/Vonng/adcode" in loc.source
    assert Flag("coarse", "not located: town precision") in resolved.flags


def test_a_place_that_is_a_town_is_located_at_its_seat_without_a_flag(gazetteer):
    [resolved] = resolve_all(
        [place("龙兴镇", district="渝北区", kind="district")], resolver(gazetteer)
    )
    assert resolved.location.precision == "town" and resolved.location.confidence == 0.5
    assert not resolved.flags


def test_a_place_named_after_its_county_is_not_put_on_the_namesake_street(gazetteer):
    # 南山区 has a 南山街道; 「南山区科技园」 is named after the district, not the street.
    [resolved] = resolve_all(
        [place("南山区科技园", district="深圳市南山区", kind="park")], resolver(gazetteer)
    )
    assert resolved.location.precision == "county" and resolved.location.matched_name == "南山区"


def test_point_outside_its_district_is_flagged(tmp_path):
    # A row placed in 江北区 for a place the plan puts in 渝中区: flagged, with the reason.
    table = Gazetteer.read(write_table(tmp_path / "g.csv", [row("错位大厦", 106.530, 29.575)]))
    [resolved] = resolve_all([place("错位大厦")], resolver(table))
    assert any(f.reason == "mismatch" and "江北区" in f.note for f in resolved.flags)


def test_unconverted_gcj02_point_is_caught_near_a_boundary(tmp_path):
    # A point 200 m inside the tip of the 渝中 peninsula (朝天门), given in GCJ-02 but
    # labelled WGS-84, lands ~500 m off, across the river: the check flags it.
    wgs = (106.5849, 29.5672)
    assert boundaries.district_of(*wgs) == "渝中区"
    shifted = wgs84_to_gcj02(*wgs)
    table = Gazetteer.read(write_table(tmp_path / "g.csv", [row("朝天门某楼", *shifted)]))
    [resolved] = resolve_all([place("朝天门某楼")], resolver(table))
    assert resolved.flagged
