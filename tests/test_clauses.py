"""Spans of running text looked up in indexes built once per text (``extract.clauses``),
and what the steps built on them find: the same as searching each span anew, which made
a one-line text of n names O(n²) (bench/extract_speed.py measures the time)."""

from __future__ import annotations

import re

from extract import extract
from extract.clauses import matches_from, occurs_within
from extract.lexicon import DESIGNATION_RE
from extract.model import Document

LINE = (
    "支持建设两江数字经济产业园、礼嘉智慧公园，位于渝北区的仙桃数据谷；依托来福士打造金融特色楼宇"
)


def test_a_pattern_occurs_within_a_span_exactly_when_searching_the_span_finds_it():
    for start in range(len(LINE)):
        for end in range(start, len(LINE) + 1):
            assert occurs_within(LINE, DESIGNATION_RE, start, end) == bool(
                DESIGNATION_RE.search(LINE[start:end])
            ), (start, end)


def test_matches_from_an_offset_are_the_texts_matches_starting_there_or_later():
    words = re.compile("位于|依托|建设")
    for start in range(len(LINE) + 1):
        assert list(matches_from(LINE, words, start)) == [
            m.span() for m in words.finditer(LINE) if m.start() >= start
        ]


def test_names_on_one_long_line_are_found_as_on_short_lines():
    short = "支持建设两江数字经济产业园，位于渝北区的仙桃数据谷。\n" * 3
    line = short.replace("。\n", "，") * 2_000  # 36,000 characters without a full stop
    names = {p.name for p in extract([document(short)]).places}
    assert names == {"两江数字经济产业园", "仙桃数据谷"}
    found = extract([document(line)]).places
    assert {p.name for p in found} == names
    assert [p.district for p in found if p.name == "仙桃数据谷"] == ["渝北区"]


def document(text: str) -> Document:
    return Document(id="d", source="d.txt", title="d", text=text)
