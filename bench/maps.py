"""Benchmark: the standalone overview map of 10,000 and 100,000 synthetic places.

For each size: the time to make the page (``maps.render_html``, from an atlas already in
memory; the median of ``--repeat`` runs), the size of the HTML, and the time until the
page is interactive in headless Chromium (navigation start to every marker clustered and
the controls ready, ``clusterAtlas.readyAt``), with the network blocked.

Targets: 10k in ≤ 1 s and ≤ 2 MB, interactive in ≤ 3 s; 100k in ≤ 5 s.

    .venv/bin/python bench/maps.py [--sizes 10000 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

# This script is named like the ``maps`` package and Python puts its folder first on the
# path: put the repository before it, so ``maps`` is the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import synthetic_places, synthetic_tables
from extract.taxonomy import Taxonomy
from layers.atlas import LAYER_OF_KIND, PLACE_LAYERS, district_layer
from maps import render_html
from maps.data import MemoryStore

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]  # fmt: skip
TARGETS = {10_000: (1.0, 2.0, 3.0), 100_000: (5.0, None, None)}
"""Size → (seconds to make, MB of HTML, seconds to interactive); None: no target."""


def synthetic_store(n: int) -> MemoryStore:
    """An atlas of ``n`` synthetic places, laid out as a build lays it out."""
    places = synthetic_places(n)
    kinds = places["kind"].map(LAYER_OF_KIND)
    layers = {name: places[kinds == name].reset_index(drop=True) for name in PLACE_LAYERS}
    layers["districts"] = district_layer(places, Taxonomy.load())
    layers.update(synthetic_tables(places))
    return MemoryStore(layers, {"built": "2025-07-08"})


def time_to_interactive(page_path: Path) -> float:
    """Seconds from navigation start until the map is interactive, network blocked."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
        )
        page.goto(page_path.as_uri(), timeout=120_000)
        page.wait_for_function("window.clusterAtlas && clusterAtlas.ready", timeout=120_000)
        seconds = page.evaluate("clusterAtlas.readyAt") / 1000
        browser.close()
    return seconds


def verdict(value: float, target: float | None) -> str:
    return "" if target is None else ("  ok" if value <= target else f"  OVER {target:g}")


def run(n: int, repeat: int, folder: Path) -> None:
    store = synthetic_store(n)
    render_html("overview", store)  # warm caches (taxonomy, boundaries, assets)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        html = render_html("overview", store)
        times.append(time.perf_counter() - start)
    path = folder / f"overview-{n}.html"
    path.write_text(html, encoding="utf-8")
    megabytes = path.stat().st_size / 1e6
    interactive = time_to_interactive(path)
    make_target, size_target, tti_target = TARGETS.get(n, (None, None, None))
    made = statistics.median(times)
    print(f"{n:>7,} places  make {made:5.2f} s (median of {repeat}){verdict(made, make_target)}"
          f"   html {megabytes:5.2f} MB{verdict(megabytes, size_target)}"
          f"   interactive {interactive:5.2f} s{verdict(interactive, tti_target)}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            run(n, args.repeat if n <= 10_000 else 1, Path(folder))


if __name__ == "__main__":
    main()
