"""The sector phrases a document assigns to the carriers it names.

Phrases come verbatim from four places, nearest first: the carrier's own naming (a
bracketed list, a shared designation tail, sector words in its name), the clause that
names it (「聚焦X、Y」, 「打造一批X、Y特色产业楼宇」, 「以X为主导产业」), and the heading
of the section it sits in (「（一）金融服务业」, 「1.软件信息。」, 「二、金融服务集聚示范区」).
"""

from __future__ import annotations

import re

from extract import lexicon as lx
from extract.clauses import paragraph_bounds, sentence_bounds
from extract.model import Document
from extract.taxonomy import Taxonomy

TRAILER_RE = re.compile(
    r"(?:等(?:重点|优势|新兴|细分|特色|相关)*(?:领域|产业|方向|行业|业态|环节)?|"
    r"(?:重点|优势|新兴|细分)+(?:领域|产业|方向|行业|业态))$"
)
CONJ_SPLIT_RE = re.compile(r"以及|和|及|与")
ENUM_PIECE_RE = re.compile(r"[^，。；：！？]*、[^，。；：！？]*")
COUNT_WORD_RE = re.compile(r"^[一二三四五六七八九十两]+大")
NAME_END_RE = re.compile(rf"(?:{lx.SUFFIX_RE.pattern}|中心|广场|事务所|机构|企业|平台|公司|大学)$")
"""Items that name places or organisations, not sectors: 平安金融中心, 律师事务所."""
NAME_IN_TEXT_RE = re.compile(
    rf"[{lx.CJK}A-Za-z0-9·—\-]{{2,20}}?(?:{lx.SUFFIX_RE.pattern}|中心|广场|事务所|机构|大学|平台)"
)
WRAPPER_RE = re.compile(r"^(?:一批|大力发展|发展|以|围绕)|(?:等.*)$")
NOT_SECTOR_HEADING_RE = re.compile(r"生产性服务业|现代服务业|服务业新体系")


PARAGRAPH_SCOPE = 600
"""A paragraph up to this length describes the carriers it names as a whole (「1.临港产业。
加快推进果园港…建设。做大国际物流…」), so its sector lists reach them; a longer one is
read sentence by sentence."""

Evidence = tuple[str, str]
"""A sector phrase and the text that assigns it (a sentence, a heading, a name)."""


class SectorReader:
    """Reads sector phrases out of one document's text with a taxonomy."""

    def __init__(self, doc: Document, text: str, taxonomy: Taxonomy) -> None:
        self.doc = doc
        self.text = text
        self.taxonomy = taxonomy
        self._heading_phrases: dict[int, list[str]] = {}
        self._clause_evidence: dict[tuple[int, int, int, int], list[Evidence]] = {}

    def is_sector(self, phrase: str) -> bool:
        """True when the whole phrase names a sector."""
        return self.taxonomy.match(phrase) is not None

    def strip_sectors(self, phrase: str) -> str:
        """The phrase with its sector phrases removed."""
        hits = self.taxonomy.find(phrase)
        for hit in reversed(hits):
            phrase = phrase[: hit.start] + phrase[hit.end :]
        return phrase

    def in_name(self, name: str) -> list[Evidence]:
        """Sector phrases inside a carrier's name: 良景检验检测产业园区 → 检验检测."""
        return [(hit.phrase, name) for hit in self.taxonomy.find(name)]

    def in_clause(self, start: int, end: int) -> list[Evidence]:
        """Sector phrases listed around the words that name a carrier: 「聚焦…」-style lists
        and any 、-enumeration made mostly of sectors (「大力引进消费金融、汽车金融、贸易金融
        等新兴金融业态」), in its sentence or, for a short paragraph, its paragraph."""
        left, right = paragraph_bounds(self.text, start)
        if right - left > PARAGRAPH_SCOPE:
            left, right = sentence_bounds(self.text, start, end)
        s_left, s_right = sentence_bounds(self.text, start, end)
        # Carriers of one clause share its reading: read once (a sentence naming 100,000
        # carriers was read 100,000 times).
        key = (left, right, s_left, s_right)
        if key not in self._clause_evidence:
            self._clause_evidence[key] = self._read_clause(left, right, s_left, s_right)
        return self._clause_evidence[key]

    def _read_clause(self, left: int, right: int, s_left: int, s_right: int) -> list[Evidence]:
        out: list[Evidence] = []
        for sentence in re.finditer(r"[^。；！？]+[。；！？]?", self.text[left:right]):
            quote = self.doc.text[left + sentence.start() : left + sentence.end()].strip()
            out += [(p, quote) for p in self.listed(sentence.group())]
        # The sentence that names the carrier: every sector it mentions outside of names.
        quote = self.doc.text[s_left:s_right].strip()
        out += [(p, quote) for p in self.mentioned(self.text[s_left:s_right])]
        return out

    def mentioned(self, sentence: str) -> list[str]:
        """Sector phrases a sentence mentions, except inside names of places and bodies."""
        masked = NAME_IN_TEXT_RE.sub(lambda m: "　" * len(m.group()), sentence)
        return [hit.phrase for hit in self.taxonomy.find(masked)]

    def in_heading(self, offset: int) -> list[Evidence]:
        """Sector phrases of the enclosing headings, deepest first: 「1.软件信息」 inside
        「（一）聚焦数智服务」 passes down both."""
        out: list[Evidence] = []
        for section in reversed(self.doc.section_path(offset)):
            if offset < section.heading_end:
                continue  # a name in the heading itself is not governed by it
            if section.start not in self._heading_phrases:
                title = NOT_SECTOR_HEADING_RE.sub("", section.title)
                found = self._sector_lists(title)
                found += [h.phrase for h in self.taxonomy.find(title) if h.phrase not in found]
                self._heading_phrases[section.start] = found
            out += [(p, section.label) for p in self._heading_phrases[section.start]]
        return out

    def listed(self, sentence: str) -> list[str]:
        """The sector phrases a sentence lists, verbatim, in order, without repeats."""
        phrases = self._sector_lists(sentence)
        for piece in ENUM_PIECE_RE.finditer(sentence):
            # An enumeration not introduced as a sector list counts only when it is one:
            # two sectors or more, two thirds of its items; its other items are not kept.
            items = self.split_list(lx.LEAD_RE.sub("", piece.group()))
            sectoral = [
                i
                for i in items
                if (self.is_sector(i) or self.taxonomy.find(i)) and not NAME_END_RE.search(i)
            ]
            if len(sectoral) >= 2 and len(sectoral) * 3 >= len(items) * 2:
                phrases.extend(i for i in sectoral if i not in phrases)
        return phrases

    def _sector_lists(self, clause: str) -> list[str]:
        """Items of every sector list in a clause, verbatim."""
        phrases: list[str] = []
        for pattern in lx.SECTOR_CLAUSE_RES:
            for m in pattern.finditer(clause):
                items = self.split_list(m.group("list"))
                # 「聚焦名人、名品、名企」 is no sector list: one item at least must be a sector.
                if any(self.is_sector(i) or self.taxonomy.find(i) for i in items):
                    phrases.extend(i for i in items if not NAME_END_RE.search(i))
        return list(dict.fromkeys(phrases))

    def split_list(self, listing: str) -> list[str]:
        """「人工智能、工业软件、汽车软件等重点领域」 → the four phrases; items that are not
        sectors but contain some (「新一代信息技术和人工智能」) give those."""
        out: list[str] = []
        for raw in re.split(r"[、，,]", listing):
            item = lx.LEAD_RE.sub("", WRAPPER_RE.sub("", raw.strip(' “”"「」+')))
            item = TRAILER_RE.sub("", item).strip(" “”+")
            if not item or COUNT_WORD_RE.match(item):
                continue
            if self.is_sector(item) or (len(item) <= 6 and not CONJ_SPLIT_RE.search(item)):
                out.append(item)
            elif CONJ_SPLIT_RE.search(item):
                out.extend(self.split_list("、".join(CONJ_SPLIT_RE.split(item))))
            else:
                out.extend(hit.phrase for hit in self.taxonomy.find(item))
        return out
