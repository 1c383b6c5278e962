"""Extraction against the blind-labelled corpus (``tests/eval``): strict recall,
precision, district and sector-phrase accuracy, per part (``tuning``, ``heldout``).

Each document is extracted on its own, as a user would run it. A prediction that is a
title, a company, a generic phrase, a second copy of a place already found, or anything
unlabelled is an error (``tests/scoring.py``, ``strict_score``).

Run: ``.venv/bin/python bench/eval_corpus.py [tuning|heldout ...] [-v]``
(``EVAL_DIR=/work/eval`` scores a corpus outside the repository).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(TESTS))

from scoring import StrictScore, strict_score  # noqa: E402

from extract import extract  # noqa: E402
from extract.ingest import read_file  # noqa: E402
from extract.taxonomy import Taxonomy  # noqa: E402

EVAL_DIR = Path(os.environ.get("EVAL_DIR", TESTS / "eval"))
"""The corpus: ``<part>/docs/*`` and ``<part>/labels/*.json``; ``EVAL_DIR`` overrides."""
PARTS = ("tuning", "heldout")


def evaluate(part: str, taxonomy: Taxonomy | None = None) -> StrictScore:
    """The strict score of one part of the corpus."""
    taxonomy = taxonomy or Taxonomy.load()
    pairs = []
    for path in sorted((EVAL_DIR / part / "labels").glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        docs = read_file(EVAL_DIR / part / "docs" / label["file"])
        pairs.append((label, [p.to_dict() for p in extract(docs, taxonomy).places]))
    return strict_score(pairs, taxonomy)


def main() -> None:
    verbose = "-v" in sys.argv
    parts = [a for a in sys.argv[1:] if a in PARTS] or list(PARTS)
    taxonomy = Taxonomy.load()
    for part in parts:
        result = evaluate(part, taxonomy)
        print(f"{part:8}", result.summary())
        if verbose:
            print("  missed:", "、".join(result.missed))
            print("  errors:", "、".join(result.errors))
            print("  wrong districts:", "、".join(result.wrong_districts))
            print("  missed phrases:", "、".join(result.missed_phrases))


if __name__ == "__main__":
    main()
