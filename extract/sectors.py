"""The sector phrases a document assigns to the carriers it names.

Phrases come verbatim from these places, nearest first: the carrier's own naming (a
bracketed list, a shared designation tail, sector words in its name, the words between a
host's name and a designation suffix), the clause that names it (「聚焦X、Y」,
「打造一批X、Y特色产业楼宇」, 「以X为主导产业」, 「主导产业为X」, 「重点发展X」), the body of a
section it titles (「二十四、重庆武隆工业园」 … 「园区以铝业为主」), and the heading of the
section it sits in (「（一）金融服务业」, 「1.软件信息。」, 「二、金融服务集聚示范区」).

Scope follows the clause structure: a carrier takes the sectors of its own clause (up to
「，」) and of the clauses and sentences around it that name no other carrier, so
「认定A、B为金融特色楼宇，认定C为软件信息特色楼宇」 gives 金融 to A and B only and
「建设A和B，主导产业为X」 gives X to both. A clause whose subject is a whole district or
city (「全区重点发展…」) describes no carrier.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from itertools import accumulate

from extract import lexicon as lx
from extract import units
from extract.carriers import own_suffix
from extract.clauses import Bounds
from extract.model import Document
from extract.taxonomy import Taxonomy
from extract.words import LEADING_TAGS, tagged

TRAILER_RE = re.compile(
    r"(?:等(?:重点|优势|新兴|细分|特色|相关)*(?:领域|产业|方向|行业|业态|环节)?|"
    r"(?:重点|优势|新兴|细分)+(?:领域|产业|方向|行业|业态)|"
    # 「形成以装备制造(模具)为首位产业」: the 为 of the role; no sector ends with it.
    r"为)$"
)
CONJ_SPLIT_RE = re.compile(r"以及|和|及|与")
ITEM_SPLIT_RE = re.compile(r"[、，,/／]")
ENUM_PIECE_RE = re.compile(r"[^，。；：！？|｜]+")
"""A run of a clause a table cell boundary (「|」) also ends: a 、-enumeration when it
holds a 、 (tested after, as ``carriers.LIST_RUN_RE`` explains)."""
COUNT_WORD_RE = re.compile(r"^[一二三四五六七八九十两]+大")
NAME_END_RE = re.compile(
    rf"(?:{lx.SUFFIX_RE.pattern}|中心|广场|事务所|机构|企业|平台|公司|集团|大学)$"
)
"""Items that name places or organisations, not sectors: 平安金融中心, 律师事务所,
东风汽车集团."""
_NAME_IN_TEXT_END = rf"(?:{lx.SUFFIX_RE.pattern}|中心|广场|事务所|机构|大学|平台)"
NAME_IN_TEXT_RE = re.compile(rf"[{lx.CJK}A-Za-z0-9·—\-]{{2,20}}?{_NAME_IN_TEXT_END}")
NAME_IN_TEXT_END_RE = re.compile(_NAME_IN_TEXT_END)
"""How every match of ``NAME_IN_TEXT_RE`` ends: a clause without one holds no name. One
scan finds it, where ``NAME_IN_TEXT_RE`` tries up to 20 lengths at each character: of the
4,087 clauses the 390 texts of tests/eval* mask, 3,239 (79 %) hold none; masking all of
them took 90 ms, looking for an end 7."""
WRAPPER_RE = re.compile(r"^(?:一批|大力发展|发展|以|围绕|了)|(?:等.*)$")
_ROLE_OF_LIST = (
    "(?:传统|新兴|战略性新兴|未来|主导|优势|特色)?(?:产业|行业)?"
    "为(?:主导|主|重点|特色|支柱|首位|基础|支撑|引领|核心)"
)
"""「…(传统产业)为基础」: the role a 以-list plays in a place's industries."""
_COUNT = r"(?:[一二三四五六七八九十两几]+|\s*[0-9０-９]+\s*)大"
"""A count of a list's items: 五大, 「4 大」."""
_COUNTED_CLOSE = (
    rf"等?[“\"「]?{_COUNT}(?:重点|优势|新兴|特色|主导|支柱)?(?:产业|领域|行业)"
    '(?:集群)?[”"」]?'
)
"""A list's close that counts its items, quoted or not: 「…和现代服务业“五大主导产业”」."""
STATED_LIST_RES = (
    re.compile(
        r"(?:主导产业|主要产业|重点产业|支柱产业|特色产业|首位产业|产业定位|产业方向|主攻方向)"
        r"(?:为|是|：|包括|有|定位为|聚焦)(?P<list>[^。；|｜]{2,80}?)(?:等(?:产业|领域|行业)?)?"
        r"(?=[。；）|｜]|$)"
    ),
    # The last item keeps a 产业 of its own (「重点发展汽车制造、LED照明产业」), as written.
    re.compile(
        r"(?:重点发展|主要发展|着力发展|优先发展|主要从事|主攻|培育)(?P<list>[^，。；：|｜]{2,60}?)"
        r"(?:等(?:重点|优势|新兴|特色|主导)?(?:产业|领域|行业|业态)?|"
        rf"{_COUNTED_CLOSE})?(?=[，。；）|｜]|$)"
    ),
    # 「重点打造纺织服装、通信电子…四大主导产业集群」: what is built is a sector list only when
    # its close says so (「打造…示范区」, 「打造品牌」 are no lists).
    re.compile(
        r"(?:重点|着力|全力|加快)打造(?P<list>[^，。；：|｜]{2,60}?)"
        rf"(?:等(?:重点|优势|新兴|特色|主导)?(?:产业|领域|行业)(?:集群)?|{_COUNTED_CLOSE})"
        r"(?=[，。；）|｜]|$)"
    ),
    # 「以A为主导」, and the roles of a layout: 「以A传统产业为基础、B战略性新兴产业为支撑」.
    # 以及 may join its items (「以风机设备、农机…以及煤炭、粮食等物流加工为重点」).
    re.compile(rf"以(?P<list>(?:[^，。；：为以]|以及){{2,60}}?){_ROLE_OF_LIST}(?:产业|行业)?"),
    re.compile(rf"、(?P<list>[^，。；：为以、]{{2,40}}?){_ROLE_OF_LIST}"),
    # 「已形成A、B、C五大主导产业」, 「形成了金融、物流、中介服务等几大支柱产业」, 「…三大传统
    # 产业及D、E两大新兴产业」: a list closed by its count.
    re.compile(
        r"(?:形成|构建|拥有|培育|及)了?(?P<list>[^，。；：|｜及]{2,80}?)等?"
        rf"(?:{_COUNT})?(?:主导|支柱|特色|优势|重点|首位|传统|新兴|战略性新兴)"
        r"(?:产业|行业)"
    ),
    # 「形成以正大集团、奥林贝尔等企业为龙头的农副产品加工产业」, 「形成了乌石化、兖矿等为代表
    # 的能源化工产业链」: the trade its leading firms head, as written; so the trade its main
    # product or core makes (「以齿轮为核心的汽摩整车及零部件产业」, 「以铝铜为主的…」).
    re.compile(
        rf"为(?:龙头|代表|主|核心|主导)的(?P<list>[^，。；：、]{{2,24}}?)(?=[，。；]|{_COUNT}|$)"
    ),
    # 「围绕纺织服装、绿色果蔬、棉纺产业发展」, 「集高新技术、装备制造于一体」.
    re.compile(r"围绕(?P<list>[^，。；：|｜]{2,60}?)等?(?:发展|布局|集聚)(?=[，。；]|$)"),
    re.compile(r"集(?P<list>[^，。；：|｜]{2,40}?)于一体"),
    # 「以A为首位产业，B、C为主导产业」: the 以 reaches across the comma.
    re.compile(r"[，,](?P<list>[^，。；：为以]{2,40}?)为(?:主导|支柱|首位|特色)(?:产业|行业)"),
    # 「玉雕是石佛寺镇的支柱产业」, 「旅游业已成为全县的主导产业」: the subject, whose trade
    # it is (「该产业是…」 names none).
    re.compile(
        r"(?:^|(?<=[，,。；]))(?![该这此其本])(?P<list>[^，。；：是为的]{2,12}?)"
        r"(?:已经?)?(?:成为|是)[^，。；：]{0,12}?的(?:支柱|主导|首位|特色|优势)(?:产业|行业)"
    ),
)
"""Clauses that introduce the sector list of a place, however unknown its items: every item
is a sector phrase (mapped, or reported as unmapped)."""
FIRMS_TRADE_RE = re.compile(
    r"(?:引进|吸引|集聚|聚集|入驻|引入|汇聚)了?[^，。；：]{0,40}?等"
    r"(?P<trade>[^，。；：、等的]{2,16}?)(?:类|型)?(?:企业|机构)"
)
"""「积极引进雷格斯、德高等高端商务办公服务企业」: the trade of the firms a place draws in, as
written, when it holds a known sector (「等知名企业」 names none)."""
LIST_CLOSES = (
    # 「涵盖了电子信息、…、绿色食品深加工等多个领域」, 「带动了中医药材种植、…等相关产业」,
    # 「围绕装备制造、纺织服装、电子产品等产业全面招商」: a list its close says is of sectors;
    # a count closes one without 等 (「传感器、锂电池、…、食品加工5大优势行业」).
    (
        re.compile(
            r"(?:等(?:多个|相关|[一二三四五六七八九十几多]+(?:个|大|类))?|"
            r"(?:[一二三四五六七八九十几多]+|\s*[0-9０-９]+\s*)(?:个|大|类))"
            r"(?:重点|优势|新兴|特色|主导|支柱)?(?:产业|领域|行业)(?!生态|电商|链|集群|园|基地)"
        ),
        160,
        False,
    ),
    # 「已形成了较为完善的纺织服饰产业链」, 「加大电梯、电机、绿色家居产业链招商」.
    (re.compile("产业链"), 60, True),
    # 「入驻有投资、期货、证劵、保险…等高附加值的现代服务业」, 「引进餐饮、零售等业态」.
    (
        re.compile(r"等(?:[^，。；：、]{0,10}的)?(?:现代|高端|生产性|生活性)?(?:服务业|业态)"),
        160,
        False,
    ),
)
"""Closes of lists that are sector lists when half their items at least are known sectors
(every item is then a sector phrase, known or not, as written), with how far back the list
may start (its clause's start, at most so many characters) and whether the close is part of
the last item (产业链 is). 「研发、生产、测试、认证等产业生态」 and 「即时采购、网络直销、
社交电商等产业电商新业态」 are no such lists. Found from the close back, so a clause with
no close costs one scan."""
BASE_RE = re.compile(
    r"(?:打造|建设|建成|创建)(?:成为?|为)?(?:[^，。；：的]{0,12}的)?"
    r"(?:国家级?|全国|全省|省级?|区域性?|世界级|一流|重要|[百千万]亿级)*"
    r"(?P<list>[^，。；：的]{2,30}?)(?:产业|生产|制造)基地"
)
"""「坚持打造国家新型石油化工产业基地」: the base a place is made names its trade (a list
read as the closed ones are)."""
CLAUSE_STOPS = "，。；：|｜"
CHAIN_MODIFIERS_RE = re.compile(r"(?:绿色|智能|高端|新型|现代|特色|优势|传统|新兴|全)*")
"""What a 「…产业链」 item holds besides sectors (绿色家居产业链, 光伏全产业链): an item with
other words (知识产权对产业链, 现代农业融合共创产业链) is a clause, not a phrase."""
LIST_LEAD_RE = re.compile(
    r"^.*(?:了|的|涵盖|包括|包含|带动|加大|发展|聚焦|围绕|拥有|涉及|覆盖|引进|培育|吸引|集聚|聚集|"
    r"形成|打造|构建|完善|延伸|做强|壮大|布局|主要有|主要是|以|为|是)"
)
"""The words before a closed list's first item, up to the last verb or 的 (「这些企业涵盖
了」, 「已形成了较为完善的」)."""
TITLE_AFTER_RE = re.compile(
    rf"(?:——|—|－|-)?(?:国家级?|全国|省级?|[{lx.CJK}]{{2,3}}省)?"
    rf"(?P<phrase>[{lx.CJK}]{{2,12}}?)(?:集群升级示范区|集群示范区|名区|名县|名市|名镇)"
)
"""A title glued to the name it is given, which names the place's trade: 「湛江市廉江九洲开发区
小家电产业集群升级示范区」, 「衡水高新技术产业开发区——河北省工程设施装备产业名区」."""
ZONE_KIND_AFTER_RE = re.compile(r"业?开发区.")
"""After a sector inside a name, the kind of zone it names with it, when more of the name
follows (先进制造|业开发区|化工园区)."""
OWN_BRACKET_RE = re.compile(r"[（(][^（()）。；\n]{1,78}[)）]")
"""A bracket right after a name: the name's own (its sectors, its short name)."""
DESIGNATION_SUFFIX_RE = re.compile(
    r"(?:集聚示范区|集聚区|示范区|产业园区|产业园|产业基地|示范基地)$"
)
"""Suffixes of a designation that a sector phrase precedes (not 园, 港: 南海园, 东方芯港)."""
MODIFIERS_RE = re.compile(
    r"^(?:国际|国家级?|市级|区级|特色|现代|新兴|高端|重点|示范|创新|综合|新型|经济)+$"
)
"""Words between a host's name and a suffix that describe the designation, not a sector."""
FEATURED_RE = re.compile(r"特色(?:产业)?$")
"""「特色」 closing a name's middle: the words before it are what the carrier features
(动车特色小镇, 汽摩装备特色产业园, 旅游商贸特色街区)."""
FEATURED_TRADE_MAX = 4
"""Characters of an unknown featured trade taken whole: the labelled ones are two (动车,
黑牛, 文创); longer unknown middles hold a place's name (人和靖海渔港)."""
DESIGNATION_TAIL_RE = re.compile(r"(?:产业|服务业|集聚|示范|特色)+$")
"""Designation words between a sector and the suffix: 综合服务(集聚)示范区, 金融(产业)园区."""
STATISTIC_RE = re.compile(
    r"[0-9０-９.．]+(?:亿|万)?(?:元|美元|%|％)|营业收入|增加值|产值|营收|增速"
)
"""A clause that reports a figure: the industries it names are measured, not assigned."""
NOT_PHRASE_RE = re.compile(r"^(?:其|相关|配套|各类|其他)|的")
"""A list item that is no sector phrase: 「其深度产品」, 「配套产品的生产」."""
AREA_SUBJECT_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+是)?(?:全区|全市|全县|全省|全镇|我区|我市|我县|我省|本区|本市|本县|"
    r"区内|市内|县内|辖区|全域)"
)
"""A clause about a whole district or city: its sectors are not its places'."""
CLAUSE_SPLIT_RE = re.compile(r"[^，：]+[，：]?")
SENTENCE_RE = re.compile(r"[^。；！？]+[。；！？]?")
ANAPHOR_SENTENCE_RE = re.compile(r"(?:(?<=[。；！？\n])|^)[^。；！？\n]+", re.M)
"""Sentences as they start a line or follow a stop: where 「园区…」 opens one."""
SUBJECTLESS_RE = re.compile(
    r"\s*(?:主导产业|主要产业|重点产业|支柱产业|特色产业|首位产业|产业定位|产业方向|主攻方向)"
    r"(?:为|是|：|包括|有|定位为|聚焦)"
)
"""A line that states a sector list with no subject: about the carrier just named."""
DEVELOPS_RE = re.compile(r"\s*(?:重点|主要|着力|优先)(?:发展|打造|培育|引进)")
"""A line that says what is developed, with no subject: under a heading that names a
carrier alone (「2.2大连开发区核心产业区\n重点发展石化、集成电路及配套…」), about it."""
HEADING_SLACK = 8
"""Characters a heading holds besides the carrier's name: its number (2.2, （一）) and marks."""
NON_NAME_RE = re.compile(rf"[^{lx.CJK}·]")
"""A character no industry's name holds: brackets, digits, Latin letters (「（滨海）特色」)."""
NOT_SECTOR_HEADING_RE = re.compile(r"生产性服务业|现代服务业|服务业新体系")


UNIT_LEVELS = "省市县区镇乡"
"""The level a unit's short name may be followed by in a name (祁阳县, 新安镇)."""

ENTRY_HEAD_RE = re.compile(r"[\s0-9０-９.．、（）()一二三四五六七八九十]*")
"""What may stand before the name that heads an entry: space, its number."""
ENTRY_TAIL_RE = re.compile(r"：|[^\S\n]*。")
"""What follows the name that heads an entry: a colon, or a stop that makes the name a
sentence of its own (「呼和浩特经济技术开发区 。 如意区块重点发展…」)."""
ZONE_ANAPHOR_RE = re.compile(r"(?:(?<=[。；！？\n])|^)[^\S\n]*该区(?!域)", re.M)
"""Sentences that open with 「该区」, where ``ANAPHOR_RE`` reads them."""
ANAPHOR_REACH = 20
"""How many carriers back a 「该园区」 is looked for: the one it means is named nearby."""

PARAGRAPH_SCOPE = 600
"""A paragraph up to this length describes the carriers it names as a whole (「1.临港产业。
加快推进果园港…建设。做大国际物流…」), so its sector lists reach them; a longer one is
read sentence by sentence."""

LEAD_SENTENCE = 16
"""An opening sentence up to this length (「1.临港产业。」, 「数字文创产业园区。」) titles its
paragraph: every sector it names reaches the paragraph's carriers."""

BODY_SCOPE = 1500
"""How far into its section the body of a carrier-titled section is read for its sectors."""
TITLE_SLACK = 4
"""A heading is a carrier's title when it holds the carrier's name and at most this many
other characters (「二十四、重庆武隆工业园」, 「（三）西永综保区」)."""

Evidence = tuple[str, str]
"""A sector phrase and the text that assigns it (a sentence, a heading, a name)."""

SentenceInfo = tuple[list[tuple[int, int]], list[str], list[str]]
"""A sentence's clause spans, the phrases its carrier-free clauses share, its stated lists."""


class SectorReader:
    """Reads sector phrases out of one document's text with a taxonomy."""

    def __init__(self, doc: Document, text: str, taxonomy: Taxonomy) -> None:
        self.doc = doc
        self.text = text
        self.taxonomy = taxonomy
        self._heading_phrases: dict[int, list[str]] = {}
        self._bounds = Bounds(text)
        self._spans_of: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self._carriers: list[int] = []
        self._spans: list[tuple[int, int]] = []
        self._names: set[str] = set()
        self._sentences: dict[tuple[int, int], SentenceInfo] = {}
        self._clauses: dict[tuple[int, int], list[str]] = {}
        self._anaphoric: dict[int, list[Evidence]] | None = None
        self._zone_referents: dict[int, int] | None = None
        self._brackets: dict[int, int] = {}
        # What a sentence lists depends on its masked text alone, and ``in_clause`` reads
        # every sentence of a paragraph again for each carrier it names: a pass over the
        # seeds listed 500 texts in 740 calls and masked 570 spans in 813. Both are kept
        # (per text, per span), as are the 、-enumerations a sentence and its clauses share
        # (``_enumerated``); the lists ``listed`` hands out are copies, which callers extend.
        self._masks: dict[tuple[int, int], str] = {}
        self._listed: dict[str, list[str]] = {}
        self._pieces: dict[str, list[str]] = {}

    def know_carriers(self, spans: list[tuple[int, int]]) -> None:
        """Tell the reader where the document names carriers (start, end), so a clause
        naming another carrier does not pass its sectors on and the words of names are
        no sector mentions (``in_clause``: 临空经济 in 上海虹桥临空经济示范区)."""
        self._spans = sorted(spans)
        self._carriers = [a for a, _ in self._spans]
        self._names = {self.text[a:b] for a, b in self._spans if b - a >= 3}
        self._brackets = {}
        self._masks = {}
        for _, b in self._spans:
            m = OWN_BRACKET_RE.match(self.text, b)
            if m:
                self._brackets[b] = m.end()

    def _masked(self, left: int, right: int) -> str:
        """``text[left:right]`` with the names of known carriers blanked, offsets kept;
        once per span."""
        key = (left, right)
        if key not in self._masks:
            self._masks[key] = self._mask(left, right)
        return self._masks[key]

    def _mask(self, left: int, right: int) -> str:
        # Built from slices, not character by character: on 5,199 spans of the seeds'
        # texts 12 ms against 73.
        pieces: list[str] = []
        at = left  # where the text not yet copied or blanked begins
        # Names are shorter than 60 characters, the brackets after them than 80.
        i = bisect.bisect_left(self._carriers, left - 140)
        while i < len(self._spans) and self._spans[i][0] < right:
            a, b = self._spans[i]
            # A name's own bracket (「鹿泉经济开发区（电子信息）」) is blanked with it.
            a, b = max(a, at), min(self._brackets.get(b, b), right)
            if a < b:
                pieces += [self.text[at:a], "　" * (b - a)]
                at = b
            i += 1
        pieces.append(self.text[at:right])
        return "".join(pieces)

    def _names_other(self, left: int, right: int, start: int, end: int) -> bool:
        """True when ``text[left:right]`` names a carrier outside ``start:end``."""
        count = self._count
        a, b = max(start, left), min(end, right)
        return count(left, right) > (count(a, b) if a < b else 0)

    def _count(self, left: int, right: int) -> int:
        """How many carriers start in ``text[left:right]``."""
        return bisect.bisect_left(self._carriers, right) - bisect.bisect_left(self._carriers, left)

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
        """Sector phrases inside a carrier's name: 良景检验检测产业园区 → 检验检测; and the
        words between a host carrier's name and the designation suffix, known or not:
        解放碑中央商务区综合服务集聚示范区 → 综合服务 (解放碑中央商务区 named on its own)."""
        kind_at = next(
            (len(name) - len(f) for f, _ in lx.ABBREVIATED_SUFFIXES if name.endswith(f)), len(name)
        )
        # A sector ending inside the kind of zone is none (临港经济 of 宜宾临港经济技术开发区),
        # nor one that names a kind of zone inside the name (叶县先进制造业开发区化工园区:
        # 河南's 先进制造业开发区 are its former 产业集聚区, of every trade).
        out = [
            (hit.phrase, name)
            for hit in self.taxonomy.find(name)
            if hit.end <= kind_at and not ZONE_KIND_AFTER_RE.match(name, hit.end)
        ]
        trade = self._named_trade(name[:kind_at])
        if trade and not any(trade in p for p, _ in out):  # 汽车软件园: 汽车软件, not 汽车
            out.append((trade, name))
        # The longest prefix of the name that another carrier is named by: linear in the name.
        host = next((name[:k] for k in range(len(name) - 1, 2, -1) if name[:k] in self._names), "")
        suffix = DESIGNATION_SUFFIX_RE.search(name, len(host)) if host else None
        if suffix:
            phrase = DESIGNATION_TAIL_RE.sub("", name[len(host) : suffix.start()])
            if 2 <= len(phrase) <= 8 and not MODIFIERS_RE.match(phrase) and phrase not in dict(out):
                out.append((phrase, name))
        return out

    def _named_trade(self, head: str) -> str:
        """The trade a name states between its places and its kind, as written: the middle
        when it is a sector (石家庄 | 循环化工 | 园区) or, for a 小镇 named by its trade,
        holds one (临澧县新安 | 钙质新材料 | 小镇, 裘皮小镇). A park's middle that only holds
        one is left (乌什 | 边境贸易合作加工 | 工业园区 gives 贸易 alone): most such middles
        are other places' names (界石组团金融园). ``head`` is the name without its kind of
        zone."""
        rest = head
        for _ in range(4):  # 省, 市, 县, town: a name has at most four units in front
            k = next((k for k in (4, 3, 2) if self._leading_place(rest, k)), 0)
            if not k:
                break
            # 祁阳县 after a renaming (祁阳市): the short name, then its level.
            rest = rest[k + 1 :] if rest[k : k + 1] in UNIT_LEVELS else rest[k:]
        kind = own_suffix(rest) or ""
        middle = rest[: len(rest) - len(kind)] if kind != rest else ""
        featured = FEATURED_RE.search(middle)
        if featured:
            return self._featured_trade(middle[: featured.start()])
        if kind.startswith("产业"):
            return self._industry_named(middle, len(head) - len(rest), head)
        if not 2 <= len(middle) <= 10 or lx.GENERIC_RE.fullmatch(middle):
            return ""
        if self.is_sector(middle) and middle != head:
            return middle
        if kind.endswith("小镇") and self.taxonomy.find(middle):
            return middle
        return ""

    def _featured_trade(self, middle: str) -> str:
        """The trade a 「…特色小镇」, 「…特色产业园」 or 「…特色街区」 is featured for, the words
        before 特色: from its first word that is or starts a known sector on (美航健康 →
        健康, 湖滨旅游商贸 → 旅游商贸; the words before are a place's or a brand's), or whole
        when none is known and it has at most ``FEATURED_TRADE_MAX`` characters and names
        no unit or carrier (动车, 黑牛). ``middle`` is the name after its units, before 特色."""
        starts = {h.start for h in self.taxonomy.find(middle)}
        at = 0
        for word, _ in tagged(middle):  # a known word: 旅游 of 湖滨旅游商贸 is one whole
            if at in starts or self.taxonomy.match(word):
                return middle[at:]
            at += len(word)
        if not 2 <= len(middle) <= FEATURED_TRADE_MAX or NON_NAME_RE.search(middle):
            return ""
        if lx.GENERIC_RE.fullmatch(middle) or MODIFIERS_RE.fullmatch(middle):
            return ""
        return "" if units.names_unit(middle) or middle in self._names else middle

    def _industry_named(self, middle: str, at: int, name: str) -> str:
        """The industry a 「…产业园」, 「…产业基地」 names before its kind, after any zone that
        holds it (南京江宁滨江经济开发区新一代信息通信产业园 → 新一代信息通信): the kind says
        the words name an industry. As written from its first known sector on (中滔环保 →
        环保: a company's name leads), or whole when none is known and it has three
        characters or more, starts a word of the name (not 湾文体 of 大田湾文体产业园) that
        opens no clause, names no unit or carrier and holds no mark (军民融合产业园 →
        军民融合). Not the words of a kind of zone (高新技术产业集聚区), nor two unknown
        characters: in the labelled names they are a place's (五龙, 沁北, 汴西, 奋勇, 田沟,
        良景 … six of the 16 unheaded 「…产业园」 whose words the labels give no sector).
        ``middle`` starts at ``at`` in ``name``."""
        cut = max((m.end() for m in lx.SUFFIX_RE.finditer(middle)), default=0)
        trade = middle[cut:]
        if not 2 <= len(trade) <= 10 or lx.GENERIC_RE.fullmatch(trade):
            return ""
        if MODIFIERS_RE.fullmatch(trade) or any(
            trade + "产业" in kind for kind, _ in lx.ABBREVIATED_SUFFIXES
        ):
            return ""
        hits = self.taxonomy.find(trade)
        if hits:
            return trade[min(h.start for h in hits) :]
        if len(trade) < 3 or NON_NAME_RE.search(trade) or units.leading_unit(trade):
            return ""
        if at + cut not in {0, *accumulate(len(w) for w, _ in tagged(name))}:
            return ""
        if tagged(trade)[0][1] in LEADING_TAGS:
            return ""  # 「笏石工业园（含佳通产业园）」: 含 opens a clause, no industry
        return "" if units.names_unit(trade) or trade in self._names else trade

    def _leading_place(self, text: str, k: int) -> bool:
        """True when ``text`` opens with a unit's name of ``k`` characters that starts no
        sector (纺织 is a town's name as well)."""
        word = text[:k]
        return (
            len(text) > k
            and units.names_unit(word)
            and not self.is_sector(word)
            and not any(h.start == 0 for h in self.taxonomy.find(text))
        )

    def in_clause(self, start: int, end: int) -> list[Evidence]:
        """Sector phrases listed around the words that name a carrier: 「聚焦…」-style lists,
        stated lists (「主导产业为…」, 「重点发展…」) and any 、-enumeration made mostly of
        sectors, in its own clause and in the clauses of its sentence and, for a short
        paragraph or one it heads as an entry (「名称：…」), the sentences of its paragraph
        that name no other carrier and are not about a whole district or city; and the
        sectors its own clause mentions. A carrier named inside another's entry gets its
        own sentence's only."""
        left, right = self._bounds.paragraph(start)
        entry = self._entry_of(left, right)
        if entry is not None and entry != start:
            # A part of the carrier whose entry this is (「…，生态科技产业园、循环经济示范园
            # “一区多园”。形成以…为龙头的农副产品加工产业」): the entry's sectors are not its.
            left, right = self._bounds.sentence(start, end)
        elif entry is not None:
            right = min(right, left + BODY_SCOPE)
        elif right - left > PARAGRAPH_SCOPE:
            left, right = self._bounds.sentence(start, end)
        s_left, s_right = self._bounds.sentence(start, end)
        out: list[Evidence] = []
        for a, b, quote in self._sentences_in(left, right):
            if a <= start < b or s_left <= a < s_right:
                out += [(p, quote) for p in self._own_sentence(a, b, start, end)]
            elif (
                # The carrier an entry is about: the others it names are its parts.
                (entry == start or not self._names_other(a, b, start, end))
                and not self._about_area(a, b)
                and not self._about_another(a, start)
            ):
                text = self._masked(a, b)
                found = self.listed(text)
                if a == left and b - a <= LEAD_SENTENCE:
                    # 「数字文创产业园区。加快建设…」: a short opening sentence titles it.
                    found += [h.phrase for h in self.taxonomy.find(text) if h.phrase not in found]
                out += [(p, quote) for p in found]
        out += self._in_body(start, end) + self._referred(start) + self._titled(end)
        return out + self._own_tail(end)

    def of_unit(self, start: int, end: int) -> list[Evidence]:
        """What the sentences a unit's profile holds between ``start`` and ``end`` (at most
        ``BODY_SCOPE`` characters) state or list as sectors: the unit's own industries
        (「衡阳县…以粮食、油料…等产业为核心优势」)."""
        return self._body(start, min(end, start + BODY_SCOPE), lambda a, b: True)

    def _entry_of(self, left: int, right: int) -> int | None:
        """The start of the carrier whose entry the paragraph ``left``–``right`` is: named
        at its head, numbered or not, before a colon (「张掖经济技术开发区：2006年省政府批准…」,
        a catalogue's or profile's entry); None for a paragraph of another form."""
        i = bisect.bisect_left(self._carriers, left)
        if i == len(self._spans):
            return None
        a, b = self._spans[i]
        head = ENTRY_HEAD_RE.fullmatch(self.text, left, a)
        return a if a < right and head and ENTRY_TAIL_RE.match(self.text, b) else None

    def _own_tail(self, end: int) -> list[Evidence]:
        """The sector list a name carries right after it: its own bracket (「鹿泉经济开发区
        （电子信息、钙制品精深加工）、石家庄高新区（生物医药）」) or, in a 「名称：…」 line,
        what follows its colon up to the stop (「石家庄高新区：生物医药、医疗器械」), when
        half its items at least are known sectors or a stated list holds them."""
        if end in self._brackets:
            a, b = end + 1, self._brackets[end] - 1
        elif self.text.startswith("：", end):
            a = end + 1
            b = next((a + i for i, c in enumerate(self.text[a : a + 120]) if c in "。；\n"), -1)
            if b < 0 or self._count(a, b):
                return []
        else:
            return []
        content = self.text[a:b]
        found = self.stated(content)
        if not found:
            items = self.split_list(LIST_LEAD_RE.sub("", content), keep_unknown=True)
            known = [i for i in items if self.is_sector(i) or self.taxonomy.find(i)]
            if known and len(known) * 2 >= len(items):
                found = [i for i in items if not NAME_END_RE.search(i)]
        quote = self.doc.text[end : b + 1].strip()
        return [(p, quote) for p in found]

    def _titled(self, end: int) -> list[Evidence]:
        """The trade of a title that follows a carrier's name at once (``TITLE_AFTER_RE``),
        as written: a phrase ending in 产业 or holding a known sector."""
        m = TITLE_AFTER_RE.match(self.text, end)
        if not m or self._count(m.start(), m.end()):
            return []
        phrase = m.group("phrase")
        if not (phrase.endswith("产业") or self.is_sector(phrase) or self.taxonomy.find(phrase)):
            return []
        return [(phrase, self.doc.text[m.start() : m.end()])]

    def _in_body(self, start: int, end: int) -> list[Evidence]:
        """For a carrier that is the title of its section (「二十四、重庆武隆工业园」), what the
        section's body states about it (「园区以铝业为主，主要从事氧化铝、金属铝…」): the
        stated and listed sectors of its sentences that name no other carrier and are not
        about a whole area, within ``BODY_SCOPE`` characters."""
        section = next(
            (s for s in self.doc.section_path(start) if s.start <= start < s.heading_end), None
        )
        if section is None or len(section.title) - (end - start) > TITLE_SLACK:
            return []
        body_end = min(section.end, section.heading_end + BODY_SCOPE)
        return self._body(
            section.heading_end,
            body_end,
            lambda a, b: not self._names_other(a, b, start, end) and not self._about_area(a, b),
        )

    def _body(self, left: int, right: int, about: Callable[[int, int], bool]) -> list[Evidence]:
        """The stated and listed sectors of the sentences between ``left`` and ``right``
        that ``about`` says are about the carrier, each with its sentence."""
        out: list[Evidence] = []
        for a, b, quote in self._sentences_in(left, right):
            if about(a, b):
                text = self._masked(a, b)
                out += [(p, quote) for p in self.stated(text) + self.listed(text)]
        return out

    def _referred(self, start: int) -> list[Evidence]:
        """What the sentences that open with 「园区」, 「开发区」, 「该园区」 anywhere after the
        carrier at ``start`` state about it when it is the carrier they mean (the nearest
        before them of the kind they say): a profile names its zone once and goes on
        「2.2产业布局 开发区以产城融合发展为目标，…形成了以食品医药、智能家电、新材料等为
        主的产业集群」. So are the lines with no subject that state main industries or say
        what is developed, under the paragraph or heading that names it (``_sole_before``,
        ``_heading_before``). Only stated and listed sectors, of sentences that name no
        carrier; all such sentences are read in one pass over the text."""
        if self._anaphoric is None:
            self._anaphoric = {}
            for m in ANAPHOR_SENTENCE_RE.finditer(self.text):
                a, b = m.span()
                subjectless = bool(SUBJECTLESS_RE.match(self.text, a))
                if subjectless:
                    referent = self._sole_before(a)
                    referent = referent if referent >= 0 else self._heading_before(a)
                elif DEVELOPS_RE.match(self.text, a):
                    subjectless, referent = True, self._heading_before(a)
                else:
                    referent = self._referent(a)
                if referent < 0 or self._count(a, b) or self._about_area(a, b):
                    continue
                text = self._masked(a, b)
                quote = self.doc.text[a:b].strip()
                found = self.stated(text) + ([] if subjectless else self.listed(text))
                self._anaphoric.setdefault(referent, []).extend(
                    (p, quote) for p in dict.fromkeys(found)
                )
        return self._anaphoric.get(start, [])

    def _sole_before(self, line: int) -> int:
        """The carrier a line that opens with 「主导产业为…」 (no subject) is about: the only
        one the paragraph before it names (「X经济开发区位于…，是省级开发区。」), within
        ``PARAGRAPH_SCOPE`` characters (the nearest carrier: none is named between); -1 for
        none."""
        if line > 0 and self.text[line - 1] != "\n":
            return -1  # within a line, after another sentence: that one's subject holds
        i = bisect.bisect_left(self._carriers, line)
        if i == 0:
            return -1
        start = self._carriers[i - 1]
        p_left, p_right = self._bounds.paragraph(start)
        if line - p_right > PARAGRAPH_SCOPE or self._count(p_left, p_right) != 1:
            return -1
        return start

    def _heading_before(self, line: int) -> int:
        """The carrier a heading names alone (its name and at most ``HEADING_SLACK`` other
        characters) when that heading is the nearest paragraph before ``line`` to name
        a carrier, within ``PARAGRAPH_SCOPE`` characters (「扶风经开区\n批准面积…由三个
        地块组成。\n主导产业:…」); -1 for none."""
        if line == 0 or self.text[line - 1] != "\n":
            return -1
        i = bisect.bisect_left(self._carriers, line)
        if i == 0:
            return -1
        # The heading's carrier: the longest name the paragraph's last carrier lies in
        # (大连开发区核心产业区, not the 大连开发区 it begins with).
        a, b = max((span for span in self._before(line) if span[1] >= self._spans[i - 1][1]),
                   key=lambda span: span[1] - span[0])  # fmt: skip
        left, right = self._bounds.paragraph(a)
        if line - right > PARAGRAPH_SCOPE or (right - left) - (b - a) > HEADING_SLACK:
            return -1
        return a if self._count(left, a) == 0 and self._count(b, right) == 0 else -1

    def _referent(self, sentence: int) -> int:
        """The start of the carrier a sentence opening with 「该园区」-like words is about: the
        carrier whose entry its paragraph is, else the nearest named before it of the kind
        it says, else the nearest; -1 for none."""
        m = lx.ANAPHOR_RE.match(self.text, sentence)
        if not m:
            return -1
        entry = self._entry_of(*self._bounds.paragraph(sentence))
        if entry is not None and entry < sentence:
            return entry  # 「民乐工业园区：…分为A产业园、B产业园。园区形成了…」: the entry's
        head = m.group("head")
        if head == "区":
            return self._zone_referent(sentence)
        kind = lx.SUFFIX_KIND.get(head) or lx.CLASSIFIERS.get(head)
        # The nearest carrier of the anaphor's kind (「该产业园」: a park), else the nearest.
        before = self._before(sentence)
        same = [a for a, b in before if self._kind_of(a, b) == kind]
        return same[-1] if same else before[-1][0] if before else -1

    def _before(self, offset: int) -> list[tuple[int, int]]:
        """The ``ANAPHOR_REACH`` carriers named last before ``offset``, in order."""
        i = bisect.bisect_left(self._carriers, offset)
        return self._spans[max(0, i - ANAPHOR_REACH) : i]

    def _kind_of(self, start: int, end: int) -> str:
        return lx.SUFFIX_KIND.get(own_suffix(self.text[start:end]) or "", "")

    def _zone_referent(self, sentence: int) -> int:
        """The zone a sentence opening with 「该区」 is about: the one the 「该区」 before it
        meant, unless a zone opens a sentence in between (a new subject), else the nearest
        zone named before it. A profile names its zone once and goes on 「该区聚焦…。该区
        整体推进了A工业园、B开发区遵义分区…。该区着力培育…」: zones named inside its
        sentences are its parts, not what the next 「该区」 means."""
        if self._zone_referents is None:
            self._zone_referents = {}
            held, since = -1, 0
            for m in ZONE_ANAPHOR_RE.finditer(self.text):
                zones = [
                    (a, b) for a, b in self._before(m.start()) if self._kind_of(a, b) == "zone"
                ]
                subjects = [a for a, b in zones if a >= since and self._opens_sentence(a)]
                if subjects:
                    held = subjects[-1]
                elif held < 0 and zones:
                    held = zones[-1][0]
                self._zone_referents[m.start()] = held
                since = m.end()
        return self._zone_referents.get(sentence, -1)

    def _opens_sentence(self, start: int) -> bool:
        """True when the carrier at ``start`` is the first words of its sentence."""
        return bool(ENTRY_HEAD_RE.fullmatch(self.text, self._bounds.sentence(start)[0], start))

    def _about_another(self, sentence: int, start: int) -> bool:
        """True when the sentence at ``sentence`` opens with 「该园区」-like words and so is
        about a carrier named before it, the nearest of the kind it says, which is not the
        one at ``start`` (「建设临港产业园，推动滨江新区和高铁新城协同发展。该产业园重点
        引进新能源汽车」: the park, not the 新城)."""
        if start >= sentence or not lx.ANAPHOR_RE.match(self.text, sentence):
            return False
        return self._referent(sentence) != start

    def _sentences_in(self, left: int, right: int) -> list[tuple[int, int, str]]:
        """The sentences of ``text[left:right]`` with the quote of each, once per span."""
        if (left, right) not in self._spans_of:
            self._spans_of[(left, right)] = [
                (m.start(), m.end(), self.doc.text[m.start() : m.end()].strip())
                for m in SENTENCE_RE.finditer(self.text, left, right)
            ]
        return self._spans_of[(left, right)]

    def _own_sentence(self, left: int, right: int, start: int, end: int) -> list[str]:
        """The sector phrases the carrier at ``start:end`` takes from its own sentence:
        everything its own clause lists or mentions, and what the other clauses that name
        no carrier list or mention (「建设A和B，主导产业为X」)."""
        clauses, shared, stated = self._sentence(left, right)
        i = bisect.bisect_right(clauses, (start, len(self.text))) - 1
        own = clauses[i] if i >= 0 and clauses[i][0] <= start < clauses[i][1] else None
        out = list(self._clause(*own)) if own else []
        out += [p for p in shared if p not in out]
        # A stated list may run across 「，」 (「主导产业为电子信息，新材料」).
        if not self._names_other(left, right, start, end):
            out += [p for p in stated if p not in out]
        return out

    def _sentence(self, left: int, right: int) -> SentenceInfo:
        """A sentence's clauses, the phrases of its clauses that name no carrier and are not
        about a whole area, and its stated lists; computed once per sentence, so a sentence
        naming thousands of carriers costs linear time."""
        key = (left, right)
        if key not in self._sentences:
            clauses = [m.span() for m in CLAUSE_SPLIT_RE.finditer(self.text, left, right)]
            shared: list[str] = []
            for a, b in clauses:
                if STATISTIC_RE.search(self.text, a, b):
                    continue  # 「多式联运…营业收入达80亿元」 measures, assigns nothing
                if self._carrier_free(a, b) and not self._about_area(a, b):
                    shared += [p for p in self._clause(a, b) if p not in shared]
            stated = self.stated(self._masked(left, right))
            self._sentences[key] = (clauses, shared, stated)
        return self._sentences[key]

    def _clause(self, left: int, right: int) -> list[str]:
        """What a clause lists or mentions outside the names of carriers, once per clause."""
        key = (left, right)
        if key not in self._clauses:
            text = self._masked(left, right)
            found = self.listed(text) + self.mentioned(text)
            self._clauses[key] = list(dict.fromkeys(found))
        return self._clauses[key]

    def _carrier_free(self, left: int, right: int) -> bool:
        return self._count(left, right) == 0

    def _about_area(self, left: int, right: int) -> bool:
        return bool(AREA_SUBJECT_RE.match(lx.LEAD_RE.sub("", self.text[left:right].lstrip())))

    def mentioned(self, sentence: str) -> list[str]:
        """Sector phrases a sentence mentions, except inside names of places and bodies."""
        masked = sentence
        if NAME_IN_TEXT_END_RE.search(sentence):
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
        if sentence not in self._listed:
            self._listed[sentence] = self._list(sentence)
        return list(self._listed[sentence])

    def _list(self, sentence: str) -> list[str]:
        phrases = self._sector_lists(sentence)
        for piece in ENUM_PIECE_RE.finditer(sentence):
            if "、" in piece.group():
                phrases.extend(i for i in self._enumerated(piece.group()) if i not in phrases)
        return phrases

    def _enumerated(self, piece: str) -> list[str]:
        """The sector phrases of a 、-enumeration not introduced as a sector list, once per
        piece: a sentence and its clauses hold the same pieces, and both are listed."""
        if piece not in self._pieces:
            # It counts only when it is one: two sectors or more, two thirds of its items;
            # its other items are not kept.
            items = self.split_list(lx.LEAD_RE.sub("", piece))
            sectoral = [
                i
                for i in items
                if (self.is_sector(i) or self.taxonomy.find(i)) and not NAME_END_RE.search(i)
            ]
            enough = len(sectoral) >= 2 and len(sectoral) * 3 >= len(items) * 2
            self._pieces[piece] = sectoral if enough else []
        return self._pieces[piece]

    def stated(self, clause: str) -> list[str]:
        """Items of the lists a clause states as sectors (「主导产业为电子信息、新材料」),
        verbatim, known to the taxonomy or not."""
        phrases: list[str] = []
        for pattern in STATED_LIST_RES:
            for m in pattern.finditer(clause):
                items = self.split_list(m.group("list"), keep_unknown=True)
                # 「以科尔沁区、通辽经开区为主体」: a unit is no sector.
                phrases.extend(
                    i for i in items if not NAME_END_RE.search(i) and not units.district_unit(i)
                )
        for listing in self._closed_listings(clause):
            listing = LIST_LEAD_RE.sub("", listing)
            items = [
                i
                for i in self.split_list(listing, keep_unknown=True)
                if not i.endswith("产业链")
                or CHAIN_MODIFIERS_RE.fullmatch(self.strip_sectors(i[: -len("产业链")]))
            ]
            known = [i for i in items if self.is_sector(i) or self.taxonomy.find(i)]
            if known and len(known) * 2 >= len(items):
                phrases.extend(i for i in items if not NAME_END_RE.search(i))
        return list(dict.fromkeys(phrases))

    @staticmethod
    def _closed_listings(clause: str) -> list[str]:
        """The lists of ``clause`` that ``LIST_CLOSES`` close and ``BASE_RE`` names, each
        from its clause's start (or its reach) to its close."""
        out = [m.group("list") for m in BASE_RE.finditer(clause)]
        for close, reach, keep in LIST_CLOSES:
            for m in close.finditer(clause):
                at = m.start()
                begin = max(at - reach, 0)
                begin = max([begin] + [clause.rfind(c, begin, at) + 1 for c in CLAUSE_STOPS])
                listing = clause[begin : m.end() if keep else at]
                if keep or "、" in listing:
                    out.append(listing)
        return out

    def _sector_lists(self, clause: str) -> list[str]:
        """Items of every sector list in a clause, verbatim."""
        phrases: list[str] = self.stated(clause)
        for m in FIRMS_TRADE_RE.finditer(clause):
            if self.taxonomy.find(m.group("trade")):
                phrases.append(m.group("trade"))
        for pattern in lx.SECTOR_CLAUSE_RES:
            for m in pattern.finditer(clause):
                items = self.split_list(m.group("list"))
                # 「聚焦名人、名品、名企」 is no sector list: one item at least must be a sector.
                if any(self.is_sector(i) or self.taxonomy.find(i) for i in items):
                    phrases.extend(i for i in items if not NAME_END_RE.search(i))
        return list(dict.fromkeys(phrases))

    def split_list(self, listing: str, *, keep_unknown: bool = False) -> list[str]:
        """「人工智能、工业软件、汽车软件等重点领域」 → the four phrases; items that are not
        sectors but contain some (「新一代信息技术和人工智能」) give those; with
        ``keep_unknown``, a longer item that holds none is kept whole (a stated list)."""
        out: list[str] = []
        for raw in ITEM_SPLIT_RE.split(listing):
            item = lx.CLAUSE_LEAD_RE.sub("", WRAPPER_RE.sub("", raw.strip(' 　“”"「」+|｜')))
            item = TRAILER_RE.sub("", item).strip(" 　“”+|｜")
            item = _unbracketed(item)
            if not item or COUNT_WORD_RE.match(item):
                continue
            # A stated list keeps an item whole as written when it is short and a phrase.
            written = keep_unknown and len(item) <= 12 and not NOT_PHRASE_RE.search(item)
            if self.is_sector(item) or (len(item) <= 6 and not CONJ_SPLIT_RE.search(item)):
                if self.is_sector(item) or not NOT_PHRASE_RE.search(item):
                    out.append(item)
            elif CONJ_SPLIT_RE.search(item):
                parts = CONJ_SPLIT_RE.split(item)
                if keep_unknown and any(len(p) <= 2 and not self.is_sector(p) for p in parts):
                    # 中成药生产及加工: a part of two characters shares the other's head, so
                    # the item is one phrase as written.
                    out.extend([item] if written else [])
                    continue
                # 「新能源及装备制造业」, 「煤电铝及铝后加工」: a stated list's item joined by
                # 及 is one line of industry as written; its parts are kept for their mapping.
                out.extend([item] if written and "及" in item else [])
                out.extend(self.split_list("、".join(parts), keep_unknown=keep_unknown))
            else:
                # A stated list's item is a phrase as written (绿色饮料食品制造), also when
                # it holds sectors (饮料, 食品制造), which are kept too for their mapping.
                hits = [hit.phrase for hit in self.taxonomy.find(item)]
                out.extend(([item] if written else []) + hits)
        return out


BLANK_BRACKET_RE = re.compile(r"[（(][\s　]*[）)]")
"""A bracket that held a carrier's name, blanked (「铝铜加工(北渡产业园)」 read unmasked)."""


def _unbracketed(item: str) -> str:
    """The item without a bracket it does not open or close (「专业服务）」 → 专业服务, while
    「装备制造（模具）」 stays whole) and without a blanked one."""
    item = BLANK_BRACKET_RE.sub("", item)
    if item.endswith(("）", ")")) and not any(b in item for b in "（("):
        item = item[:-1]
    if item.startswith(("（", "(")) and not any(b in item for b in "）)"):
        item = item[1:]
    return item
