"""Turn the carriers found in each document into places: mentions, sectors, parents,
districts, and one place per real-world carrier across documents and spellings."""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate, pairwise

import ahocorasick_rs

from extract import carriers as cr
from extract import lexicon as lx
from extract import units, words
from extract.clauses import clause_start, matches_from, paragraph_bounds, quote, sentence_bounds
from extract.documents import title_unit
from extract.model import KINDS, Designation, Document, Mention, Place, SectorLink
from extract.sectors import MODIFIERS_RE, SectorReader
from extract.taxonomy import Taxonomy
from geo import settings


@dataclass
class Districts:
    """Administrative divisions: full names and the short forms names start with."""

    names: tuple[str, ...]
    short: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Lookups by prefix length, longest first: a name is matched in O(lengths), not
        # O(divisions) (a national table has ~3,000).
        self._full = frozenset(self.names)
        self._full_lengths = sorted({len(n) for n in self.names}, reverse=True)
        self._short_lengths = sorted({len(n) for n in self.short}, reverse=True)

    def prefix(self, name: str) -> str:
        """The longest full division name ``name`` starts with, or ``""``."""
        return next((name[:n] for n in self._full_lengths if name[:n] in self._full), "")

    def of_name(self, name: str) -> str:
        """The division a name starts with (江北嘴… → 江北区), or ``""``."""
        for prefix in (name, name.removeprefix("重庆市"), name.removeprefix("重庆")):
            full = self.prefix(prefix)
            if full:
                return full
            for n in self._short_lengths:
                if prefix[:n] in self.short:
                    return self.short[prefix[:n]]
        return ""


@cache
def load_districts() -> Districts:
    """The divisions in ``data/districts.csv``, longest names first."""
    names, short = [], {}
    with open(settings.DATA_DIR / "districts.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names.append(row["name"])
            for s in filter(None, row["short_names"].split("|")):
                if len(s) >= 2:
                    short[s] = row["name"]
    order = sorted(short, key=len, reverse=True)
    return Districts(tuple(sorted(names, key=len, reverse=True)), {s: short[s] for s in order})


SEPARATORS_RE = re.compile(r"[\s·•・“”\"'「」]")


def normalize(name: str) -> str:
    """The form names are compared in: half-width letters, one kind of bracket, no
    separators or quotes (美源·美源 = 美源美源, 西部(重庆)科学城 = 西部（重庆）科学城)."""
    name = unicodedata.normalize("NFKC", name)
    return SEPARATORS_RE.sub("", name).replace("(", "（").replace(")", "）")


def place_id(name: str, kind: str, district: str) -> str:
    """A stable id from what identifies a place, never from row order."""
    digest = hashlib.sha1(f"{normalize(name)}|{kind}|{district}".encode()).hexdigest()
    return f"pl-{digest[:10]}"


@dataclass
class Found:
    """A carrier found in one document, with its mention and sector links."""

    name: str
    kind: str
    unnamed: bool
    district: str
    parent: str
    mention: Mention
    links: list[SectorLink]
    same_as: str = ""
    """Another name the document gives this carrier (「A，又名B」, 「将A更名为B」)."""
    district_stated: bool = True
    """False when ``district`` is only the document's own unit, not said of this place."""
    designations: list[Designation] = field(default_factory=list)
    """Titles the document gives this carrier."""
    listed: bool = False
    """Named in a table column whose heading names its kind of carrier (``Place.listed``)."""


def find_in_document(doc: Document, taxonomy: Taxonomy) -> list[Found]:
    """Every carrier ``doc`` names, with its mention, parent, district and sectors."""
    text = lx.full_width(doc.text)
    reader = SectorReader(doc, text, taxonomy)
    districts = load_districts()
    doc_unit = document_unit(doc)
    rules = cr.NameRules(
        reader.is_sector,
        reader.strip_sectors,
        districts.prefix,
        units.province_head,
        lambda n: n.endswith(districts.of_name(n) or "\0") or bool(units.district_unit(n)),
        units.names_unit,
        units.is_county,
        units.names_county_or_above,
        units.finest_unit,
        units.county_of_town,
        lambda head: units.leading_unit(head, doc_unit),
    )
    cands = cr.find_suffix_names(text, rules) + cr.find_enumerations(text, rules)
    cands += cr.find_introduced_lists(text, rules)
    cands += cr.find_sibling_items(text, [c for c in cands if not c.title], rules)
    cands += cr.find_units_given_sectors(text, rules) + cr.find_titled_rows(text, rules)
    cands += cr.find_cluster_rows(text, rules)
    cands = [c for c in _not_in_other_lists(text, cands) if not _a_boundary(text, c)]
    cands = _dedupe(_with_proper_facilities(cands, districts))
    cands = sorted(cands + _hosts_of_titles(text, cands, rules), key=lambda c: c.start)
    titles = [c for c in cands if c.title or _granted(text, c)]
    cands = [c for c in cands if not (c.title or _granted(text, c))]
    cands = sorted(cands + _named_again(text, cands), key=lambda c: c.start)
    cands = _without_kinds_of_named(cands)
    profiled = _profiled(text, cr.find_profile_heads(text, rules), cands)
    cands = sorted(cands + [c for c, _ in profiled.values()], key=lambda c: c.start)
    given = _designations(doc, text, cands, titles)
    reader.know_carriers(
        [(c.start if c.field_start is None else c.field_start, c.end) for c in cands]
    )
    # Carriers that can hold others: a zone, park or port, named.
    hosts = {c.name for c in cands if not c.unnamed and c.kind in ("zone", "park", "port")}
    focus = list(lx.FOCUS_RE.finditer(text))
    same_as = _aliases(text, cands)
    named_provinces = units.provinces_named(text[:3000])
    province = named_provinces.pop() if len(named_provinces) == 1 else ""
    # What depends on a name or phrase only, read once per document (a text may name one
    # place thousands of times).
    in_name: dict[str, list[tuple[str, str]]] = {}
    sector_ids: dict[str, str | None] = {}
    found = []
    starts = [c.start for c in cands]  # sorted: where the document names its carriers
    headings = _heading_units(doc, [c.start for c in cands])
    for c, heading in zip(cands, headings, strict=True):
        district, stated = _district(
            text, c, doc_unit, province, districts, starts, reader, heading
        )
        cited = quote(doc.text, c.start, c.end)
        if c.name not in in_name:
            in_name[c.name] = reader.in_name(c.name)
        evidence = [(p, cited) for p in c.sector_phrases] + in_name[c.name]
        evidence += [(p, c.name) for p in _industry_of_name(c.name) if p not in dict(evidence)]
        evidence += reader.in_clause(c.start, c.end) + reader.in_heading(c.start)
        if id(c) in profiled:
            evidence += reader.of_unit(c.end, profiled[id(c)][1])
        first: dict[str, str] = {}
        for phrase, source in evidence:
            first.setdefault(phrase, source)
        for p in first:
            if p not in sector_ids:
                sector_ids[p] = taxonomy.classify_id(p)
        links = [SectorLink(p, sector_ids[p], doc.id, q) for p, q in first.items()]
        found.append(
            Found(
                name=c.name,
                kind="district" if c.name in districts.names else c.kind,
                unnamed=c.unnamed,
                district=district,
                district_stated=stated,
                parent=_parent(text, c, hosts, focus),
                mention=Mention(doc.id, c.start, c.end, cited, doc.section_label(c.start)),
                links=links,
                same_as=same_as.get(id(c), ""),
                designations=given.get(id(c), []),
            )
        )
    return found


INDUSTRY_NAME_RE = re.compile(
    rf"(?P<term>[{lx.CJK}A-Za-z]{{2,8}}?)产业(?:园区|园|基地|集聚区|小镇)"
)


@cache
def _industry_of_name(name: str) -> list[str]:
    """The industry a carrier's name gives between its unit and 「产业园」 (三亚创意产业园 →
    创意, 南乐县生物质能产业园区 → 生物质能), known to the taxonomy or not; none when no
    unit heads the name (a proper name may stand there: 良景产业园) or the words only
    describe (特色)."""
    head = units.leading_unit(name)
    if not head:
        return []
    short = next((h for h in (head, head[:-1], head[:2]) if h and h in name), "")
    m = INDUSTRY_NAME_RE.fullmatch(name, name.index(short) + len(short)) if short else None
    if m is None:
        return []
    # 柳州市柳东新区汽车产业园: the industry follows the zone that holds the park.
    term = m.group("term")
    term = term[max((h.end() for h in lx.SUFFIX_RE.finditer(term)), default=0) :]
    return [term] if len(term) >= 2 and not MODIFIERS_RE.fullmatch(term) else []


def _named_again(text: str, cands: list[cr.Candidate]) -> list[cr.Candidate]:
    """The other places where the text names a carrier it names somewhere as one: a name
    found only in a list (新田园 in 「…九龙园、新田园的总体布局」, later 「新田园7.51平方
    公里，重点发展煤电…」), or only where it stands alone, as a title (「青海高新技术产业
    开发区」 over its entry, whose sentences name it as a province's kind of zone could be
    read), so the sentences about it give it their sectors. One pass over the text with an
    automaton of the names: linear in the text."""
    named = {c.name: c for c in cands if len(c.name) >= 3 and not c.unnamed}
    if not named:
        return []
    keys = list(named)
    spans = sorted((c.start, c.end) for c in cands)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # farthest end so far, in start order
    automaton = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    found = []
    for i, start, end in automaton.find_matches_as_indexes(text):
        k = bisect_left(starts, end)  # the candidates that start before this name ends
        if (k and reach[k - 1] > start) or lx.SUFFIX_RE.match(text, end):
            continue  # inside a name found already, or the head of a longer name
        found.append(replace(named[keys[i]], start=start, end=end, sector_phrases=[]))
    return found


HOST_IS_RE = re.compile(
    rf"\s*(?P<host>[{lx.CJK}]{{2,6}}?)(?:是|为|被认定为|被评为|获评|入选|获批)[^。；！？]*$"
)
"""A sentence opening 「江北嘴是…」: what follows it are the host's titles."""


def _hosts_of_titles(
    text: str, cands: list[cr.Candidate], rules: cr.NameRules
) -> list[cr.Candidate]:
    """Turn the title-like names a sentence gives a host into titles (「江北嘴是中国（重庆）
    自由贸易试验区、金融服务集聚示范区和夜间文化旅游消费集聚区」), and return the hosts
    the text names without a suffix (江北嘴, a zone) as new candidates. A unit (渝中区是…),
    a generic or clause word (「近年来特别是今年以来」: an adverb) is no such host."""
    hosts: dict[int, cr.Candidate] = {}
    named = {c.start for c in cands}
    for c in cands:
        if not lx.TITLE_RE.search(c.name):
            continue
        left = sentence_bounds(text, c.start)[0]
        m = HOST_IS_RE.match(text[left : c.start])
        if not m:
            continue
        host = m.group("host")
        if (
            units.district_unit(host)
            or cr.own_suffix(host) == host  # 「新城是宜商之区」: a kind, no name
            or cr.is_generic(host, rules)
            or lx.NAME_BREAK_RE.search(host)
            or lx.LEAD_RE.match(host)
            or words.leading_words(host, rules.keeps_word, rules.names_place) == len(host)
        ):
            continue
        c.title = True
        start = left + m.start("host")
        if start not in named and left not in hosts:
            hosts[left] = cr.Candidate(host, "zone", start, start + len(host))
    return list(hosts.values())


RECIPIENT_RE = re.compile(r"[^，。；“”]*“[^“”]{2,40}”")
"""What follows the recipient of a quoted title: 「授予A等10个产业集聚区“…十强产业集聚区”、B…
称号」 (a title itself is inside the quotes)."""


def _without_kinds_of_named(cands: list[cr.Candidate]) -> list[cr.Candidate]:
    """The candidates without an unnamed one that a named carrier of the document ends with:
    「化工园区」 beside 建德经济开发区化工园区 is their kind (「开展化工园区复核工作」), or that
    carrier again, not another place."""
    named = {c.name for c in cands if not c.unnamed}
    kinds = {n[i:] for n in named for i in range(1, len(n) - 1)}
    return [c for c in cands if not (c.unnamed and c.name in kinds)]


def _profiled(
    text: str, heads: list[cr.Candidate], cands: list[cr.Candidate]
) -> dict[int, tuple[cr.Candidate, int]]:
    """The units a profile is about (``carriers.find_profile_heads``), each with the end
    of what it heads, where that names no other carrier: a town's profile that goes on to
    「高标准建设了“巨野县民营经济园区”」 is about the park, as an article's 「尧都区」 over
    「全力打造尧都云商产业园」 is."""
    starts = [c.start for c in cands]
    out = {}
    for i, head in enumerate(heads):
        end = heads[i + 1].start if i + 1 < len(heads) else len(text)
        if bisect_left(starts, head.end) == bisect_left(starts, end):
            out[id(head)] = (head, end)
    return out


def _granted(text: str, c: cr.Candidate) -> bool:
    """True when the clause gives the name as a title: 「被授予A、B」, 「已成为X」, 「是国家…」;
    not when the name receives a quoted title (「授予A“…”称号」)."""
    clause = text[clause_start(text, c.start) : c.start]
    if lx.GRANT_RE.search(clause):
        return not RECIPIENT_RE.match(text, c.end)
    if lx.GOAL_RE.search(clause):
        return True
    if lx.AIM_BEFORE_RE.search(clause) and lx.AIM_AFTER_RE.match(text, c.end):
        return True
    if lx.AIM_END_RE.match(text, c.end) and not (c.district or units.leading_unit(c.name)):
        # 「围绕生态型都市工业园区的发展方向和现代制造业基地的产业定位」: a name no unit heads
        # in a clause that ends in 方向/定位/目标 is what is aimed at.
        return True
    return bool(lx.LEVEL_HEAD_RE.match(c.name) and lx.LEVEL_IS_RE.search(clause))


def _designations(
    doc: Document, text: str, places: list[cr.Candidate], titles: list[cr.Candidate]
) -> dict[int, list[Designation]]:
    """Each title given to the last named place before it in its sentence, or before the
    sentence when it opens with 「该园区」 (by the place's id); a title with none names
    nothing (「…烈士陵园，已成为全国革命传统教育基地」 gives it to no park)."""
    starts = [p.start for p in places]  # places are sorted by start
    out: dict[int, list[Designation]] = {}
    for t in titles:
        i = bisect_left(starts, t.start) - 1
        while i >= 0 and places[i].unnamed:
            i -= 1
        sentence = sentence_bounds(text, t.start)[0]
        if i < 0 or (places[i].start < sentence and not lx.ANAPHOR_RE.match(text, sentence)):
            continue
        clause = quote(doc.text, t.start, t.end)
        out.setdefault(id(places[i]), []).append(Designation(t.name, clause, doc.id, doc.date))
    return out


ALIAS_BETWEEN_RE = re.compile(
    r"[\s，、（“”「」]*(?:以下|下)?"
    r"(?:又名|原名|原称|简称|更名为|改名为|现名|现更名为|升级为|又称|也称|亦称|即|(?<=（)[现原])"
    r"[：]?[“「]?"
)
"""What stands between a carrier and another name of it: 「A，又名B」, 「A（简称B）」,
「A（现B）」."""
RENAMED_RE = re.compile(r"(?:[更改]名为?|前身[为是])[：]?[“「]?$")
"""A renaming whose subject is the carrier named last in the paragraph: 「许昌经济开发区原名
“许昌市高新技术工业园区”，1994年挂牌成立，…升格为省级开发区，更名为“河南省许昌经济
技术开发区”」 (the names between are its own); a former name (「青海高新技术产业开发区位于
…，其前身为西宁经济技术开发区生物科技产业园区」)."""


RESPECTIVELY_NAMED_RE = re.compile(r"分别(?:命名|定名|更名|改名)为")
"""「同意A、B、C认定为省级经济技术开发区…分别命名为：X、Y、Z」: the i-th new name is the i-th
listed carrier's."""
RUN_BETWEEN_RE = re.compile(r"[\s，、；：。（）()]*")
"""What may stand between the names of one run: marks and space."""


def _respectively_named(text: str, ordered: list[cr.Candidate], out: dict[int, str]) -> None:
    """Pair the names after each 「分别命名为」 with those the sentence before it listed, one
    for one, when there are as many of both (a name's own alias, 「（简称X）」, is skipped)."""
    starts = [c.start for c in ordered]
    for m in RESPECTIVELY_NAMED_RE.finditer(text):
        run: list[cr.Candidate] = []
        last = m.end()
        for i in range(bisect_left(starts, m.end()), len(ordered)):
            c = ordered[i]
            alias = id(c) in out
            if not (
                RUN_BETWEEN_RE.fullmatch(text, last, c.start)
                or (alias and ALIAS_BETWEEN_RE.fullmatch(text, last, c.start))
            ):
                break
            last = c.end
            if not alias:
                run.append(c)
        if len(run) < 2:
            continue
        listed: list[cr.Candidate] = []
        i = bisect_left(starts, m.start())
        while i > 0 and len(listed) < len(run):  # the names just before, back to front
            i -= 1
            if id(ordered[i]) not in out:
                listed.append(ordered[i])
        listed.reverse()
        if len(listed) != len(run):
            continue
        if sentence_bounds(text, listed[0].start) != sentence_bounds(text, listed[-1].start):
            continue  # the names before come from more than one sentence: no list
        for old, new in zip(listed, run, strict=True):
            if not old.unnamed and not new.unnamed:
                out[id(new)] = old.name


def _aliases(text: str, cands: list[cr.Candidate]) -> dict[int, str]:
    """For each candidate (by id) named as another name of the one before it, that one; and
    each named respectively (``_respectively_named``), the one it was listed as."""
    out: dict[int, str] = {}
    ordered = sorted(cands, key=lambda c: c.start)
    for a, b in pairwise(ordered):
        bracketed = text[a.end : b.start] == "（" and text[b.end : b.end + 1] == "）"
        between = bracketed or ALIAS_BETWEEN_RE.fullmatch(text, a.end, b.start)
        renamed = RENAMED_RE.search(text, max(a.end, b.start - 8), b.start)
        if renamed and "\n" in text[a.end : b.start]:
            renamed = None  # the paragraph's own carrier, not one a paragraph before
        if not a.unnamed and not b.unnamed and (between or renamed):
            out[id(b)] = a.name  # 「漕河泾新兴技术开发区（漕河泾开发区）」 too
    _respectively_named(text, ordered, out)
    return out


def _with_proper_facilities(cands: list[cr.Candidate], districts: Districts) -> list[cr.Candidate]:
    """Keep a facility only when its name starts with a proper, usually geographic, head:
    a district, the heads in ``GEO_HEADS``, or the head of another carrier of the document
    (化龙桥邮件处理中心 after 化龙桥国际商务区)."""
    heads = {c.name[:3] for c in cands if c.kind != "facility" and not c.unnamed}
    out = []
    for c in cands:
        if c.kind == "facility" and not (
            districts.of_name(c.name) or c.name[:3] in heads or c.name.startswith(lx.GEO_HEADS)
        ):
            continue
        out.append(c)
    return out


NOT_CARRIER_LIST_RE = re.compile(
    r"”?(?:、[^，。；]{0,40}?)?等[^，。；、]{0,12}?"
    r"(?:活动|机构|企业|公司|集团|品牌|类型|类别|种类|形式|模式)"
)
"""What follows the names of a list of things that are not carriers; lists of 平台, 中心,
项目 or 工程 hold carriers too (「明月湖实验室等高能级创新平台」, 「方大航空城等重大项目」)."""


BOUNDARY_RE = re.compile(r"\s*[东南西北]{1,2}(?:至|到|抵|临|靠|邻|毗邻|毗|接|连|与)")
"""A clause that says what a place borders: 「北至昆山路,南至锦州港,西与葫芦岛市接壤」,
「西靠黄河,南与黄沙古渡景区相连」."""


NEXT_SIDE_RE = re.compile(r"[^。\n]{0,60}?[，,；;][东南西北]{1,2}(?:至|到|抵)")
"""The next side of a bounds list (「…，南至连霍高速」), in the same sentence."""


def _a_boundary(text: str, c: cr.Candidate) -> bool:
    """True when ``c`` is named as what a place borders on one side, not as a carrier; so
    is a name that took its side's words (「东临中央商务区」), where those words name no unit
    or a list of sides follows: 「东至县城新区东环路，南至…」 (东至县 is a county as well)."""
    start = clause_start(text, c.start)
    if BOUNDARY_RE.fullmatch(text, start, c.start):
        return True
    side = BOUNDARY_RE.match(text, start)
    if not side or side.end() <= c.start:
        return False
    # 「东临中央商务区」 took its side's words; 东至 names a county, so there only a list of
    # sides says so.
    words = text[c.start : side.end()]
    return not units.names_unit(words) or bool(NEXT_SIDE_RE.match(text, c.end))


def _not_in_other_lists(text: str, cands: list[cr.Candidate]) -> list[cr.Candidate]:
    """Drop names listed as something other than carriers: 「出口加工区、边境经济合作区等
    诸多类型」 (kinds of zone), 「…等知名企业」."""
    return [c for c in cands if not NOT_CARRIER_LIST_RE.match(text, c.end)]


def _dedupe(cands: list[cr.Candidate]) -> list[cr.Candidate]:
    """One candidate per name and position: an enumeration and a suffix may find the same.
    Linear in the candidates (a text naming one place 100,000 times has as many)."""
    seen: dict[tuple[str, int], cr.Candidate] = {}
    starts: dict[str, set[int]] = {}
    for c in cands:
        name = normalize(c.name)
        key = (name, c.start)
        if key in seen:
            seen[key].sector_phrases.extend(
                p for p in c.sector_phrases if p not in seen[key].sector_phrases
            )
            continue
        near = starts.setdefault(name, set())
        if any(c.start + d in near for d in range(-len(c.name), len(c.name) + 1)):
            continue
        near.add(c.start)
        seen[key] = c
    kept = sorted(seen.values(), key=lambda c: (c.start, -c.end))
    # 吴山广场 inside 吴山广场夜市集聚区 names the zone, not a building of its own: a building
    # goes when a name that starts no later than it ends after it (the farthest end seen so
    # far in start order says so).
    out, farthest = [], -1
    for c in kept:
        if c.kind != "building" or farthest <= c.end:
            out.append(c)
        farthest = max(farthest, c.end)
    # A name found only as the head of a longer one (建德经济开发区 in 建德经济开发区化工园区,
    # 天目医药港 in 天目医药港化工集聚区) is part of that name, not a place the text names.
    longest_at: dict[int, int] = {}
    for c in out:
        longest_at[c.start] = max(longest_at.get(c.start, c.end), c.end)
    alone = {normalize(c.name) for c in out if longest_at[c.start] == c.end}
    return [c for c in out if normalize(c.name) in alone]


def _district(
    text: str,
    c: cr.Candidate,
    unit: str,
    province: str,
    districts: Districts,
    starts: list[int],
    reader: SectorReader,
    heading: str,
) -> tuple[str, bool]:
    """The administrative unit a place is in, from what the text says, nearest first: a
    unit its name begins with (江北区江北嘴… → 江北区), where the text says it lies
    (「位于九龙坡区的」, 「…，位于浙江省杭州市建德市」), the unit of the ``heading`` it is listed
    under (「一、青岛市（2个）」), then the document's own unit. In a
    city-level document short forms count (江北嘴… → 江北区); a district's plan says 两江 for
    its two rivers (两江滨江休闲产业带 is in 渝中区), so there they do not. Returns the unit
    and whether the text says it of this place."""
    own = _unit(c.district, districts)
    where = _located(text, c, starts)
    if where and (not own or units.is_within(where, own)):
        own = where  # 重庆市港城工业园区…位于重庆市主城区的江北区境内 → 江北区
    if own:
        return (own if own in districts.names else units.refine(c.name, own)), True
    city_level = not unit or units.is_unit(unit, units.CITY_RE) or unit in units.MUNICIPALITIES
    named = districts.of_name(c.name) if city_level else districts.prefix(c.name)
    elsewhere = province or (unit and not _in_chongqing(unit, districts))
    if elsewhere and not c.name.startswith("重庆"):
        named = ""  # Chongqing's short forms say nothing elsewhere (长寿路, 两江 of 柳州)
    within = heading or (unit if unit not in districts.names else "") or province
    named = named or units.leading_unit(c.name, within)
    named = named or units.county_of_zone(c.name, heading or province, reader.is_sector)
    named = units.inner_unit(c.name, named) or named if named else named
    named = units.county_inside(c.name, named or heading or unit) or named or heading
    return (named, True) if named else (unit, False)


def _in_chongqing(unit: str, districts: Districts) -> bool:
    """True when ``unit`` is 重庆市, one of its districts or functional areas."""
    return unit == "重庆市" or unit in districts.names or units.is_within(unit, "重庆市")


def _unit(name: str, districts: Districts) -> str:
    """``name`` when it is a known district or has the form of a unit, else ``""``."""
    return name if name in districts.names else units.district_unit(name)


LOCATED = r"(?:地处|坐落于|坐落在|位于|设在|设于|选址于?)"
LOCATED_RE = re.compile(LOCATED)
LOCATED_AFTER_RE = re.compile(rf"[，]?{LOCATED}(?P<where>[^，。；]{{2,40}})")
LOCATED_BEFORE_RE = re.compile(rf"{LOCATED}(?P<where>[^，。；]{{2,30}}?)的$")
UNIT_OF_RE = re.compile(
    rf"(?:^|[，。；：、\n])(?:包括|比如|例如|其中|如)?(?P<unit>[{lx.CJK}]{{2,8}}?)"
    r"(?:[的：]|(?:现|已|共|拥)?有)(?P<listed>[^，。；：的\n]*)$"
)
"""「汕头市的X」, 「包括青岛的A、B」, 「青岛市：A、B」, 「迎泽区有A、B等百余家商务楼宇」: a
unit, full or short, opening an item of a list by city or the list of what it holds;
``listed`` is what the list names before the carrier (A、 for B)."""
LISTED_ITEM_MAX = 24
"""Characters of one listed name before the carrier a 「X的」 also places: 「青岛的动车特色
小镇、姜山新能源汽车特色小镇等」 (13); a longer piece is prose, not a name."""


UNIT_BRACKET_RE = re.compile(r"（(?P<unit>[^（）]{2,12}?[区县市旗])）")
"""A bracket right after a name that holds a unit's name only."""


def _located_later(text: str, start: int, end: int) -> re.Match[str] | None:
    """``LOCATED_AFTER_RE.search(text, start, end)``, from the text's 位于 words found once
    (searching each name's sentence onward was O(n x sentence) in a text without 。)."""
    for at, _ in matches_from(text, LOCATED_RE, start):
        if at >= end:
            return None
        comma = at - 1 >= start and text[at - 1] == "，"
        found = LOCATED_AFTER_RE.match(text, at - 1 if comma else at, end)
        if found:
            return found
    return None


def _located(text: str, c: cr.Candidate, starts: list[int]) -> str:
    """The unit the text places a carrier in: 「位于九龙坡区的X」, 「X，位于杭州市建德市…」,
    「X是…园区，位于…」 (X the sentence's subject, no other carrier named before the 位于),
    「X（头屯河区）」, 「；汕头市的X」. ``starts``: where the document names carriers, sorted."""
    m = LOCATED_BEFORE_RE.search(text, max(0, c.start - 40), c.start)
    m = m or LOCATED_AFTER_RE.match(text, c.end)
    if not m and not text[clause_start(text, c.start) : c.start].strip():
        later = _located_later(text, c.end, sentence_bounds(text, c.start)[1])
        if later and bisect_left(starts, later.start()) == bisect_left(starts, c.end):
            m = later  # 「A和B分别位于…」 says where B is as well
    if m:
        return units.finest_in(m.group("where"))
    m = UNIT_BRACKET_RE.match(text, c.end)
    if m and units.district_unit(m.group("unit")):
        return m.group("unit")  # 「乌鲁木齐经济技术开发区（头屯河区）」: the unit it lies in
    return _unit_of_list(text, c.start)


def _unit_of_list(text: str, start: int) -> str:
    """The unit of 「汕头市的X」, 「包括青岛的A、B」 or 「青岛市：A、B」 for a carrier named at
    ``start``: the unit whole (青岛 → 青岛市, not 岛), and only names and 、 between it and
    the carrier."""
    # The pattern keeps to one clause (「，烟台的X」) or the list after 「青岛市：」.
    left = max(start - 12 - 2 * LISTED_ITEM_MAX, 0)
    m = UNIT_OF_RE.search(text, left, start)
    if not m or any(len(piece) > LISTED_ITEM_MAX for piece in m.group("listed").split("、")):
        return ""
    if m.group("listed") and not m.group("listed").endswith("、"):
        return ""
    return _whole_unit(m.group("unit"))


def _whole_unit(said: str) -> str:
    """The city or county ``said`` names whole, full or short (青岛 → 青岛市; not 岛), else
    ``""``."""
    unit = units.district_unit(said) or units.leading_unit(said)
    return unit if unit and unit.rstrip("市区县旗") == said.rstrip("市区县旗") else ""


HEADING_COUNT_RE = re.compile(r"[（(][0-9０-９一二三四五六七八九十]+[个家项处][）)]$")
"""A count closing a heading of a list by unit: 「一、青岛市（2个）」."""


def _heading_units(doc: Document, offsets: list[int]) -> list[str]:
    """For each of the sorted ``offsets``, the city or county of the nearest heading over it
    that names one whole (「一、青岛市（2个）」 over the towns listed under it), else ``""``.
    One sweep over the headings that name units: a document of many headings and names
    costs their sum, not their product."""
    spans = sorted(
        (s.heading_end, s.end, unit)
        for s in doc.sections
        if (unit := _whole_unit(HEADING_COUNT_RE.sub("", s.title.strip())))
    )
    out: list[str] = []
    open_: list[tuple[int, int, str]] = []  # nested spans, innermost last
    i = 0
    for offset in offsets:
        while i < len(spans) and spans[i][0] <= offset:
            while open_ and open_[-1][1] <= spans[i][0]:
                open_.pop()
            open_.append(spans[i])
            i += 1
        while open_ and open_[-1][1] <= offset:
            open_.pop()
        out.append(open_[-1][2] if open_ else "")
    return out


def document_unit(doc: Document) -> str:
    """The unit a document's places lie in when they say none: its jurisdiction when that
    is a city or county (``extract.documents`` decides it strictly, so that a list of many
    units has none), else, more leniently, the unit its title names or the city or county
    it names most (``units.most_named_unit``: a 2009 天津 news item names 天津 twice and no
    district; ``documents.dominant_unit``, behind the jurisdiction, asks three mentions)."""
    if units.district_unit(doc.jurisdiction) or doc.jurisdiction in load_districts().names:
        return doc.jurisdiction
    titled = title_unit(doc.title)  # a province's notice on one city's parks
    if titled:
        return titled
    return units.most_named_unit(doc.text)


def _parent(text: str, c: cr.Candidate, hosts: set[str], focus: list[re.Match[str]]) -> str:
    """The zone or park a carrier sits in: a named carrier its own name extends (重庆设计公园
    for 重庆设计公园二期创新基地), or the 「以X为重点」 of its paragraph."""
    for i in range(len(c.name) - 1, 2, -1):
        if c.name[:i] in hosts:
            return c.name[:i]
    left, _ = paragraph_bounds(text, c.start)
    for m in _focus(focus, left, c.start):
        named = lx.LEAD_RE.sub("", m.group("name"))
        if named != c.name and named in hosts:
            return named
    return ""


def _focus(matches: list[re.Match[str]], left: int, right: int) -> list[re.Match[str]]:
    """The 「以X为重点」 matches (sorted) that lie in [left, right), as a scan of that span
    would find them."""
    lo = bisect_left(matches, left, key=lambda m: m.start())
    hi = bisect_left(matches, right, key=lambda m: m.start())
    return [m for m in matches[lo:hi] if m.end() <= right]


def merge(found: list[Found], taxonomy: Taxonomy) -> list[Place]:
    """One place per real-world carrier: spellings merged (normalised names, a short name
    that ends a longer one: 协同创新区 → 两江协同创新区, and one a describing word was left
    out of: 嘉定汽车城 → 嘉定国际汽车城, ``_described_forms``), mentions and links kept."""
    groups: dict[str, list[Found]] = {}
    for f in found:
        groups.setdefault(merge_key(f.name), []).append(f)
    # The names each name ends (its proper suffixes of three characters or more): finding
    # the longer names of a short one is a lookup, not a scan of every name.
    ending: dict[str, list[str]] = {}
    for k in groups:
        for i in range(1, len(k) - 2):
            ending.setdefault(k[i:], []).append(k)
    home: dict[str, str] = {}
    pairs = _unit_split_off(groups) + _units_bare_zone(groups) + _county_short(groups)
    pairs += _same_unit_and_rest(groups) + _two_cities_abbreviated(groups)
    pairs += [(k, k[1:]) for k in groups if k.startswith("新") and _renewed(k[1:], groups)]
    for short, full in pairs + _kind_words_left_out(groups):
        if short in groups and full in groups:
            groups[full].extend(groups.pop(short))
            home[short] = full
    for short, full in _host_left_out(groups, ending):
        if short in groups and full in groups and _same_area(groups[short], groups[full]):
            groups[full].extend(groups.pop(short))
            home[short] = full
    # Longest first, so that a chain (城西工业园 ⊂ 余姚城西工业园 ⊂ 宁波余姚城西工业园) has
    # merged into its longest name before a short name counts the longer ones it ends.
    for short in sorted(groups, key=len, reverse=True):
        suffix = cr.own_suffix(short) or ""
        if len(short) < 3 or len(short) - len(suffix) < 2:
            continue
        longer = [k for k in ending.get(short, []) if k in groups and not groups[k][0].unnamed]
        # A generic name (数字经济产业园) is the named one (重庆数字经济产业园) only where a
        # district says so; a named short form merges unless districts disagree.
        generic = groups[short][0].unnamed
        if len(longer) == 1 and _same_area(groups[short], groups[longer[0]], strict=generic):
            groups[longer[0]].extend(groups.pop(short))
            home[short] = longer[0]
    described = _described_forms([k for k in groups if not groups[k][0].unnamed], taxonomy)
    for short in sorted(groups, key=len):
        longer = described.get(short, [])
        if (
            len(longer) == 1
            and longer[0] in groups
            and not groups[short][0].unnamed
            and _same_area(groups[short], groups[longer[0]])
            and not _named_together(groups[short], groups[longer[0]])
        ):
            groups[longer[0]].extend(groups.pop(short))
            home[short] = longer[0]
    # Names a document gives as one carrier's (又名, 简称, 更名为) join their groups.
    for f in found:
        if f.same_as:
            a, b = _root(home, merge_key(f.name)), _root(home, merge_key(f.same_as))
            if a != b and a in groups and b in groups:
                groups[b].extend(groups.pop(a))
                home[a] = b
    return [_place(group) for group in groups.values()]


def _unit_split_off(groups: dict[str, list[Found]]) -> list[tuple[str, str]]:
    """(short, long) pairs where the long name is a unit and the short one, and the short
    one is said to lie in that unit: the finder splits 来安县 off 来安县大英耘泰现代农业产业园
    in a text, a designation table keeps the name whole beside its 地市 column (滁州市). The
    long one's own district may be the unit or one above it; any other keeps them apart."""
    pairs = []
    for key, group in groups.items():
        unit = _county_head(key)
        rest = key[len(unit) :]
        if not unit or rest not in groups:
            continue
        said = {f.district for f in groups[rest] if f.district_stated}
        around = {f.district for f in group if f.district and f.district_stated}
        if said == {unit} and all(d == unit or units.is_within(unit, d) for d in around):
            pairs.append((rest, key))
    return pairs


def _same_unit_and_rest(groups: dict[str, list[Found]]) -> list[tuple[str, str]]:
    """(other, longest) pairs of names whose chains of units end in the same county or
    city and whose words after it are the same: 辽宁朝阳凌源经开区 and 辽宁凌源经开区 (朝阳
    is 凌源's city), 阜阳市颍上县工业园区 and 安徽颍上工业园 (the county's full and short
    names, under its city or its province). Districts said of them must not disagree."""
    named: dict[tuple[str, str], list[str]] = {}
    for key, group in groups.items():
        unit = units.leading_unit(key) if not group[0].unnamed else ""
        rest = _after_unit(key, unit) if unit else ""
        if rest and cr.own_suffix(rest):
            named.setdefault((unit, rest), []).append(key)
    pairs = []
    for keys in named.values():
        longest = max(keys, key=len)
        pairs += [(k, longest) for k in keys if k != longest]
    return [(a, b) for a, b in pairs if _same_area(groups[a], groups[b])]


def _renewed(name: str, groups: dict[str, list[Found]]) -> bool:
    """True when 「新」 before ``name`` says it is renewed, not another place's name: the
    text names it without (「新金山工业区」 beside 金山工业区, 「新规划的金山工业区」), it has a
    name of its own before its kind (新城 is a kind) and no district tells them apart."""
    if name not in groups or groups[name][0].unnamed:
        return False
    suffix = cr.own_suffix(name) or ""
    if len(name) - len(suffix) < 2:
        return False
    # 上海市 said of one and 金山区 of the other do not tell them apart.
    return _same_area(groups[name], groups["新" + name], nested=True)


def _two_cities_abbreviated(groups: dict[str, list[Found]]) -> list[tuple[str, str]]:
    """(short, long) pairs where the short name takes the first character of each of the
    two places the long one begins with, the rest the same: 阜合现代产业园 of 阜阳合肥现代
    产业园, as parks two cities build together are called (苏宿 of 苏州宿迁, 广清 of 广州
    清远). Districts said of them must not disagree, unless each is one of the two."""
    pairs = []
    for key in groups:
        for i, j in ((2, 2), (2, 3), (3, 2), (3, 3)):
            first, second, rest = key[:i], key[i : i + j], key[i + j :]
            if len(rest) < 3 or not cr.own_suffix(rest):
                continue
            short = first[0] + second[0] + rest
            if (
                short not in groups
                or not units.names_county_or_above(first)
                or not units.names_county_or_above(second)
            ):
                continue
            # Either place may be said of it (广清…位于清远; its long name begins 广州).
            both = {units.leading_unit(first), units.leading_unit(second)}
            said = {f.district for f in groups[short] + groups[key] if f.district_stated}
            if _same_area(groups[short], groups[key]) or said <= both:
                pairs.append((short, key))
    return pairs


def _after_unit(key: str, unit: str) -> str:
    """What a merge key holds after the unit ``unit`` as it writes it, full or short
    (经开区 of 辽宁朝阳凌源经开区, 凌源市 written 凌源), else ``""``."""
    written = [w for w in (unit, unit[:-1], units.county_short_name(unit)) if len(w) >= 2]
    ends = [key.find(w) + len(w) for w in written if w in key]
    return key[max(ends) :] if ends else ""


def _county_short(groups: dict[str, list[Found]]) -> list[tuple[str, str]]:
    """(short, long) pairs where the long name begins with a county's full name and the
    short one with its short form, the rest the same: 剑河工业园区 for 剑河县工业园区, as
    a county's own text calls its park. Districts said of them must not disagree."""
    pairs = []
    for key in groups:
        unit = _county_head(key)
        short = units.county_short_name(unit) if unit else ""
        other = short + key[len(unit) :] if short else ""
        if other in groups and _same_area(groups[other], groups[key]):
            pairs.append((other, key))
    return pairs


KIND_WORDS = ("工业", "产业", "科技", "物流", "生态", "农业", "创业")
"""Words of a park's kind that a text leaves out when it names the park again (望远工业园,
then 望远园)."""
KIND_WORD_PARKS = tuple(w + "园" for w in KIND_WORDS)


def _kind_words_left_out(groups: dict[str, list[Found]]) -> list[tuple[str, str]]:
    """(short, long) pairs where the short name is the long one with the words of its kind
    left out or changed, its own words the same: 望远园 for 望远工业园, 万秀工业区 for 万秀
    工业园区 (merge keys end 园 for 园区), 荆门高新技术产业园区 for 荆门高新技术产业开发区
    (高新区, as merge keys abbreviate it), 解放东路片区 and 解放东路特色街区 for 解放东路街区;
    only where one long name fits, the short one is
    named (软件园 is no name of 软件产业园), and districts said of them do not disagree."""
    pairs = []
    for key, group in groups.items():
        if group[0].unnamed or len(key) - len(cr.own_suffix(key) or "") < 2:
            continue  # 软件园 is a kind of park, no short name of 软件产业园
        if key.endswith("工业区") and len(key) >= 5:
            longer = [key[:-3] + "工业园"]
        elif key.endswith("高新技术产业园") and len(key) >= 9:
            longer = [key[:-7] + "高新区"]  # 荆门高新技术产业园区 for 荆门高新技术产业开发区
        elif key.endswith(("特色街区", "片区")) and len(key) >= 5:
            # 解放东路片区, 解放东路特色街区 for 解放东路街区: a block by its road
            longer = [key[: -4 if key.endswith("特色街区") else -2] + "街区"]
        elif key.endswith("园") and not key.endswith(KIND_WORD_PARKS):
            longer = [key[:-1] + park for park in KIND_WORD_PARKS]
        else:
            continue
        longer = [k for k in longer if k in groups]
        if len(longer) == 1 and _same_area(group, groups[longer[0]]):
            pairs.append((key, longer[0]))
    return pairs


DEVELOPMENT_ZONE_ENDS = (
    "开发区",
    *dict.fromkeys(short for full, short in lx.ABBREVIATED_SUFFIXES if full.endswith("开发区")),
)
"""How merge keys of development zones end: 开发区, or its kinds' abbreviations (经开区 for
罗江区经济开发区)."""


def _units_bare_zone(groups: dict[str, list[Found]]) -> list[tuple[str, str]]:
    """(short, long) pairs where the short name is a county or city and a bare 开发区 and
    the long one the only other development zone of that unit the texts name: 唐河县开发区
    for 唐河县先进制造业开发区, 罗江区开发区 for 罗江区经济开发区, 西宁开发区 for 西宁国家级
    经济技术开发区, as the unit's own texts call their zone (a city with a 经开区 and a 高新区
    named keeps its bare 开发区 apart)."""
    zones: dict[str, list[str]] = {}
    for key in groups:
        if not key.endswith(DEVELOPMENT_ZONE_ENDS):
            continue
        unit = _county_head(key) or _city_head(key)
        if unit and not units.leading_unit(key[len(unit) :]):
            zones.setdefault(unit, []).append(key)  # 朝阳凌源经开区 is 凌源's, not 朝阳's
    pairs = []
    for unit, keys in zones.items():
        bare = unit + "开发区"
        others = [k for k in keys if k != bare]
        if bare in keys and len(others) == 1 and _same_area(groups[bare], groups[others[0]]):
            pairs.append((bare, others[0]))
    return pairs


def _city_head(key: str) -> str:
    """The city whose name, without its 市 as merge keys write it, begins a merge key
    (西宁 of 西宁开发区), else ``""``."""
    heads = (key[:n] for n in (2, 3) if len(key) > n)
    return next((h for h in heads if units.is_unit(h + "市", units.CITY_RE)), "")


def _county_head(key: str) -> str:
    """The county-level unit whose full name, ending in 县, 区 or 旗, begins a merge key
    (a city's 市 is dropped from merge keys already), else ``""``."""
    heads = (key[:n] for n in range(3, min(len(key), 6) + 1))
    return next((h for h in heads if h[-1] in "县区旗" and units.district_unit(h)), "")


HOST_KINDS = frozenset({"zone", "park"})
"""The kinds of carrier whose name may head a part's (西宁经济技术开发区南川工业园)."""


def _host_left_out(
    groups: dict[str, list[Found]], ending: dict[str, list[str]]
) -> list[tuple[str, str]]:
    """(short, long) pairs of names where the short one is the long one without its host
    zone: the same unit, then the same part (西宁南川工业园 of 西宁经济技术开发区南川工业园).
    A part's bare name (南川工业园) then ends one name only and merges as short forms do.
    A host has four characters at least (两江新区) and a part three (南川园); each name is
    split at each place between: linear in the names."""
    pairs: list[tuple[str, str]] = []
    for key in groups:
        for i in range(4, len(key) - 3):
            host_suffix = cr.own_suffix(key[:i])
            part = key[i:]
            part_suffix = cr.own_suffix(part)
            if not host_suffix or not part_suffix or len(part) - len(part_suffix) < 2:
                continue
            if lx.SUFFIX_KIND[host_suffix] not in HOST_KINDS:
                continue
            for short in ending.get(part, []):
                head = short[: -len(part)]
                if short != key and head and key.startswith(head) and units.names_unit(head):
                    pairs.append((short, key))
    return pairs


DESCRIBING_TAGS = frozenset({"n", "vn", "v", "a", "an", "ad", "b", "t"})
"""jieba's tags of a common word (noun, verbal noun, verb, adjective, distinguishing word,
time word): left out of a name it leaves the same place (国际 of 嘉定国际汽车城, 转型 of
山西转型综改示范区). A place name (ns: 杭州湾, 两江) or a person's (nr) makes another."""


def _described_forms(keys: list[str], taxonomy: Taxonomy) -> dict[str, list[str]]:
    """For each name one describing word shorter than another (``DESCRIBING_TAGS``), the
    longer names: the word stands after the name's first two characters and before its
    last three (the kind), and leaving it out leaves the name's sectors as they were
    (数字 of 两江数字经济产业园 makes 数字经济 of 经济: another park)."""
    shorter: dict[str, list[str]] = {}
    for key in keys:
        sectors = _sectors_named(key, taxonomy)
        for start in range(2, len(key) - 3):
            for end in range(start + 1, min(start + 4, len(key) - 3) + 1):
                piece = key[start:end]
                if not words.may_be_one_word(piece):
                    continue
                tags = words.tagged(piece)
                if len(tags) != 1 or tags[0][1] not in DESCRIBING_TAGS:
                    continue
                short = key[:start] + key[end:]
                if _sectors_named(short, taxonomy) == sectors:
                    shorter.setdefault(short, []).append(key)
    return shorter


def _named_together(a: list[Found], b: list[Found]) -> bool:
    """Whether a sentence names both (「支持滨江国际软件园与滨江软件园建设」): two places, as
    far as that text goes; the same place's forms stand in different sentences."""
    names = {f.name for f in b}
    return any(n in f.mention.quote for f in a for n in names)


def _sectors_named(name: str, taxonomy: Taxonomy) -> set[str]:
    return {hit.sector.id for hit in taxonomy.find(name)}


def _root(home: dict[str, str], key: str) -> str:
    """The group a name's key was merged into, following merges."""
    while key in home:
        key = home[key]
    return key


CITY_HEAD_RE = re.compile(rf"^(?:[{lx.CJK}]{{2,3}}市)+(?=.{{3,}})")
"""The cities heading a name (重庆市, 益阳市沅江市): compared without their 市."""


def merge_key(name: str) -> str:
    """The form spellings of one place share: normalised, 园区 as 园 (同兴工业园区 =
    同兴工业园), cities without 市 (重庆市荣昌工业园区 = 重庆荣昌工业园区, 益阳市沅江市船舶
    制造小镇 ends as 沅江市船舶制造小镇 does), a suffix as its abbreviation (什邡经济开发区 =
    什邡经开区), and a bare 开发区 without the generic words before it (漕河泾新兴技术开发区
    = 漕河泾开发区; 经济技术开发区 and 高新技术产业开发区 are abbreviated first, and differ)."""
    key = CITY_HEAD_RE.sub(lambda m: m.group().replace("市", ""), normalize(name))
    for full, short in lx.ABBREVIATED_SUFFIXES:
        if key.endswith(full) and len(key) > len(full):
            key = key[: -len(full)] + short
            break
    else:
        if key.endswith("开发区"):
            head = re.sub(f"(?:{lx.GENERIC_WORDS})+$", "", key[:-3])
            key = (head if len(head) >= 2 else key[:-3]) + "开发区"
    return key[:-1] if key.endswith("园区") else key


def _same_area(
    a: list[Found], b: list[Found], *, strict: bool = False, nested: bool = False
) -> bool:
    """Two spellings may be one place only if no district tells them apart; ``strict``:
    only if a district they share says they are in the same place; ``nested``: a unit said
    of one within or around each said of the other tells them no more apart (上海市,
    金山区)."""
    da = {f.district for f in a if f.district and f.district_stated}
    db = {f.district for f in b if f.district and f.district_stated}
    if strict:
        return bool(da & db)
    if nested:
        return all(x == y or units.is_within(x, y) or units.is_within(y, x) for x in da for y in db)
    return not da or not db or bool(da & db)


def _place(group: list[Found]) -> Place:
    names = Counter(f.name for f in group)
    name = max(names, key=lambda n: (len(normalize(n)), names[n]))
    kinds = Counter(f.kind for f in group)
    kind = min(kinds, key=lambda k: (-kinds[k], KINDS[k].specificity))
    # A district said of the place wins over the document's own unit; only units count
    # (a table's 广东省 for 深圳市高新技术产业园区 says less than the name).
    known = load_districts().names
    valid = [f for f in group if f.district in known or units.district_unit(f.district)]
    stated = [f for f in valid if f.district_stated]
    district = units.finest_stated(Counter(f.district for f in stated or valid))
    parent = Counter(f.parent for f in group if f.parent).most_common(1)
    # With no unit said, the name's own head (a table's 广东省 row of 深圳市高新技术产业园区).
    dist = district or units.headed_unit(name)
    inferred = bool(dist) and not any(f.district == dist and f.district_stated for f in group)
    inferred = inferred and dist != units.headed_unit(name)
    mentions = list(dict.fromkeys(f.mention for f in group))
    designations = list(dict.fromkeys(d for f in group for d in f.designations))
    links = list(dict.fromkeys(link for f in group for link in f.links))
    return Place(
        id=place_id(name, kind, dist),
        name=name,
        kind=kind,
        aliases=sorted(n for n in names if n != name),
        district=dist,
        parent=parent[0][0] if parent else "",
        sector_links=links,
        mentions=mentions,
        unnamed=all(f.unnamed for f in group),
        designations=designations,
        district_inferred=inferred,
        listed=any(f.listed for f in group),
    )
