"""The maps (``maps``): the five views, basemaps and GCJ-02 shift, local assets (no CDN),
escaping, atomic writes. The browser tests are in ``test_maps_browser.py``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import folium
import numpy as np
import pandas as pd
import pytest
from folium import plugins
from pyproj import Geod

import maps
from extract.taxonomy import Taxonomy
from geo import admin, settings
from geo.crs import wgs84_to_gcj02
from geo.unknown import UnknownName
from layers.atlas import with_geometry
from layers.build import build
from layers.stores import ATLAS_FILE, AtlasStore, open_store
from maps import assets, basemaps, layers, style
from maps.data import MemoryStore, load
from maps.errors import MapError
from maps.views import SERVICE_RADIUS_M, coverage, place, sector

TESTS = Path(__file__).parent

RAFFLES = "凯德来福士"
EVIL_NAME = "<script>alert(1)</script>恶意大厦<img src=x onerror=alert(1)>"
EVIL_QUOTE = "依托<script>alert(1)</script>与<img src=x onerror=alert(1)>打造 {{ 7*7 }} {% raw %}"
CDN_HOSTS = ("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "code.jquery.com", "bootstrapcdn", "unpkg")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> AtlasStore:
    out = tmp_path_factory.mktemp("atlas")
    build(out=out, force=True)
    return open_store(out / ATLAS_FILE)


def evil_store(store: AtlasStore) -> MemoryStore:
    """The atlas, plus a tower whose name, aliases, parent and clause are markup."""
    names = [*store.names()]
    tables = {n: store.layer(n) for n in names}
    row = tables["buildings"].drop(columns="geometry").iloc[[0]].copy()
    row = row.assign(
        id="pl-evil000001", name=EVIL_NAME, aliases="<b>别名</b>|{{ 7*7 }}",
        parent="<i>片区</i>", parent_id="", lon=106.5801, lat=29.5612, quote=EVIL_QUOTE,
        source_document="<svg onload=alert(1)>", sector_ids="finance",
        location_source="<img src=x onerror=alert(1)>",
    )  # fmt: skip
    tables["buildings"] = pd.concat([tables["buildings"], with_geometry(row)], ignore_index=True)
    mention = tables["mentions"].iloc[[0]]
    mention = mention.assign(place_id="pl-evil000001", quote=EVIL_QUOTE, doc_id="doc-evil")
    tables["mentions"] = pd.concat([tables["mentions"], mention], ignore_index=True)
    document = tables["documents"].iloc[[0]].assign(id="doc-evil", title="<svg onload=alert(1)>")
    tables["documents"] = pd.concat([tables["documents"], document], ignore_index=True)
    return MemoryStore(tables, store.meta())


def page_config(markup: str) -> dict:
    """The config a page passes to its script."""
    found = re.search(r"ClusterAtlas\.draw\(\w+, (.*)\);$", markup, re.MULTILINE)
    assert found, "no ClusterAtlas.draw call in the page"
    return json.loads(found.group(1))


def features(markup: str) -> list[dict]:
    data = page_config(markup)["data"]
    assert "json" in data, "a small atlas is sent as plain JSON"
    return data["json"]["places"]["features"]


def raffles_id(store) -> str:
    buildings = store.layer("buildings")
    return buildings.loc[buildings["name"] == RAFFLES, "id"].item()


# --- the five maps ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "target"),
    [("overview", None), ("sector", "软件信息"), ("district", "渝中"),
     ("place", RAFFLES), ("coverage", "software-info")],
)  # fmt: skip
def test_each_map_is_written_as_one_page(store, tmp_path, kind, target):
    out = maps.render(kind, store, tmp_path / f"{kind}.html", target=target)
    markup = out.read_text(encoding="utf-8")
    assert markup.startswith("<!DOCTYPE html>")
    assert "<title>" in markup and features(markup)
    assert [p.name for p in tmp_path.iterdir()] == [f"{kind}.html"]  # no temporary left


def test_overview_draws_every_located_place(store):
    places = load(store).places
    drawn = features(maps.render_html("overview", store))
    assert sorted(f["properties"]["i"] for f in drawn) == sorted(places["id"])
    assert len(drawn) > 100


def test_sector_map_has_the_sub_sectors_and_parent_zones(store):
    data, taxonomy = load(store), Taxonomy.load()
    view = sector(data, taxonomy, "zh", target="软件信息")
    covered = taxonomy.covers("software-info")
    serving = data.places["sector_ids"].str.split("|").apply(lambda ids: bool(covered & set(ids)))
    assert set(data.places.loc[serving, "id"]) <= set(view.places["id"])
    context = view.places[view.places["group"] == style.CONTEXT]
    assert set(context["id"]) <= set(view.places["parent_id"])
    assert {"software-info.ai", "software-info.industrial-software"} <= {
        g.key for g in view.grouping.groups
    }


def test_sector_names_ids_and_english_names_are_accepted(store):
    for name in (
        "software-info",
        "软件信息",
        "软件和信息服务业",
        "Software & information services",
    ):
        config = page_config(maps.render_html("sector", store, target=name))
        assert config["title"] == "软件信息产业载体分布"


def test_place_map_distances_are_metric_and_within_the_radius(store):
    data = load(store)
    view = place(data, Taxonomy.load(), "zh", target=raffles_id(store), radius_km=2)
    assert view.places["distance_m"].max() <= 2000
    focus = data.places.set_index("id").loc[view.focus]
    geod = Geod(ellps="WGS84")
    for _, row in view.places.iterrows():
        _, _, true_m = geod.inv(focus["lon"], focus["lat"], row["lon"], row["lat"])
        assert row["distance_m"] == pytest.approx(true_m, rel=0.003, abs=0.5)  # UTM 48N scale
    outside = data.places[~data.places["id"].isin(view.places["id"])]
    assert (
        np.hypot(outside["lon"] - focus["lon"], (outside["lat"] - focus["lat"]) * 1.15).min()
        > 0.015
    )


def test_coverage_map_counts_and_service_areas(store):
    data = load(store)
    view = coverage(data, Taxonomy.load(), "zh", target="software-info")
    districts = view.districts.set_index("name")
    assert districts["count"].sum() >= len(view.places)  # functional areas overlap
    assert districts.loc["渝中区", "count"] > 0
    assert districts.loc[~districts["functional"], "shade"].ge(0).all()
    assert (
        view.shades[0].low == 0
        and view.shades[-1].high == districts["count"][~districts["functional"]].max()
    )
    sited = view.places[view.places["precision"] != "county"]
    one_circle_km2 = np.pi * SERVICE_RADIUS_M**2 / 1e6
    assert one_circle_km2 < view.service_km2 < len(sited) * 60


def test_district_map_takes_short_names_and_functional_areas(store):
    config = page_config(maps.render_html("district", store, target="两江新区"))
    assert config["title"] == "两江新区产业载体"
    districts = config["data"]["json"]["districts"]["features"]
    assert [d["properties"]["n"] for d in districts if d["properties"]["z"]] == ["两江新区"]


def test_district_map_of_any_county_draws_its_boundary_and_its_places(tmp_path):
    wuhan = TESTS / "heldout" / "docs" / "09_wuhan_wuchang_building_economy_2024.txt"
    build([wuhan], tmp_path)
    store = open_store(tmp_path / ATLAS_FILE)
    config = page_config(maps.render_html("district", store, target="武汉市武昌区"))
    assert config["title"] == "武昌区产业载体"
    districts = config["data"]["json"]["districts"]["features"]
    assert [d["properties"]["n"] for d in districts if d["properties"]["z"]] == ["武昌区"]
    drawn = {f["properties"]["i"] for f in config["data"]["json"]["places"]["features"]}
    located = load(store).places
    within = [
        admin.contains("420106", x, y) for x, y in zip(located["lon"], located["lat"], strict=True)
    ]
    inside = (located["district"] == "武昌区").to_numpy() | np.array(within, dtype=bool)
    assert drawn and drawn == set(located.loc[inside, "id"])  # named 武昌区, or inside it


@pytest.mark.parametrize(
    ("kind", "target", "message"),
    [("atlas", None, "unknown map"), ("sector", None, "needs a sector"),
     ("place", "pl-0000000000", "unknown place")],
)  # fmt: skip
def test_unknown_targets_raise_map_error(store, kind, target, message):
    with pytest.raises(MapError, match=message):
        maps.render_html(kind, store, target=target)


@pytest.mark.parametrize(
    ("kind", "target", "message"),
    [("sector", "不存在的产业", "unknown sector"), ("district", "火星区", "no administrative unit"),
     ("district", "鼓楼区", "names 4 units"), ("coverage", "nothing", "unknown sector")],
)  # fmt: skip
def test_an_unknown_sector_or_district_raises_the_one_unknown_name_error(
    store, kind, target, message
):
    with pytest.raises(UnknownName, match=message):
        maps.render_html(kind, store, target=target)


def test_unknown_basemap_and_language_raise_map_error(store):
    assert issubclass(MapError, ValueError)
    with pytest.raises(MapError, match="unknown basemap"):
        maps.render_html("overview", store, basemap="google")
    with pytest.raises(MapError, match="unknown language"):
        maps.render_html("overview", store, lang="fr")
    with pytest.raises(MapError, match="asset_url"):
        maps.render_html("overview", store, standalone=False)


def test_a_failed_render_leaves_the_previous_page(store, tmp_path):
    out = maps.render("overview", store, tmp_path / "map.html")
    before = out.read_bytes()
    with pytest.raises(UnknownName):
        maps.render("sector", store, out, target="不存在的产业")
    assert out.read_bytes() == before
    maps.render("overview", store, out, lang="en")
    assert out.read_bytes() != before and [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_english_map(store):
    config = page_config(maps.render_html("overview", store, lang="en"))
    assert config["title"] == "Industrial carriers: overview"
    assert config["lang"] == "en" and config["text"]["search"].startswith("Search")
    assert "Productive finance" in {g["label"] for g in config["groups"]}


# --- basemaps and GCJ-02 -----------------------------------------------------------------


def test_amap_map_is_drawn_in_gcj02(store):
    wgs = {f["properties"]["i"]: f for f in features(maps.render_html("overview", store))}
    amap = page_config(maps.render_html("overview", store, basemap="amap"))
    assert amap["gcj02"] and "GCJ-02" in amap["crs"]
    assert [b["key"] for b in amap["basemaps"]] == ["amap", "amap-img", "blank"]
    for f in amap["data"]["json"]["places"]["features"]:
        lon, lat = wgs[f["properties"]["i"]]["geometry"]["coordinates"]
        expected = wgs84_to_gcj02(lon, lat)
        assert f["geometry"]["coordinates"] == pytest.approx(expected, abs=2e-6)
        assert 1e-4 < abs(expected[0] - lon) < 1e-2  # a real shift, of a few hundred metres
    district = amap["data"]["json"]["districts"]["features"][0]["geometry"]["coordinates"]
    assert district  # boundaries are shifted too (checked on vertices in test_maps_browser)


def test_basemaps_offer_only_their_coordinate_system(monkeypatch):
    monkeypatch.setattr(settings, "TIANDITU_KEY", "")
    osm = basemaps.resolve("osm")
    assert [b.key for b in basemaps.choices(osm)] == ["osm", "positron", "blank"]
    with pytest.raises(MapError, match="CLUSTERMAP_TIANDITU_KEY"):
        basemaps.resolve("tianditu")
    monkeypatch.setattr(settings, "TIANDITU_KEY", "k3y")
    tianditu = basemaps.resolve("tianditu", "en")
    assert tianditu.crs == basemaps.WGS84 and len(tianditu.tiles) == 2
    assert "tk=k3y" in tianditu.tiles[0].url and "LAYER=eva" in tianditu.tiles[1].url
    assert "tianditu" in [b.key for b in basemaps.choices(osm)]


def test_any_xyz_url_is_a_basemap(store):
    url = "http://tiles.intranet.local/{z}/{x}/{y}.png"
    config = page_config(maps.render_html("overview", store, basemap=url))
    assert config["basemaps"][0]["tiles"][0]["url"] == url and not config["gcj02"]
    assert basemaps.resolve("gcj02:" + url).crs == basemaps.GCJ02


# --- assets: nothing from a CDN ---------------------------------------------------------------


def test_standalone_page_loads_nothing_from_outside(store):
    markup = maps.render_html("overview", store)
    assert not re.search(r"<script[^>]*\bsrc=", markup)
    assert not re.search(r"<link[^>]*\bhref=", markup)
    assert not re.search(r"""url\(\s*['"]?(https?:)?//""", markup)  # CSS images are inlined
    for host in CDN_HOSTS:
        assert host not in markup
    assert "L.markerClusterGroup" in markup and "L.Control.Measure" in markup


def test_served_page_links_only_files_the_server_has(store):
    markup = maps.render_html("overview", store, standalone=False, asset_url="/static/")
    linked = re.findall(r'<(?:script src|link rel="stylesheet" href)="([^"]+)"', markup)
    served = assets.asset_files()
    assert linked and all(url.startswith("/static/") for url in linked)
    assert {url.removeprefix("/static/") for url in linked} <= served.keys()
    assert "leaflet/dist/images/layers.png" in served  # what leaflet.css refers to
    assert all(path.is_file() for path in served.values())
    for host in CDN_HOSTS:
        assert host not in markup


def test_every_cdn_url_of_folium_and_its_plugins_is_mapped():
    for element in (folium.Map, plugins.Fullscreen, plugins.MiniMap, plugins.MeasureControl):
        for _, url in element.default_js + element.default_css:
            path = assets.local_path(url)
            assert path is None or assets.file_of(path).is_file()
    with pytest.raises(MapError, match="no local copy"):
        assets.local_path("https://unpkg.com/leaflet@1.9.4/dist/leaflet.js")


# --- escaping -----------------------------------------------------------------------------------


def test_document_text_is_never_markup_in_the_page(store):
    markup = maps.render_html("overview", evil_store(store))
    script = markup[markup.index("ClusterAtlas.draw(") :]
    assert "<script>alert(1)" not in script and "<img src=x" not in script
    assert "{{ 7*7 }}" in script and "{% raw %}" in script  # not run through Jinja
    evil = next(f for f in features(markup) if f["properties"]["i"] == "pl-evil000001")
    assert evil["properties"]["n"] == EVIL_NAME
    assert evil["properties"]["c"][0][0] == EVIL_QUOTE


def test_title_is_escaped(store):
    markup = maps.render_html("place", evil_store(store), target="pl-evil000001")
    title = re.search(r"<title>(.*?)</title>", markup).group(1)
    assert "<script>" not in title and "&lt;script&gt;" in title


# --- data for the browser --------------------------------------------------------------------


def test_large_data_are_gzipped():
    small = {"places": [1, 2, 3]}
    assert layers.encode(small) == {"json": small}
    big = {"places": ["重庆" * 100] * 5000}
    encoded = layers.encode(big)
    import base64
    import gzip

    assert json.loads(gzip.decompress(base64.b64decode(encoded["gzip"]))) == big


def test_script_json_cannot_close_the_script():
    text = layers.script_json({"q": "</script><!-- \u2028"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text
    assert json.loads(text) == {"q": "</script><!-- \u2028"}


def test_shade_classes_cover_every_count():
    counts = np.array([0, 0, 1, 1, 2, 3, 5, 8, 13, 40])
    classes = style.shade_classes(counts)
    assert classes[0].label() == "0" and classes[-1].high == 40
    for count in range(41):
        assert classes[style.shade_of(count, classes)].low <= count
    assert style.shade_classes(np.zeros(5)) == classes[:1]


def test_every_top_level_sector_has_its_own_colour():
    taxonomy = Taxonomy.load()
    grouping = style.top_level_grouping(taxonomy, "zh")
    colours = [g.colour for g in grouping.groups]
    assert len(set(colours)) == len(colours)
    assert grouping.of_place("software-info.ai|finance.green") == ["software-info", "finance"]
    assert grouping.of_place("") == [style.NO_SECTOR]


def test_assets_are_installed_from_the_lockfile():
    lock = json.loads(Path(settings.REPO_DIR, "package-lock.json").read_text())
    for package in ("leaflet", "leaflet.markercluster", "leaflet-minimap", "leaflet-measure"):
        installed = json.loads((settings.NODE_MODULES / package / "package.json").read_text())
        assert installed["version"] == lock["packages"][f"node_modules/{package}"]["version"]
