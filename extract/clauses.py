"""Spans of running text: sentences, paragraphs and the quote that cites a mention."""

from __future__ import annotations

import bisect
import re

from extract.lexicon import CLAUSE_END

MAX_QUOTE = 240
"""Longest quote kept whole; a longer sentence is cut to a window around the mention."""


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The sentence (up to 。；！？ or a line break) that holds ``text[start:end]``."""
    end = start if end is None else end
    left = max(text.rfind(ch, 0, start) for ch in CLAUSE_END) + 1
    rights = [i for i in (text.find(ch, end) for ch in CLAUSE_END) if i != -1]
    right = min(rights) + 1 if rights else len(text)
    return left, right


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """The line that holds ``offset``: cleaned documents keep one paragraph per line."""
    left = text.rfind("\n", 0, offset) + 1
    right = text.find("\n", offset)
    return left, len(text) if right == -1 else right


def quote(text: str, start: int, end: int) -> str:
    """The clause that cites ``text[start:end]``: its sentence, or a window of it."""
    left, right = sentence_bounds(text, start, end)
    if right - left > MAX_QUOTE:
        # Cut at commas so the quote still reads as a clause.
        lo = max(left, start - MAX_QUOTE // 2)
        hi = min(right, end + MAX_QUOTE // 2)
        comma = text.rfind("，", left, lo + 1)
        lo = comma + 1 if comma != -1 and lo - comma < 60 else lo
        comma = text.find("，", hi - 1, right)
        hi = comma + 1 if comma != -1 and comma - hi < 60 else hi
        left, right = lo, hi
    return text[left:right].strip()


class Bounds:
    """``sentence_bounds`` and ``paragraph_bounds`` of one text for many offsets: the breaks
    are indexed once, so each lookup is a binary search instead of a scan (a sentence
    naming thousands of carriers stays linear)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends = [m.start() for m in re.finditer(f"[{CLAUSE_END}]", text)]
        self._lines = [m.start() for m in re.finditer("\n", text)]

    def sentence(self, start: int, end: int | None = None) -> tuple[int, int]:
        """Same as ``sentence_bounds(text, start, end)``."""
        end = start if end is None else end
        i = bisect.bisect_left(self._ends, start)
        left = self._ends[i - 1] + 1 if i else 0
        j = bisect.bisect_left(self._ends, end)
        right = self._ends[j] + 1 if j < len(self._ends) else len(self.text)
        return left, right

    def paragraph(self, offset: int) -> tuple[int, int]:
        """Same as ``paragraph_bounds(text, offset)``."""
        i = bisect.bisect_left(self._lines, offset)
        left = self._lines[i - 1] + 1 if i else 0
        right = self._lines[i] if i < len(self._lines) else len(self.text)
        return left, right
