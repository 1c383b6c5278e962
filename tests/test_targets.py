"""Carrier targets stated in plans, read from real sentences of the seeds."""

from __future__ import annotations

import pytest

from extract.model import Document
from extract.targets import find_targets, to_int
from extract.taxonomy import Taxonomy


def targets_of(text: str, title: str = "实施方案（2024—2027年）"):
    doc = Document(id="d", source="test", title=title, text=text)
    return find_targets(doc, Taxonomy.load())


@pytest.mark.parametrize(
    ("sentence", "sector", "kind", "count", "year", "at_least"),
    [
        (
            "到2027年，力争全区金融机构总量突破500家，成功打造金融特色楼宇5栋。",
            "finance",
            "building",
            5,
            2027,
            False,
        ),
        (
            "到2027年，力争建成2个市级生产性服务业集聚区，打造生产性服务业专业特色楼宇15栋以上。",
            None,
            "zone",
            2,
            2027,
            False,
        ),
        (
            "到2027年，全市网络零售额达到2700亿元，打造12个具有一定规模的跨境电商产业园。",
            "industrial-ecommerce.cross-border",
            "park",
            12,
            2027,
            False,
        ),
        (
            "到2027年，全区网络零售额年均增速保持25%以上，打造市级跨境电商产业园2个以上。",
            "industrial-ecommerce.cross-border",
            "park",
            2,
            2027,
            True,
        ),
        (
            "到2026年，打造人力资源服务专业特色楼宇1栋。",
            "human-resources",
            "building",
            1,
            2026,
            False,
        ),
    ],
)
def test_target_sentence(sentence, sector, kind, count, year, at_least):
    first = targets_of(sentence)[0]
    assert (first.sector, first.kind, first.count, first.year, first.at_least) == (
        sector,
        kind,
        count,
        year,
        at_least,
    )
    assert first.quote in sentence


def test_two_targets_in_one_sentence_and_a_floor():
    found = targets_of("力争建成2个市级生产性服务业集聚区，打造生产性服务业专业特色楼宇15栋以上。")
    assert [(t.kind, t.count, t.at_least) for t in found] == [
        ("zone", 2, False),
        ("building", 15, True),
    ]
    assert all(t.year == 2027 for t in found)  # from the plan period in the title


def test_sentence_without_target():
    assert targets_of("加快打造一批特色鲜明的软件园区，引育一批细分领域“隐形冠军”企业。") == []


@pytest.mark.parametrize(
    ("text", "value"), [("12", 12), ("１５", 15), ("十二", 12), ("两", 2), ("二十", 20)]
)
def test_numbers(text, value):
    assert to_int(text) == value


def test_targets_of_the_built_in_corpus(corpus_docs):
    found = [t for d in corpus_docs for t in find_targets(d, Taxonomy.load())]
    finance = [t for t in found if t.sector == "finance" and t.kind == "building"]
    assert [(t.count, t.year) for t in finance] == [(5, 2027)]
    assert any(t.count == 12 and t.kind == "park" for t in found)
