"""Benchmark: GCJ-02 / BD-09 conversions of 100,000 points, point by point vs vectorised.

The old path is what ``geo.crs`` did before it was vectorised: one geocoordinates-rs call
per point (``geo.crs._pointwise`` over its one-point library calls). The new path is
``geo.crs``. Points are uniform over Chongqing's bounding box (105.3–110.2°E,
28.1–32.2°N), seeded. For each conversion: the median of ``--repeat`` runs of each path,
their ratio, and the largest difference between the two results (degrees, and metres at
111.32 km a degree).

    .venv/bin/python bench/crs.py [--n 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

# This script is named like nothing we import, but run as ``bench/crs.py`` Python puts
# ``bench/`` first on the path: put the repository there too, so ``geo`` imports.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo import crs

M_PER_DEGREE = 111_320.0


# The old path is still in geo.crs: the one-point library calls and the loop that walks
# arrays with them (now kept for the points the vectorised code leaves to the library).
CASES = [
    ("WGS-84 → GCJ-02", crs._pointwise(crs._wgs84_to_gcj02), crs.wgs84_to_gcj02),
    ("WGS-84 → BD-09", crs._pointwise(crs._wgs84_to_bd09), crs.wgs84_to_bd09),
    ("GCJ-02 → WGS-84", crs._pointwise(crs._gcj02_to_wgs84), crs.gcj02_to_wgs84),
    ("BD-09 → WGS-84", crs._pointwise(crs._bd09_to_wgs84), crs.bd09_to_wgs84),
]


def median_seconds(run: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="points (default 100,000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each (default 5)")
    args = parser.parse_args()

    rng = np.random.default_rng(20240601)
    lon = rng.uniform(105.3, 110.2, args.n)
    lat = rng.uniform(28.1, 32.2, args.n)

    print(f"{args.n:,} points over Chongqing, median of {args.repeat} runs")
    header = f"{'conversion':<16} {'point by point':>15} {'vectorised':>12} {'speed-up':>9}"
    print(f"{header}  largest difference")
    for name, old, new in CASES:
        old_s, (old_lon, old_lat) = median_seconds(lambda old=old: old(lon, lat), args.repeat)
        new_s, (new_lon, new_lat) = median_seconds(lambda new=new: new(lon, lat), args.repeat)
        diff = max(np.abs(new_lon - old_lon).max(), np.abs(new_lat - old_lat).max())
        print(
            f"{name:<16} {old_s * 1e3:>12.1f} ms {new_s * 1e3:>9.2f} ms {old_s / new_s:>8.0f}×"
            f"  {diff:.1e}° ({diff * M_PER_DEGREE:.1e} m)"
        )


if __name__ == "__main__":
    main()
