"""Screenshots of the maps for docs/MAPS.md, made in headless Chromium with the network
blocked, on the blank basemap (a build machine reaches no tile server).

    .venv/bin/python docs/screenshots.py   # needs the atlas: .venv/bin/clustermap build
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

import maps
from geo import settings
from layers.stores import ATLAS_FILE, open_store

DOCS = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]  # fmt: skip
SHOTS = {
    "maps-overview.png": ("overview", None, None),
    "maps-sector.png": ("sector", "软件信息", None),
    "maps-coverage.png": ("coverage", "软件信息", None),
    "maps-place.png": ("place", "凯德来福士", None),
    "maps-overview-en.png": ("overview", None, "来福士"),
}
"""File → (map, target, text to search for and open)."""


def shoot(browser, page_path: Path, out: Path, search: str | None) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800}, device_scale_factor=1)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page.goto(page_path.as_uri())
    page.wait_for_function("window.clusterAtlas && clusterAtlas.ready")
    if search:
        page.fill(".ca-search-input", search)
        page.wait_for_selector(".ca-results li[data-index]")
        page.press(".ca-search-input", "Enter")
        page.wait_for_selector(".leaflet-popup-content .ca-popup")
    page.wait_for_timeout(1200)  # zoom and spiderfy animations
    page.screenshot(path=str(out))
    page.close()


def main() -> None:
    store = open_store(settings.ATLAS_DIR / ATLAS_FILE)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, (kind, target, search) in SHOTS.items():
            lang = "en" if name.endswith("-en.png") else "zh"
            out = Path(folder) / f"{name}.html"
            page = maps.render(kind, store, out, target=target, basemap="blank", lang=lang)
            shoot(browser, page, DOCS / name, search)
            print(DOCS / name)
        browser.close()


if __name__ == "__main__":
    main()
