"""Extraction quality against the hand labels: prints recall, precision and sector-phrase
recall on the seeds (tests/gold) and on the held-out documents (tests/heldout), with the
misses and false positives. ``tests/test_quality.py`` asserts the thresholds.

Run: ``.venv/bin/python bench/extract_quality.py [-v]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(TESTS))

from scoring import score  # noqa: E402

from extract import extract  # noqa: E402
from extract.ingest import read_file, read_paths  # noqa: E402
from extract.taxonomy import Taxonomy  # noqa: E402
from geo import settings  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv
    taxonomy = Taxonomy.load()
    docs, _ = read_paths([settings.CORPUS_DIR])
    seeds = json.loads((TESTS / "gold" / "seeds.json").read_text(encoding="utf-8"))
    result = score([p.to_dict() for p in extract(docs).places], seeds["places"], taxonomy)
    print("seeds:   ", result.summary())
    if verbose:
        print("  missed:", "、".join(result.missed))
        print("  false positives:", "、".join(result.false_positives))
    labels = json.loads((TESTS / "heldout" / "labels.json").read_text(encoding="utf-8"))
    extracted = []
    for entry in labels["documents"]:
        for place in extract(read_file(TESTS / "heldout" / "docs" / entry["file"])).places:
            extracted.append(dict(place.to_dict(), id=f"{entry['file']}:{place.id}"))
    held = score(extracted, labels["places"], taxonomy)
    print("held-out:", held.summary())
    if verbose:
        print("  missed:", "、".join(held.missed))
        print("  false positives:", "、".join(held.false_positives))


if __name__ == "__main__":
    main()
