"""Benchmark of the extraction step: prints figures, asserts nothing.

1. The five seed documents of the built-in corpus, read and extracted end to end:
   median wall time of 5 runs.
2. Throughput on a ~20 MB corpus made of the seed files repeated (each copy a file of
   its own), read and extracted end to end in one process, i.e. on one core.

Run: ``.venv/bin/python bench/extract_speed.py [--mb 20] [--runs 5]``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from clustermap import settings
from extract import extract
from extract.ingest import read_file
from extract.taxonomy import Taxonomy


def run_once(paths: list[Path], taxonomy: Taxonomy) -> tuple[float, int, int]:
    """Read and extract the files ``paths``; returns (seconds, documents, places).

    Each file is read with ``read_file``: ``read_paths`` would drop the copies as
    duplicates of the first, and the point is to read 20 MB."""
    start = time.perf_counter()
    docs = [doc for path in paths for doc in read_file(path)]
    result = extract(docs, taxonomy)
    return time.perf_counter() - start, len(docs), len(result.places)


def seed_files() -> list[Path]:
    return sorted(p for p in settings.CORPUS_DIR.iterdir() if p.suffix == ".txt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of the large corpus")
    parser.add_argument("--runs", type=int, default=5, help="runs of the seed benchmark")
    args = parser.parse_args()

    taxonomy = Taxonomy.load()
    seeds = seed_files()
    seed_bytes = sum(p.stat().st_size for p in seeds)
    run_once(seeds, taxonomy)  # warm-up: imports, compiled patterns, taxonomy
    times = []
    for _ in range(args.runs):
        seconds, n_docs, n_places = run_once(seeds, taxonomy)
        times.append(seconds)
    median = statistics.median(times)
    print(
        f"seeds: {len(seeds)} files, {seed_bytes / 1024:.0f} KiB, {n_docs} documents, "
        f"{n_places} places"
    )
    print(
        f"seeds: median {median * 1000:.0f} ms over {args.runs} runs "
        f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); "
        f"{seed_bytes / median / 1e6:.2f} MB/s"
    )

    target = int(args.mb * 1e6)
    with tempfile.TemporaryDirectory() as tmp:
        copies = 0
        size = 0
        while size < target:
            for p in seeds:
                shutil.copyfile(p, Path(tmp) / f"{copies:05d}_{p.name}")
                size += p.stat().st_size
            copies += 1
        seconds, n_docs, n_places = run_once(sorted(Path(tmp).iterdir()), taxonomy)
    print(
        f"large: {size / 1e6:.1f} MB ({copies} copies of the seeds, {n_docs} documents), "
        f"{seconds:.1f} s, {size / seconds / 1e6:.2f} MB/s on one core, {n_places} places"
    )


if __name__ == "__main__":
    main()
