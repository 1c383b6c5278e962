"""Carrier targets a plan states: 「成功打造金融特色楼宇5栋」, 「力争建成2个市级生产性服务业
集聚区」, 「打造12个具有一定规模的跨境电商产业园」, 「打造市级跨境电商产业园2个以上」."""

from __future__ import annotations

import re

from extract import lexicon as lx
from extract.clauses import sentence_bounds
from extract.model import Document, Target
from extract.sectors import SectorReader
from extract.taxonomy import Taxonomy

NUMBER = r"[0-9０-９]+|[一二两三四五六七八九十百]+"
UNIT = r"[个栋座家处]"
CARRIER = (
    r"(?P<carrier>特色楼宇|特色产业楼宇|示范楼宇|星级楼宇|楼宇|产业园区|产业园|园区|集聚区|示范区|"
    r"产业基地|示范基地|总部基地|创新基地|商圈|街区|小镇)"
)
VERB = r"(?:打造|建成|建设|培育|形成|创建|争创|新建|建立|认定)"
# 「打造 12 个 …… 跨境电商产业园」: verb, count, description, carrier.
COUNT_FIRST_RE = re.compile(
    rf"{VERB}(?:[^，。；0-9]{{0,4}}?)(?P<count>{NUMBER}){UNIT}(?P<desc>[^，。；]{{0,30}}?){CARRIER}"
    r"(?P<more>以上)?"
)
# 「打造 金融特色楼宇 5 栋 (以上)」: verb, description, carrier, count.
COUNT_LAST_RE = re.compile(
    rf"{VERB}(?P<desc>[^，。；0-9]{{0,30}}?){CARRIER}(?P<count>{NUMBER}){UNIT}(?P<more>以上)?"
)
YEAR_RE = re.compile(r"(?:到|至|力争到|力争)\s*(?P<year>20\d\d)\s*年")
PERIOD_RE = re.compile(r"20\d\d\s*[—\-－–~～至]\s*(?P<end>20\d\d)")
CARRIER_KIND = {
    "楼宇": "building",
    "产业园": "park",
    "园区": "park",
    "基地": "park",
    "小镇": "park",
    "集聚区": "zone",
    "示范区": "zone",
    "商圈": "zone",
    "街区": "zone",
}
DESC_NOISE_RE = re.compile(
    r"具有一定规模的|具有|一定规模|的|市级|区级|国家级|省级|生产性服务业|现代服务业|专业|特色|"
    r"百亿级规模|规模|相关|产业|服务|[、，]"
)
CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def to_int(number: str) -> int:
    """「12」, 「１２」, 「十二」, 「两」 → 12, 12, 12, 2."""
    if number.isdigit():
        return int(number.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if "百" in number:
        head, _, rest = number.partition("百")
        return to_int(head or "一") * 100 + (to_int(rest) if rest else 0)
    if "十" in number:
        head, _, rest = number.partition("十")
        return (CN_DIGITS.get(head, 1) if head else 1) * 10 + (
            CN_DIGITS.get(rest, 0) if rest else 0
        )
    return CN_DIGITS.get(number, 0)


def find_targets(doc: Document, taxonomy: Taxonomy) -> list[Target]:
    """Every carrier target ``doc`` states, with sector, kind, count, year and the quote."""
    text = lx.full_width(doc.text)
    reader = SectorReader(doc, text, taxonomy)
    plan_end = PERIOD_RE.search(doc.title)
    default_year = int(plan_end.group("end")) if plan_end else None
    out: list[Target] = []
    seen: set[tuple[int, int]] = set()
    for pattern in (COUNT_FIRST_RE, COUNT_LAST_RE):
        for m in pattern.finditer(text):
            span = (m.start(), m.end())
            if any(a < span[1] and span[0] < b for a, b in seen):
                continue
            seen.add(span)
            out.append(_target(doc, text, m, reader, default_year))
    return sorted(out, key=lambda t: t.start)


def _target(
    doc: Document, text: str, m: re.Match, reader: SectorReader, year: int | None
) -> Target:
    left, right = sentence_bounds(text, m.start(), m.end())
    years = [int(y.group("year")) for y in YEAR_RE.finditer(text, left, m.start())]
    if not years:
        # 「到2027年，…」 often opens the paragraph rather than the sentence.
        para = text.rfind("\n", 0, m.start()) + 1
        years = [int(y.group("year")) for y in YEAR_RE.finditer(text, para, m.start())]
    desc = m.group("desc")
    phrase = DESC_NOISE_RE.sub("", desc).strip()
    sector = reader.taxonomy.match(phrase) if phrase else None
    if phrase and sector is None:
        # 「具备较强行业竞争力的…集聚区」 describes, it names no sector: a target for all.
        hits = reader.taxonomy.find(desc)
        phrase, sector = (hits[0].phrase, hits[0].sector) if hits else ("", None)
    elif not phrase:
        # No sector in the clause: the section it sits in may name one (「（一）金融服务业」).
        heading = reader.in_heading(m.start())
        phrase = heading[0][0] if heading else ""
        sector = reader.taxonomy.match(phrase) if phrase else None
    carrier = m.group("carrier")
    kind = next((k for word, k in CARRIER_KIND.items() if carrier.endswith(word)), "zone")
    return Target(
        sector=sector.id if sector else None,
        sector_phrase=phrase,
        kind=kind,
        count=to_int(m.group("count")),
        year=years[-1] if years else year,
        doc=doc.id,
        quote=doc.text[left:right].strip(),
        start=m.start(),
        end=m.end(),
        at_least=bool(m.group("more")),
    )
