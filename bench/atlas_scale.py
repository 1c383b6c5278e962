"""Benchmark of the atlas at scale: prints figures, asserts nothing.

A synthetic atlas of N places (default 100,000) over the 38 districts: time to lay the
place rows out as layers (geometry, per-kind layers, district counts) and to write the
GeoPackage atomically, and the peak memory of the process.

Run: ``.venv/bin/python bench/atlas_scale.py [--places 100000]``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from synthetic import synthetic_rows, synthetic_tables

from extract.taxonomy import Taxonomy
from layers.atlas import assemble, with_geometry
from layers.stores import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=100_000)
    args = parser.parse_args()

    start = time.perf_counter()
    rows = synthetic_rows(args.places)
    tables = synthetic_tables(rows)
    generated = time.perf_counter() - start

    start = time.perf_counter()
    places = with_geometry(rows)
    atlas = assemble(places, tables, Taxonomy.load(), {"places": len(places)})
    laid_out = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "atlas.gpkg"
        start = time.perf_counter()
        open_store(path).write(atlas, {"synthetic": "yes"})
        written = time.perf_counter() - start
        size = path.stat().st_size
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{args.places} synthetic places generated in {generated:.1f} s (not part of the build)")
    print(f"layers (geometry, kinds, district counts): {laid_out:.1f} s")
    print(f"GeoPackage write: {written:.1f} s, {size / 1e6:.0f} MB")
    print(
        f"build (layers + write): {laid_out + written:.1f} s; peak memory {peak_kb / 1024:.0f} MB"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
