"""Spans of running text: sentences, paragraphs and the quote that cites a mention.

Bounds are looked up in a sorted index of the text's break characters (built once per
text), so finding the sentence of each of n mentions costs O(n log n), not O(n x text):
scanning back and forth with ``str.find`` made a one-line text of 100,000 names quadratic.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterator

from extract.lexicon import CLAUSE_END

MAX_QUOTE = 240
"""Longest quote kept whole; a longer sentence is cut to a window around the mention."""

CLAUSE_MARKS = "，。；：\n"
"""Characters that end a clause inside a sentence."""


_INDEXES: OrderedDict[int, tuple[str, dict[object, list]]] = OrderedDict()
"""Break offsets and pattern matches of the last few texts, by the identity of the text:
a document's text and its punctuation-mapped copy are equal strings, so keying by value
would compare megabytes on every lookup."""


def _index(text: str) -> dict[object, list]:
    """What has been indexed of ``text`` (this text object)."""
    entry = _INDEXES.get(id(text))
    if entry is None or entry[0] is not text:
        entry = (text, {})
        _INDEXES[id(text)] = entry
        if len(_INDEXES) > 16:
            _INDEXES.popitem(last=False)
    return entry[1]


def _breaks(text: str, chars: str) -> list[int]:
    """Sorted offsets of ``chars`` in ``text``, computed once per text object."""
    index = _index(text)
    found = index.get(chars)
    if found is None:
        found = index[chars] = [m.start() for m in re.finditer(f"[{re.escape(chars)}]", text)]
    return found


def matches_from(text: str, pattern: re.Pattern[str], start: int) -> Iterator[tuple[int, int]]:
    """The spans of ``pattern``'s matches in ``text`` that start at or after ``start``, in
    order, found once per text: searching onward from each of n names of one long line is
    O(n x line). They are the text's own matches (``finditer``): a pattern whose matches
    can overlap (a word inside another) must not be asked this."""
    index = _index(text)
    spans = index.get(pattern)
    if spans is None:
        spans = index[pattern] = [m.span() for m in pattern.finditer(text)]
    return (spans[i] for i in range(bisect_left(spans, (start, -1)), len(spans)))


def occurs_within(text: str, pattern: re.Pattern[str], start: int, end: int) -> bool:
    """Whether ``pattern`` matches inside ``text[start:end]`` (``matches_from``)."""
    first = next(matches_from(text, pattern, start), None)
    return first is not None and first[1] <= end


def last_break(text: str, chars: str, offset: int) -> int:
    """Offset just after the last of ``chars`` before ``offset``, or 0."""
    breaks = _breaks(text, chars)
    i = bisect_left(breaks, offset)
    return breaks[i - 1] + 1 if i else 0


def next_break(text: str, chars: str, offset: int) -> int:
    """Offset of the first of ``chars`` at or after ``offset``, or ``len(text)``."""
    breaks = _breaks(text, chars)
    i = bisect_left(breaks, offset)
    return breaks[i] if i < len(breaks) else len(text)


def _between(text: str, chars: str, start: int, end: int) -> tuple[int, int]:
    """``(last_break(text, chars, start), next_break(text, chars, end))`` with one look-up
    of the breaks, not two: a pass over the seeds asks for 1,250 sentences and paragraphs,
    each 30–35 % faster so (2.3 → 1.6 µs, 1.15 → 0.74)."""
    breaks = _breaks(text, chars)
    i = bisect_left(breaks, start)
    j = i if end == start else bisect_left(breaks, end)
    return breaks[i - 1] + 1 if i else 0, breaks[j] if j < len(breaks) else len(text)


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The sentence (up to 。；！？ or a line break) that holds ``text[start:end]``."""
    left, right = _between(text, CLAUSE_END, start, start if end is None else end)
    return left, min(right + 1, len(text))


def clause_start(text: str, offset: int) -> int:
    """Where the clause (after ，。；： or a line break) holding ``offset`` begins."""
    return last_break(text, CLAUSE_MARKS, offset)


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """The line that holds ``offset``: cleaned documents keep one paragraph per line."""
    return _between(text, "\n", offset, offset)


def quote(text: str, start: int, end: int) -> str:
    """The clause that cites ``text[start:end]``: its sentence, or a window of it."""
    left, right = sentence_bounds(text, start, end)
    if right - left > MAX_QUOTE:
        # Cut at commas so the quote still reads as a clause.
        lo = max(left, start - MAX_QUOTE // 2)
        hi = min(right, end + MAX_QUOTE // 2)
        comma = text.rfind("，", max(left, lo - 59), lo + 1)
        lo = comma + 1 if comma != -1 else lo
        comma = text.find("，", hi - 1, min(right, hi + 60))
        hi = comma + 1 if comma != -1 else hi
        left, right = lo, hi
    return text[left:right].strip()


class Bounds:
    """``sentence_bounds`` and ``paragraph_bounds`` bound to one text, for readers that ask
    for many offsets (the breaks are indexed once per text, see ``_breaks``)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def sentence(self, start: int, end: int | None = None) -> tuple[int, int]:
        """Same as ``sentence_bounds(text, start, end)``."""
        return sentence_bounds(self.text, start, end)

    def paragraph(self, offset: int) -> tuple[int, int]:
        """Same as ``paragraph_bounds(text, offset)``."""
        return paragraph_bounds(self.text, offset)
