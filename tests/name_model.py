"""Train the name model (``extract/likelihood.py``) on the blind labels' tuning parts.

Run: ``.venv/bin/python tests/name_model.py`` trains on the stored examples
(``EXAMPLES_FILE``) and writes ``extract/name_model.json``; ``--examples`` first reads the
examples again from the labels and what the rules extract now, and stores them.
``tests/test_name_model.py`` retrains from the stored examples and checks the shipped file
is what this gives.

Examples, from the tuning part of each batch in ``BATCHES`` (never a held-out part) and
from the seeds (``tests/gold``):

* the labels' own strings: each place's name and aliases (carriers), each ``not_places``
  phrase (titles, companies, generic phrases, counts …), read at its first occurrence;
* what the rules extract there with no name set aside, judged by the strict scorer (the
  seeds: by their labels' spellings): a place it matches first is a carrier; a
  duplicate, not-place or unlabelled name is not.

The examples are stored, and read again from the rules only on purpose (a batch added,
the features changed), not with every rule: with the model retrained on every change, a
rule that passed every held-out floor with the model as it was (session 14: a name found
once is that carrier wherever it is written) failed one once the model had learnt from its
output, because the 4,484 examples' few new ones moved names near the minimum in every
batch. Kept apart, a rule is judged by what it does, the model by cross-validation
(``bench/cv_name_model.py``).

The seeds are in because without them the model knew no 商圈 and few buildings: it set
aside 大坪商圈 and seeds recall fell 0.979 → 0.830.

The model is scikit-learn's logistic regression (L2, C = 1, classes balanced); only its
weights ship, so the tool itself does not need scikit-learn.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from scoring import judged, spellings  # noqa: E402

from extract import likelihood  # noqa: E402
from extract.ingest import read_file  # noqa: E402
from extract.model import Document  # noqa: E402
from extract.pipeline import find_places  # noqa: E402
from extract.script import reading_copy, simplified_lines, verbatim_results  # noqa: E402
from extract.taxonomy import Taxonomy  # noqa: E402
from geo import settings  # noqa: E402

FIRST_BATCHES = ("eval", "eval2", "eval3")
"""The batches the model learned from until session 14: retrained with the fourth's tuning
part, it had done worse on the held-out parts (mean F1 0.753 → 0.748, README)."""
BATCHES = (*FIRST_BATCHES, "eval4", "eval5", "eval6", "eval7", "eval8", "eval9", "eval10", "eval11")
"""The blind-labelled batches the model learns from: every one's tuning part. With eleven
batches, leaving each of the eight later ones out in turn and scoring its tuning part with
a model trained on the rest (``bench/cv_name_model.py``) gave pooled recall 0.766 → 0.771
and precision 0.763 → 0.778 over ``FIRST_BATCHES`` alone: more labels help on text the
model has not seen."""
PART = "tuning"
SEED_LABELS = REPO / "tests" / "gold" / "seeds.json"
EXAMPLES_FILE = REPO / "tests" / "name_model_examples.jsonl"
"""The examples the shipped model learnt from (``--examples`` writes them)."""
C = 1.0
"""Inverse L2 strength; 0.3 and 3 did no better on texts the model had not seen."""
DIGITS = 6


def label_files(batches: tuple[str, ...] = BATCHES) -> list[Path]:
    """The label files the model learns from: the tuning part of every batch."""
    assert PART == "tuning"
    return sorted(p for b in batches for p in (REPO / "tests" / b / PART / "labels").glob("*.json"))


class Example(NamedTuple):
    """A name the model learns from: as it stood in a text, and whether it named a carrier."""

    file: str
    """The label file (tuning part) or seeds' labels it comes from, relative to the repository."""
    name: str
    before: str
    after: str
    """The ``likelihood.CONTEXT`` characters around its first mention."""
    mentions: int
    carrier: int
    """1 for a carrier's name, 0 for anything else."""

    def features(self) -> list[str]:
        return likelihood.features(self.name, self.before, self.after, self.mentions)


def _strings(source: str, label: dict, text: str) -> Iterator[Example]:
    """The label's place names and aliases (1) and not-place phrases (0), each read at its
    first occurrence in ``text``."""
    strings = [(n, 1) for p in label["places"] for n in [p["name"], *p.get("aliases", [])]]
    strings += [(n["name"], 0) for n in label.get("not_places", [])]
    for written, carrier in strings:
        name = simplified_lines(written)
        at = text.find(name)
        before, after = likelihood.around(text, at, at + len(name)) if at >= 0 else ("", "")
        yield Example(source, name, before, after, max(1, text.count(name)), carrier)


def _extracted(
    source: str,
    documents: list[Document],
    taxonomy: Taxonomy,
    right: Callable[[list[dict]], list[bool]],
) -> Iterator[Example]:
    """What the rules extract from ``documents``, each place 1 when ``right`` says so."""
    read = [reading_copy(doc) for doc in documents]
    places = find_places(read, taxonomy)
    texts = {doc.id: doc.text for doc in read}
    found = [(p.name, *likelihood.first_context(p, texts), len(p.mentions)) for p in places]
    verbatim_results(places, [], documents)  # the documents' own spellings, as scored
    for (name, before, after, mentions), ok in zip(
        found, right([p.to_dict() for p in places]), strict=True
    ):
        yield Example(source, name, before, after, mentions, int(ok))


def _right_in(label: dict, places: list[dict]) -> list[bool]:
    return [why == "right" for _, why in judged(label, places)]


def file_examples(path: Path, taxonomy: Taxonomy) -> Iterator[Example]:
    """The examples of one tuning label file (``path``) and its document."""
    assert "heldout" not in path.parts
    source = str(path.relative_to(REPO))
    label = json.loads(path.read_text(encoding="utf-8"))
    documents = read_file(path.parents[1] / "docs" / label["file"])
    yield from _strings(source, label, reading_copy(documents[0]).text if documents else "")
    yield from _extracted(source, documents, taxonomy, partial(_right_in, label))


def examples(taxonomy: Taxonomy, batches: tuple[str, ...] = BATCHES) -> Iterator[Example]:
    """The examples the labels and the rules give now, file by file, then the seeds."""
    for path in label_files(batches):
        yield from file_examples(path, taxonomy)
    yield from seed_examples(taxonomy)


def seed_examples(taxonomy: Taxonomy) -> Iterator[Example]:
    """The examples of the seeds (``tests/gold``)."""
    source = str(SEED_LABELS.relative_to(REPO))
    gold = json.loads(SEED_LABELS.read_text(encoding="utf-8"))
    seeds = [doc for path in sorted(settings.CORPUS_DIR.glob("*.txt")) for doc in read_file(path)]
    yield from _strings(source, gold, "\n".join(reading_copy(doc).text for doc in seeds))
    known = set().union(*(spellings(p["name"], p.get("aliases")) for p in gold["places"]))
    yield from _extracted(
        source,
        seeds,
        taxonomy,
        lambda ps: [bool(spellings(p["name"], p["aliases"]) & known) for p in ps],
    )


def stored_examples(batches: tuple[str, ...] = BATCHES) -> list[Example]:
    """The stored examples (``EXAMPLES_FILE``) of the tuning parts of ``batches`` and the
    seeds."""
    sources = {str(p.relative_to(REPO)) for p in [*label_files(batches), SEED_LABELS]}
    rows = []
    with EXAMPLES_FILE.open(encoding="utf-8") as lines:
        for line in lines:
            row = Example(**json.loads(line))
            if row.file in sources:
                rows.append(row)
    return rows


def store_examples(rows: list[Example]) -> None:
    """Write ``rows`` to ``EXAMPLES_FILE``, one JSON object a line."""
    with EXAMPLES_FILE.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row._asdict(), ensure_ascii=False) + "\n")


def train(
    batches: tuple[str, ...] = BATCHES,
    c: float = C,
    rows: list[Example] | None = None,
) -> dict:
    """The model's weights and what it was trained on: the tuning parts of ``batches`` and
    the seeds, with inverse L2 strength ``c``. ``rows``: the examples to learn from (by
    default the stored ones of those files; ``examples(taxonomy, batches)`` reads them
    from the rules of the day)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if rows is None:
        rows = stored_examples(batches)
    vectors = DictVectorizer()
    x = vectors.fit_transform([dict.fromkeys(row.features(), 1) for row in rows])
    y = [row.carrier for row in rows]
    fit = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(x, y)
    weights = {
        name: round(float(w), DIGITS)
        for name, w in zip(vectors.get_feature_names_out(), fit.coef_[0], strict=True)
        if round(float(w), DIGITS)
    }
    return {
        "about": "extract/likelihood.py: logistic weights written by tests/name_model.py",
        "trained_on": [str(p.relative_to(REPO)) for p in [*label_files(batches), SEED_LABELS]],
        "examples": len(rows),
        "carriers": sum(y),
        "C": c,
        "intercept": round(float(fit.intercept_[0]), DIGITS),
        "weights": dict(sorted(weights.items())),
    }


def main() -> None:
    if "--examples" in sys.argv:
        rows = list(examples(Taxonomy.load()))
        store_examples(rows)
        print(f"{EXAMPLES_FILE}: {len(rows)} examples")
    model = train()
    likelihood.MODEL_FILE.write_text(
        json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    print(f"{likelihood.MODEL_FILE}: {model['examples']} examples ({model['carriers']} carriers), "
          f"{len(model['weights'])} weights")  # fmt: skip


if __name__ == "__main__":
    main()
