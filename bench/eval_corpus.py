"""Extraction against the blind-labelled corpus (``tests/eval``): strict recall,
precision, district and sector-phrase accuracy, per part (``tuning``, ``heldout``).

Each document is extracted on its own, as a user would run it. A prediction that is a
title, a company, a generic phrase, a second copy of a place already found, or anything
unlabelled is an error (``tests/scoring.py``, ``strict_score``).

Run: ``.venv/bin/python bench/eval_corpus.py [BATCH ...] [tuning|heldout ...] [-v]``:
the batches ``tests/eval`` (54 texts), ``tests/eval2`` (40 texts, labelled later by
another blind labeller), ``tests/eval3`` (42 texts from 16 provinces, labelled by a
third after the rules of both) and ``tests/eval4`` (36 texts from 20 provinces, labelled
by a fourth after the name model) and the later batches in ``BATCHES``, all by default;
``EVAL_DIR=…`` scores a corpus outside the repository. With more than one batch, a last
line per part pools their counts (``scoring.pooled``). Never read a held-out part's
details (``-v``) to tune a rule.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(TESTS))

from scoring import StrictScore, pooled, strict_score  # noqa: E402

from extract import extract  # noqa: E402
from extract.ingest import read_file  # noqa: E402
from extract.taxonomy import Taxonomy  # noqa: E402

BATCHES = (
    "eval",
    "eval2",
    "eval3",
    "eval4",
    "eval5",
    "eval6",
    "eval7",
    "eval8",
    "eval9",
    "eval10",
    "eval11",
    "eval12",
)
"""The blind-labelled batches in ``tests/``: ``<batch>/<part>/docs/*`` and
``<batch>/<part>/labels/*.json``."""
PARTS = ("tuning", "heldout")


def evaluate(
    part: str, taxonomy: Taxonomy | None = None, corpus: Path = TESTS / "eval"
) -> StrictScore:
    """The strict score of one part of the corpus in ``corpus``."""
    taxonomy = taxonomy or Taxonomy.load()
    pairs = []
    for path in sorted((corpus / part / "labels").glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        docs = read_file(corpus / part / "docs" / label["file"])
        pairs.append((label, [p.to_dict() for p in extract(docs, taxonomy).places]))
    return strict_score(pairs, taxonomy)


def main() -> None:
    verbose = "-v" in sys.argv
    parts = [a for a in sys.argv[1:] if a in PARTS] or list(PARTS)
    batches = [a for a in sys.argv[1:] if a in BATCHES] or list(BATCHES)
    corpora = (
        [Path(os.environ["EVAL_DIR"])] if "EVAL_DIR" in os.environ else [TESTS / b for b in batches]
    )
    taxonomy = Taxonomy.load()
    scores: dict[str, list[StrictScore]] = {part: [] for part in parts}
    for corpus in corpora:
        for part in parts:
            result = evaluate(part, taxonomy, corpus)
            scores[part].append(result)
            print(f"{corpus.name:6} {part:8}", result.summary())
            if verbose:
                print("  missed:", "、".join(result.missed))
                print("  errors:", "、".join(result.errors))
                print("  wrong districts:", "、".join(result.wrong_districts))
                print("  missed phrases:", "、".join(result.missed_phrases))
    if len(corpora) > 1:
        # Every part's counts summed: what a gate over all batches at once would read.
        for part in parts:
            print(f"{'pooled':6} {part:8}", pooled(scores[part]).summary())


if __name__ == "__main__":
    main()
