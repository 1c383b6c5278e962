"""Words and their parts of speech, from the dictionary that ships inside jieba (0.42.1,
MIT; ~349,000 words tagged with the ICTCLAS tag set).

The rules of ``extract.lexicon`` list the verbs and particles that open a clause in policy
language; a text nobody has seen opens its clauses with others (「今后万州经开区」,
「随着国信海天中心」, 「离不开开发区」). jieba's dictionary knows them as time words, adverbs,
prepositions and verbs, so the words in front of a name can be told from the name itself
without listing every such word. Its tags are those of a general dictionary: place names
are often tagged as verbs (修水, 包头, 遵义), so a word that is an administrative unit's
name, a sector or a generic word of names is never cut (the caller says which).

Only the dictionary is used (``HMM=False``): the statistical model for unknown words would
guess at the proper names that carriers are made of.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)

LEADING_TAGS = frozenset({"p", "c", "r", "u", "d", "ad", "v", "l", "i"})
"""Tags of words that open a clause rather than name a place: prepositions (随着),
conjunctions (同时), pronouns (该, 各), particles, adverbs (已经), verbs and set phrases
(离不开, 进驻, 受表彰)."""
SOFT_TAGS = frozenset({"t", "tg", "vn"})
"""Tags of words that open a clause before a place's name (今后万州…, 助推海门…) and modify
a name elsewhere (夜间文化旅游消费集聚区, 投资大厦): cut when a place's name or nothing
follows."""
SINGLE_TAGS = frozenset({"p", "c", "r", "u"})
"""Tags a one-character word must have to be cut (现, 与, 该): a one-character adverb or
verb is too often part of a name (正荣, 建桥)."""
VERB_TAGS = frozenset({"v", "l", "i"})
"""Tags of a word after which a generic rest names nothing (「…借鉴受表彰产业集聚区」)."""


@lru_cache(maxsize=65536)
def tagged(phrase: str) -> tuple[tuple[str, str], ...]:
    """``phrase`` cut into dictionary words with their tags; cached, since a text names
    the same carriers many times."""
    return tuple((w.word, w.flag) for w in jieba.posseg.cut(phrase, HMM=False))


HAN_RUN_RE = re.compile("[\u4e00-\u9fd5]{2,}")
"""Two characters or more of the Han range jieba cuts by its dictionary (its
``re_han_internal``, ASCII letters and digits aside)."""


def may_be_one_word(phrase: str) -> bool:
    """False when ``tagged(phrase)`` cannot be one word: ``phrase`` is two Han characters
    or more that the dictionary does not hold as a word (jieba 0.42.1 without HMM joins
    characters only along its words, ``get_DAG``). Asked before ``tagged`` by a caller
    that tries every piece of a name for a word: of the 13,188 pieces ``places`` tried on
    the 390 texts of tests/eval*, 5,573 (42 %) were so, and each cut of one cost ~19 µs."""
    if not HAN_RUN_RE.fullmatch(phrase):
        return True
    jieba.dt.check_initialized()
    return bool(jieba.dt.FREQ.get(phrase))


def leading_words(prefix: str, keep: Callable[[str], bool], is_place: Callable[[str], bool]) -> int:
    """How many characters at the start of ``prefix`` (the words in front of a carrier's
    suffix) are words that open a clause rather than name a place: 「今后万州」 → 2,
    「目前」 → 2, 「绵竹高新技术」 → 0. A word for which ``keep`` is True (a unit's name, a
    sector, a generic word of names) ends the run; a time word or verbal noun only when a
    place's name (``is_place``) or nothing follows it."""
    cut = 0
    words = tagged(prefix)
    for i, (word, tag) in enumerate(words):
        if keep(word):
            break
        after = words[i + 1][0] if i + 1 < len(words) else ""
        if tag in SOFT_TAGS:
            # 「今后万州…」, 「目前开发区」 but 「夜间文化旅游消费集聚区」, 「投资大厦」. jieba may
            # cut the place's name in two (「目前剑河」: 剑 / 河), so the rest is read whole.
            rest = prefix[cut + len(word) :]
            cuts = (len(word) > 1 or tag == "tg") and (
                not after or is_place(after) or _starts_with_place(rest, is_place)
            )
        else:
            cuts = tag in LEADING_TAGS and (len(word) > 1 or tag in SINGLE_TAGS)
        if not cuts:
            break
        cut += len(word)
    return cut


def _starts_with_place(text: str, is_place: Callable[[str], bool]) -> bool:
    """True when the first two to four characters of ``text`` are a place's name."""
    return any(is_place(text[:n]) for n in range(2, min(len(text), 4) + 1))


def verb_then_generic(
    prefix: str, keep: Callable[[str], bool], generic: Callable[[str], bool]
) -> bool:
    """True when ``prefix`` holds a verb or set phrase followed only by generic words
    (「各产业集聚区要认真借鉴受表彰产业」): the words describe a carrier, they name none."""
    words = tagged(prefix)
    at = len(prefix)
    for word, tag in reversed(words):
        at -= len(word)
        if tag in VERB_TAGS and len(word) >= 2 and not keep(word):
            rest = prefix[at + len(word) :]
            return bool(rest) and generic(rest)
    return False


CLAUSE_VERBS = frozenset("有如含")
"""One-character verbs that end a clause before a name as prepositions do (「中国有苏州
工业园」, 「国家级开发区如漕河泾新兴技术开发区」, 「笏石工业园（含佳通产业园）」)."""
CLAUSE_CHARACTERS = frozenset("因被给跟按据凭替除") | CLAUSE_VERBS
"""One-character prepositions (因, 被, 按 …) and ``CLAUSE_VERBS``: standing alone inside the
words in front of a suffix, they end a clause, and the name starts after them
(「江苏昆山因昆山开发区」; 如东, 如意, 含山 are words of their own). Those that join names
(与, 同: 重庆同兴工业园) are left to the caller's rules; the lexicon's prepositions (在, 于,
对 …) break names already."""


def after_clause_character(prefix: str, is_place: Callable[[str], bool]) -> int:
    """Where a name starts in ``prefix`` after the last of ``CLAUSE_CHARACTERS`` that the
    dictionary cuts as a word of its own (so 原因, 依据, 有色 stay whole) and that begins or
    ends no place's name (``is_place``: 大有 of 锦州大有经济开发区 is a town's); 0 when none.
    Nothing may follow: 「县城往往因园区」 names no park."""
    cut, at = 0, 0
    for word, tag in tagged(prefix):
        at += len(word)
        if (
            word in CLAUSE_CHARACTERS
            and (tag == "p" or word in CLAUSE_VERBS)
            and not any(is_place(prefix[at - 1 : at - 1 + n]) for n in (2, 3))
            and not any(is_place(prefix[at - n : at]) for n in (2, 3) if at >= n)
        ):
            cut = at
    return cut


PERSON_TITLE_ENDS = ("长", "书记", "主任", "总指挥")
"""Ends of a person's title (副市长, 党工委书记, 管委会主任): what follows is a name."""


ACTION_TAGS = frozenset({"v", "vn"})
"""jieba's tags of a verb and a verbal noun: 打响 (vn) in 「星火项目区打响福鼎工业园区」 acts
as a verb before the unit's name as 莅临 (v) does."""


def after_verb_before_place(
    prefix: str, keep: Callable[[str], bool], is_place: Callable[[str], bool]
) -> int:
    """Where a name starts in ``prefix`` after the last verb or person's title that a
    county's, city's or province's name (``is_place``) follows: 「主要阐明重庆高新区…」,
    「我市举行昌邑（滨海）…」, 「三年两次莅临山西综改示范区」, 「如浦东新区」, 「副市长昌邑
    滨海…」; 0 when none. A word ``keep`` is True for (a unit's name, a sector, a generic
    word: 示范 in 应用示范重庆基地) is part of the name."""
    cut, at = 0, 0
    words = tagged(prefix)
    for i, (word, tag) in enumerate(words):
        at += len(word)
        after = words[i + 1][0] if i + 1 < len(words) else ""
        opens = tag in ACTION_TAGS or (tag.startswith("n") and word.endswith(PERSON_TITLE_ENDS))
        if opens and len(word) + len(after) > 2 and not keep(word) and is_place(after):
            cut = at
    return cut


def ends_in_a_verb(prefix: str) -> bool:
    """True when the last word of ``prefix`` is a one-character verb: before a one-character
    suffix the two are a verb and its object (「招商建园」, 「以产兴港」), not a name (果园港,
    九龙园, 寸滩港 end in nouns)."""
    words = tagged(prefix)
    return bool(words) and len(words[-1][0]) == 1 and words[-1][1] == "v"


DETERMINER_TAGS = frozenset({"a", "r"})
"""Tags of words that pick out some of a kind (不同, 其他) rather than name (二期 names a
phase: 重庆设计公园二期创新基地)."""


def only_determiners(words_: str) -> bool:
    """True when ``words_`` are words that pick out some of a kind: 「万州经开区不同园区」 is
    some of the zone's parks, not a park's name."""
    tags = tagged(words_)
    return bool(tags) and all(tag in DETERMINER_TAGS and len(w) > 1 for w, tag in tags)
