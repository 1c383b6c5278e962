"""The section tree of a cleaned document: numbered headings, 专栏 boxes and 表 tables.

Headings are recognised at the start of a line of the cleaned text:

====================  =========  ====================  =====
kind                  example    ``Section.number``    level
====================  =========  ====================  =====
chapter               第一章     ``第一章``            1
part                  一、       ``一``                1
article               第三条     ``第三条``            2
item                  （一）     ``（一）``            2
point                 1. 1． 1、 ``1``                 3
sub-point             （1）      ``（1）``             4
enumeration           一是       ``一是``              3
box / table           专栏3 表1  ``专栏3`` ``表1``     enclosing level + 1
====================  =========  ====================  =====

A level is never shallower than one below the enclosing heading's, so 「（一）」 inside
an article (level 2) sits at level 3. A heading inline with its paragraph
(「1.软件信息。聚焦…」) has the text up to the first 「。」 as its title.

Nesting: a numbered heading closes every open heading of its own rank or a lower one
(「（二）」 closes 「（一）」 and the 「1.」 points under it). A box or table closes the
previous box and is closed by the next numbered heading that ranks with or above its
enclosing heading: a box under 「（一）」 ends at 「（二）」 or 「二、」, while 「1.」 points
after it are listed inside it. Enumerations rank with 「1.」 points. 「一是」 opens an
enumeration inside whatever is open; 「N是」 continues the open enumeration whose last
item is 「N-1是」, wherever it sits in the stack, and closes what lies above it. So a
box that lists its own 「一是…六是」 is left when the text goes on with the outer
「四是」. A 「N是」 that continues nothing is plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from extract.model import Section

__all__ = ["cn_number", "heading_kind", "parse_sections", "starts_heading"]

_CN = "一二三四五六七八九十百零〇两"
_NUM = rf"[{_CN}]+"

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"第({_NUM}|\d{{1,3}})章")),
    ("article", re.compile(rf"第({_NUM}|\d{{1,3}})条")),
    ("part", re.compile(rf"({_NUM})、")),
    ("item", re.compile(rf"[（(]({_NUM})[）)]")),
    ("point", re.compile(r"(\d{1,2})[.．、](?![\d.．])")),
    ("subpoint", re.compile(r"[（(](\d{1,2})[）)]")),
    ("enum", re.compile(rf"([{_CN}]{{1,3}})是")),
    ("box", re.compile(rf"专栏\s*(\d{{1,3}}|{_NUM})")),
    ("table", re.compile(r"表\s*(\d{1,3}(?:[-－—.]\d{1,2})?)(?![\d年])")),
)

_OUTLINE = {
    # kind: (rank, base level); a lower rank is an outer heading
    "chapter": (0, 1),
    "part": (1, 1),
    "article": (2, 2),
    "item": (3, 2),
    "point": (4, 3),
    "subpoint": (5, 4),
}
_ENUM_RANK = 4
"""An enumeration ranks with 「1.」 points: 「（一）」 and above close it."""

_FIRST_CHARS = {
    "chapter": "第",
    "article": "第",
    "part": _CN,
    "item": "（(",
    "point": "0123456789",
    "subpoint": "（(",
    "enum": _CN,
    "box": "专",
    "table": "表",
}
"""Characters each kind of heading can start with."""
_KINDS_BY_FIRST = {
    ch: tuple((kind, pattern) for kind, pattern in _KINDS if ch in _FIRST_CHARS[kind])
    for ch in "".join(_FIRST_CHARS.values())
}
"""The kinds, in ``_KINDS`` order, a line starting with a character may be: one or two
patterns tried instead of up to nine (a line is read for headings three times)."""
_NUMBER_FORMS = {
    "chapter": "第{}章",
    "part": "{}",
    "item": "（{}）",
    "point": "{}",
    "subpoint": "（{}）",
    "enum": "{}是",
}
"""How ``Section.number`` is written for each kind: 「(一)」 becomes 「（一）」."""

_CAPTION_STOP = re.compile(r"[。，；,;]")
_TITLE_TRIM = "；;：:，,。 "


def cn_number(numeral: str) -> int | None:
    """The value of a numeral: ``十二`` → 12, ``二〇二四`` → 2024, ``7`` → 7; else ``None``."""
    if numeral.isdigit():
        return int(numeral)
    digits = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
    digits |= {"六": 6, "七": 7, "八": 8, "九": 9}
    if numeral and all(ch in digits for ch in numeral) and len(numeral) > 1:
        return int("".join(str(digits[ch]) for ch in numeral))  # digit by digit: 二〇二四
    total, current = 0, 0
    for ch in numeral:
        if ch in digits:
            current = digits[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    value = total + current
    return value or None


@dataclass(frozen=True)
class _Head:
    kind: str
    number: str
    value: int | None
    title: str
    length: int
    """Characters of the line taken by the heading (number and title)."""


def _match(line: str) -> tuple[str, re.Match[str]] | None:
    for kind, pattern in _KINDS_BY_FIRST.get(line[:1], ()):
        match = pattern.match(line)
        if match:
            return kind, match
    return None


def heading_kind(line: str) -> str | None:
    """The kind of heading ``line`` starts with (see the module table), or ``None``."""
    head = _heading(line)
    return head.kind if head else None


def starts_heading(line: str) -> bool:
    """True when ``line`` starts with a numbered heading, box or table (not 「一是」)."""
    head = _heading(line)
    return head is not None and head.kind != "enum"


def _heading(line: str) -> _Head | None:
    found = _match(line)
    if found is None:
        return None
    kind, match = found
    numeral = match.group(1)
    value = cn_number(numeral) if kind != "table" else None
    if kind != "table" and value is None:
        return None
    rest = line[match.end() :]
    if kind in ("box", "table"):
        caption = rest.lstrip(" \t:：")
        if len(caption) > 60 or _CAPTION_STOP.search(caption):
            return None  # 「表1显示，…」 is a sentence, not a caption
        return _Head(kind, f"{line[: match.start(1)].strip()}{numeral}", None, caption, len(line))
    if kind == "article":
        length = match.end() + len(rest) - len(rest.lstrip())
        return _Head(kind, f"第{numeral}条", value, "", length)
    number = _NUMBER_FORMS[kind].format(numeral)
    body = rest.lstrip()
    skipped = len(rest) - len(body)
    stop = body.find("。")
    if stop != -1:
        title, length = body[:stop], match.end() + skipped + stop + 1
    else:
        title, length = body.rstrip(_TITLE_TRIM), len(line)
    return _Head(kind, number, value, title.strip(), length)


@dataclass
class _Node:
    head: _Head
    level: int
    rank: float
    start: int
    end: int = -1


def parse_sections(text: str) -> list[Section]:
    """The sections of a cleaned document, in order of their headings."""
    nodes: list[_Node] = []
    stack: list[_Node] = []

    def close(depth: int, at: int) -> None:
        while len(stack) > depth:
            stack.pop().end = at

    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        head = _heading(line)
        if head is None:
            continue
        if head.kind == "enum":
            node = _enumeration(head, stack, start, close)
        elif head.kind in ("box", "table"):
            boxes = [i for i, n in enumerate(stack) if n.head.kind in ("box", "table")]
            if boxes:
                close(boxes[-1], start)
            parent = stack[-1] if stack else None
            level = parent.level + 1 if parent else 1
            # A box belongs to its enclosing heading: the next heading of that rank ends it.
            node = _Node(head, level, parent.rank + 0.5 if parent else 99, start)
        else:
            rank, base = _OUTLINE[head.kind]
            while stack and stack[-1].rank >= rank:
                close(len(stack) - 1, start)
            level = max(base, stack[-1].level + 1) if stack else base
            node = _Node(head, level, rank, start)
        if node is None:
            continue
        nodes.append(node)
        stack.append(node)
    close(0, len(text))
    return [
        Section(
            number=n.head.number,
            title=n.head.title,
            level=n.level,
            start=n.start,
            end=n.end,
            heading_end=n.start + n.head.length,
        )
        for n in nodes
    ]


def _enumeration(
    head: _Head, stack: list[_Node], start: int, close: Callable[[int, int], None]
) -> _Node | None:
    """The node for 「N是」: a new enumeration for 一是, else the next item of an open one."""
    if head.value == 1:
        parent = stack[-1] if stack else None
        level = max(3, parent.level + 1) if parent else 3
        return _Node(head, level, max(_ENUM_RANK, parent.rank) if parent else _ENUM_RANK, start)
    for depth in range(len(stack) - 1, -1, -1):
        node = stack[depth]
        if node.head.kind == "enum" and node.head.value == (head.value or 0) - 1:
            close(depth, start)
            return _Node(head, node.level, node.rank, start)
    return None
