"""Comparing place names the way people write them: full- and half-width forms, dashes,
separators, a leading city name, with a score."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from extract.places import normalize as merge_key

CITY_HEADS = ("重庆市", "重庆")
"""A leading city name that spellings of one place may or may not carry."""

FUZZY_FLOOR = 88.0
"""Least rapidfuzz ratio (0–100) for two different spellings to be taken as one name."""

_DASHES = re.compile(r"[—–－\-~～]+")


def normalize(name: str) -> str:
    """The form names are compared in: as the extraction merges spellings (half-width
    letters, no separators or quotes), with half-width brackets, one dash and no leading
    city name."""
    key = unicodedata.normalize("NFKC", merge_key(name))
    key = _DASHES.sub("-", key)
    for head in CITY_HEADS:
        if key.startswith(head) and len(key) - len(head) >= 3:
            return key[len(head) :]
    return key


def score(a: str, b: str) -> float:
    """How surely two spellings name the same place: 1.0 when they normalise alike, else
    a fuzzy ratio scaled below 1, or 0 under ``FUZZY_FLOOR``."""
    return score_keys(normalize(a), normalize(b))


def score_keys(ka: str, kb: str) -> float:
    """``score`` of two names already in ``normalize``d form."""
    if ka == kb:
        return 1.0
    # Bracketed qualifiers are optional: 西部(重庆)科学城 = 西部科学城.
    if re.sub(r"\([^)]{1,6}\)", "", ka) == re.sub(r"\([^)]{1,6}\)", "", kb):
        return 0.95
    ratio = fuzz.ratio(ka, kb)
    return round(ratio / 100 * 0.9, 3) if ratio >= FUZZY_FLOOR else 0.0
