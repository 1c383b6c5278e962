"""The OGC API – Features service in process: resources, filters against the atlas read
with geopandas, errors, content negotiation, caching headers, HTML escaping, exports."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely
from backends import BACKENDS, Backend, make_backend
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import ApiConfig
from api.openapi import downgrade
from extract.taxonomy import Taxonomy
from layers.atlas import PLACE_LAYERS, assemble
from layers.build import build
from layers.stores import ATLAS_FILE, open_store

CENTRE = (106.45, 29.45, 106.65, 29.65)
"""A bbox over central Chongqing, where most carriers are."""


@pytest.fixture(scope="module")
def atlas(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("atlas")
    build(out=out, force=True)
    return out / ATLAS_FILE


@pytest.fixture(scope="module")
def frames(atlas) -> dict[str, gpd.GeoDataFrame]:
    return {
        name: pyogrio.read_dataframe(atlas, layer=name) for name in (*PLACE_LAYERS, "districts")
    }


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request, tmp_path_factory) -> Iterator[Backend]:
    """The built-in atlas built into each backend in turn: every test that reads it
    through the API runs on both."""
    backend = make_backend(request.param, tmp_path_factory.mktemp(request.param), request)
    backend.build()
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def client(backend):
    with TestClient(create_app(config=backend.config(api_keys={}))) as c:
        yield c


def all_items(client, url: str) -> list[dict]:
    """Every feature of a paged items answer, following ``next`` links."""
    features = []
    while url:
        page = client.get(url).json()
        features += page["features"]
        url = next((x["href"] for x in page["links"] if x["rel"] == "next"), None)
    return features


# --- landing page, conformance, OpenAPI ---------------------------------------------


def test_landing_page_links_the_api_conformance_and_data(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"] == "application/json"
    rels = {x["rel"]: x for x in page.json()["links"]}
    assert {"self", "alternate", "service-desc", "service-doc", "conformance", "data"} <= set(rels)
    assert rels["service-desc"]["type"] == "application/vnd.oai.openapi+json;version=3.0"


def test_conformance_classes():
    body = TestClient(create_app(config=ApiConfig(atlas=Path("/nonexistent.gpkg")))).get(
        "/conformance"
    )
    classes = {c.rsplit("/", 1)[1] for c in body.json()["conformsTo"]}
    assert classes == {"core", "geojson", "html", "oas30"}


def test_the_app_serves_the_atlas_file_its_folder_or_database(backend, frames):
    atlas = backend.atlas
    for given in (atlas, atlas.parent) if isinstance(atlas, Path) else (atlas,):
        with TestClient(create_app(given)) as c:
            body = c.get("/collections/parks").json()
            assert body["numberOfFeatures"] == len(frames["parks"])


def test_the_api_document_is_openapi_3_0(client):
    answer = client.get("/api")
    assert answer.headers["content-type"].startswith("application/vnd.oai.openapi+json")
    doc = answer.json()
    assert doc["openapi"] == "3.0.3"
    text = json.dumps(doc)
    for construct in ('"type": "null"', '"const"', '"prefixItems"', '"examples": ['):
        assert construct not in text, construct
    refs = {r.split("/")[-1] for r in _refs(doc)}
    assert refs <= set(doc["components"]["schemas"]), refs - set(doc["components"]["schemas"])
    items = doc["paths"]["/collections/{collectionId}/items"]["get"]
    limit = next(p for p in items["parameters"] if p["name"] == "limit")["schema"]
    assert (limit["minimum"], limit["maximum"], limit["default"]) == (1, 10_000, 10)
    assert "application/geo+json" in items["responses"]["200"]["content"]
    assert "400" in items["responses"] and "422" not in items["responses"]
    assert "text/html" in client.get("/api?f=html").headers["content-type"]


def _refs(node) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "$ref"] + [
            r for v in node.values() for r in _refs(v)
        ]
    return [r for v in node for r in _refs(v)] if isinstance(node, list) else []


def test_downgrade_rewrites_json_schema_2020_constructs():
    schema = {
        "anyOf": [{"$ref": "#/components/schemas/Link"}, {"type": "null"}],
        "properties": {
            "n": {"type": ["integer", "null"], "exclusiveMinimum": 0},
            "k": {"const": "Feature", "type": "string", "examples": ["Feature"]},
        },
    }
    assert downgrade(schema) == {
        "allOf": [{"$ref": "#/components/schemas/Link"}],
        "nullable": True,
        "properties": {
            "n": {"type": "integer", "nullable": True, "minimum": 0, "exclusiveMinimum": True},
            "k": {"enum": ["Feature"], "type": "string", "example": "Feature"},
        },
    }


# --- collections ----------------------------------------------------------------------


def test_collections_describe_every_layer_with_its_extent(client, frames):
    body = client.get("/collections").json()
    assert [c["id"] for c in body["collections"]] == [*PLACE_LAYERS, "districts"]
    for doc in body["collections"]:
        frame = frames[doc["id"]]
        assert doc["numberOfFeatures"] == len(frame)
        assert doc["crs"] == ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"]
        assert doc["itemType"] == "feature"
        if len(frame):
            assert doc["extent"]["spatial"]["bbox"][0] == pytest.approx(list(frame.total_bounds))
    one = client.get("/collections/buildings").json()
    assert {x["rel"] for x in one["links"]} >= {"self", "alternate", "items"}
    assert client.get("/collections/nope").status_code == 404


# --- items ----------------------------------------------------------------------------


def test_items_page_through_the_whole_layer(client, frames):
    first = client.get("/collections/parks/items")
    assert first.headers["content-type"] == "application/geo+json"
    body = first.json()
    assert body["type"] == "FeatureCollection"
    assert body["numberMatched"] == len(frames["parks"]) and body["numberReturned"] == 10
    assert body["timeStamp"].endswith("Z")
    assert {x["rel"] for x in body["links"]} >= {"self", "alternate", "next", "collection"}
    ids = [f["id"] for f in all_items(client, "/collections/parks/items?limit=7")]
    assert sorted(ids) == sorted(frames["parks"]["id"]) and len(set(ids)) == len(ids)
    second = client.get("/collections/parks/items?limit=7&offset=7").json()
    assert "prev" in {x["rel"] for x in second["links"]}


def test_limit_over_the_maximum_is_clamped_and_below_one_refused(client, frames):
    body = client.get("/collections/parks/items?limit=50000").json()
    assert body["numberReturned"] == len(frames["parks"])
    assert client.get("/collections/parks/items?limit=0").status_code == 400


def test_a_feature_is_geojson_with_the_atlas_columns(client, frames):
    row = frames["buildings"].iloc[0]
    feature = client.get(f"/collections/buildings/items/{row['id']}").json()
    assert feature["type"] == "Feature" and feature["id"] == row["id"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
    props = feature["properties"]
    assert props["name"] == row["name"] and props["sector_ids"] == row["sector_ids"]
    assert {x["rel"] for x in feature["links"]} >= {"self", "collection"}
    missing = client.get("/collections/buildings/items/pl-nothing")
    assert missing.status_code == 404 and missing.json()["code"] == "NotFound"


@pytest.mark.parametrize("layer", ["buildings", "parks", "districts"])
def test_bbox_selects_what_intersects_it(client, frames, layer):
    frame = frames[layer]
    expected = set(frame.loc[frame.intersects(shapely.box(*CENTRE)), frame.columns[0]])
    bbox = ",".join(map(str, CENTRE))
    found = all_items(client, f"/collections/{layer}/items?bbox={bbox}&limit=100")
    assert {f["id"] for f in found} == expected and expected


@pytest.mark.parametrize(
    "bbox",
    [
        "1,2,3",
        "a,b,c,d",
        "106.6,29.4,106.4,29.6",
        "106,-95,107,29",
        "0,0,1,1,2",
        "1,2,3,inf",
        "181,0,182,1",
    ],
)
def test_a_malformed_bbox_is_400_with_a_json_message(client, bbox):
    answer = client.get(f"/collections/buildings/items?bbox={bbox}")
    assert answer.status_code == 400
    assert (
        answer.json()["code"] == "InvalidParameterValue" and "bbox" in answer.json()["description"]
    )


def test_bbox_with_heights_is_accepted(client):
    assert client.get("/collections/buildings/items?bbox=106,29,0,107,30,100").status_code == 200


def test_sector_filter_takes_sub_sectors_and_chinese_names(client, frames):
    taxonomy = Taxonomy.load()
    covered = taxonomy.covers("software-info")
    places = pd.concat([frames[n] for n in PLACE_LAYERS])
    for layer in PLACE_LAYERS:
        frame = frames[layer]
        expected = {r.id for r in frame.itertuples() if covered & set(r.sector_ids.split("|"))}
        found = all_items(client, f"/collections/{layer}/items?sector=software-info&limit=50")
        assert {f["id"] for f in found} == expected
    by_name = client.get("/collections/parks/items?sector=软件信息&limit=1").json()
    by_id = client.get("/collections/parks/items?sector=software-info&limit=1").json()
    assert by_name["numberMatched"] == by_id["numberMatched"] > 0
    child = places[places["sector_ids"].str.contains("software-info.ai")]
    assert len(child) and set(child["id"]) <= {
        f["id"]
        for n in PLACE_LAYERS
        for f in all_items(client, f"/collections/{n}/items?sector=software-info&limit=100")
    }
    unknown = client.get("/collections/parks/items?sector=no-such-sector")
    assert unknown.status_code == 400 and "sector" in unknown.json()["description"]


def test_district_kind_text_and_date_filters(client, frames):
    parks = frames["parks"]
    district = "渝中区"
    body = client.get(f"/collections/parks/items?district={district}&limit=100").json()
    assert body["numberMatched"] == (parks["district"] == district).sum()
    short = client.get("/collections/parks/items?district=渝中&limit=1").json()
    assert short["numberMatched"] == body["numberMatched"] > 0
    code = client.get("/collections/parks/items?district=500103&limit=1").json()
    assert code["numberMatched"] == body["numberMatched"]
    # A unit holds everything inside it: 重庆市 is every park of a Chongqing unit.
    city = client.get("/collections/parks/items?district=重庆市&limit=1").json()
    inside = (parks["district"] == "重庆市") | parks["unit_code"].str.startswith("50")
    assert city["numberMatched"] == inside.sum() > body["numberMatched"]
    for name, says in (("火星区", "did you mean"), ("鼓楼区", "give the parent unit")):
        unknown = client.get(f"/collections/parks/items?district={name}")
        assert unknown.status_code == 400 and says in unknown.json()["description"]
    assert client.get("/collections/parks/items?kind=building").json()["numberMatched"] == 0
    castle = client.get("/collections/parks/items?kind=castle")
    assert castle.status_code == 400 and castle.json()["kind"] == "carrier kind"
    assert "park" in castle.json()["candidates"]
    # A kind by its label, as the map and the exports show it: 园区 is park.
    by_label = client.get("/collections/parks/items?kind=园区").json()["numberMatched"]
    assert by_label == client.get("/collections/parks/items?kind=park").json()["numberMatched"] > 0
    places = pd.concat([frames[n] for n in PLACE_LAYERS])
    aliased = places[places["aliases"] != ""].iloc[0]
    layer = next(n for n in PLACE_LAYERS if aliased["id"] in set(frames[n]["id"]))
    alias = aliased["aliases"].split("|")[0]
    found = client.get(f"/collections/{layer}/items?q={alias}&limit=100").json()["features"]
    assert aliased["id"] in {f["id"] for f in found}
    dated = parks[parks["first_date"] != ""]
    day = dated["first_date"].min()
    expected = ((dated["first_date"] <= day) & (dated["latest_date"] >= day)).sum()
    assert (
        client.get(f"/collections/parks/items?datetime={day}").json()["numberMatched"] == expected
    )
    assert (
        client.get("/collections/parks/items?datetime=2030-01-01/..").json()["numberMatched"] == 0
    )
    assert client.get("/collections/parks/items?datetime=yesterday").status_code == 400
    assert client.get("/collections/districts/items?sector=finance").status_code == 400


def test_unknown_parameters_are_refused(client):
    answer = client.get("/collections/parks/items?colour=red")
    assert answer.status_code == 400 and "colour" in answer.json()["description"]


# --- formats, caching -----------------------------------------------------------------


def test_html_by_f_or_accept_header(client):
    browser = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
    for url in (
        "/",
        "/collections",
        "/collections/parks",
        "/collections/parks/items",
        "/conformance",
        "/sectors",
        "/search?q=园",
    ):
        page = client.get(url, headers=browser)
        assert page.headers["content-type"].startswith("text/html"), url
        assert page.text.startswith("<!DOCTYPE html>")
        assert (
            client.get(url, headers={**browser, "Accept": "application/json"})
            .headers["content-type"]
            .endswith("json")
        )
    items = client.get("/collections/parks/items?f=html")
    assert "<svg" in items.text and "<table>" in items.text
    assert client.get("/collections/parks/items?f=xml").status_code == 400


def test_etag_answers_304_and_changes_with_the_query(client):
    first = client.get("/collections/buildings/items?limit=5")
    etag = first.headers["etag"]
    assert etag.startswith('W/"') and first.headers["last-modified"]
    again = client.get("/collections/buildings/items?limit=5", headers={"If-None-Match": etag})
    assert again.status_code == 304 and not again.content
    other = client.get("/collections/buildings/items?limit=6")
    assert other.headers["etag"] != etag
    since = client.get(
        "/collections/buildings/items?limit=5",
        headers={"If-Modified-Since": first.headers["last-modified"]},
    )
    assert since.status_code == 304


def test_large_answers_are_gzipped(client):
    answer = client.get("/collections/districts/items?limit=5", headers={"Accept-Encoding": "gzip"})
    assert answer.headers["content-encoding"] == "gzip"
    assert "Accept-Encoding" in answer.headers["vary"]
    assert json.loads(answer.content)["numberReturned"] == 5  # httpx decoded it


def test_html_escapes_what_the_atlas_holds(backend, tmp_path, frames, request):
    places = pd.concat([frames[n] for n in PLACE_LAYERS], ignore_index=True)
    places = gpd.GeoDataFrame(places, crs=frames["parks"].crs)
    evil = '<script>alert("x")</script>&"楼'
    places.loc[places["kind"] == "building", "name"] = evil
    evil_backend = make_backend(backend.name, tmp_path, request)
    atlas = assemble(places, {}, Taxonomy.load(), {"places": len(places)})
    evil_backend.write(atlas, {"built": "now"})
    with TestClient(create_app(config=evil_backend.config())) as c:
        for url in (
            "/collections/buildings/items?f=html",
            f"/collections/buildings/items/{places.loc[places['kind'] == 'building', 'id'].iloc[0]}?f=html",
            "/search?q=alert&f=html",
            "/collections/buildings/items?f=html&q=%3Cb%3E",
        ):
            page = c.get(url).text
            assert "<script>" not in page and "<b>" not in page, url
            assert "&lt;script&gt;" in page or "%3Cb%3E" in page or "&lt;b&gt;" in page


# --- sectors, search ------------------------------------------------------------------


def test_sectors_tree_counts_carriers(client, frames):
    body = client.get("/sectors").json()
    places = pd.concat([frames[n] for n in PLACE_LAYERS])
    tagged = places["sector_ids"].str.split("|")
    node = next(s for s in body["sectors"] if s["id"] == "software-info")
    assert node["carriers"] == sum("software-info" in t for t in tagged)
    covered = Taxonomy.load().covers("software-info")  # what the sector filter takes
    assert node["carriers_total"] == sum(bool(covered & set(t)) for t in tagged)
    assert {c["id"] for c in node["children"]} >= {"software-info.ai"}
    assert body["umbrellas"] and all(u["members"] for u in body["umbrellas"])


def test_search_finds_places_by_name_across_layers(client, frames):
    row = frames["zones"].iloc[0]
    body = client.get(f"/search?q={row['name']}").json()
    assert body["hits"][0]["id"] == row["id"] and body["hits"][0]["collection"] == "zones"
    followed = client.get(body["hits"][0]["href"].replace("http://testserver", "")).json()
    assert followed["properties"]["name"] == row["name"]
    by_sector = client.get("/search?sector=finance&limit=1000").json()
    assert (
        by_sector["numberMatched"]
        == client.get("/sectors").json()["sectors"][
            [s["id"] for s in client.get("/sectors").json()["sectors"]].index("finance")
        ]["carriers_total"]
    )


# --- maps -----------------------------------------------------------------------------


def test_maps_are_served_with_their_assets_and_no_cdn(client):
    page = client.get("/maps/sector?target=software-info&basemap=blank")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assets = set(re.findall(r'(?:src|href)="(/maps/static/[^"]+)"', page.text))
    assert any(a.endswith("leaflet.js") for a in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert not re.search(r'(?:src|href)="https?://[^"]*(?:cdn|unpkg|jsdelivr)', page.text)
    assert (
        client.get(
            "/maps/sector?target=software-info&basemap=blank",
            headers={"If-None-Match": page.headers["etag"]},
        ).status_code
        == 304
    )
    assert client.get("/maps/castle").status_code == 404
    assert client.get("/maps/sector?target=no-such-sector").status_code == 400
    assert client.get("/maps/static/../../pyproject.toml").status_code == 404


# --- exports --------------------------------------------------------------------------


def test_export_geojson_with_a_chinese_file_name(client, frames):
    answer = client.get("/export/buildings?format=geojson&sector=software-info")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/geo+json"
    disposition = answer.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="cluster-atlas_buildings_software-info')
    chinese = unquote(disposition.split("filename*=UTF-8''", 1)[1])
    sector = Taxonomy.load().get("software-info").name_zh
    assert chinese == f"重庆产业载体_楼宇_{sector}.geojson"
    covered = Taxonomy.load().covers("software-info")
    expected = {
        r.id for r in frames["buildings"].itertuples() if covered & set(r.sector_ids.split("|"))
    }
    assert {f["id"] for f in answer.json()["features"]} == expected


def test_export_shapefile_comes_zipped(client):
    answer = client.get("/export/parks?format=shp&crs=EPSG:4544")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(answer.content)).namelist()
    assert any(n.endswith(".shp") for n in names) and any(n.endswith(".dbf") for n in names)


def test_export_errors_are_400_or_404(client):
    assert client.get("/export/parks?format=doc").status_code == 400
    bad_crs = client.get("/export/parks?format=geojson&crs=EPSG:4544")
    assert bad_crs.status_code == 400 and "WGS-84" in bad_crs.json()["description"]
    assert client.get("/export/castles").status_code == 404


def test_coverage_is_served_as_the_cli_computes_it(client, atlas):
    from layers.coverage import analyse

    expected = analyse(open_store(atlas))
    answer = client.get("/coverage").json()
    finance = [t for t in answer["targets"] if t["sector_id"] == "finance"]
    row = expected.targets[expected.targets["sector_id"] == "finance"].iloc[0]
    assert [(t["target"], t["named"]) for t in finance] == [(row["target"], row["named"])]
    assert len(answer["plan_overlaps"]) == len(expected.overlaps)
    sheet = client.get("/coverage", params={"format": "xlsx", "sector": "软件信息"})
    assert sheet.status_code == 200 and "filename*=UTF-8''" in sheet.headers["content-disposition"]
    assert client.get("/coverage", params={"format": "html"}).text.startswith("<!doctype html>")
    bad = client.get("/coverage", params={"sector": "不存在的行业"})
    assert bad.status_code == 400 and "unknown sector" in bad.json()["description"]


# --- headers, HEAD, negotiation, the page cache ---------------------------------------

HTML_PAGES = (
    "/?f=html",
    "/collections/buildings/items?f=html&limit=5",
    "/maps/overview?basemap=blank",
    "/coverage?format=html",
)


def test_html_pages_carry_security_headers(client):
    for path in HTML_PAGES:
        page = client.get(path)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        policy = page.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy and "default-src 'self'" in policy, path
        assert page.headers["x-frame-options"] == "DENY"
        assert page.headers["x-content-type-options"] == "nosniff"
    answer = client.get("/collections?f=json")
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in answer.headers


def test_map_pages_load_nothing_their_policy_forbids(client):
    """Every script and style sheet a served map names is on this server ('self'), where
    its Content-Security-Policy lets it load from."""
    page = client.get("/maps/sector?target=software-info&basemap=osm").text
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page)
    assert sources and all(s.startswith("/maps/static/") for s in sources), sources


def test_head_is_answered_wherever_get_is(client):
    asset = re.search(r'src="(/maps/static/[^"]+)"', client.get(HTML_PAGES[2]).text)[1]
    for path in (*HTML_PAGES, "/conformance", "/api", "/collections/parks/items", asset):
        got, head = client.get(path), client.head(path)
        assert head.status_code == 200, (path, head.status_code)
        assert head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
        assert head.headers.get("etag") == got.headers.get("etag")
    assert client.head("/no/such/page").status_code == 404


def test_gzip_is_given_only_to_clients_that_accept_it_and_changes_the_etag(client):
    gzipped = client.get("/api", headers={"Accept-Encoding": "gzip"})
    refused = client.get("/api", headers={"Accept-Encoding": "gzip;q=0, identity"})
    plain = client.get("/api", headers={"Accept-Encoding": "identity"})
    assert gzipped.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in refused.headers and "content-encoding" not in plain.headers
    assert refused.content == gzipped.content  # httpx undid the gzip
    page = "/collections/buildings/items?limit=100"
    tags = {
        encoding: client.get(page, headers={"Accept-Encoding": encoding}).headers["etag"]
        for encoding in ("gzip", "gzip;q=0", "br;q=1, *;q=0.5")
    }
    assert tags["gzip"] != tags["gzip;q=0"] and tags["gzip"] == tags["br;q=1, *;q=0.5"]
    assert "Accept-Encoding" in client.get(page).headers["vary"]


def test_the_etag_changes_with_the_host_whose_links_the_body_carries(client):
    page = "/collections/buildings/items?limit=1"
    here = client.get(page, headers={"Host": "atlas.example"})
    there = client.get(page, headers={"Host": "mirror.example"})
    assert "http://atlas.example/" in here.text and "http://mirror.example/" in there.text
    assert here.headers["etag"] != there.headers["etag"]
    again = client.get(
        page, headers={"Host": "mirror.example", "If-None-Match": here.headers["etag"]}
    )
    assert again.status_code == 200  # the other host's copy is not current here


def test_expensive_pages_are_drawn_once_per_atlas_version(client, monkeypatch):
    """A map page takes 0.7 s, the coverage report 0.3 s: an anonymous client asking again
    (without a conditional request) once made them draw every time."""
    from api import coverage, maps

    drawn = {"coverage": 0, "map": 0}
    real_analyse, real_render = coverage.analyse, maps.render_html

    def analyse(*args, **kwargs):
        drawn["coverage"] += 1
        return real_analyse(*args, **kwargs)

    def render_html(*args, **kwargs):
        drawn["map"] += 1
        return real_render(*args, **kwargs)

    monkeypatch.setattr(coverage, "analyse", analyse)
    monkeypatch.setattr(maps, "render_html", render_html)
    districts = ("渝中区", "江北区", "渝北区", "南岸区", "九龙坡区", "沙坪坝区", "大渡口区",
                 "巴南区", "北碚区")  # fmt: skip
    for _ in range(2):
        for district in districts:  # more maps than the 8 once kept
            page = client.get(f"/maps/district?target={district}&basemap=blank&lang=en")
            assert page.status_code == 200
        assert client.get("/coverage?format=html&district=渝中区").status_code == 200
    assert drawn == {"coverage": 1, "map": len(districts)}


def test_with_no_atlas_given_the_service_serves_the_atlas_setting(atlas, monkeypatch):
    from geo import settings

    monkeypatch.setattr(settings, "ATLAS", str(atlas))
    with TestClient(create_app()) as c:
        served = c.get("/collections/buildings/items?f=json&limit=1").json()
    assert served["numberMatched"] == len(pyogrio.read_dataframe(atlas, layer="buildings"))
