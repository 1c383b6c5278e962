"""Names users type — sectors and districts — behave the same on every surface: the
command line, the API, the maps, the exports and the coverage analysis resolve them with
one resolver each (``Taxonomy.resolve``, ``geo.admin.area``) and refuse them with one
error (``UnknownName``), on the atlas of the built-in corpus. Carrier kinds come from one
table (``extract.model.KINDS``): one label each on the map, in the API and the exports."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from fastapi.testclient import TestClient
from test_maps import page_config

import maps
from api.app import create_app
from api.config import ApiConfig
from clustermap.cli import main
from extract.model import KINDS
from extract.taxonomy import Taxonomy
from geo import admin
from geo.unknown import UnknownName
from layers.atlas import PLACE_LAYERS
from layers.build import build
from layers.coverage import analyse
from layers.exports import export
from layers.stores import AtlasStore, open_store

SECTOR_SPELLINGS = ("software-info", "软件信息", "软信", "Software & information services",
                    "SOFTWARE & information SERVICES", " 软件信息服务业 ")  # fmt: skip
"""One sector as an id, its Chinese name, a synonym, its English label in two cases, and
with a suffix and spaces."""
DISTRICT_SPELLINGS = ("渝中区", "渝中", "重庆市渝中区", "500103")
"""One district by full name, short name, chain and code."""
UNKNOWN = [
    ("sector", "软件信思", False, "软件信息 (software-info)"),
    ("sector", "Sofware & information service", False, "软件信息 (software-info)"),
    ("district", "渝中曲", False, "渝中区 (重庆市)"),
    ("district", "鼓楼区", True, "鼓楼区 (江苏省 南京市)"),
]
"""Typos and an ambiguous name: what each is, whether it is ambiguous, and one
candidate it must offer."""


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> AtlasStore:
    """The atlas of the built-in corpus."""
    out = tmp_path_factory.mktemp("atlas")
    return open_store(build(out=out, force=True).path)


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(config=ApiConfig(atlas=store.path))) as c:
        yield c


def exported_ids(store, tmp_path: Path, **filters: str) -> set[str]:
    path = export(store, "places", "csv", tmp_path / "places.csv", **filters)
    return set(pd.read_csv(path, encoding="utf-8-sig")["id"])


def served_ids(client, **filters: str) -> set[str]:
    ids: set[str] = set()
    for layer in PLACE_LAYERS:
        answer = client.get(f"/collections/{layer}/items", params={"limit": 10000, **filters})
        assert answer.status_code == 200, answer.text
        ids |= {f["id"] for f in answer.json()["features"]}
    return ids


def cli(capsys, *args: str) -> tuple[int, str]:
    status = main(list(args))
    return status, capsys.readouterr().err


def map_title(markup: str) -> str:
    found = re.search(r"<title>(.*?)</title>", markup)
    assert found, "a map page has a title"
    return found.group(1)


SPELLINGS = [("sector", "software-info", "软件信息", s) for s in SECTOR_SPELLINGS] + [
    ("district", "渝中区", "渝中区", d) for d in DISTRICT_SPELLINGS
]
"""(what is named, its canonical form, what a map's title shows, a spelling)."""


@pytest.mark.parametrize(("what", "canonical", "title", "spelling"), SPELLINGS)
def test_every_spelling_of_a_name_selects_the_same_places_on_every_surface(
    what, canonical, title, spelling, store, client, tmp_path, capsys
):
    expected = exported_ids(store, tmp_path, **{what: canonical})
    assert len(expected) >= 10
    assert exported_ids(store, tmp_path, **{what: spelling}) == expected
    assert set(analyse(store, **{what: spelling}).places["id"]) == expected
    assert served_ids(client, **{what: spelling}) == expected
    assert title in map_title(maps.render_html(what, store, target=spelling))
    out = tmp_path / "cli.csv"
    status, err = cli(capsys, "export", "places", "--format", "csv", "-o", str(out),
                      f"--{what}", spelling, "--atlas", str(store.path))  # fmt: skip
    assert status == 0, err
    assert set(pd.read_csv(out, encoding="utf-8-sig")["id"]) == expected


def test_a_district_name_of_the_atlas_means_its_own_district_though_another_city_has_one():
    # 江北区 is Chongqing's and Ningbo's: the atlas's districts layer is Chongqing's, so
    # the filter, the export and the map all mean 500105; Ningbo's is named with its city.
    assert admin.area("江北区").code == admin.area("江北").code == "500105"
    assert admin.area("宁波市江北区").code == "330205"
    assert admin.area("重庆高新区").name == "西部科学城重庆高新区"


@pytest.mark.parametrize(("what", "name", "ambiguous", "candidate"), UNKNOWN)
def test_an_unknown_or_ambiguous_name_is_refused_alike_everywhere_with_its_candidates(
    what, name, ambiguous, candidate, store, client, tmp_path, capsys
):
    with pytest.raises(UnknownName) as raised:
        (Taxonomy.load().resolve if what == "sector" else admin.area)(name)
    error = raised.value
    assert (error.name, error.kind, error.ambiguous) == (name, what, ambiguous)
    assert candidate in error.candidates
    message = str(error)
    assert candidate in message and (("give the parent unit" in message) == ambiguous)

    with pytest.raises(UnknownName, match=re.escape(message)):
        export(store, "places", "csv", tmp_path / "x.csv", **{what: name})
    with pytest.raises(UnknownName, match=re.escape(message)):
        analyse(store, **{what: name})
    kind = "sector" if what == "sector" else "district"
    with pytest.raises(UnknownName, match=re.escape(message)):
        maps.render_html(kind, store, target=name)
    assert list(tmp_path.iterdir()) == []

    urls = ("/collections/parks/items", "/search", "/export/parks", "/coverage", f"/maps/{kind}")
    for url in urls:
        params = {"target": name} if url.startswith("/maps") else {what: name, "q": "园"}
        answer = client.get(url, params=params)
        assert answer.status_code == 400, url
        assert answer.json() == {
            "code": "InvalidParameterValue", "description": message, "name": name,
            "kind": what, "ambiguous": ambiguous, "candidates": list(error.candidates),
        }, url  # fmt: skip

    for args in (
        ["export", "parks", "--format", "csv", "-o", str(tmp_path / "p.csv"), f"--{what}", name],
        ["coverage", f"--{what}", name, "-o", str(tmp_path / "c.html")],
        ["map", kind, name, "--out", str(tmp_path / "m.html")],
    ):
        status, err = cli(capsys, *args, "--atlas", str(store.path))
        assert (status, err) == (2, f"clustermap: {message}\n"), args
    assert list(tmp_path.iterdir()) == []


# --- carrier kinds ------------------------------------------------------------------------


def test_each_kind_has_one_label_on_the_map_in_the_api_and_in_the_excel_export(
    store, client, tmp_path
):
    # Before the one table a zone was 集聚区 in the API, 片区 in Excel, 功能区 / 片区 on the map.
    for lang in ("zh", "en"):
        config = page_config(maps.render_html("overview", store, lang=lang))
        assert config["kinds"] and all(
            (k["label"], k["shape"], k["size"])
            == (KINDS[k["key"]].label(lang), KINDS[k["key"]].shape, KINDS[k["key"]].marker_px)
            for k in config["kinds"]
        )
    titles = {c["id"]: c["title"] for c in client.get("/collections").json()["collections"]}
    assert all(titles[k.layer] == k.title and k.title.startswith(k.zh) for k in KINDS.values())
    workbook = openpyxl.load_workbook(export(store, "places", "xlsx", tmp_path / "p.xlsx"))
    shown = set()
    for sheet in workbook.worksheets[: len(PLACE_LAYERS)]:  # a sheet per place layer
        column = next(c for c in sheet[1] if c.value == "类型 Kind")
        shown |= {row[0] for row in sheet.iter_rows(min_row=2, min_col=column.column,
                                                    max_col=column.column, values_only=True)}  # fmt: skip
    assert shown and shown <= {f"{k.zh} {k.en}" for k in KINDS.values()}
    assert "集聚区 Zone" in shown


def test_the_map_script_keeps_no_list_of_kinds_of_its_own():
    script = (Path(maps.__file__).parent / "static" / "atlas.js").read_text(encoding="utf-8")
    quoted = re.findall(r"['\"](\w+)['\"]", script)
    assert not set(quoted) & set(KINDS), "kinds come from the config (extract.model.KINDS)"
    css = (Path(maps.__file__).parent / "static" / "atlas.css").read_text(encoding="utf-8")
    assert all(f".ca-shape-{k.shape}" in css for k in KINDS.values())


@pytest.mark.parametrize("spelling", ["zone", "zones", "集聚区", "Zone", " ZONE "])
def test_a_kind_is_named_by_its_id_layer_or_label_in_the_api_and_the_export(
    spelling, store, client, tmp_path
):
    expected = exported_ids(store, tmp_path, kind="zone")
    assert expected and exported_ids(store, tmp_path, kind=spelling) == expected
    assert served_ids(client, kind=spelling) == expected
