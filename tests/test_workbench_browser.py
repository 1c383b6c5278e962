"""The review workbench in a real browser (Debian's Chromium driven by Playwright, every
request to another host blocked), on a real uvicorn server over each backend: a reader
sees no action; a reviewer signs in, drags a place's point and saves it, uploads a
document and confirms it; after each rebuild the atlas, its pages and an export show the
change. Screenshots of both pages go to ``docs/`` (kept in the README)."""

from __future__ import annotations

from pathlib import Path

import pytest
from backends import BACKENDS, make_backend
from test_api_clients import live_server
from test_maps_browser import browser  # noqa: F401  (the fixture)

from api.app import create_app
from geo import settings

pytestmark = [pytest.mark.browser, pytest.mark.server]

KEYS = {"officer-li": "li-key-0123456789"}
DOCS = Path(__file__).resolve().parents[1] / "docs"
PLAN = """重庆市九龙坡区软件信息服务业发展行动方案

依托华岩数字软件园，重点发展工业软件、数据服务产业。建设白市驿信息服务产业园。
"""


class Tab:
    """A page of the workbench with the network outside the server blocked, recording
    script errors and failed answers."""

    def __init__(self, browser, base: str) -> None:  # noqa: F811
        self.base = base
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", self._console)
        self.page.on("dialog", lambda dialog: dialog.accept())
        self.page.route("**/*", self._route)

    def _console(self, message) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.errors.append(message.text)

    def _route(self, route) -> None:
        if route.request.url.startswith(self.base):
            route.continue_()
        else:
            route.abort()  # tiles: an intranet with no internet

    def open(self, path: str) -> None:
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("load")

    def sign_in(self, key: str) -> None:
        self.page.fill("#wb-key", key)
        self.page.click("#wb-signin button")
        self.page.wait_for_selector("#wb-who:not([hidden])")

    def click_and_wait_rebuilt(self, selector: str) -> None:
        """Click ``selector`` (an action that starts a rebuild) and wait until the page,
        having followed the job to its end, reloads."""
        with self.page.expect_navigation(timeout=120_000):
            self.page.click(selector)
        self.page.wait_for_load_state("load")


@pytest.fixture(scope="module", params=BACKENDS)
def service(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("atlas")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(settings, "OVERRIDES_FILE", folder / "overrides.csv")
        backend = make_backend(request.param, folder / "atlas", request)
        backend.build()
        app = create_app(config=backend.config(api_keys=KEYS))
        with live_server(app) as base:
            yield backend, base
        backend.close()


def _json(tab: Tab, path: str) -> dict:
    return tab.page.request.get(tab.base + path, headers={"Accept": "application/json"}).json()


def test_a_reader_without_a_key_sees_the_queue_and_evidence_and_no_action(service, browser):  # noqa: F811
    _, base = service
    tab = Tab(browser, base)
    tab.open("/review")
    assert tab.page.locator(".wb-queue tbody tr").count() > 20
    if service[0].name == BACKENDS[0]:
        tab.page.screenshot(path=str(DOCS / "review-queue.png"))
    first = tab.page.locator(".wb-queue tbody tr a").first
    first.click()
    tab.page.wait_for_selector("#wb-map.leaflet-container")
    for selector in (".wb-actions", "#wb-save", "#wb-accept"):
        assert not tab.page.locator(selector).first.is_visible(), selector
    assert tab.page.locator(".wb-clauses li").count() >= 1
    tab.open("/documents?f=html")
    assert not tab.page.locator("#wb-drop").is_visible()
    assert not tab.page.locator(".wb-remove").first.is_visible()
    assert tab.errors == []


def test_a_reviewer_drags_a_point_and_the_rebuilt_atlas_and_export_have_it(service, browser):  # noqa: F811
    backend, base = service
    tab = Tab(browser, base)
    queued = _json(tab, "/review?reason=coarse")["places"]
    place = next(p for p in queued if p["district"])
    before = _json(tab, f"/review/{place['id']}")["point"]
    tab.open(f"/review/{place['id']}")
    tab.page.wait_for_selector("#wb-map .leaflet-marker-icon")
    tab.sign_in(KEYS["officer-li"])
    marker = tab.page.locator("#wb-map .leaflet-marker-icon").bounding_box()
    x, y = marker["x"] + marker["width"] / 2, marker["y"] + marker["height"] - 2
    tab.page.mouse.move(x, y)
    tab.page.mouse.down()
    tab.page.mouse.move(x + 90, y - 60, steps=12)
    tab.page.mouse.up()
    assert "未保存" in tab.page.inner_text("#wb-located")
    tab.page.select_option("#wb-precision", "block")
    tab.page.fill("#wb-note", "园区管委会大楼位置")
    if backend.name == BACKENDS[0]:
        tab.page.screenshot(path=str(DOCS / "review.png"), full_page=True)
    tab.click_and_wait_rebuilt("#wb-save")
    after = _json(tab, f"/review/{place['id']}")
    assert after["place"]["precision"] == "block"
    moved_lon, moved_lat = after["point"]
    assert moved_lon > before[0] and moved_lat > before[1]  # dragged right and up
    assert place["id"] not in {p["id"] for p in _json(tab, "/review")["places"]}
    exported = tab.page.request.get(f"{base}/export/{_layer(tab, place['id'])}?format=csv").text()
    row = next(line for line in exported.splitlines() if place["id"] in line)
    assert f"{moved_lon:.5f}"[:-1] in row
    assert backend.corrections()[-1]["note"] == "园区管委会大楼位置"
    assert tab.errors == []


def _layer(tab: Tab, place_id: str) -> str:
    for collection in ("parks", "zones", "buildings", "ports", "landmarks", "facilities"):
        if tab.page.request.get(f"{tab.base}/collections/{collection}/items/{place_id}").ok:
            return collection
    raise AssertionError(place_id)


def test_a_reviewer_uploads_a_document_previews_and_confirms_it(service, browser, tmp_path):  # noqa: F811
    backend, base = service
    plan = tmp_path / "jiulongpo-software-plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    tab = Tab(browser, base)
    tab.open("/documents?f=html")
    listed = tab.page.locator(".wb-corpus tbody tr").count()
    tab.sign_in(KEYS["officer-li"])
    tab.page.set_input_files("#wb-files", str(plan))
    tab.page.wait_for_selector(".wb-preview .wb-confirm")
    preview = tab.page.inner_text(".wb-preview")
    assert "华岩数字软件园" in preview and "白市驿信息服务产业园" in preview
    if backend.name == BACKENDS[0]:
        tab.page.screenshot(path=str(DOCS / "documents.png"), full_page=True)
    tab.click_and_wait_rebuilt(".wb-preview .wb-confirm")
    tab.page.wait_for_selector(".wb-corpus")
    assert tab.page.locator(".wb-corpus tbody tr").count() == listed + 1
    assert plan.name in tab.page.inner_text(".wb-corpus")
    found = _json(tab, "/search?q=华岩数字软件园")
    assert found["numberMatched"] >= 1
    assert plan.name in backend.corpus()

    row = tab.page.locator(".wb-corpus tbody tr", has_text=plan.name)
    row.locator(".wb-remove").wait_for()  # still signed in: the key outlives a reload
    with tab.page.expect_navigation(timeout=120_000):
        row.locator(".wb-remove").click()  # the confirm dialog is accepted
    assert plan.name not in tab.page.inner_text(".wb-corpus")
    assert _json(tab, "/search?q=华岩数字软件园")["numberMatched"] == 0
    assert tab.errors == []


def _place(tab: Tab, name: str) -> dict:
    found = _json(tab, f"/search?q={name}")["hits"]
    return next(h for h in found if h["name"] == name)


def _edit(tab: Tab, place_id: str, why: str, button: str) -> None:
    tab.open(f"/review/{place_id}")
    tab.page.wait_for_selector("#wb-why")
    tab.page.fill("#wb-why", why)
    tab.click_and_wait_rebuilt(button)


def test_a_reviewer_marks_a_false_place_merges_two_edits_sectors_and_undoes(service, browser):  # noqa: F811
    _, base = service
    tab = Tab(browser, base)
    tab.open("/review")
    tab.sign_in(KEYS["officer-li"])

    false = _place(tab, "数据标注基地")
    _edit(tab, false["id"], "泛指，不是具体园区", "#wb-not-a-place")
    assert tab.page.url.startswith(f"{base}/review")  # back to the queue: the place is gone
    assert _json(tab, "/search?q=数据标注基地")["numberMatched"] == 0
    overview = tab.page.request.get(f"{base}/maps/overview").text()
    assert "数据标注基地" not in overview

    keep, other = _place(tab, "重庆两江软件园"), _place(tab, "两江软件园")
    tab.open(f"/review/{keep['id']}")
    tab.page.wait_for_selector("#wb-why")
    # Typing part of a name offers the places /search finds, the place itself left out.
    tab.page.type("#wb-merge-with", "两江软件")
    offered = f"两江软件园 · {other['id']}"
    tab.page.wait_for_selector(f'#wb-places option[value="{offered}"]', state="attached")
    values = tab.page.eval_on_selector_all("#wb-places option", "os => os.map(o => o.value)")
    assert not [v for v in values if v.endswith(keep["id"])], values
    tab.page.fill("#wb-merge-with", offered)
    tab.page.fill("#wb-why", "同一园区的两种写法")
    tab.click_and_wait_rebuilt("#wb-merge")
    merged = _json(tab, f"/review/{keep['id']}")["place"]
    assert "两江软件园" in merged["aliases"].split("|")
    assert tab.page.request.get(f"{base}/review/{other['id']}?f=json").status == 404

    before = merged["sector_ids"]
    tab.open(f"/review/{keep['id']}")
    tab.page.wait_for_selector("#wb-why")
    tab.page.select_option("#wb-sectors", ["logistics"])
    tab.page.fill("#wb-why", "园区主导产业为物流")
    tab.click_and_wait_rebuilt(".wb-set[data-kind=sectors]")
    assert _json(tab, f"/review/{keep['id']}")["place"]["sector_ids"] == "logistics"
    layer = _layer(tab, keep["id"])
    exported = tab.page.request.get(f"{base}/export/{layer}?format=csv").text()
    assert "logistics" in next(line for line in exported.splitlines() if keep["id"] in line)
    matrix = _json(tab, "/coverage?format=json")["matrix"]
    assert {r["sector_id"] for r in matrix if keep["id"] in r["place_ids"].split("|")} == {
        "logistics"
    }

    tab.page.wait_for_selector(".wb-undo")
    tab.page.fill("#wb-why", "改错了")
    with tab.page.expect_navigation(timeout=120_000):
        tab.page.locator("#wb-history tr", has_text="产业").locator(".wb-undo").click()
    assert _json(tab, f"/review/{keep['id']}")["place"]["sector_ids"] == before
    history = _json(tab, f"/places/{keep['id']}/history")["edits"]
    assert [(e["kind"], e["undone"]) for e in history][-3:] == [
        ("merge", False),
        ("sectors", True),
        ("undo", False),
    ]
    assert {e["who"] for e in history} == {"officer-li"}
    assert tab.errors == []
