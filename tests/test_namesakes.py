"""Two units of one name in one atlas: a 宁波 plan's 江北区 park and a 重庆 plan's. Every
surface that takes a district — the API's items on each backend, exports, the districts
layer's counts — keeps them apart (issue 13: namesakes read within their units)."""

from __future__ import annotations

import csv

import pytest
from backends import BACKENDS, make_backend
from fastapi.testclient import TestClient

from api.app import create_app
from layers.build import build
from layers.exports import export

NINGBO = (
    "宁波市人民政府办公厅关于加快电子商务产业发展的实施意见\n\n"
    "支持建设江北区慈城电商产业园，重点发展跨境电商。\n\n宁波市人民政府办公厅\n2024年3月1日\n"
)
CHONGQING = (
    "重庆市人民政府办公厅关于加快软件产业发展的实施意见\n\n"
    "支持建设江北区寸滩软件产业园，重点发展工业软件。\n\n重庆市人民政府办公厅\n2024年5月1日\n"
)


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    (folder / "nb.txt").write_text(NINGBO, encoding="utf-8")
    (folder / "cq.txt").write_text(CHONGQING, encoding="utf-8")
    backend = make_backend(request.param, folder / "atlas", request)
    build([folder / "nb.txt", folder / "cq.txt"], backend.folder, store=backend.store)
    yield backend
    backend.close()


def names(features: list[dict]) -> set[str]:
    return {f["properties"]["name"] for f in features}


@pytest.mark.parametrize(
    ("district", "expected"),
    [("宁波市江北区", {"慈城电商产业园"}), ("330205", {"慈城电商产业园"}),
     ("江北区", {"寸滩软件产业园"}), ("重庆市", {"寸滩软件产业园"}), ("宁波市", {"慈城电商产业园"})],
)  # fmt: skip
def test_a_district_filter_keeps_only_the_places_of_that_unit(backend, district, expected):
    with TestClient(create_app(config=backend.config())) as client:
        items = client.get("/collections/parks/items", params={"district": district, "f": "json"})
        assert names(items.json()["features"]) == expected


def test_the_districts_layer_counts_each_place_in_its_own_unit_only(backend):
    with TestClient(create_app(config=backend.config())) as client:
        for name in ("江北区", "宁波市江北区"):
            (row,) = client.get(
                "/collections/districts/items", params={"district": name, "f": "json"}
            ).json()["features"]
            assert (row["properties"]["name"], row["properties"]["carriers"]) == (name, 1)


def test_an_export_of_a_namesake_district_holds_its_places_and_its_boundary(backend, tmp_path):
    out = export(backend.store, "parks", "csv", tmp_path / "nb.csv", district="宁波市江北区")
    with open(out, encoding="utf-8-sig") as f:
        assert {row["name"] for row in csv.DictReader(f)} == {"慈城电商产业园"}
    out = export(backend.store, "districts", "csv", tmp_path / "d.csv", district="宁波市江北区")
    with open(out, encoding="utf-8-sig") as f:
        assert [row["name"] for row in csv.DictReader(f)] == ["宁波市江北区"]


def test_the_review_queue_offers_each_namesake_district_by_a_name_that_keeps_its_places(backend):
    with TestClient(create_app(config=backend.config())) as client:
        queued = client.get("/review", params={"f": "json"}).json()
        offered = queued["counts"]["district"]
        assert {p["name"] for p in queued["places"]} >= {"慈城电商产业园", "寸滩软件产业园"}
        for place in queued["places"]:
            choice = "宁波市江北区" if place["unit_code"].startswith("3302") else "江北区"
            assert offered[choice] >= 1
            kept = client.get("/review", params={"f": "json", "district": choice}).json()
            assert place["id"] in {p["id"] for p in kept["places"]}
            assert kept["numberMatched"] == offered[choice]
