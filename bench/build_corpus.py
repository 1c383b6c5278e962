"""Benchmark of a whole build on a large corpus: prints figures, asserts nothing.

A ~20 MB corpus of distinct documents (the seed files, each copy given its own first
line, so the corpus keeps every copy rather than folding duplicates) is built into a
fresh atlas with ``clustermap build``, then ``clustermap coverage`` runs on it; each as
a subprocess, timed, with its peak resident memory. A second build on unchanged inputs
shows the skip.

Run: ``.venv/bin/python bench/build_corpus.py [--mb 20]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from geo import settings

CLUSTERMAP = Path(sys.executable).with_name("clustermap")


def make_corpus(folder: Path, megabytes: float) -> tuple[int, int]:
    """Distinct copies of the seeds in ``folder`` up to ``megabytes``; (files, bytes)."""
    seeds = sorted(settings.CORPUS_DIR.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    files = size = copy = 0
    while size < megabytes * 1024 * 1024:
        copy += 1
        for seed, text in zip(seeds, texts, strict=True):
            path = folder / f"{copy:04d}_{seed.name}"
            path.write_text(f"（副本 {copy}）\n{text}", encoding="utf-8")
            files += 1
            size += path.stat().st_size
    return files, size


PEAK = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
    "sys.exit(code)"
)
"""Runs a command and prints its peak RSS (KiB) last on stderr: a wrapper process of its
own, so the figure is that command's alone."""


def timed(*args: str) -> tuple[float, float, str]:
    """Run ``clustermap *args``; (seconds, peak RSS in MB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", PEAK, str(CLUSTERMAP), *args],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"clustermap {' '.join(args)} failed:\n{proc.stderr}")
    return seconds, int(proc.stderr.split()[-1]) / 1024, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of the corpus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp:
        docs, out = Path(tmp, "docs"), Path(tmp, "atlas")
        docs.mkdir()
        files, size = make_corpus(docs, args.mb)
        print(f"corpus: {files} files, {size / 1024 / 1024:.1f} MB")
        seconds, peak, _ = timed("build", "--docs", str(docs), "--out", str(out))
        report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
        print(
            f"build: {seconds:.1f} s ({size / 1024 / 1024 / seconds:.2f} MB/s), peak RSS "
            f"{peak:,.0f} MB; {report['documents']} documents, {report['places']} places, "
            f"{len(report['corpus']['files'])} files kept in the corpus"
        )
        seconds, peak, _ = timed("build", "--out", str(out))
        print(f"rebuild on unchanged inputs: {seconds:.1f} s (skipped)")
        report_file = Path(tmp, "coverage.html")
        seconds, peak, _ = timed("coverage", "--atlas", str(out), "--format", "html",
                                 "-o", str(report_file))  # fmt: skip
        print(f"coverage (html): {seconds:.1f} s, peak RSS {peak:,.0f} MB, "
              f"{report_file.stat().st_size / 1024:,.0f} KiB")  # fmt: skip


if __name__ == "__main__":
    main()
