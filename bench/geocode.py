"""Benchmark of the geocoding step: prints figures, asserts nothing.

1. Offline chain (overrides → gazetteer → fallbacks → district check) on every place of
   the built-in corpus: cold (a new process reads the files and boundaries) and warm
   (again in the same process); medians of 5.
2. Online chain against a local stub of Amap's API on 127.0.0.1 (real response format,
   the real 0.34 s minimum interval between requests), offline tables switched off:
   every place with a cold disk cache, then again with the cache warm.

Run: ``.venv/bin/python bench/geocode.py [--runs 5]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from stub_geocoders import AMAP_GEO_POI_LEVEL, Reply, StubGeocoders

from extract import extract
from extract.ingest import read_paths
from geo import settings
from geo.resolve import Resolver, resolve_all

FINE = ("building", "block", "area")
"""Precisions that place the carrier itself, not a unit standing for it."""

COLD = """
import json, sys, time
from extract.model import Place
from geo.resolve import resolve_all
places = [Place(**p) for p in json.load(sys.stdin)]
start = time.perf_counter()
resolve_all(places)
print(time.perf_counter() - start)
"""
"""A new process: the gazetteer, overrides and boundaries are read from disk."""


def cold_seconds(places) -> float:
    data = json.dumps([
        {"id": p.id, "name": p.name, "kind": p.kind, "aliases": p.aliases,
         "district": p.district, "parent": p.parent} for p in places
    ], ensure_ascii=False)  # fmt: skip
    out = subprocess.run(
        [sys.executable, "-c", COLD], input=data, capture_output=True, text=True, check=True
    )
    return float(out.stdout)


def timed(places, make_resolver) -> tuple[float, list]:
    start = time.perf_counter()
    resolved = resolve_all(places, make_resolver())
    return time.perf_counter() - start, resolved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    documents, _ = read_paths([settings.CORPUS_DIR])
    places = extract(documents).places
    n = len(places)

    cold, warm = [], []
    for _ in range(args.runs):
        cold.append(cold_seconds(places))
        warm.append(timed(places, Resolver.default)[0])
    _, resolved = timed(places, Resolver.default)
    fine = sum(r.location is not None and r.location.precision in FINE for r in resolved)
    flagged = sum(r.flagged for r in resolved)
    print(f"offline: {n} places, {fine} at building/block/area precision, {flagged} flagged")
    print(
        f"offline: cold median {statistics.median(cold) * 1000:.0f} ms, "
        f"warm median {statistics.median(warm) * 1000:.1f} ms "
        f"({statistics.median(warm) / n * 1e6:.0f} µs a place)"
    )

    with tempfile.TemporaryDirectory() as cache_dir, StubGeocoders() as stub:
        stub.reply("/v3/geocode/geo", default=Reply(AMAP_GEO_POI_LEVEL))
        settings.AMAP_URL = stub.url("/v3/geocode/geo")
        settings.AMAP_KEY = "bench-key"
        settings.CACHE_DIR = Path(cache_dir)

        def online() -> Resolver:
            return Resolver.default(sources=["amap"])

        seconds, _ = timed(places, online)
        requests = len(stub.hits("/v3/geocode/geo"))
        print(
            f"online (stub Amap, {settings.MIN_INTERVAL['amap']} s between requests): cold cache "
            f"{seconds:.1f} s for {n} places, {requests} requests"
        )
        seconds, _ = timed(places, online)
        again = len(stub.hits("/v3/geocode/geo")) - requests
        print(f"online: warm cache {seconds * 1000:.0f} ms for {n} places, {again} requests")


if __name__ == "__main__":
    main()
