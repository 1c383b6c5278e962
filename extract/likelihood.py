"""How likely an extracted name is to name a carrier: a logistic model over the name's
characters, words and units and the characters around it, trained on the blind labels'
tuning parts (``tests/name_model.py``), applied after the rules.

The rules find names by their kind's suffix and cut the words in front; what they keep
still includes titles (国家新型工业化示范基地), generic phrases (县域园区, 核心园区),
counts and companies' sites. Each such error has its own wording, so a rule read off one
batch of texts carried little to the next (batch 3's tuning precision rose 0.56 → 0.87
with rules, its held-out part 0.55 → 0.59). The model learns from 1,900 examples of
every tuning part and the seeds at once: the labellers' place names and not-place phrases,
and what the rules extract there.

Measured before it shipped, on texts the model and the rules had not seen (the code of
the day each batch was added, run on that batch's tuning part; model trained without that
batch): precision 0.560 → 0.570 and 0.750 → 0.811, recall unchanged (0.667, 0.805), at
the default ``NAME_LIKELIHOOD_MIN`` of 0.1. On ``tests/heldout`` it costs two of 90 core
places for three errors (recall 0.911 → 0.889, precision 0.940 → 0.948); 0.2 and 0.3 did
better on the first two and worse there.

A name under the minimum is not dropped: :func:`set_aside` returns it with its
likelihood, and ``clustermap extract --json`` lists it under ``set_aside``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract import units
from extract.model import Document, Place
from extract.words import tagged

MODEL_FILE = Path(__file__).with_name("name_model.json")
"""The shipped weights, written by ``python tests/name_model.py``."""
CONTEXT = 2
"""Characters read on each side of a name's first mention."""
COUNT_RE = re.compile(r"\d|[一二三四五六七八九十百千万]+[个条大家座批]")
LATIN_RE = re.compile(r"[A-Za-z]")
PUNCT_RE = re.compile(r"[“”\"《》「」（）()、，,：:]")


def _bucket(n: int, edges: tuple[int, ...] = (2, 3, 4, 5, 6, 8, 10, 13, 17)) -> str:
    return next((str(e) for e in edges if n <= e), "more")


def features(name: str, before: str, after: str, mentions: int) -> list[str]:
    """The features of ``name`` (in simplified characters), named in a text with
    ``before`` and ``after`` around its first mention, ``mentions`` times in all."""
    size = len(name)
    out = ["length=" + _bucket(size), "mentions=" + _bucket(mentions, (1, 2, 3, 5))]
    out += [f"ends{k}={name[-k:]}" for k in (1, 2, 3, 4) if size >= k]
    out += [f"starts{k}={name[:k]}" for k in (1, 2) if size >= k]
    out += ["pair=" + name[i : i + 2] for i in range(size - 1)]
    out += [flag for flag, pattern in (("count", COUNT_RE), ("latin", LATIN_RE),
            ("punctuation", PUNCT_RE)) if pattern.search(name)]  # fmt: skip
    out.append("unit-headed" if units.leading_unit(name) else "no-unit-head")
    rest = name
    for k in (4, 3, 2):
        if size > k and units.names_unit(name[:k]):
            rest = name[k:]
            out.append(f"place-word{k}")
            break
    out.append("rest=" + _bucket(len(rest)))
    words = tagged(name)
    if words:
        out += ["first-tag=" + words[0][1], "last-tag=" + words[-1][1]]
        out += ["words=" + _bucket(len(words))] + ["word=" + w for w, _ in words]
    for k in range(1, CONTEXT + 1):
        out.append(f"before{k}=" + (before[-k:] if len(before) >= k else "^"))
        out.append(f"after{k}=" + (after[:k] if len(after) >= k else "$"))
    return out


@dataclass(frozen=True)
class NameModel:
    """A logistic model: a weight per feature and an intercept."""

    weights: dict[str, float]
    intercept: float

    def chance(self, found: list[str]) -> float:
        """The probability that a name with the features ``found`` names a carrier."""
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in found)
        return 1.0 / (1.0 + math.exp(-z))

    def likelihood(self, name: str, before: str, after: str, mentions: int) -> float:
        """The probability that ``name``, between ``before`` and ``after``, names a carrier."""
        return self.chance(features(name, before, after, mentions))


@cache
def load(path: Path = MODEL_FILE) -> NameModel:
    """The model stored at ``path``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return NameModel(weights=data["weights"], intercept=data["intercept"])


def around(text: str, start: int, end: int) -> tuple[str, str]:
    """The ``CONTEXT`` characters of ``text`` before ``start`` and after ``end``."""
    return text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]


def first_context(place: Place, texts: dict[str, str]) -> tuple[str, str]:
    """The characters around ``place``'s first mention in ``texts`` (document id → the
    reading form of its text)."""
    first = place.mentions[0]
    return around(texts.get(first.doc, ""), first.start, first.end)


def place_features(place: Place, texts: dict[str, str]) -> list[str]:
    """The features of ``place``, read at its first mention in ``texts``."""
    return features(place.name, *first_context(place, texts), len(place.mentions))


def set_aside(
    places: list[Place], documents: list[Document], minimum: float
) -> tuple[list[Place], list[tuple[Place, float]]]:
    """``places`` split into those at least ``minimum`` likely and those set aside, each
    with its likelihood. ``documents`` are the reading copies the places were found in."""
    if minimum <= 0:
        return places, []
    texts = {doc.id: doc.text for doc in documents}
    kept: list[Place] = []
    aside: list[tuple[Place, float]] = []
    model = load()
    for place in places:
        if place.listed:
            kept.append(place)  # a table's 集群名称 column says so (4 of 4 such rows core)
            continue
        p = model.chance(place_features(place, texts))
        if p >= minimum:
            kept.append(place)
        else:
            aside.append((place, p))
    return kept, aside
