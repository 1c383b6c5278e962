"""Find the carriers a document names: suffix-anchored names and enumerations.

Three mechanisms, all from the patterns of policy language, none from a list of names:

* a **name suffix** (产业园, 集聚区, 商圈, 大厦, 港 …) anchors a name; the name runs left
  over name characters until punctuation, a verb that opens the clause, 「的」, 「等」 or a
  conjunction;
* an **enumeration with a classifier** (「依托A、B、C等重点楼宇」, 「良景、照母山等检验检测
  产业园区」) names carriers that carry no suffix of their own; a classifier with a
  specific modifier is appended to bare items (良景 → 良景检验检测产业园区);
* **siblings**: the items of a 、-list of names whose other items are carriers
  (「支持两江软件园、仙桃数据谷软件园、重庆软件天地等…」), and a designation tail the
  items share (「西部（重庆）科学城、两江协同创新区、广阳湾智创生态城科技服务业集聚区」).

All functions take the text with half-width punctuation mapped to full width
(``lexicon.full_width``), which keeps every offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from extract import lexicon as lx
from extract import words
from extract.clauses import clause_start, occurs_within, paragraph_bounds, sentence_bounds

NAME_CHAR_RE = re.compile(rf"(?!丨)[{lx.CJK}A-Za-z0-9·•・\-—－–~～#＃]")
"""Characters of a name; 丨 is an ideograph that web titles use as a bar
(「…布局与要求丨延续…」)."""
CONJ_RE = re.compile(r"以及|和|与|及|或")
UNIT_ENDS = tuple("省市区县旗州")
"""Last characters of an administrative unit's name (and of 全市, 我区)."""
SIDES = tuple("东南西北")
"""Directions: 「南与黄沙古渡景区相连」 names what lies on one side."""
ORG_END_RE = re.compile(
    r"(?:公司|集团|企业|大学|学院|学校|医院|协会|学会|联盟|银行|事务所|机构|平台|品牌|项目|"
    r"实业|药业|乳业|置业|酒业|纸业|矿业|股份|控股|有限|"
    r"工程|活动|大会|论坛|大赛|博览会|展会|行动|计划|政策|体系|机制|城市|能力|资源|业务|"
    r"(?:开发|运营|营运|服务|供应|投资|承包|经销|制造|贸易|代理|零售|批发)商)$"
)
"""Ends of an organisation, activity or actor (开发商, 运营商), never of a carrier; a
company's trade (完达山阳光乳业, 赛隆药业) too."""
LETTER_ITEM_RE = re.compile(r"^[A-Za-z0-9]{1,2}$")
PAREN_LIST_RE = re.compile(r"（(?P<list>[^（）]{2,60})）")
DISTRICT_PREFIX_RE = re.compile(
    rf"^(?P<d>[{lx.CJK}]{{2,4}}(?<![地园城街片社景港能])(?:自治县|区|县|旗))"
    r"(?![域块间位内外级])(?=.{3,})"
)
UNIT_RE = re.compile(rf"[{lx.CJK}]{{2,5}}?(?:省|(?<![夜超城都门集股上])市|自治区|自治州|地区|盟)")
"""An administrative unit above the county by its form: 浙江省, 重庆市, 延边朝鲜族自治州
(夜市, 超市, 城市 are no units)."""
PROVINCE_HEAD_RE = re.compile(rf"^(?:[{lx.CJK}]{{2,7}}?(?:省|自治区)|全国|全省|国家)")
JOINERS_RE = re.compile(r"[\-—－–·“”（）+]")
"""Marks that join the words of a name and count for nothing in it."""
NON_WORD_RE = re.compile(r"\W")
NOT_NAME_LENGTHS = sorted({len(w) for w in lx.NOT_NAMES})
OWN_COUNTRY_RE = re.compile(r"(?:当前)?(?:我国|全国|我省|全省)")
"""The country or province a text speaks from, heading the words before a suffix."""
UNIT_WORD_RE = re.compile(r"(?:全|我|本|该)?[省市县区]")
"""省, 全市, 我区 …: the document's own unit, unnamed."""
CELL_EDGE_RE = re.compile(r"[\s|｜0-9０-９.．、]")
"""What may stand beside a name in a table cell or a catalogue line: bars, a 序号."""
NUMERAL_RE = re.compile("[0-9零〇一二三四五六七八九十百千万两]+")
LAYOUT_RE = re.compile(r"^[一二三四五六七八九十两多]+[核带区园心轴廊片圈群点中]")
"""A layout, not a name: 「一核两带…」."""
NUMBERED_RE = re.compile(r"(?:[一二三四五六七八九十两多][^一二三四五六七八九十两多])+")
"""A whole name that numbers each of its characters is a layout: 「一岛一区两园」 (五桥园,
a park, numbers one)."""
DASHES = "—－–-"
SUFFIX_END_RE = re.compile(f"(?:{lx.SUFFIX_RE.pattern})$")
QUOTES = "“”\"'「」‘’"
COUNT_AFTER_RE = re.compile(r"[0-9０-９一二三四五六七八九十两]+[个家座处]")
"""A count right after a kind of carrier: 「化工产业园区4个」 counts a category."""
LIST_BRACKETS = "【】〔〕［］"
"""Brackets that enclose a list of names (「省级5个【临泽工业园区、…和肃南县祁青工业集中区】」)."""
MAX_NAME = 64
"""Farthest a name reaches left of its suffix: the longest labelled names have ~30
characters, and an unbounded reach made a text without punctuation quadratic."""


@dataclass
class Candidate:
    """A carrier found in one document, before places are merged across documents."""

    name: str
    kind: str
    start: int
    end: int
    """Offsets in the document text of the words that name it."""
    unnamed: bool = False
    district: str = ""
    parent: str = ""
    sector_phrases: list[str] = field(default_factory=list)
    """Sector phrases the naming itself carries (a shared tail, a bracketed list)."""
    title: bool = False
    """A designation (示范区, 试验区, 基地 … of a level or a programme), not a place: it
    belongs to the place the sentence gives it to."""
    field_start: int | None = None
    """Where the field of industry written before the name and 「·」 starts (「新材料·上海
    金山工业园区」): the field is this carrier's, not a list the clause shares."""


@dataclass(frozen=True)
class NameRules:
    """What the finder needs to know about sectors and districts, given by the caller."""

    is_sector: Callable[[str], bool]
    """True when a phrase is a sector (「检验检测」), so an item made of it is no place."""
    strip_sectors: Callable[[str], str]
    """The phrase with every sector phrase removed."""
    district_prefix: Callable[[str], str]
    """The longest known administrative division a name starts with, or ``""``."""
    province_head: Callable[[str], str]
    """The province's name (full or short: 云南, 浙江省) a name starts with, or ``""``."""
    is_unit: Callable[[str], bool]
    """True when a name is an administrative unit's or a functional area's (浦东新区,
    重庆两江新区): a district, not a carrier it holds."""
    names_unit: Callable[[str], bool]
    """True when a word is the name, full or short, of any unit down to towns (修水, 大足,
    水土): part of a name, whatever a dictionary tags it."""
    is_county: Callable[[str], bool]
    """True when a name is a county-level unit's only (舞钢市, 建德市)."""
    names_place: Callable[[str], bool]
    """True when a word names a county, city or province (万州 in 「今后万州经开区」): a
    place's name starts there (a town's name may be a word as well: 文化)."""
    finest_unit: Callable[[str], str]
    """The finest county or city of the address chain a phrase is (石家庄市鹿泉区 → 鹿泉区),
    or ``""``."""
    county_of_town: Callable[[str, str], str]
    """The county of the one town so named, inside a unit when one is given (临泽县 of
    蓼泉镇), or ``""``."""
    unit_within: Callable[[str], str]
    """The unit a name's head names, read within the document's unit (浦东 in a 上海 text
    → 浦东新区), or ``""``."""

    def keeps_word(self, word: str) -> bool:
        """True when a word belongs to a name however it is tagged: a unit's name, a sector,
        a generic word of names (创新, 高新技术)."""
        return self.names_unit(word) or self.is_sector(word) or bool(lx.GENERIC_RE.fullmatch(word))


CITY_ZONE_KINDS = frozenset(
    {form for pair in lx.ABBREVIATED_SUFFIXES for form in pair} | {"保税港区", "保税区"}
)
"""Kinds of zone a city has one of, so that the city's name and the kind name it
(哈尔滨市高新技术产业开发区, 重庆市经济技术开发区), unlike a category (上海市特色产业园区)."""


def own_suffix(name: str) -> str | None:
    """The longest carrier suffix ``name`` ends with, or None."""
    for i in range(len(name)):
        if name[i:] in lx.SUFFIX_KIND:
            return name[i:]
    return None


@lru_cache(maxsize=65536)
def is_generic(prefix: str, rules: NameRules) -> bool:
    """True when the part of a name before its suffix only describes (sectors and generic
    words), so the carrier is unnamed: 「跨境电商产业园」; a province's or city's name in
    front names no carrier either (「江西省特色装备制造产业试验区」 is a title). Cached: a
    document names the same few carriers many times."""
    head = rules.province_head(prefix)
    if head and rules.names_place(head + "市"):
        head = ""  # 吉林高新技术产业开发区: 吉林 names a city as well, whose zone it is
    prefix = PROVINCE_HEAD_RE.sub("", prefix[len(head) :])
    city = UNIT_RE.match(prefix)
    if (
        city
        and not rules.is_county(city.group())
        and not lx.GENERIC_RE.sub("", prefix[city.end() :])
    ):
        # 上海市特色产业园区; 杭州市创投服务集聚区 keeps its sector as a name, and a county-level
        # city's zone is its own (舞钢市产业集聚区, like 新野县产业集聚区).
        return True
    if rules.names_place(prefix):
        return False  # 双城开发区: 双城 names 双城区, whatever 「成渝双城」 makes of the word
    rest = lx.GENERIC_RE.sub("", rules.strip_sectors(prefix))
    return len(JOINERS_RE.sub("", rest)) < 2


def split_district(name: str, rules: NameRules) -> tuple[str, str]:
    """Split a leading administrative division off a name: 江北区江北嘴… → (江北区, 江北嘴…)."""
    d = rules.district_prefix(name)
    if not (d and len(name) - len(d) >= 3):
        m = DISTRICT_PREFIX_RE.match(name)
        # 浦东新区 ends like a zone (新区) and is a county: 浦东新区上海国际医学园区.
        d = (
            m.group("d")
            if m and (not own_suffix(m.group("d")) or rules.is_unit(m.group("d")))
            else ""
        )
    if not d:
        return "", name
    rest = name[len(d) :]
    suffix = own_suffix(rest) or ""
    described = rest[: len(rest) - len(suffix)]
    inner = lx.SUFFIX_RE.search(described)
    if is_generic(described, rules) or (inner and is_generic(described[: inner.start()], rules)):
        # 延津县先进制造业开发区化工园区: the county names the zone that holds the park.
        return d, name
    return d, rest


def _extend_left(text: str, pos: int, floor: int) -> int:
    """Where a name ending at ``pos`` can start: over name characters, a short （…） and a
    short quoted word (照母山“数字+”创新创业孵化街区)."""
    i = pos
    while i > floor:
        ch = text[i - 1]
        if ch in DASHES and (
            text[i - 2 : i - 1] in DASHES or SUFFIX_END_RE.search(text, max(0, i - 9), i - 1)
        ):
            # 「内河深水港口——重庆寸滩港」: a double dash sets a name in apposition; a dash
            # after a whole name joins a list (武广商圈—西北湖武汉金融街—…), while
            # 解放碑—朝天门金融核心集聚区 is one corridor.
            break
        if NAME_CHAR_RE.match(ch):
            i -= 1
            continue
        pair = {"）": "（", "”": "“"}.get(ch)
        j = text.rfind(pair, max(floor, i - 8), i - 1) if pair else -1
        if j == -1:
            break
        inner = text[j + 1 : i - 1]
        plain = all(NAME_CHAR_RE.match(c) or c == "+" for c in inner)
        if not (inner and plain and not lx.SUFFIX_RE.search(inner)):
            break
        i = j
    return i


def _strip_heads(prefix: str) -> str:
    """A name's prefix without a leading city or country head (重庆, 中国 …)."""
    for head in lx.GEO_HEADS:
        if prefix.startswith(head):
            return prefix[len(head) :]
    return prefix


ZONE_KIND_WORDS_RE = re.compile(
    "(?:{})?".format(
        "|".join(
            full[: -len("开发区")] for full, _ in lx.ABBREVIATED_SUFFIXES if full.endswith("开发区")
        )
    )
)
"""The words of a kind of zone before its suffix (经济技术|开发区, 高新技术产业|开发区), from
``lexicon.ABBREVIATED_SUFFIXES``."""


def _trim(raw: str, rules: NameRules | None = None) -> tuple[str, str]:
    """Split the words in front of a name off it: returns (name part, words cut off). With
    ``rules``, a 和 inside a unit's name joins nothing (呼和浩特和林格尔乳业开发区)."""
    breaks = list(lx.NAME_BREAK_RE.finditer(raw))
    if (
        rules
        and breaks
        and breaks[-1].group() == "国家级"
        and ZONE_KIND_WORDS_RE.fullmatch(raw, breaks[-1].end())
    ):
        # 「批准设立曹妃甸国家级经济技术开发区」: a place's own zone of that level, named so.
        place = raw[breaks[-2].end() if len(breaks) > 1 else 0 : breaks[-1].start()]
        if rules.names_place(lx.LEAD_RE.sub("", place)):
            breaks.pop()
    cut = max((m.end() for m in breaks), default=0)
    rest = raw[cut:]
    # 和/及/或 join two names; 与 only after a complete name or a unit (重庆信息与智慧医学
    # 研究院 is one name; 武昌区与江夏经济开发区, 全市与东湖高新区 are two).
    for m in reversed(list(CONJ_RE.finditer(rest))):
        before = rest[: m.start()]
        if rules and _in_unit_name(rest, m.start(), rules):
            continue
        if (
            m.group() != "与"
            or own_suffix(before)
            or before.endswith(UNIT_ENDS + SIDES)
            or m.end() == len(rest)  # 「…战略与园区」: the suffix stands alone after 与
        ):
            cut += m.end()
            break
    rest = lx.LEVEL_PREFIX_RE.sub("", lx.LEAD_RE.sub("", raw[cut:]))
    return rest, raw[: len(raw) - len(rest)]


def _in_unit_name(text: str, at: int, rules: NameRules) -> bool:
    """True when the character at ``at`` is part of a county's, city's or province's name
    of two to four characters (和 of 呼和浩特, of 和林格尔), or of a town's right after its
    county (荣成市人和靖海渔港特色小镇: 人和镇)."""
    if at >= 2 and text[at - 2] in UNIT_ENDS and rules.names_unit(text[at - 1 : at + 1]):
        return True
    return any(
        rules.names_place(text[i:j])
        for i in range(max(0, at - 3), at + 1)
        for j in range(max(at + 1, i + 2), min(len(text), i + 4) + 1)
    )


FIELD_BRACKET_RE = re.compile(r"（(?P<field>[^（）]{1,20})）")
"""A field's own bracket: 「新材料（化工）·江苏泰兴经济开发区」, 「济南市中区（能源互联网）
特色产业集群」."""


def field_before(text: str, start: int, rules: NameRules) -> str:
    """The field of industry written before the name at ``start`` and its 「·」, as lists
    of designated bases write them (「石油化工·广东惠州大亚湾经济技术开发区」): the longest,
    up to ``FIELD_MAX`` characters, or ``""``."""
    if start < 2 or text[start - 1] != "·":
        return ""
    dot = start - 1
    for n in range(min(FIELD_MAX, dot), 1, -1):
        lead = text[dot - n : dot]
        field = FIELD_BRACKET_RE.sub("", lead)
        if FIELD_CHARS_RE.fullmatch(lead) and field and rules.is_sector(field):
            return lead
    return ""


FIELD_CHARS_RE = re.compile(rf"[{lx.CJK}A-Za-z0-9（）]+")
"""What a field is written with: a table's bar or space before it is none of it."""


FIELD_MAX = 12
"""Characters of a field before a name's dot: 新材料（化工） is 7."""


def find_suffix_names(text: str, rules: NameRules) -> list[Candidate]:
    """Every name anchored by a carrier suffix, nested names included (重庆设计公园 in
    重庆设计公园二期创新基地)."""
    found, taken = [], 0
    for m in lx.SUFFIX_RE.finditer(text):
        if m.start() < taken:
            continue
        # A suffix that another one overlaps past its end ends the name there: 医学园 of
        # 「上海国际医学园区」 is cut short of 园区.
        later = (lx.SUFFIX_RE.match(text, j) for j in range(m.start() + 1, m.end()))
        m = max((x for x in later if x and x.end() > m.end()), key=lambda x: x.end(), default=m)
        taken = m.end()
        cand = _suffix_candidate(text, m.start(), m.end(), m.group(), rules)
        if cand:
            field = field_before(text, cand.start, rules)
            if field:
                cand.sector_phrases.append(field)
                cand.field_start = cand.start - len(field) - 1
            found.append(cand)
    return found


def _suffix_candidate(text: str, s: int, e: int, suffix: str, rules: NameRules) -> Candidate | None:
    kind = lx.SUFFIX_KIND[suffix]
    if kind == "port" and e < len(text) and text[e] in lx.PORT_BREAKERS:
        return None
    if lx.SUFFIX_RE.match(text, e):
        return None  # part of a longer name: 两路果园港 in 两路果园港综保区
    line_start = paragraph_bounds(text, s)[0]
    start = _extend_left(text, s, max(line_start, s - MAX_NAME))
    raw = text[start:s]
    prefix, dropped = _trim(raw, rules)
    prefix = _unit_cut_off(dropped, prefix, rules) + prefix
    rest = prefix[prefix.rfind("·") + 1 :]
    if (
        2 <= len(rest) < len(prefix)
        and field_before(text, s - len(rest), rules)
        and not is_generic(rest, rules)
    ):
        # 「新材料·上海金山工业园区」: a list's field, then the name (大数据·智能终端产业园 is
        # one name: what follows the dot names no place of its own).
        prefix = rest
    head = lx.SUFFIX_RE.match(prefix)
    if head and head.end() >= 2 and UNIT_RE.match(prefix, head.end()):
        # 「…示范区湛江市廉江九洲开发区」: one name ends, a city begins the next (经开区产城融合
        # 示范区 stays whole).
        prefix = prefix[head.end() :]
    inner = [m.end() for m in lx.SUFFIX_RE.finditer(prefix)]
    if inner and 0 < len(prefix) - inner[-1] <= 4 and words.only_determiners(prefix[inner[-1] :]):
        return None  # 「万州经开区不同园区」: some of a zone's parks, no name
    if inner and kind == "zone" and prefix[inner[-1] :] in (*SIDES, "中"):
        return None  # 「智能终端产业园西片区约969亩用地」: a block of a park, not a place
    if prefix.endswith("一") and rules.names_place(prefix[:-1]):
        return None  # 「九江一工业园区扩区调区获省政府批复」: a park of 九江, unnamed
    if "公司" in prefix:
        return None  # 「湖北冠毓新材料科技有限公司一期生产基地」: a company's own site
    if suffix == "之城" and not _place_headed(prefix, rules):
        return None  # 「打造“科学之城、创新高地”」: a slogan's city of something, no place
    if suffix == "片区" and rules.names_place(prefix):
        return (
            None  # 「以瑶海片区…为主引擎,以庐江片区、金安片区为制造核心」: a zone's block in a unit
        )
    # Words the lexicon does not list that open a clause (今后, 随着, 离不开): by their
    # part of speech in jieba's dictionary.
    prefix = prefix[words.leading_words(prefix, rules.keeps_word, rules.names_place) :]
    prefix = prefix[words.after_clause_character(prefix, rules.names_unit) :]
    prefix = prefix[words.after_verb_before_place(prefix, rules.keeps_word, rules.names_place) :]
    if OWN_COUNTRY_RE.match(prefix):
        return None  # 「我国东北老工业基地」, 「我省武陵山片区」: a region described, no carrier
    if len(suffix) == 1 and words.ends_in_a_verb(prefix):
        return None  # 「招商建园、整体开发」: build a park, no park's name
    described = rules.strip_sectors(prefix)  # 装备制造 is a sector, not a verb
    # 龙泉养生特色小镇: what a place features (特色) may be a verb's trade (养生).
    featured = described.endswith("特色") and _place_headed(prefix, rules)
    if not featured and words.verb_then_generic(
        described, rules.keeps_word, lambda rest: is_generic(rest, rules)
    ):
        return None  # 「各产业集聚区要认真借鉴受表彰产业集聚区」 describes, it names nothing
    before = text[max(line_start, start - 4) : s]
    # 「省级5个【临泽工业园区、…】」, 「国家级4个（…）」: a count before the list's bracket
    # introduces its items.
    before = before[max(before.rfind(p) for p in "，。；：、（" + LIST_BRACKETS) + 1 :]
    if dropped.endswith("等") or lx.QUANTIFIER_RE.search(before + prefix):
        # 「…等检验检测产业园区」 is a classifier; 「一批…园区」 names none (「…32家，其中
        # 宁东能源化工基地」 counts another clause's parks).
        return None
    unit_word = UNIT_WORD_RE.match(prefix)
    if (
        len(NON_WORD_RE.sub("", prefix)) < 2
        or LAYOUT_RE.match(prefix)
        or (len(prefix + suffix) >= 4 and NUMBERED_RE.fullmatch(prefix + suffix))
        or NUMERAL_RE.fullmatch(prefix.strip(QUOTES), unit_word.end() if unit_word else 0)
    ):
        # 「一核两带」 is a layout, 「(全市)五十二园」 a count, 「“十四五”产业园区」 a period.
        return None
    whole = prefix + suffix
    if any(whole[-n:] in lx.NOT_NAMES for n in NOT_NAME_LENGTHS if n > len(suffix)) or (
        e < len(text) and text[e] in "函〔[［"
    ):
        return None  # 空港, 校园 …; 粤工信园区函〔…〕 is a document number
    if kind == "port" and UNIT_RE.fullmatch(prefix):
        return None  # 重庆市港: a city's port in general, no harbour of its own
    if kind == "port" and rules.names_place(prefix + suffix):
        return None  # 张家港, 连云港, 防城港 name cities (their harbours: 张家港港)
    if kind == "port" and (len(prefix) > 4 or is_generic(prefix[-2:], rules)):
        kind = "zone"  # 临港新片区东方芯港, 岳麓科创港 name zones; 果园港, 寸滩港 harbours
    if lx.NOT_PLACE_AFTER_RE.match(text, e):
        return None  # 「主体功能区规划」 names a plan, 「…园区管理办法」 a rule
    if kind == "building" and lx.RATING_RE.search(prefix) and is_generic(prefix, rules):
        return None  # 「国际5A级甲级智慧写字楼」 is a grade of building
    unnamed = kind != "building" and is_generic(prefix, rules)  # 信创大厦 is a name
    if suffix == "基地" and prefix.endswith(("制造", "生产")) and not _unit_headed(prefix, rules):
        # 「已形成以游艇公务艇制造基地、钢制船舶制造基地等船舶制造为主导」: what a base makes
        # describes it; no unit names it.
        unnamed = not _place_headed(prefix, rules)
    city = UNIT_RE.match(prefix)
    if unnamed and city and not city.group().endswith(("省", "自治区")):
        # 「参观考察了哈尔滨市高新技术产业开发区」: a city has one (浙江省经济开发区: a kind).
        unnamed = prefix[city.end() :] + suffix not in CITY_ZONE_KINDS
    name_start = s - len(prefix)
    if unnamed and _catalogue_entry(text, name_start, e):
        unnamed = False  # 「集成电路设计产业园 |」: a catalogue's row names its park so
    elif unnamed and (suffix.endswith("基地") or lx.TITLE_RE.search(prefix + suffix)):
        # A title (金融服务集聚示范区, 国家级经开区, 国际多式联运示范基地), even of a sector; so
        # is a base of a sector alone (「打造以集成电路为核心的电子信息产业基地」, 「把洋浦
        # 保税港区建成…石油化工生产基地」): of the unnamed carriers the tuning parts label,
        # the parks were places (14 of 16), the bases none (0 of 4).
        return Candidate(prefix + suffix, kind, name_start, e, unnamed=True, title=True)
    elif unnamed and not (
        kind == "park"
        and rules.strip_sectors(prefix) != prefix
        and occurs_within(text, lx.DESIGNATION_RE, line_start, name_start)
        and not _unit_headed(prefix, rules)
        and not lx.QUANTIFIER_RE.search(text[clause_start(text, name_start) : name_start])
        and not COUNT_AFTER_RE.match(text, e)
    ):
        # Only a sector's park is kept unnamed (「跨境电商产业园」); with a province or city
        # in front it is a category (浙江省化工园区, 省化工园区), and counted in its clause
        # it is a kind (「打造一批错位协同发展、…的先进制造业园区」, 「…化工产业园区4个」).
        return None
    if kind == "facility" and is_generic(_strip_heads(prefix), rules):
        return None  # 重庆…配套服务中心: a city's name does not make a function a site
    if kind == "facility" and not occurs_within(
        text, lx.DESIGNATION_RE, clause_start(text, name_start), name_start
    ):
        return None  # 「…服务中心辐射能力显著增强」 names an aspiration, not a site
    if suffix == "新区" and rules.is_unit(prefix + suffix):
        return None  # 两江新区, 浦东新区 are districts; 宁波杭州湾新区, 川渝高竹新区 zones
    district, name = split_district(prefix + suffix, rules)
    return Candidate(
        name=name,
        kind=kind,
        start=e - len(name),
        end=e,
        unnamed=unnamed,
        district=district,
        sector_phrases=_bracketed_sectors(text, e, rules),
    )


def _unit_cut_off(dropped: str, prefix: str, rules: NameRules) -> str:
    """The part of a unit's name that ``_trim`` cut off the start of a name whose dropped
    words are nothing but that part (「、于田天津工业园区」: 于 is a preposition, 于田 a
    county; 「新和工业园区」: 和 a conjunction, 新和 a county), else ``""``."""
    if not 1 <= len(dropped) <= 2:
        return ""
    for j in range(0, 3):
        if j == 0 and lx.LEAD_RE.fullmatch(dropped):
            continue  # 「新建老挝湖南橡胶产业园」: 新建 is a verb here, whatever else it names
        if rules.names_place(dropped + prefix[:j]):
            return dropped
    return ""


def _place_headed(prefix: str, rules: NameRules) -> bool:
    """True when a county's, city's or province's name of two or three characters begins
    ``prefix`` (龙泉 of 龙泉养生特色, 重庆 of 重庆之城)."""
    return any(rules.names_place(prefix[:n]) for n in (2, 3))


def _unit_headed(prefix: str, rules: NameRules) -> bool:
    """True when ``prefix`` starts with a province, a city or 省/市/全省 standing for one."""
    return bool(rules.province_head(prefix) or UNIT_RE.match(prefix) or UNIT_WORD_RE.match(prefix))


def _catalogue_entry(text: str, start: int, end: int) -> bool:
    """True when the name fills its line or table cell alone (a 序号 or bar aside): a row
    of a catalogue, where even a generic-sounding name is the park's name. Read outward
    from the name up to the first other character: slicing its whole line for each name
    made a one-line text of n names O(n²)."""
    left, right = paragraph_bounds(text, start)[0], paragraph_bounds(text, end)[1]
    while start > left and CELL_EDGE_RE.match(text, start - 1):
        start -= 1
    while end < right and CELL_EDGE_RE.match(text, end):
        end += 1
    return start == left and end == right


def _bracketed_sectors(text: str, end: int, rules: NameRules) -> list[str]:
    """Sector phrases in brackets right after a name: 「…集聚示范区（金融服务、专业服务）」."""
    m = PAREN_LIST_RE.match(text, end)
    if not m:
        return []
    items = [p.strip() for p in lx.SECTOR_SPLIT_RE.split(m.group("list")) if p.strip()]
    return items if any(rules.is_sector(p) for p in items) else []


def _split_items(segment: str, base: int) -> list[tuple[str, int]]:
    """Split an enumeration into (item, offset) on 、，和及."""
    items, pos = [], 0
    for m in re.finditer(r"、|，|以及|和|及", segment + "、"):
        piece = segment[pos : m.start()]
        item = piece.strip(" " + QUOTES + LIST_BRACKETS)
        if item:
            items.append((item, base + pos + piece.find(item)))
        pos = m.end()
    return items


def _expand_letters(items: list[tuple[str, int]]) -> list[tuple[str, int, int]]:
    """「总部城A、C、D、E区」 → 总部城A区, 总部城C区, 总部城D区, 总部城E区, each with the
    span of the whole compressed form."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(items):
        first, at = items[i]
        head = re.match(r"^(?P<stem>.+?)(?P<x>[A-Za-z0-9]{1,2})$", first)
        j = i + 1
        while head and j < len(items) and LETTER_ITEM_RE.match(items[j][0]):
            j += 1
        last = items[j] if head and i < j < len(items) else None
        tail = (
            re.match(r"^(?P<x>[A-Za-z0-9]{1,2})(?P<suffix>[^A-Za-z0-9]{1,4})$", last[0])
            if last
            else None
        )
        if head and tail and last:
            letters = [head.group("x"), *(x for x, _ in items[i + 1 : j]), tail.group("x")]
            end = last[1] + len(last[0])
            out.extend((f"{head.group('stem')}{x}{tail.group('suffix')}", at, end) for x in letters)
            i = j + 1
        else:
            out.append((first, at, at + len(first)))
            i += 1
    return out


def find_enumerations(text: str, rules: NameRules) -> list[Candidate]:
    """Carriers listed before a classifier: 「依托A、B、C等重点楼宇」."""
    found: list[Candidate] = []
    previous_end = 0
    for m in lx.CLASSIFIER_RE.finditer(text):
        head, mod = m.group("head"), m.group("mod")
        sentence_start = sentence_bounds(text, m.start())[0]
        left = max(sentence_start, previous_end)
        previous_end = m.end()
        triggers = list(lx.ENUM_TRIGGER_RE.finditer(text, left, m.start()))
        if triggers:
            left = triggers[-1].end()
        else:
            left = max(
                left, text.rfind("，", left, m.start()) + 1, text.rfind("：", left, m.start()) + 1
            )
        if lx.NAME_BREAK_RE.search(mod):
            continue  # 「…等部门组织开展了化工园区复核」: a clause, not a classifier
        segment = text[left : m.start()]
        if segment.lstrip(QUOTES).startswith(("一批", "打造一批")):
            continue  # 「打造一批法律服务、新兴金融等特色产业楼宇」 lists sectors
        trimmed = lx.LEAD_RE.sub("", segment)
        items = _expand_letters(_split_items(trimmed, left + len(segment) - len(trimmed)))
        if sum(rules.is_sector(lx.LEAD_RE.sub("", n)) for n, _, _ in items) * 2 >= len(items):
            continue  # an enumeration of sectors, not of places
        # 「等检验检测产业园区」 is appended to bare items; 「等周边省市共建…集聚区」 is no list.
        compose = head in lx.SUFFIX_KIND and rules.strip_sectors(mod) != mod
        own_only = head in lx.WEAK_CLASSIFIERS or (
            bool(mod) and not compose and not is_generic(mod, rules)
        )
        for name, start, end in items:
            cand = _enumerated(name, lx.CLASSIFIERS[head], f"{mod}{head}" if compose else "", rules)
            if cand and not (own_only and own_suffix(cand.name) is None):
                start += name.find(cand.name[:2]) if not compose else 0
                cand.start, cand.end = start, m.end() if compose else end
                found.append(cand)
    return found


INTRODUCED_LIST_RE = re.compile(
    r"(?:代表|核心|重点|主要|知名|典型)(?P<head>园区|产业园区|开发区|楼宇|载体|基地|集聚区)"
    r"(?:有|包括|包含|涵盖|为|是)[：:]?(?P<list>[^，。；：\n]{2,80}?)等"
)
"""A list a kind with a role introduces: 「代表园区有杨浦滨江、桃浦智创城等」, 「核心园区包括
张江集成电路产业园、临港东方芯港等」 (the classifier before its items, as 「依托A、B等重点
楼宇」 has it after them)."""


def find_introduced_lists(text: str, rules: NameRules) -> list[Candidate]:
    """The carriers of the lists a kind with a role introduces, each of that kind unless
    its own suffix says another; a county's name at an item's head is its district
    (浦东张江药谷 → 张江药谷 in 浦东新区)."""
    found = []
    for m in INTRODUCED_LIST_RE.finditer(text):
        kind = lx.CLASSIFIERS[m.group("head")]
        for item, at in _split_items(m.group("list"), m.start("list")):
            cand = _enumerated(item, kind, "", rules)
            if cand is None:
                continue
            # A county heads a name with no suffix of its own (浦东张江药谷 → 张江药谷; 杨浦滨江
            # stays whole); one with a suffix is the suffix finder's to read (嘉定国际汽车城).
            head = next((item[:n] for n in (2, 3) if rules.unit_within(item[:n])), "")
            if head and not cand.district and own_suffix(cand.name) is None:
                cand.district = rules.unit_within(head)
                if len(cand.name) - len(head) >= 3:
                    cand.name = cand.name[len(head) :]
            cand.start = at + item.find(cand.name)
            cand.end = cand.start + len(cand.name)
            found.append(cand)
    return found


def _without_leading_words(item: str, rules: NameRules) -> str:
    """A list item without the words in front of its name (「随着国信海天中心」), when a name
    of three characters or more remains (明日派 is a building, not 明日 + 派)."""
    cut = words.leading_words(item, rules.keeps_word, rules.names_place)
    cut += words.after_clause_character(item[cut:], rules.names_unit)
    cut += words.after_verb_before_place(item[cut:], rules.keeps_word, rules.names_place)
    return item[cut:] if len(item) - cut >= 3 else item


def _enumerated(item: str, kind: str, tail: str, rules: NameRules) -> Candidate | None:
    """A carrier from one enumeration item, or None when the item is not a place."""
    if lx.QUANTIFIER_RE.search(item):
        return None  # 「建设一批区域农业综合服务中心、…」 counts, it names nothing
    item, _ = _trim(item, rules)
    item = item.strip(QUOTES + "（）()")  # 「…公司(简称博实公司)」: 博实公司, no bracket
    item = _without_leading_words(item, rules)
    if (
        len(item) < 2
        or ORG_END_RE.search(item)
        or rules.is_sector(item)
        or "“" in item
        or "”" in item
    ):
        return None
    own = own_suffix(item)
    if own:
        if len(item) - len(own) < 2 or is_generic(item[: -len(own)], rules):
            return None
        kind = lx.SUFFIX_KIND[own]
    elif tail:
        item += tail
        kind = lx.SUFFIX_KIND[own_suffix(tail) or ""] if own_suffix(tail) else kind
    elif is_generic(item, rules):
        return None
    district, item = split_district(item, rules)
    return Candidate(name=item, kind=kind, start=0, end=0, district=district)


LIST_RUN_RE = re.compile(r"[^，：；。！？\n等]+等?")
"""A run of text no clause mark or 等 breaks, with the 等 that ends it: a 、-list when it
holds a 、. Runs first, 、 after: a pattern that must reach a 、 from every start
backtracks over each run without one, quadratic (192,000 characters of 产业园 took 149 s)."""


def find_sibling_items(text: str, known: list[Candidate], rules: NameRules) -> list[Candidate]:
    """Items of a 、-list of names whose other items are carriers, and the designation tail
    the items share."""
    found: list[Candidate] = []
    starts = sorted(known, key=lambda c: c.start)
    offsets = [c.start for c in starts]
    for run in LIST_RUN_RE.finditer(text):
        if "、" not in run.group():
            continue
        inside = starts[bisect_left(offsets, run.start()) : bisect_left(offsets, run.end())]
        if len(inside) < 2:
            continue
        items = _split_items(run.group(), run.start())
        hits = [_naming(inside, item, at) for item, at in items]
        carriers = [h for h in hits if h]
        if len(carriers) < 2 or len(carriers) * 2 < len(items):
            continue
        # The commonest kind, a tie going to the first named: a set's order would change
        # with the hash seed (甘泉堡经开区、米东区、…绿电产业园区 gave 米东区 either kind).
        kind = Counter(c.kind for c in carriers).most_common(1)[0][0]
        for (item, at), hit in zip(items, hits, strict=True):
            cand = None if hit else _sibling(item, at, kind, rules)
            if cand:
                found.append(cand)
        found.extend(_shared_tail(carriers, rules))
    return found


def _naming(cands: list[Candidate], item: str, at: int) -> Candidate | None:
    """The candidate that an enumeration item consists of (verbs and 「等…」 aside)."""
    for c in cands:
        if at <= c.start and c.end <= at + len(item):
            before = item[: c.start - at]
            after = item[c.end - at :]
            if (not before or _trim(before + "X")[0] == "X") and (
                not after or after.startswith("等")
            ):
                return c
    return None


def _sibling(item: str, at: int, kind: str, rules: NameRules) -> Candidate | None:
    """A list item taken as a carrier because its siblings are: trimmed of verbs and 「等…」."""
    head = item.split("等")[0]
    if own_suffix(head.split("的")[0]):
        head = head.split("的")[0]  # 「…、九龙园、新田园的总体布局」: the list ends at 的
    name, _ = _trim(head, rules)
    name = _without_leading_words(name, rules)
    if lx.SUFFIX_RE.search(name[:-1]) or lx.QUANTIFIER_RE.search(item):
        return None  # holds a carrier of its own (天堂软件园组成), or counts (一批…)
    suffix = own_suffix(name)
    if name in lx.CLASSIFIERS or (suffix and len(name) - len(suffix) < 2):
        return None  # a bare classifier left over from an enumeration: 风貌区
    if not 3 <= len(name) <= 12 or ORG_END_RE.search(name) or rules.is_sector(name):
        return None
    if (
        is_generic(name[: len(name) - len(suffix or "")], rules)
        or lx.NAME_BREAK_RE.search(name)
        or not re.search(rf"[{lx.CJK}]", name)
    ):
        return None
    start = at + item.find(name)
    return Candidate(name=name, kind=kind, start=start, end=start + len(name))


def _shared_tail(carriers: list[Candidate], rules: NameRules) -> list[Candidate]:
    """「A、B、C科技服务业集聚区」: C is named with a tail that designates all three; every
    item gets the tail's sectors and C is named without the tail."""
    last = carriers[-1]
    inner = [m for m in lx.SUFFIX_RE.finditer(last.name) if m.end() < len(last.name)]
    if not inner:
        return []
    cut = inner[-1].end()
    head, tail = last.name[:cut], last.name[cut:]
    phrase = tail[: len(tail) - len(own_suffix(tail) or "")]
    if len(head) < 3 or not phrase or rules.strip_sectors(phrase) == phrase:
        return []
    for c in carriers:
        c.sector_phrases.append(phrase)
    last.name, last.end, last.kind = head, last.start + cut, lx.SUFFIX_KIND[inner[-1].group()]
    return []


_GIVEN_UNIT = rf"[{lx.CJK}]{{1,8}}?[市区县旗]"
UNIT_GIVEN_SECTORS_RE = re.compile(
    rf"(?:^|(?<=[，。；：\n]))(?:支持|推动|鼓励|引导|指导|在)?"
    rf"(?P<units>{_GIVEN_UNIT}(?:[、和及与]{_GIVEN_UNIT})*)"
    r"(?:近年来|近年|多年来|目前|今年)?(?:要|将|应)?(?:重点|加快|着力|大力|积极)?"
    r"(?:发展壮大|培育壮大|做大做强|发展|壮大|培育|打造)"
    r"(?P<list>[^，。；：]{2,60}?)等?(?:产业集群|产业|行业)"
)
"""「支持郧阳区发展壮大新型电池、硅材料等产业」, 「于都县近年来重点打造纺织服装产业集群」,
「在霍林郭勒市和扎鲁特旗重点发展煤电铝…产业」: counties (or cities) given industries of
their own, at the start of a clause."""
GIVEN_UNIT_RE = re.compile(_GIVEN_UNIT)


TITLED_ROW_RE = re.compile(
    rf"^[ \t]*(?:[0-9０-９]{{1,3}}[.．、]|[（(]?[一二三四五六七八九十]{{1,3}}[)）、])?[ \t]*"
    rf"(?P<name>[{lx.CJK}A-Za-z0-9（）()]{{2,30}}?)[ \t]*(?:——|－－|—|:|：)[ \t]*"
    rf"(?P<title>[{lx.CJK}]{{2,30}}?名[县区市镇旗])(?:[（(][^）)\n]{{0,8}}[）)])?[ \t]*$",
    re.MULTILINE,
)
"""A row of a designation list: 「1.石家庄市鹿泉区——河北省电子信息产业名区」, 「8.石家庄循环化工
园区——河北省循环化工名区(复核)」: the named unit or carrier and its title, which names the
industry it is known for."""


def find_titled_rows(text: str, rules: NameRules) -> list[Candidate]:
    """The units and carriers of a designation list's rows, each with the industry its title
    names (电子信息产业 of 「河北省电子信息产业名区」): a unit is a place of kind
    ``district`` (its finest unit: 鹿泉区 of 石家庄市鹿泉区), a carrier gets the industry."""
    found = []
    for m in TITLED_ROW_RE.finditer(text):
        name, title = m.group("name"), m.group("title")
        title = title[len(rules.province_head(title)) :]
        title = PROVINCE_HEAD_RE.sub("", title)
        industry = title[: title.rfind("名")]
        if len(industry) < 2 or rules.is_unit(industry):
            continue
        # A trade ends in 产业 or is a sector (``sectors.SectorReader._titled`` asks the
        # same): 「河北省示范名区」 names a rank, no trade.
        traded = industry.endswith("产业") or rules.is_sector(industry)
        start, end = m.span("name")
        unit = rules.finest_unit(name)
        # The unit as the row writes it, its chain aside: 鹿泉区 of 石家庄市鹿泉区, 南和县 (now
        # 南和区; 和县 is another county).
        written = next(
            (
                name[-n:]
                for n in range(2, len(name) + 1)
                if unit and rules.finest_unit(name[-n:]) == unit
            ),
            "",
        )
        if written and traded:
            found.append(
                Candidate(
                    written,
                    "district",
                    end - len(written),
                    end,
                    district=unit,
                    sector_phrases=[industry],
                )
            )
        elif own_suffix(name):
            kind = lx.SUFFIX_KIND[own_suffix(name) or ""]
            trade = [industry] if traded else []
            found.append(Candidate(name, kind, start, end, sector_phrases=trade))
    return found


CLUSTER_ROW_RE = re.compile(
    r"^[ \t]*(?:[0-9０-９]{1,3}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[)）])[ \t]*"
    rf"(?P<name>[{lx.CJK}（）()A-Za-z0-9·]{{4,40}}?)(?P<kind>(?:特色)?产业集群)[ \t]*$",
    re.MULTILINE,
)
"""A numbered row of a list of clusters: 「1.山东济南市中区（能源互联网）特色产业集群」."""


def find_cluster_rows(text: str, rules: NameRules) -> list[Candidate]:
    """The clusters a numbered list names, each row one name headed by its unit, as zones
    in that unit with the field the row gives (「济宁邹城市（矿山装备智造）特色产业集群」 →
    矿山装备智造): a list of designated clusters names each cluster as its carrier."""
    found = []
    for m in CLUSTER_ROW_RE.finditer(text):
        head = m.group("name")
        unit = rules.finest_unit(head)
        if not unit or unit not in head:
            # The unit written in full (济南市中区, 枣庄滕州市): 「瑞昌电子信息（光电）产业
            # 集群」 of a list by short names is what the first batch's labeller called a
            # title, the seventh's and tenth's a place.
            continue
        # The field in the row's closing bracket; a name's own words (新郑市电子信息…) are
        # read as every name's are (``SectorReader.in_name``).
        field = FIELD_BRACKET_RE.search(head)
        phrases = [field.group("field")] if field and field.end() == len(head) else []
        found.append(
            Candidate(
                head + m.group("kind"),
                "zone",
                m.start("name"),
                m.end("kind"),
                district=unit,
                sector_phrases=phrases,
            )
        )
    return found


def find_units_given_sectors(text: str, rules: NameRules) -> list[Candidate]:
    """Administrative units a clause gives industries to, as places of kind ``district``
    with the listed sector phrases: the unit is the carrier (a work report's counties)."""
    found = []
    for m in UNIT_GIVEN_SECTORS_RE.finditer(text):
        items = [p.strip() for p in lx.SECTOR_SPLIT_RE.split(m.group("list")) if p.strip()]
        units, (at, end) = [], m.span("units")
        while unit := GIVEN_UNIT_RE.match(text, at, end):
            units.append(unit)
            at = unit.end() + 1  # past the 、 or 和 that joins the next
        if not all(rules.is_unit(u.group()) for u in units):
            continue  # 全市, 我区, 城区: no unit of their own
        found += [
            Candidate(u.group(), "district", *u.span(), district=u.group(), sector_phrases=items)
            for u in units
        ]
    return found


PROFILE_HEAD_RE = re.compile(
    r"^[ \t]*(?:[0-9０-９]{1,2}[.．、]|[（(]?[一二三四五六七八九十]{1,3}[)）、])?[ \t]*"
    rf"(?P<name>[{lx.CJK}]{{2,16}}?)(?:简介|介绍|概况|概览)?[ \t]*"
    r"(?:[（(][^）)\n]{0,30}[）)])?[ \t]*$",
    re.MULTILINE,
)
"""A line that is a unit's name and nothing more but a profile's word, a bracket and a
number: 「衡阳县」, 「蓼泉镇介绍」, 「河北沧州清河县简介（…）」, 「1、汝州市蟒川镇」."""
TOWN_END_RE = re.compile("(?:镇|乡|街道)$")
PROSE_RE = re.compile(r"\s*[^\n]{20,}?[，,。]")
"""A paragraph of prose: what follows a heading, not a table's next cell."""
TITLE_PROSE_REACH = 300
"""Characters after a title within which its text's prose begins (清河县's begins 24 on,
after a line of 「今日分享：河北省邢台市清河县」)."""


def find_profile_heads(text: str, rules: NameRules) -> list[Candidate]:
    """The units a profile is about, as places of kind ``district``: the unit a text's
    title is (「衡阳县」, 「蓼泉镇介绍」), and each unit whose name alone heads a paragraph of
    prose (an article's 「侯马市」 over what 侯马 makes). Whether it is the carrier depends on
    the other carriers its text names: the caller's to judge."""
    found = []
    first = len(text) - len(text.lstrip())  # where the title starts
    for m in PROFILE_HEAD_RE.finditer(text):
        # A heading has prose at once; a title within its first lines (a text that is a
        # unit's name and nothing more profiles nothing). The window keeps the search
        # linear: a line with no comma would be read again from each of its characters.
        if m.start() <= first < m.end():
            prose = PROSE_RE.search(text, m.end(), m.end() + TITLE_PROSE_REACH)
        else:
            prose = PROSE_RE.match(text, m.end())
        if not prose:
            continue
        name = m.group("name")
        written, unit = _unit_written(name, rules)
        if written:
            end = m.start("name") + len(name)
            found.append(Candidate(written, "district", end - len(written), end, district=unit))
    return found


def _chain_of_units(head: str, rules: NameRules) -> bool:
    """True when ``head`` reads as units only, as far as its end: 河北沧州, 南阳市镇平县."""
    if head == rules.province_head(head):
        return True
    ends_unit = head[-1] in "省市县区旗州盟" or any(rules.names_place(head[-k:]) for k in (2, 3))
    return ends_unit and bool(rules.finest_unit(head))


def _unit_written(name: str, rules: NameRules) -> tuple[str, str]:
    """The unit a heading ends with, as written, and the county or city it lies in, when
    the words before it are units too (河北沧州 of 河北沧州清河县): ``("", "")`` else."""
    for n in range(2, len(name) + 1):
        written, head = name[-n:], name[:-n]
        if head and not _chain_of_units(head, rules):
            continue  # 「南阳市镇平县石」 leaves a 石 over: 佛寺镇 is not what it says
        if TOWN_END_RE.search(written) and len(written) >= 3 and rules.names_unit(written):
            within = rules.finest_unit(head) if head else ""
            return written, rules.county_of_town(written, within) or within
        # The unit itself where its name is one unit's (清河县), else as the chain reads it
        # (鼓楼区 of 南京市鼓楼区): a title's chain may be wrong (河北沧州清河县; 邢台的).
        unit = rules.finest_unit(written) or rules.finest_unit(name)
        if rules.is_unit(written) and unit:
            return written, unit
    return "", ""
