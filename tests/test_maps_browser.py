"""The maps in a real browser: Debian's Chromium driven by Playwright, every request that
is not the page itself blocked (an intranet with no CDN and no tiles).

Without chromium or playwright these tests skip, except in CI (``CI`` set), where they
fail: ``make test`` installs both. Screenshots are kept in ``tests/artifacts/``.
"""

from __future__ import annotations

import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from test_maps import EVIL_NAME, RAFFLES, evil_store, raffles_id

import maps
from geo.crs import wgs84_to_gcj02
from geo.model import APPROXIMATE
from layers.build import build
from layers.stores import ATLAS_FILE, AtlasStore, open_store

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]  # fmt: skip
ARTIFACTS = Path(__file__).parent / "artifacts"
TILE_HOSTS = ("tile.openstreetmap.org", "basemaps.cartocdn.com", "is.autonavi.com")
SETTLE_MS = 20_000
"""How long a map may take to settle: far more than it needs, even on a loaded machine."""


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing: `make test` installs it")
    pytest.skip(f"{what} not installed; `make test` installs it")


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright (pip)")
    if not shutil.which(CHROMIUM):
        _missing("chromium (Debian)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> AtlasStore:
    out = tmp_path_factory.mktemp("atlas")
    build(out=out, force=True)
    return open_store(out / ATLAS_FILE)


@pytest.fixture(scope="module")
def pages(store, tmp_path_factory) -> dict[str, Path]:
    """Standalone maps of the atlas with a tower named in markup added."""
    folder = tmp_path_factory.mktemp("maps")
    evil = evil_store(store)
    return {
        "overview": maps.render("overview", evil, folder / "overview.html"),
        "amap": maps.render("overview", evil, folder / "amap.html", basemap="amap"),
        "sector": maps.render("sector", evil, folder / "sector.html", target="软件信息"),
        "place": maps.render("place", evil, folder / "place.html", target=raffles_id(store)),
    }


class Page:
    """A map opened with the network blocked, recording what went wrong."""

    def __init__(self, browser, url: Path | str) -> None:
        self.errors: list[str] = []
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.failed: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", self._console)
        self.page.on("dialog", self._dialog)
        self.page.on("response", lambda r: r.status >= 400 and self.failed.append(r.url))
        self.page.route("**/*", self._route)
        self.page.goto(url.as_uri() if isinstance(url, Path) else url)
        self.page.wait_for_function("window.clusterAtlas && clusterAtlas.ready", timeout=20_000)
        self.settle()  # the first view's zoom animation would swallow a setZoom

    def _console(self, message) -> None:
        # a blocked tile is reported as a failed resource; _route records which
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.errors.append(message.text)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "http://127.0.0.1:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def __getattr__(self, name: str):
        return getattr(self.page, name)

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.failed == []
        assert self.dialogs == []
        assert all(any(host in url for host in TILE_HOSTS) for url in self.blocked), self.blocked

    DRAWN = """() => {
      const singles = document.querySelectorAll('.leaflet-marker-pane .ca-marker').length;
      const clustered = [...document.querySelectorAll('.ca-cluster-count')]
        .reduce((n, el) => n + Number(el.textContent), 0);
      return singles + clustered;
    }"""

    def drawn(self) -> int:
        """Places drawn: single markers plus the counts of the cluster icons."""
        return self.evaluate(self.DRAWN)

    def settle(self) -> None:
        """Wait until the map has settled (``clusterAtlas.settled()`` in atlas.js): no
        zoom, pan, cluster animation or transition running, no layer toggle or chunked
        clustering under way. Call it after each action, before counting or clicking."""
        self.evaluate(
            """ms => Promise.race([clusterAtlas.settled(), new Promise((_, reject) =>
                 setTimeout(() => reject(new Error(`not settled after ${ms} ms`)), ms))])""",
            SETTLE_MS,
        )

    def search(self, text: str) -> None:
        self.fill(".ca-search-input", text)
        self.wait_for_selector(".ca-results li[data-index]")
        self.press(".ca-search-input", "Enter")
        self.wait_for_selector(".leaflet-popup-content .ca-popup")
        self.settle()


def test_overview_renders_offline_with_no_error(browser, pages, store):
    page = Page(browser, pages["overview"])
    total = page.evaluate("clusterAtlas.entries.length")
    assert total == len(maps.data.load(store).places) + 1
    page.evaluate("clusterAtlas.map.setZoom(7, {animate: false})")
    page.settle()
    assert page.evaluate("clusterAtlas.map.getZoom()") == 7
    assert page.evaluate("clusterAtlas.cluster.getLayers().length") == total
    assert page.drawn() == total  # every place is a marker or inside a cluster
    assert page.locator("path.ca-extent").count() > 20  # parks and zones as circles
    assert page.evaluate("clusterAtlas.districtLayer.getLayers().length") == 41
    # Approximate exactly when geo.model.APPROXIMATE says so, as the page was told.
    marked = page.evaluate("clusterAtlas.entries.map(e => [e.precision, e.approximate])")
    assert {p: a for p, a in marked} == {p: p in APPROXIMATE for p, _ in marked}
    assert {a for _, a in marked} == {True, False}
    page.hover(".leaflet-control-measure")  # the measure tool measures
    page.click(".leaflet-control-measure .js-start")
    page.mouse.click(500, 650)
    page.mouse.click(800, 650)
    assert "公里" in page.inner_text(".leaflet-control-measure .js-results")
    page.assert_clean()
    page.close()


def test_a_sector_layer_toggles(browser, pages):
    page = Page(browser, pages["overview"])
    page.evaluate("clusterAtlas.map.setZoom(7, {animate: false})")
    page.settle()
    before = page.evaluate("clusterAtlas.shownCount()")
    assert page.drawn() == before
    in_group = "clusterAtlas.cluster.getLayers().length"
    page.hover(".ca-layers")
    finance = page.locator(".ca-layers label", has_text="生产性金融")
    finance.locator("input").click()
    page.settle()
    shown = page.evaluate("clusterAtlas.shownCount()")
    assert page.evaluate(in_group) == page.drawn() == shown < before
    finance.locator("input").click()
    page.settle()
    assert page.evaluate(in_group) == page.drawn() == page.evaluate("clusterAtlas.shownCount()")
    assert page.drawn() == before
    page.hover(".ca-layers")
    kinds = page.locator(".leaflet-control-layers-group", has_text="载体类型")
    kinds.locator(".leaflet-control-layers-group-selector").click()  # every kind off
    page.settle()
    assert page.evaluate("clusterAtlas.shownCount()") == page.drawn() == 0
    page.assert_clean()
    page.close()


def test_search_finds_raffles_and_opens_its_clause(browser, pages):
    page = Page(browser, pages["overview"])
    page.search("来福士")
    popup = page.locator(".leaflet-popup-content .ca-popup")
    text = popup.inner_text()
    assert RAFFLES in text and "解放碑朝天门片区" in text
    assert "英利国际金融中心等重点楼宇" in text  # the clause
    assert "渝中区推动现代生产性服务业高质量发展实施方案" in text and "2024-11-25" in text
    assert "生产性金融" in text and "Productive finance" in text
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "maps-overview-search.png"))
    page.assert_clean()
    page.close()


def test_markup_from_documents_is_shown_as_text(browser, pages):
    page = Page(browser, pages["overview"])
    page.search("恶意大厦")
    popup = page.locator(".leaflet-popup-content .ca-popup")
    text = popup.inner_text()
    assert EVIL_NAME in text
    assert "<script>alert(1)</script>与<img src=x onerror=alert(1)>打造 {{ 7*7 }}" in text
    assert "<i>片区</i>" in text and "<svg onload=alert(1)>" in text
    page.evaluate("clusterAtlas.byId['pl-evil000001'].marker.openTooltip()")
    assert EVIL_NAME in page.inner_text(".leaflet-tooltip")
    assert page.locator("img[src='x'], .ca-popup script, .ca-popup svg, .ca-popup i").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    page.fill(".ca-search-input", "<img src=x onerror=alert(1)>")
    page.wait_for_selector(".ca-results li")  # the query, searched
    assert page.locator("img[src='x']").count() == 0
    page.assert_clean()  # no alert dialog, no error
    page.close()


def test_amap_map_is_shifted_by_the_gcj02_offset(browser, pages, store):
    place_id = raffles_id(store)
    osm = Page(browser, pages["overview"])
    amap = Page(browser, pages["amap"])
    wgs, gcj = (p.evaluate(f"clusterAtlas.find('{place_id}')") for p in (osm, amap))
    lon, lat = wgs84_to_gcj02(wgs["lng"], wgs["lat"])
    assert (gcj["lng"], gcj["lat"]) == pytest.approx((lon, lat), abs=2e-6)
    assert abs(gcj["lng"] - wgs["lng"]) > 1e-4  # a visible shift (about 500 m in Chongqing)
    vertex = "clusterAtlas.districtLayer.getLayers()[3].getLatLngs()[0][0][0]"
    a, b = osm.evaluate(vertex), amap.evaluate(vertex)
    assert (b["lng"], b["lat"]) == pytest.approx(wgs84_to_gcj02(a["lng"], a["lat"]), abs=2e-6)
    assert "GCJ-02" in amap.inner_text(".ca-crs")
    for page in (osm, amap):
        page.assert_clean()
        page.close()


def test_sector_and_place_maps_render(browser, pages):
    sector = Page(browser, pages["sector"])
    assert "软件信息" in sector.inner_text(".ca-title")
    assert sector.locator(".ca-legend li", has_text="人工智能").count() == 1
    sector.assert_clean()
    sector.close()
    place = Page(browser, pages["place"])
    assert place.locator(".leaflet-popup-content .ca-popup").count() == 1
    assert RAFFLES in place.inner_text(".leaflet-popup-content")
    assert place.locator(".ca-nearby li").count() >= 5
    assert "米" in place.inner_text(".ca-nearby")
    place.assert_clean()
    place.close()


def serve(files: dict[str, bytes]) -> ThreadingHTTPServer:
    """A web server on 127.0.0.1 answering ``files`` by path, 404 otherwise."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = files.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_served_map_loads_its_assets_from_the_server(browser, store):
    markup = maps.render_html("overview", store, standalone=False, asset_url="/static/")
    files = {f"/static/{path}": file.read_bytes() for path, file in maps.asset_files().items()}
    files["/map.html"] = markup.encode()
    server = serve(files)
    try:
        page = Page(browser, f"http://127.0.0.1:{server.server_port}/map.html")
        assert page.locator(".ca-marker, .ca-cluster").count() > 5
        page.hover(".ca-layers")  # the control's icons and the cluster plugin's come too
        page.assert_clean()
        page.close()
    finally:
        server.shutdown()


def test_places_not_located_are_listed_beside_the_overview_and_never_drawn(
    browser, store, tmp_path
):
    # The seeds plus one sentence naming a park of no known unit (龙兴 is a town in
    # several provinces): located places drawn, that one listed with any others.
    shutil.copytree(store.path.parent, tmp_path / "atlas")
    build([Path(__file__).parent / "corpora" / "edge" / "one_sentence.txt"], tmp_path / "atlas")
    both = open_store(tmp_path / "atlas" / ATLAS_FILE)
    unlocated = maps.data.load(both).unlocated
    assert "龙兴工业园区" in set(unlocated["name"])
    page = Page(browser, maps.render("overview", both, tmp_path / "overview.html"))
    summary = page.locator(".ca-unlocated summary")
    assert "未定位" in summary.inner_text() and str(len(unlocated)) in summary.inner_text()
    summary.click()
    listed = page.locator(".ca-unlocated li .ca-result-name").all_inner_texts()
    assert sorted(listed) == sorted(unlocated["name"])
    drawn = set(page.evaluate("clusterAtlas.entries.map(e => e.f.properties.n)"))
    assert not drawn & set(unlocated["name"])
    page.assert_clean()


@pytest.mark.server
def test_a_map_served_by_the_service_runs_under_its_content_security_policy(browser, store):
    """The service's CSP (inline scripts and styles, assets from itself, https tiles) fits
    its map pages: the browser refuses nothing (a refusal is a console error)."""
    from test_api_clients import live_server

    from api.app import create_app
    from api.config import ApiConfig

    app = create_app(config=ApiConfig(atlas=store.path, api_keys={}))
    with live_server(app) as url:
        page = Page(browser, f"{url}/maps/overview?basemap=osm")
        assert "frame-ancestors 'none'" in page.evaluate(
            "async () => (await fetch(location.href)).headers.get('content-security-policy')"
        )
        assert page.locator(".ca-marker, .ca-cluster").count() > 5
        page.hover(".ca-layers")
        page.assert_clean()
        page.close()
