"""Benchmark of the extraction step: prints figures, asserts nothing.

1. The five seed documents of the built-in corpus, read and extracted end to end:
   median wall time of 5 runs.
2. Throughput on a ~20 MB corpus made of the seed files repeated (each copy a file of
   its own), read and extracted end to end in one process, i.e. on one core.
3. Diverse text: the labelled texts of ``tests/eval*`` (short policy documents from many
   provinces, none a copy of another), each file read and extracted on its own as a user
   would run it: what the repeated seeds flatter, since every copy after the first asks
   the caches the same questions.
4. An adversarial text: one paragraph naming one place 100,000 times (every mention is
   a candidate to de-duplicate, every sentence the same clause), extracted at a quarter,
   half and the full count: equal MB/s at each size means linear time.
5. Shapes of text that once made a step quadratic, each at half and full ``--shape-kb``:
   a suffix repeated with no punctuation (产业园产业园…: 192,000 characters took 149 s),
   names one after another on one comma-separated line, and random characters of the
   lexicon with no full stop. The ratio of the two sizes' MB/s near 1 means linear.

Each figure is given in wall time and in the process's CPU time: on a machine shared with
other work the CPU figure is the one that says what one core does.

Run: ``.venv/bin/python bench/extract_speed.py [--mb 20] [--runs 5] [--repeats 100000]
[--shape-kb 600]``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from extract import extract
from extract.ingest import read_file
from extract.model import Document
from extract.taxonomy import Taxonomy
from geo import settings


def run_once(paths: list[Path], taxonomy: Taxonomy) -> tuple[float, int, int, float]:
    """Read and extract the files ``paths``; returns (seconds, documents, places, CPU
    seconds).

    Each file is read with ``read_file``: ``read_paths`` would drop the copies as
    duplicates of the first, and the point is to read 20 MB."""
    start, cpu = time.perf_counter(), time.process_time()
    docs = [doc for path in paths for doc in read_file(path)]
    result = extract(docs, taxonomy)
    seconds = time.perf_counter() - start
    return seconds, len(docs), len(result.places), time.process_time() - cpu


ADVERSARIAL_CLAUSE = "重点建设两江数字经济产业园，"
"""One clause naming one place; the adversarial text repeats it on one line."""


def adversarial(repeats: int, taxonomy: Taxonomy) -> tuple[float, int, int, float]:
    """Extract one document of ``repeats`` clauses; returns (seconds, bytes, mentions, CPU
    seconds)."""
    text = ADVERSARIAL_CLAUSE * repeats
    doc = Document(id="adversarial", source="adversarial.txt", title="adversarial", text=text)
    start, cpu = time.perf_counter(), time.process_time()
    result = extract([doc], taxonomy)
    seconds = time.perf_counter() - start
    mentions = sum(len(p.mentions) for p in result.places)
    return seconds, len(text.encode()), mentions, time.process_time() - cpu


SHAPE_CHARS = (
    "重庆两江新区产业园软件信息服务金融特色楼宇建设打造基地集聚区商务区片区港科学城的和与及、，"
)
"""The alphabet of the random shape: suffixes, sector words, verbs and list marks."""


def shapes(size: int) -> dict[str, str]:
    """Each adversarial shape as a text of about ``size`` bytes (3 bytes a character)."""
    chars = size // 3
    rng = random.Random(1)
    return {
        "one suffix, no punctuation": ("产业园" * chars)[:chars],
        "names on one comma line": ("数字经济产业园，" * chars)[:chars],
        "random lexicon, no 。": "".join(rng.choice(SHAPE_CHARS) for _ in range(chars)),
    }


def extract_text(text: str, taxonomy: Taxonomy) -> float:
    """CPU seconds to extract one document holding ``text``."""
    doc = Document(id="shape", source="shape.txt", title="shape", text=text)
    cpu = time.process_time()
    extract([doc], taxonomy)
    return time.process_time() - cpu


DIVERSE_GLOB = "tests/eval*/*/docs/*.txt"
"""The labelled texts the diverse figure reads, under the repository's root."""


def diverse(taxonomy: Taxonomy) -> tuple[int, int, float, float]:
    """Read and extract each diverse text on its own; returns (files, bytes, seconds, CPU
    seconds)."""
    paths = sorted(Path(__file__).resolve().parents[1].glob(DIVERSE_GLOB))
    start, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        extract(read_file(path), taxonomy)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return len(paths), sum(p.stat().st_size for p in paths), seconds, cpu


def seed_files() -> list[Path]:
    return sorted(p for p in settings.CORPUS_DIR.iterdir() if p.suffix == ".txt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of the large corpus")
    parser.add_argument("--runs", type=int, default=5, help="runs of the seed benchmark")
    parser.add_argument("--repeats", type=int, default=100_000, help="adversarial mentions")
    parser.add_argument("--shape-kb", type=int, default=600, help="size of each text shape")
    args = parser.parse_args()

    taxonomy = Taxonomy.load()
    seeds = seed_files()
    seed_bytes = sum(p.stat().st_size for p in seeds)
    run_once(seeds, taxonomy)  # warm-up: imports, compiled patterns, taxonomy
    times = []
    for _ in range(args.runs):
        seconds, n_docs, n_places, _ = run_once(seeds, taxonomy)
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
        seconds, n_docs, n_places, cpu = run_once(sorted(Path(tmp).iterdir()), taxonomy)
    print(
        f"large: {size / 1e6:.1f} MB ({copies} copies of the seeds, {n_docs} documents), "
        f"{seconds:.1f} s, {size / seconds / 1e6:.2f} MB/s on one core "
        f"({size / cpu / 1e6:.2f} MB/s of CPU time), {n_places} places"
    )

    files, size, seconds, cpu = diverse(taxonomy)
    print(
        f"diverse: the {files} labelled texts of tests/eval*, each extracted on its own: "
        f"{size / 1e6:.2f} MB, {seconds:.1f} s, {cpu:.1f} s CPU, {size / cpu / 1e6:.2f} MB/s "
        "of CPU time"
    )

    for repeats in (args.repeats // 4, args.repeats // 2, args.repeats):
        seconds, size, mentions, cpu = adversarial(repeats, taxonomy)
        print(
            f"adversarial: one name x {repeats:,} ({size / 1e6:.1f} MB, {mentions:,} mentions "
            f"kept), {seconds:.1f} s, {size / seconds / 1e6:.2f} MB/s on one core "
            f"({size / cpu / 1e6:.2f} MB/s of CPU time)"
        )

    full = args.shape_kb * 1000
    for (name, half_text), full_text in zip(
        shapes(full // 2).items(), shapes(full).values(), strict=True
    ):
        rates = [len(t.encode()) / extract_text(t, taxonomy) / 1e6 for t in (half_text, full_text)]
        print(
            f"shape: {name}: {rates[0]:.2f} MB/s at {full // 2000} KB, {rates[1]:.2f} MB/s at "
            f"{full // 1000} KB of CPU time (ratio {rates[1] / rates[0]:.2f})"
        )


if __name__ == "__main__":
    main()
