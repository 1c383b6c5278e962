"""Split a cleaned file into its documents, and read each document's metadata.

A file may hold several documents one after the other (a PDF of a gazette issue).
A new document starts, once the current one has body text, at:

* a notice heading 「…关于…的通知」 (on up to four lines) that follows an end
  marker, or that is followed by a 文号 or an addressee line (「各区县…：」) once the
  current document has numbered headings;
* an order or red header (「…人民政府令」「第370号」「…文件」) or a 文号 line right
  after an end marker;
* a title (「…办法」「…方案（2024—2027年）」) right after an end marker, unless the
  current document is the notice or order that transmits that very title, or a notice
  that issues something unnamed (「现将…名单公布如下」) and has no numbered headings yet.

End markers are 「本办法自…起施行」, 「（此件公开发布）」, 「特此通知」, 「抄送：」 and a
date on a line of its own. A notice that transmits a plan (印发通知) and the plan are
one document: its title is the plan's, its issuer and date the notice's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import ahocorasick_rs

from extract import units
from extract.sections import cn_number, heading_kind
from extract.words import tagged
from geo import admin

__all__ = ["Metadata", "jurisdiction", "read_metadata", "split_documents", "text_unit"]

_HAN = r"\u4e00-\u9fff"
_CN_DIGIT = "〇零○Ｏ一二三四五六七八九十两"
_DATE = re.compile(
    rf"((?:19|20)\d{{2}}|[{_CN_DIGIT}]{{4}})\s*年\s*(\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})\s*月"
    rf"\s*(\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})\s*日"
)
_DATE_LINE = re.compile(rf"[（(]?{_DATE.pattern}[）)]?")
_DOC_NUMBER = re.compile(
    rf"(?:发文字号|文号|字号)?\s*[:：]?\s*([{_HAN}]{{1,16}}?)\s*[〔\[［【(（]\s*((?:19|20)\d{{2}})\s*"
    r"[〕\]］】)）]\s*第?\s*(\d{1,5})\s*号"
)
_ORDER_NUMBER = re.compile(rf"(?:[{_HAN}]{{2,24}}令\s*)?[（(]?第\s*(\d{{1,5}})\s*号[）)]?")
_ORDER_HEADER = re.compile(rf"[{_HAN}]{{2,24}}(?:令|文件)")
_ORG = re.compile(
    rf"[{_HAN}（）()、]{{2,40}}?(?:人民政府|政府|办公厅|办公室|委员会|管委会|人大常委会|常委会"
    r"|局|厅|委|部|署|院|中心|公司|集团|协会|联合会|领导小组|小组|指挥部|党组|办|法院|检察院)"
)
_FIELD = re.compile(
    r"(索引号|发文字号|文号|发布机构|发文机关|发文单位|发布单位|成文日期|发文日期|印发日期|发布日期"
    r"|主题分类|主题词|有效性|公开方式|公开范围|体裁分类|组配分类|名称|标题)\s*[:：]\s*"
)
"""A label of a web page's metadata table: 「发布机构：重庆市人民政府办公厅」."""
_NUMERIC_DATE = re.compile(r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")
_SIGNATURE = re.compile(rf"(?:省|市|区|县|州)长\s*[:：]?\s*[{_HAN}]{{2,4}}")
"""The signature of a government order: 「市长 胡衡华」."""

_TITLE_WORD = (
    r"(?:方案|办法|计划|意见|通知|规定|条例|决定|规划|细则|措施|纲要|报告|指引|指南|清单|公告"
    r"|通告|批复|函|通报|政策|要点|目录|名录|名单|公示|标准|规则|决议|章程|制度|请示)"
)
_PAREN = r"[（(][^（）()]{1,24}[）)]"
_TITLE_END = re.compile(rf"{_TITLE_WORD}》?(?:{_PAREN})*$")
_PAREN_LINE = re.compile(_PAREN)
_NOT_TITLE = re.compile(r"[。，；：,;:！？!?]")
_NOTICE = re.compile(r"关于.{2,}?(?:通知|决定|意见|批复|通报|公告|通告|公示|函|报告|请示)$")
_TRANSMIT = re.compile(
    r"(?:印发|转发|发布|公布|颁布)《([^《》]{2,80})》"
    r"|《([^《》]{2,80})》[^《》。]{0,60}?(?:印发|转发|发布|公布|颁布|施行)"
)
_ISSUE_VERB = r"(?:印发|转发|公布|发布|颁布|公示|公告|通报|认定|命名)"
_ISSUES = re.compile(rf"关于{_ISSUE_VERB}|现将.{{0,80}}?{_ISSUE_VERB}|{_ISSUE_VERB}(?:给|如下)")
"""A notice or order that issues a document: it is one document with what follows it."""
_END_MARKERS = (
    re.compile(
        r".*本(?:办法|规定|条例|细则|方案|意见|决定|通知|规则|制度|措施|计划|标准|指引|政策)"
        r".{0,8}?自.{0,30}?(?:施行|实施|执行)。?"
    ),
    re.compile(r"[（(]此件[^（）()]{1,10}[）)]"),
    re.compile(r"特此(?:通知|报告|公告|通告|批复|函复|复函|函告|说明)[。.!！]?"),
    re.compile(r"抄送[:：].*"),
    _DATE_LINE,
)

_MAX_TITLE_LINE = 60
_OUTLINE_START = ("chapter", "part", "article", "item")
"""Heading kinds that end a document's header."""
_HEAD_LINES = 40
"""Lines searched for metadata when a document reaches its first heading late or never."""

_PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
    "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆",
)  # fmt: skip
"""Provincial short names: 「重庆两江新区」 is 两江新区."""
_GENERIC_AREAS = frozenset(("高新", "经开", "保税", "开发", "新", "自贸", "综合保税"))
"""Zone names that mean nothing without their city: 「重庆高新区」 stays whole."""
_ADMIN = re.compile(
    rf"(?:中共|中国共产党)?(?P<prov>[{_HAN}]{{2,7}}?(?:省|自治区))?"
    rf"(?P<city>[{_HAN}]{{2,5}}?(?:市|自治州|州|盟|地区))?"
    rf"(?P<city2>[{_HAN}]{{2,4}}?市)?"
    rf"(?P<county>[{_HAN}]{{1,7}}?(?:自治县|自治旗|新区|区|县|旗))?"
)


@dataclass(frozen=True)
class Metadata:
    """What a document says about itself; ``""`` where it says nothing."""

    title: str
    issuer: str
    date: str
    """ISO ``YYYY-MM-DD``."""
    doc_number: str
    """The 文号 with brackets normalised to 〔〕, or 「第370号」 for an order."""
    jurisdiction: str


# --- splitting -------------------------------------------------------------------------


def split_documents(text: str) -> list[str]:
    """The texts of the documents in a cleaned file, in order; they join back to ``text``."""
    lines = text.split("\n")
    starts = [0]
    has_body = outlined = False
    for i, line in enumerate(lines):
        if has_body and i > starts[-1] and _starts_document(lines, i, starts[-1], outlined):
            starts.append(i)
            has_body = outlined = False
        if len(line) >= 12 and ("。" in line or line.endswith(("；", ";"))):
            has_body = True
        outlined = outlined or heading_kind(line) in _OUTLINE_START
    bounds = zip(starts, [*starts[1:], len(lines)], strict=True)
    return ["\n".join(lines[a:b]) for a, b in bounds]


def _starts_document(lines: list[str], i: int, current: int, outlined: bool) -> bool:
    """True when line ``i`` opens a new document after the one starting at ``current``
    (``outlined``: that document has numbered headings already)."""
    after_end = _is_end_marker(lines[i - 1])
    line = lines[i]
    if _ORDER_HEADER.fullmatch(line) or _ORDER_NUMBER.fullmatch(line) or _doc_number(line):
        return after_end
    if not after_end and not (outlined and any("关于" in x for x in lines[i : i + 5])):
        return False  # the only start without an end marker is a 「…关于…」 notice heading
    start = i
    size = _title_run(lines, i)
    if not size and _ORG.fullmatch(line):
        start = i + 1  # the issuer's name set above the title
        size = _title_run(lines, start)
    if not size:
        return False
    title = "".join(lines[start : start + size])
    if _NOTICE.search(title):
        # Without an end marker, only a document with a body of its own is ended.
        return after_end or (outlined and _addressed(lines[start + size : start + size + 3]))
    if after_end:
        header = lines[current : min(i, current + _HEAD_LINES)]
        if _key(title) in {_key(t) for t in _transmitted(header)}:
            return False
        # A notice that issues something without naming it in 《》 (「现将…名单公布如下」)
        # is followed by what it issues, before any numbered heading of its own.
        return outlined or not _ISSUES.search("".join(header))
    return False


def _is_end_marker(line: str) -> bool:
    return any(marker.fullmatch(line) for marker in _END_MARKERS)


def _addressed(lines: list[str]) -> bool:
    """True when a 文号 or an addressee line (「各区县人民政府：」) follows a heading."""
    return any(_doc_number(line) or line.endswith(("：", ":")) for line in lines)


# --- titles ----------------------------------------------------------------------------


def _title_run(lines: list[str], i: int) -> int:
    """How many lines from ``i`` form a title (up to four, plus a 「（…年）」 line), or 0."""
    for size in range(1, 5):
        if i + size > len(lines) or not _title_line(lines[i + size - 1]):
            return 0
        if size == 2 and _ORG.fullmatch(lines[i]) and not lines[i + 1].startswith("关于"):
            return 0  # an issuer's name above a title is not part of it (unless 「…关于…」)
        if _TITLE_END.search("".join(lines[i : i + size])):
            while i + size < len(lines) and _PAREN_LINE.fullmatch(lines[i + size]):
                size += 1
            return size
    return 0


def _title_line(line: str) -> bool:
    return (
        len(line) <= _MAX_TITLE_LINE
        and not _NOT_TITLE.search(line)
        and not _is_end_marker(line)
        and not _doc_number(line)
        and heading_kind(line) is None
    )


def _transmitted(lines: list[str]) -> list[str]:
    """Titles in 《》 that these lines issue or transmit (印发, 转发, 公布 …), in order."""
    text = "".join(lines)
    return [a or b for a, b in _TRANSMIT.findall(text)]


def _key(title: str) -> str:
    """A title reduced for comparison: no spaces, brackets or dash variants."""
    return re.sub(r"[\s《》()（）\-－—–~～至]", "", title)


def _display(title: str) -> str:
    """A title as shown: outer 《》 dropped, ASCII parentheses made full-width."""
    title = title.strip()
    if title.startswith("《") and title.endswith("》"):
        title = title[1:-1]
    return title.replace("(", "（").replace(")", "）")


def _title(head: list[str]) -> str:
    """The transmitted plan's title, else the first title in the header, else its first line."""
    sizes = [(i, _title_run(head, i)) for i in range(len(head))]
    runs = ["".join(head[i : i + size]) for i, size in sizes if size]
    transmitted = _transmitted(head)
    if transmitted:
        wanted = _key(transmitted[0])
        # The plan's own title line is preferred: the notice may abbreviate or re-dash it.
        return _display(next((run for run in runs if _key(run) == wanted), transmitted[0]))
    if runs:
        return _display(runs[0])
    return _display(head[0][:_MAX_TITLE_LINE]) if head else ""


# --- metadata --------------------------------------------------------------------------


def read_metadata(text: str) -> Metadata:
    """Title, issuer, date, 文号 and jurisdiction of one cleaned document."""
    lines = text.split("\n")
    first_heading = next(
        (i for i, line in enumerate(lines[:_HEAD_LINES]) if heading_kind(line) in _OUTLINE_START),
        _HEAD_LINES,
    )
    head = lines[:first_heading] or lines[:_HEAD_LINES]
    fields = _fields(head)
    title = _title(head)
    issuer = _issuer(lines, head, fields, title)
    number = _doc_number(fields.get("发文字号") or fields.get("文号") or "")
    number = number or next(filter(None, map(_doc_number, head)), "")
    return Metadata(
        title=title,
        issuer=issuer,
        date=_date(lines, head, fields),
        doc_number=number,
        jurisdiction=_jurisdiction(issuer, title, number, text),
    )


def _jurisdiction(issuer: str, title: str, number: str, text: str) -> str:
    """The unit the issuer, title or 文号 names, else the one the text is about
    (``text_unit``). A name that is no unit (「经开区」 of 「重庆万州经开区打造…」,
    「沈阳经济区」) gives way to the text's unit: it is kept only when the text names none.
    Chongqing's functional areas (两江新区) are units here."""
    stated = jurisdiction(issuer) or jurisdiction(title) or number_jurisdiction(number)
    if stated and (admin.find(stated) or admin.overlay(stated)):
        return stated
    return text_unit(title, text) or stated


def _signature_dates(lines: list[str]) -> list[int]:
    """Indexes of date lines right below an issuer or a signature (「市长 胡衡华」)."""
    return [
        i
        for i, line in enumerate(lines)
        if i
        and _DATE_LINE.fullmatch(line)
        and (_ORG.fullmatch(lines[i - 1]) or _SIGNATURE.fullmatch(lines[i - 1]))
    ]


def _fields(head: list[str]) -> dict[str, str]:
    """The labelled fields of a metadata table; a value may sit on the label's next line."""
    fields: dict[str, str] = {}
    for i, line in enumerate(head):
        labels = list(_FIELD.finditer(line))
        if not labels:
            continue
        for label, following in zip(labels, [*labels[1:], None], strict=True):
            value = line[label.end() : following.start() if following else len(line)].strip()
            if not value and following is None and i + 1 < len(head):
                value = head[i + 1]
            fields.setdefault(label[1], value)
    return fields


def _issuer(lines: list[str], head: list[str], fields: dict[str, str], title: str) -> str:
    """The signer above the date; else the labelled 发布机构; else the heading's 「X关于」;
    else an issuer line in the header; else 「…人民政府」 for an order signed 「市长 …」."""
    for i in _signature_dates(lines):
        orgs: list[str] = []
        j = i - 1
        while j >= 0 and _ORG.fullmatch(lines[j]):
            orgs.insert(0, lines[j])
            j -= 1
        if orgs:
            return "、".join(orgs)  # joint issuers sign one above the other
    for label in ("发文机关", "发布机构", "发文单位", "发布单位"):
        if fields.get(label):
            return fields[label]
    for i in range(len(head)):
        run = "".join(head[i : i + _title_run(head, i)])
        prefix, about, _ = run.partition("关于")
        if about and _ORG.fullmatch(prefix):
            return prefix
    for line in head:
        name = _HEADER_SUFFIX.sub("", line)
        if _ORG.fullmatch(name):
            return name
    if any(_SIGNATURE.fullmatch(line) for line in head):
        place = jurisdiction(title)
        return f"{place}人民政府" if place else ""
    return ""


_HEADER_SUFFIX = re.compile(r"(?:文件|令)$")
"""The red header 「重庆市人民政府文件」 or order header 「重庆市人民政府令」 names the issuer."""


def _date(lines: list[str], head: list[str], fields: dict[str, str]) -> str:
    """The signing date: below the signer; else a labelled 成文日期; else a date line in the
    header; else the header's first date (「——2025年5月28日在…会议上」); else 发布日期."""
    signed = _signature_dates(lines)
    if signed:
        return _iso(_DATE.search(lines[signed[0]]))
    for label in ("成文日期", "发文日期", "印发日期"):
        iso = _field_date(fields.get(label, ""))
        if iso:
            return iso
    for line in head:
        if _DATE_LINE.fullmatch(line):
            return _iso(_DATE.search(line))
    for line in head:
        if _FIELD.match(line):
            continue  # a publication date is the last resort
        for match in _DATE.finditer(line):
            iso = _iso(match)
            if iso:
                return iso
    return _field_date(fields.get("发布日期", ""))


def _field_date(value: str) -> str:
    """The ISO date in a field's value, written 「2024年11月25日」 or 「2024-11-25」."""
    return _iso(_DATE.search(value) or _NUMERIC_DATE.search(value))


def _iso(match: re.Match[str] | None) -> str:
    if match is None:
        return ""
    year, month, day = (
        cn_number(part.replace("○", "〇").replace("Ｏ", "〇")) for part in match.groups()
    )
    try:
        return dt.date(year or 0, month or 0, day or 0).isoformat()
    except ValueError:
        return ""


def _doc_number(line: str) -> str:
    """The normalised 文号 when ``line`` is one (「渝府发[2024]18号」 → 「渝府发〔2024〕18号」)."""
    match = _DOC_NUMBER.fullmatch(line)
    if match:
        prefix, year, number = match.groups()
        return f"{prefix}〔{year}〕{number}号"
    match = _ORDER_NUMBER.fullmatch(line)
    return f"第{match[1]}号" if match else ""


_NOT_COUNTY = re.compile(
    r"(?:园区|产业区|集聚区|功能区|示范区|开发区|保税区|商务区|试验区|片区|景区|社区|小区|城区|园)$"
)
"""Endings of a 「…区」 that names a zone, not an administrative district."""
_NOT_ADMIN = re.compile(r"首批|批|第|年|的|关于|双城|经济圈")
"""Words in a 「…地区」「…市」 that is a phrase of a title, not an administrative name."""


NUMBER_PROVINCES = {
    "京": "北京市", "津": "天津市", "冀": "河北省", "晋": "山西省", "蒙": "内蒙古自治区",
    "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "沪": "上海市", "苏": "江苏省",
    "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省",
    "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区",
    "琼": "海南省", "渝": "重庆市", "川": "四川省", "黔": "贵州省", "云": "云南省",
    "藏": "西藏自治区", "陕": "陕西省", "甘": "甘肃省", "青": "青海省", "新": "新疆维吾尔自治区",
}  # fmt: skip
"""The provinces' official one-character abbreviations (简称) that open a provincial 文号
(渝府发, 沪经信, 川府函, 浙经信). Curated, unverified against a published list; 宁 is
left out: 宁夏's, but 南京's 文号 open with it too (宁政发)."""


def number_jurisdiction(number: str) -> str:
    """The unit a 文号 names its issuer by: a county's or city's short name (渝中府办发 →
    渝中区), else a province's abbreviation (沪经信 → 上海市); ``""`` for a national one
    (国办函) or an abbreviation this table does not hold (杭政, 穗府)."""
    issuer = number.split("〔", 1)[0]
    for cut in range(min(len(issuer), 4), 1, -1):
        found = admin.find(issuer[:cut], level="county") or admin.find(issuer[:cut], level="city")
        if len(found) == 1:
            return found[0].name
    return NUMBER_PROVINCES.get(issuer[:1], "")


def jurisdiction(name: str) -> str:
    """The most specific administrative unit ``name`` starts with: 「重庆市渝中区人民政府」
    → 「渝中区」, 「重庆两江新区管理委员会」 → 「两江新区」, 「重庆市人民政府」 → 「重庆市」."""
    match = _ADMIN.match(name.removeprefix("关于"))
    assert match is not None  # every group is optional: the pattern matches any text
    if any(_NOT_ADMIN.search(unit or "") for unit in match.groups()):
        return ""  # 「关于首批成渝地区…」: words no administrative name holds
    county = match["county"]
    if county and _NOT_COUNTY.search(county):
        county = None  # 「重庆市特色产业园区名单」 is about parks, not a district
    if county and not (match["city"] or match["city2"] or match["prov"]):
        for province in _PROVINCES:
            rest = county[len(province) :]
            # 「高新区」 may be 高新 + 区 or 高 + 新区: generic either way.
            if county.startswith(province) and not _GENERIC_AREAS & {rest[:-1], rest[:-2]}:
                county = rest
                break
    return county or match["city2"] or match["city"] or match["prov"] or ""


# --- the unit a text is about ----------------------------------------------------------

_DATELINE = re.compile(
    rf"(?:来源|稿源|來源)\s*[:：]\s*(?P<source>[{_HAN}]{{2,12}})"
    rf"|(?P<outlet>[{_HAN}]{{2,12}}?)(?:讯|訊)\s*[:：]"
)
"""A news item's outlet, which names its city: 「来源:天津北方网」, 「天津北方网讯:」. An
agency's dateline (「新华社北京3月5日电」) says where a story was filed, not what it is
about, and is not read."""
_CONGRESS = re.compile(
    rf"在(?P<unit>[{_HAN}]{{2,12}}?)第[一二三四五六七八九十百0-9]+届\s*人民代表大会"
)
"""The session a work report was given at, which names its unit: 「——2018年12月22日在建平县
第十八届人民代表大会第二次会议上」 (the report itself says 县人民政府 and 全县); the line may
break after 届 (「在张掖市甘州区第十九届\n人民代表大会」)."""
_DATELINE_READ = 400
"""Characters of a text read for its dateline: it stands above or opens the first paragraph."""
DOMINANT_READ = 4000
"""Characters of a text read for the units it names: its opening says what it is about."""
DOMINANT_LEAST = 3
"""Least mentions of a text's unit (itself or units inside it): a provincial list names
most of its cities or counties once or twice."""
DOMINANT_FACTOR = 2
"""How many times a text's unit (with the units inside it) must outnumber the mentions of
units outside it: a 南浔区 news item names 南浔 4 times, 重庆 and 杭州 once each; a
provincial list of seven parks names three counties of 丽水 against five others."""


def text_unit(title: str, text: str) -> str:
    """The city or county a document with no issuer, titled unit or 文号 is about: the
    first unit its title names (「2021年天心区政府工作报告」 → 天心区, 「乐清开建六个小微园」
    → 乐清市), else the unit of the congress a work report was given at, else the finest
    unit that, with the units inside it, the text names far more than any unit outside it
    (``dominant_unit``), else its outlet's (「天津北方网讯」 → 天津市, which names its city
    twice); ``""`` when none says one (a provincial or national list names many units,
    none dominant)."""
    titled = title_unit(title)
    if titled:
        return titled
    congress = _CONGRESS.search(text, 0, _DATELINE_READ)
    if congress and (unit := units.finest_unit(congress["unit"])):
        return unit
    dated = _dateline_unit(text[:_DATELINE_READ])
    dominant = dominant_unit(text)
    if dated and dominant in _above_names(dated):
        return dated  # a county's outlet in a text about its city
    return dominant or dated


_UNIT_START = re.compile(rf"(?:^|(?<=[^{_HAN}])|(?<=年))[{_HAN}]")
"""Where a unit may start in a title: at its start or after a bracket, a year or a space;
inside words (开发区 → 发区) none does."""


def title_unit(title: str) -> str:
    """The first city or county a title names (「【诸城市招商】2019年昌城镇政府工作报告」 →
    诸城市), or ``""``."""
    for m in _UNIT_START.finditer(title):
        unit = units.finest_unit(title[m.start() :])
        if unit:
            return unit
    return ""


def _dateline_unit(head: str) -> str:
    """The city or county that opens a news item's outlet or dateline, or ``""``."""
    for m in _DATELINE.finditer(head):
        name = m["source"] or m["outlet"]
        unit = _leading_city_or_county(name)
        if unit:
            return unit
    return ""


def _leading_city_or_county(name: str) -> str:
    """The one city or county (or province-level city) whose name (a county's in full)
    opens ``name`` (天津北方网 → 天津市, 十堰广电 → 十堰市), or ``""``."""
    names, county_short = _unit_names()
    for cut in range(min(len(name), 8), 1, -1):
        if name[:cut] in county_short:
            continue  # 光明日报 is no paper of 光明区
        codes = names.get(name[:cut], ())
        if len(codes) == 1:
            return admin.by_code(codes[0]).name
        if codes:
            return ""  # namesakes: the outlet does not say which
    return ""


@cache
def _unit_names() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Names of cities, counties and province-level cities → their codes, and the names
    among them that are a county's short name (counted only where the text names that
    county in full). A short name a province has as well (吉林, 海南) is left out."""
    cities = admin.MUNICIPALITIES.values()
    provinces = {
        n for u in admin.units("province") if u.name not in cities for n in (u.name, u.short_name)
    }
    names: dict[str, set[str]] = {}
    short: set[str] = set()
    municipalities = [u for u in admin.units("province") if u.name in cities]
    for u in (*municipalities, *admin.units("city"), *admin.units("county")):
        # 成县 is read in 完成县域, 城西区 in 「老城区、城西区改造」: one-character names
        # and names of a part of a city are left out.
        if len(u.name) > 2 and not units.CITY_PART_RE.match(u.name):
            names.setdefault(u.name, set()).add(u.code)
        if len(u.short_name) >= 2 and u.short_name not in provinces:
            names.setdefault(u.short_name, set()).add(u.code)
            if u.level == "county":
                short.add(u.short_name)
    full = {u.name for u in (*municipalities, *admin.units("city"), *admin.units("county"))}
    return {n: tuple(sorted(c)) for n, c in names.items()}, frozenset(short - full)


@cache
def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[str]]:
    """An automaton of ``_unit_names`` (the longest name at each place) and its keys."""
    keys = sorted(_unit_names()[0])
    return ahocorasick_rs.AhoCorasick(
        keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
    ), keys


@cache
def _municipality_codes() -> frozenset[str]:
    """Codes of the province-level cities (北京市, 天津市, 上海市, 重庆市)."""
    return frozenset(code.ljust(6, "0") for code in admin.MUNICIPALITIES)


def _above_names(name: str) -> set[str]:
    """The names of the units above every unit called ``name``."""
    return {a.name for u in admin.find(name) for a in admin.chain(u.code)[:-1]}


def dominant_unit(text: str) -> str:
    """The finest city or county a text is about. The units it names are counted, each
    with the units above it: full names, a city's short name, and a county's short name
    unless jieba's dictionary knows it as a common word (新兴, 资源, 合作, 双城 — words
    before they are counties) or it names a part of a city (城西). A unit is the text's
    when it and the units inside it are named at least ``DOMINANT_LEAST`` times and
    ``DOMINANT_FACTOR`` times as often as all units outside it (a unit above it counts
    for neither). A name of namesakes (朝阳区) counts for none. ``""`` when no unit
    dominates."""
    names, county_short = _unit_names()
    automaton, keys = _automaton()
    found = [keys[i] for i, _, _ in automaton.find_matches_as_indexes(text[:DOMINANT_READ])]
    counted = [n for n in found if n not in county_short or _names_a_place(n)]
    cities = {u.code for n in counted if len(names[n]) == 1 for u in admin.chain(names[n][0])}
    cities = {c for c in cities if admin.level_of(c) != "province" or c in _municipality_codes()}
    # Each mention as the chain of its unit's codes, coarsest first; a name of namesakes
    # as the one under a city the text names (昌邑: 潍坊's 昌邑市, not 吉林市's 昌邑区).
    chains = []
    for n in counted:
        chain = [admin.chain(c) for c in names[n]]
        if len(chain) > 1:
            chain = [c for c in chain if any(u.code in cities for u in c[:-1])]
        if len(chain) == 1:
            chains.append(tuple(u.code for u in chain[0]))
    best, best_depth = "", 0
    for code in {c for chain in chains for c in chain}:
        if admin.level_of(code) == "province" and code not in _municipality_codes():
            continue  # a province says too little
        above = {u.code for u in admin.chain(code)}
        inside = sum(code in c for c in chains)
        outside = sum(code not in c and c[-1] not in above for c in chains)
        if (
            inside >= DOMINANT_LEAST
            and inside >= DOMINANT_FACTOR * outside
            and len(above) > best_depth
        ):
            best, best_depth = admin.by_code(code).name, len(above)
    return best


_WORD_TAGS = frozenset(("n", "vn", "v", "a", "ad", "an", "b", "d", "t", "s", "c", "f", "m"))
"""jieba's tags of common words (noun, verb, adjective, distinguishing word, adverb, time,
space, conjunction, locality, numeral); a place or person name (ns, nr, nz) is no word."""


@cache
def _names_a_place(short: str) -> bool:
    """True when a county's short name is no common word nor a part of a city: 嘉定, 巴彦,
    颍州 are places; 新兴 (b), 资源 (n), 合作 (vn) and 城西 are not."""
    if units.CITY_PART_RE.match(short):
        return False
    words = tagged(short)
    return not (len(words) == 1 and words[0][1] in _WORD_TAGS)
