"""Places anywhere in China, end to end: documents of many provinces (the tuning part of
the blind-labelled corpus, ``tests/eval/tuning``) built into one atlas; each place's
units are real ones, its point lies inside the finest of them, and the units agree with
the labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely
from scoring import spellings_within, unit_prefixes

from extract.places import normalize
from geo import admin
from layers.atlas import read_places
from layers.build import build
from layers.stores import ATLAS_FILE, AtlasStore, open_store

TUNING = Path(__file__).parent / "eval" / "tuning"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> AtlasStore:
    out = tmp_path_factory.mktemp("national")
    build([TUNING / "docs"], out)
    return open_store(out / ATLAS_FILE)


@pytest.fixture(scope="module")
def atlas(store):
    return read_places(store)


@pytest.fixture(scope="module")
def labels() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in (TUNING / "labels").glob("*.json")]


def test_the_corpus_spans_at_least_eight_provinces(atlas, labels):
    assert len({label["province"] for label in labels}) >= 8
    assert len(set(atlas["province"]) - {""}) >= 8


def test_every_district_is_a_real_unit_or_empty(atlas):
    phrases = [d for d in set(atlas["district"]) - {""} if not (admin.find(d) or admin.overlay(d))]
    assert not phrases  # never 「特色产业园区」, 「武汉城市」, 「也标志该区」


def test_every_located_place_lies_in_its_unit(atlas):
    located = atlas[atlas.geometry.notna() & (atlas["unit_code"] != "")]
    assert len(located) > 100
    outside = [
        f"{r['name']} ({r['unit_code']})"
        for _, r in located.iterrows()
        if not admin.contains(r["unit_code"], *_point(r.geometry))
    ]
    assert not outside, outside


def test_the_districts_layer_holds_every_unit_places_lie_in_with_their_counts(store, atlas):
    districts = store.layer("districts")
    elsewhere = districts.iloc[41:]  # after Chongqing's 38 units and 3 functional areas
    assert len(elsewhere) >= 20 and elsewhere["name"].is_unique
    outside = atlas[(atlas["unit_code"] != "") & ~atlas["unit_code"].str.startswith("50")]
    assert elsewhere["carriers"].sum() == len(outside)  # each place counted once
    for _, place in outside[outside.geometry.notna()].iterrows():
        point = shapely.Point(_point(place.geometry))
        holders = elsewhere[elsewhere.geometry.intersects(point.buffer(1e-6))]
        assert len(holders) >= 1, place["name"]


def test_places_get_the_unit_their_text_gives(atlas, labels):
    """Each labelled place found gets the county the label gives, or the city where the
    text says no more: the share right, over every such place found."""
    checked = right = 0
    wrong = []
    for label in labels:
        prefixes = unit_prefixes(label.get("province"), label.get("city"))
        for gold in label["places"]:
            unit = gold.get("county") or gold.get("city")
            if not unit:
                continue
            keys = spellings_within(gold["name"], gold.get("aliases"), prefixes)
            found = atlas[atlas["name"].map(lambda n, k=keys: normalize(n) in k)]
            if found.empty:
                continue
            checked += 1
            row = found.iloc[0]
            level = "county" if gold.get("county") else "city"
            if normalize(row[level]) == normalize(unit):
                right += 1
            else:
                wrong.append(f"{gold['name']}: {row[level]!r} ≠ {unit}")
    assert checked >= 60
    assert right / checked >= 0.85, wrong


def _point(geometry) -> tuple[float, float]:
    inside = geometry if geometry.geom_type == "Point" else geometry.centroid
    return inside.x, inside.y


def test_a_namesake_district_is_read_within_the_documents_unit(tmp_path):
    # 江北区 is in 重庆市 and in 宁波市: a 宁波 document's 江北区 is 宁波's, and the park
    # named after 慈城 lands on 慈城镇 there.
    (tmp_path / "nb.txt").write_text(
        "宁波市人民政府办公厅关于加快电子商务产业发展的实施意见\n\n"
        "支持建设江北区慈城电商产业园，重点发展跨境电商。\n\n宁波市人民政府办公厅\n2024年3月1日\n",
        encoding="utf-8",
    )
    build([tmp_path / "nb.txt"], tmp_path / "atlas")
    place = read_places(open_store(tmp_path / "atlas" / ATLAS_FILE)).iloc[0]
    assert (place["city"], place["county"], place["unit_code"]) == ("宁波市", "江北区", "330205")
    assert place["precision"] == "town" and admin.contains("330205", *_point(place.geometry))


def test_each_place_is_read_within_its_own_documents_units_in_a_build_of_several(tmp_path):
    # One build, two documents, two 江北区: 宁波's plan and 重庆's. With one region for the
    # build (宁波市 and 重庆市 both) each 江北区 was ambiguous; each document's own unit
    # tells them apart (issue 13).
    (tmp_path / "nb.txt").write_text(
        "宁波市人民政府办公厅关于加快电子商务产业发展的实施意见\n\n"
        "支持建设江北区慈城电商产业园，重点发展跨境电商。\n\n宁波市人民政府办公厅\n2024年3月1日\n",
        encoding="utf-8",
    )
    (tmp_path / "cq.txt").write_text(
        "重庆市人民政府办公厅关于加快软件产业发展的实施意见\n\n"
        "支持建设江北区寸滩软件产业园，重点发展工业软件。\n\n重庆市人民政府办公厅\n2024年5月1日\n",
        encoding="utf-8",
    )
    build([tmp_path / "nb.txt", tmp_path / "cq.txt"], tmp_path / "atlas")
    places = read_places(open_store(tmp_path / "atlas" / ATLAS_FILE)).set_index("name")
    assert places.loc["慈城电商产业园", "unit_code"] == "330205"  # 宁波市江北区
    assert places.loc["寸滩软件产业园", "unit_code"] == "500105"  # 重庆市江北区
    for name, code in (("慈城电商产业园", "330205"), ("寸滩软件产业园", "500105")):
        assert admin.contains(code, *_point(places.loc[name].geometry))
