"""The sector phrases a document assigns to the carriers it names.

Phrases come verbatim from four places, nearest first: the carrier's own naming (a
bracketed list, a shared designation tail, sector words in its name), the clause that
names it (「聚焦X、Y」, 「打造一批X、Y特色产业楼宇」, 「以X为主导产业」), and the heading
of the section it sits in (「（一）金融服务业」, 「1.软件信息。」, 「二、金融服务集聚示范区」).
"""

from __future__ import annotations

import re
from functools import cached_property

from extract import lexicon as lx
from extract.clauses import sentence_bounds
from extract.model import Document
from extract.taxonomy import Taxonomy

TRAILER_RE = re.compile(
    r"(?:等(?:重点|优势|新兴|细分|特色|相关)*(?:领域|产业|方向|行业|业态|环节)?|"
    r"(?:重点|优势|新兴|细分)+(?:领域|产业|方向|行业|业态))$"
)
CONJ_SPLIT_RE = re.compile(r"以及|和|及|与")
ENUM_PIECE_RE = re.compile(r"[^，。；：！？]*、[^，。；：！？]*")
COUNT_WORD_RE = re.compile(r"^[一二三四五六七八九十两]+大")
WRAPPER_RE = re.compile(r"^(?:一批|大力发展|发展|以|围绕)|(?:等.*)$")
NOT_SECTOR_HEADING_RE = re.compile(r"生产性服务业|现代服务业|服务业新体系")


class SectorReader:
    """Reads sector phrases out of one document's text with a taxonomy."""

    def __init__(self, doc: Document, text: str, taxonomy: Taxonomy) -> None:
        self.doc = doc
        self.text = text
        self.taxonomy = taxonomy

    def is_sector(self, phrase: str) -> bool:
        """True when the whole phrase names a sector."""
        return self.taxonomy.match(phrase) is not None

    def strip_sectors(self, phrase: str) -> str:
        """The phrase with its sector phrases removed."""
        hits = self.taxonomy.find(phrase)
        for hit in reversed(hits):
            phrase = phrase[: hit.start] + phrase[hit.end :]
        return phrase

    def in_name(self, name: str) -> list[str]:
        """Sector phrases inside a carrier's name: 良景检验检测产业园区 → 检验检测."""
        return [hit.phrase for hit in self.taxonomy.find(name)]

    def in_clause(self, start: int, end: int) -> list[str]:
        """Sector phrases listed by the sentence that names ``text[start:end]``: its
        「聚焦…」-style lists, and any 、-enumeration made mostly of sectors
        (「大力引进消费金融、汽车金融、贸易金融等新兴金融业态」)."""
        left, right = sentence_bounds(self.text, start, end)
        sentence = self.text[left:right]
        phrases = self._listed(sentence)
        for piece in ENUM_PIECE_RE.finditer(sentence):
            items = self.split_list(lx.LEAD_RE.sub("", piece.group()))
            sectors = sum(self.is_sector(i) for i in items)
            if sectors and sectors * 2 >= len(items):
                phrases.extend(i for i in items if i not in phrases)
        return phrases

    def in_heading(self, offset: int) -> list[str]:
        """Sector phrases of the deepest enclosing heading that names any."""
        for section in reversed(self.doc.section_path(offset)):
            if offset < section.heading_end:
                continue  # a name in the heading itself is not governed by it
            title = NOT_SECTOR_HEADING_RE.sub("", section.title)
            phrases = self._heading_phrases.get(section.start)
            if phrases is None:
                phrases = self._listed(title) or [h.phrase for h in self.taxonomy.find(title)]
                self._heading_phrases[section.start] = phrases
            if phrases:
                return phrases
        return []

    @cached_property
    def _heading_phrases(self) -> dict[int, list[str]]:
        return {}

    def _listed(self, clause: str) -> list[str]:
        """Items of every sector list in a clause, verbatim."""
        phrases: list[str] = []
        for pattern in lx.SECTOR_CLAUSE_RES:
            for m in pattern.finditer(clause):
                phrases.extend(self.split_list(m.group("list")))
        return list(dict.fromkeys(phrases))

    def split_list(self, listing: str) -> list[str]:
        """「人工智能、工业软件、汽车软件等重点领域」 → the four phrases; items that are not
        sectors but contain some (「新一代信息技术和人工智能」) give those."""
        out: list[str] = []
        for raw in re.split(r"[、，,]", listing):
            item = TRAILER_RE.sub("", WRAPPER_RE.sub("", raw.strip(" “”\"「」+"))).strip(" “”+")
            if not item or COUNT_WORD_RE.match(item):
                continue
            if self.is_sector(item) or (len(item) <= 6 and not CONJ_SPLIT_RE.search(item)):
                out.append(item)
            elif CONJ_SPLIT_RE.search(item):
                out.extend(self.split_list("、".join(CONJ_SPLIT_RE.split(item))))
            else:
                out.extend(hit.phrase for hit in self.taxonomy.find(item))
        return out
