"""Administrative units in text: which phrases may be a place's district, and the unit
an address chain or a name's head stands for.

A district must be a unit's name (九龙坡区, 建德市, 巨野县, 延边朝鲜族自治州), never a phrase
that ends like one (「特色产业园区」, 「杭州两个老城区」, 「武汉城市」, 「也标志该区」,
「属于两江新区」). Names are checked against the national table of ``geo.admin``
(provinces, cities, counties) and Chongqing's functional areas (``data/districts.csv``);
the patterns below only say where in a phrase a unit's name may stand.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

import ahocorasick_rs

from extract import lexicon as lx
from geo import admin

_C = f"[{lx.CJK}]"
MUNICIPALITIES = tuple(admin.MUNICIPALITIES.values())
"""Province-level cities: a province and a city at once (``geo.admin.MUNICIPALITIES``)."""
PROVINCE_RE = re.compile(rf"{_C}{{2,3}}省|{_C}{{2,8}}?自治区|{'|'.join(MUNICIPALITIES)}")
CITY_RE = re.compile(rf"{_C}{{2,4}}?市|{_C}{{2,8}}?自治州|{_C}{{2,4}}?地区|{_C}{{2,4}}?盟")
COUNTY_RE = re.compile(rf"{_C}{{2,8}}?自治[县旗]|{_C}{{2,4}}?(?:新区|区|旗|市)|{_C}{{1,4}}?县")
"""County-level units: 区, 县, 旗, the autonomous ones, and county-level cities (建德市);
only a 县 has a one-character name (房县, 滑县)."""
NOT_UNIT_RE = re.compile(
    rf"(?:城|市|园|社|景|片|小|辖|山|矿|老|旅游|城镇|风景|[0-9０-９])区$|城市$|(?:{lx.SUFFIX_RE.pattern})"
)
"""Endings and words of phrases that look like units: 老城区, 城市, 工业园区, 高新区."""


def is_unit(name: str, level: re.Pattern[str] | None = None) -> bool:
    """True when ``name`` has the form of an administrative unit (of ``level`` if given:
    ``PROVINCE_RE``, ``CITY_RE`` or ``COUNTY_RE``) and holds no word a unit never has."""
    levels = [level] if level else [PROVINCE_RE, CITY_RE, COUNTY_RE]
    if not any(p.fullmatch(name) for p in levels):
        return False
    if NOT_UNIT_RE.search(name) or lx.QUANTIFIER_RE.search(name):
        return False
    return not (lx.NAME_BREAK_RE.search(name) or lx.GENERIC_RE.search(name))


@lru_cache(maxsize=4096)
def _table_levels(name: str) -> frozenset[str]:
    """The levels at which the national table knows ``name`` as a full name."""

    return frozenset(u.level for u in admin.find(name) if u.name == name)


@lru_cache(maxsize=4096)
def district_unit(name: str) -> str:
    """``name`` when it may be a place's district: a city or county the national table
    knows by that full name, or a province-level city (上海市); else ``""``. A province
    says too little (浙江省)."""
    if not name or len(name) > 12:
        return ""
    if name in MUNICIPALITIES or _table_levels(name) & {"city", "county"}:
        return name  # the table decides (永城市 ends like 武汉城市 and is a city)
    return ""


@lru_cache(maxsize=65536)
def names_unit(word: str, towns: bool = True) -> bool:
    """True when ``word`` is the full or short name of a unit, towns included unless
    ``towns`` is False (修水, 大足; 水土 and 文化 are towns' names)."""
    try:
        found = admin.find(word) if len(word) >= 2 else ()
    except admin.UnitError:
        return False
    return any(towns or u.level != "town" for u in found)


def names_county_or_above(word: str) -> bool:
    """True when ``word`` names a county, city or province (万州, 海门, 绵竹)."""
    return names_unit(word, towns=False)


def is_county(name: str) -> bool:
    """True when the national table knows ``name`` as a county-level unit only."""
    return bool(name) and _table_levels(name) == {"county"}


HEAD_BREAK_RE = re.compile(f"^(?:{lx.NAME_BREAKS}|{lx.CLAUSE_OPENERS}|{lx.GENERIC_WORDS})$")
"""Short names that are words as well (新建, 高新): not read as a unit at a name's head,
only after the unit above them in a chain (江西新建长堎工业园区 → 新建区)."""


CITY_PART_RE = re.compile("^(?:城|郊|矿|[东西南北中]|城[东西南北中]|老城|新城|新市)区?$")
"""Units named by a common noun for a part of a city (城区 of 阳泉, 城西区 of 西宁, 老城区
of 洛阳): read only under the unit above them (「老城区商业街」 names no 洛阳 street)."""


def leading_unit(text: str, within: str = "") -> str:
    """The finest city or county whose name (full or short) begins ``text``, reading a
    chain (福建洛江经济开发区 → 洛江区, 浙江省杭州市建德市 → 建德市, 南通经济技术开发区 →
    南通市), namesakes resolved ``within`` a unit when one is given (a name of another
    province, or a county written in full, is read without it); ``""`` when none, or when
    namesakes with different names remain."""
    found = _chain(text, within)[0]
    for above in _above(within) if within and not found else ():
        # 江夏… in a 武昌区 text: another county of its city, read within that city.
        if found := _chain(text, above)[0]:
            return found
    if within and not found:
        # 四川隆昌… in a 重庆 document: a chain from its own province; 内蒙古包头九原… in a
        # row of 包头市: a chain through the unit itself.
        free, _, head = _chain(text, "")
        if free and free in _ancestors(within):
            found = within  # 武汉数创大厦 in a 武昌区 text: in 武昌区, which is in 武汉市
        elif head in ("province", "city") or (free and within in _ancestors(free)):
            found = free  # (上海张江…, 珠海高新… in a text that names 广州市 once)
        elif free and _written_in_full(text, free):
            found = free  # 玉屏县… in a row of a 贵州 list whose text names 盘州市 most
    return found


def _written_in_full(text: str, county: str) -> bool:
    """True when ``text`` begins with the county's name or its short name and a unit's
    ending (玉屏县 for 玉屏侗族自治县): a unit so written is no word or namesake."""
    if text.startswith(county):
        return True
    short = county_short_name(county)
    ending = text[len(short) : len(short) + 1]
    return bool(short) and text.startswith(short) and ending in ("市", "县", "区", "旗")


@lru_cache(maxsize=4096)
def _above(name: str) -> tuple[str, ...]:
    """The cities above the one unit called ``name`` (武昌区 → 武汉市; 浦东新区 → 上海市),
    nearest first; none for namesakes. A province is left out: its own name heads names
    of the document's city (湖北武汉…), which ``leading_unit`` reads through the unit."""
    found = [u for u in admin.find(name) if u.name == name]
    if len(found) != 1:
        return ()
    above = reversed(admin.chain(found[0].code)[:-1])
    return tuple(a.name for a in above if a.level == "city" or a.name in MUNICIPALITIES)


@lru_cache(maxsize=4096)
def _ancestors(name: str) -> frozenset[str]:
    """The names of the units above every unit called ``name``."""

    return frozenset(a.name for u in admin.find(name) for a in admin.chain(u.code)[:-1])


def finest_stated(counts: Counter[str]) -> str:
    """The unit a place is said to lie in, from how often its mentions say each: the most
    said, or a unit inside it that a mention names (「温州经济技术开发区位于温州市龙湾区」
    once against 温州 in its name four times → 龙湾区); ``""`` for no counts."""
    if not counts:
        return ""
    best = counts.most_common(1)[0][0]
    while finer := [u for u in counts if is_within(u, best)]:
        best = max(finer, key=lambda u: counts[u])
    return best


def refine(name: str, unit: str) -> str:
    """The finest unit inside ``unit`` that a place's ``name`` names, else ``unit``: a row
    of 杭州市 naming 建德经济开发区 → 建德市; 乌海市 with …开发区乌达产业园 → 乌达区."""
    finer = leading_unit(name, unit)
    if finer and finer != unit and not is_within(finer, unit):
        finer = ""  # 屯昌县's 大同产业园 is no park of 大同市: read outside, a name says less
    return inner_unit(name, finer or unit) or finer or unit


CLAUSE_WORD_RE = re.compile(f"^(?:{lx.NAME_BREAKS}|{lx.CLAUSE_OPENERS})$")
"""Words that open a clause (新建): 「新建工业园区」 is a new park, not one of 新建区; a generic
word of names may still be a county's short name (双城开发区: 双城区)."""
ZONE_OF_COUNTY_RE = re.compile(
    rf"(?P<trade>[{lx.CJK}]{{2,4}}?)??(?:经济技术|经济|高新技术产业|高新技术|工业|产业|化工)?"
    "(?:开发区|园区|工业园|产业园|工业区|集聚区)"
)
"""The kinds of development zone a county names after itself (闵行经济技术开发区, 李沧工业园),
after the ``trade`` some name (东明石化产业园); 高新区 is left out: 东湖高新区 is 武汉's,
named after a lake, not 南昌's 东湖区."""


def county_of_zone(
    name: str, within: str = "", is_trade: Callable[[str], bool] = lambda _: False
) -> str:
    """The county a development zone is named after when its name is that county's short
    name and a kind of zone, with at most a trade between that ``is_trade`` knows
    (闵行经济技术开发区 → 闵行区, 东明石化产业园 → 东明县; not 长兴岛临港工业区 or
    清水河工业园区: words of a longer place's name), the short name being one county's only
    in the whole country (not 江北, 新华) and no word or part of a city (新建, 城西), and the
    county lying ``within`` a province or city when one is given (南川工业园 in a 青海 text
    is 西宁's, not 重庆's 南川区); else ``""``. A national list names its zones so."""
    for n in (2, 3):
        short = name[:n]
        kind = ZONE_OF_COUNTY_RE.fullmatch(name, n)
        if not kind or CLAUSE_WORD_RE.match(short):
            continue
        if kind.group("trade") and not is_trade(kind.group("trade")):
            continue
        found = [u for u in admin.find(short) if u.level == "county"]
        if len(found) == 1 and found[0].short_name == short and not CITY_PART_RE.match(short):
            inside = not within or is_within(found[0].name, within)
            return found[0].name if inside else ""
    return ""


def headed_unit(text: str) -> str:
    """``leading_unit`` of a chain that starts at a province or city (深圳市高新…, 内蒙古
    包头…), for a name read with no unit around it: a county's short name alone (仙桃数据谷
    in a 重庆 plan) says nothing."""
    finest, _, head = _chain(text, "")
    return finest if head in ("province", "city") else ""


def province_head(text: str) -> str:
    """The province (full or short name) that begins ``text``: 云南, 内蒙古, 浙江省; or ``""``
    (a province-level city is a city: 重庆 in 重庆软件园 names the park)."""
    return _chain(text, "")[1]


def inner_unit(name: str, within: str) -> str:
    """A county named after a carrier inside ``name``, within the unit ``within``:
    乌海高新技术产业开发区乌达产业园 → 乌达区 (within 乌海市)."""
    for m in lx.SUFFIX_RE.finditer(name):
        if m.end() < len(name) - 2:
            unit = _chain(name[m.end() :], within)[0]
            if unit:
                return unit
    return ""


@lru_cache(maxsize=65536)
def county_inside(name: str, city: str) -> str:
    """A county of ``city`` whose name, full or short, stands inside ``name`` after other
    words, before at least two more characters: 安徽滁州浦口南谯经济开发区 → 南谯区 within
    滁州市 (浦口 is 南京's: a park two cities share), 金地威新闵行科创园 → 闵行区 within
    上海市 (a developer's brand first); ``""`` when none, when ``city`` is no city, or for
    a word that is also a clause's or a part of a city (新建, 城西), or inside the city's own
    name."""
    if not (city in MUNICIPALITIES or _table_levels(city) == {"city"}):
        return ""
    # The city's own name is no county's (连云 of 连云港出口加工区 is not 连云区).
    spellings = {city, *(u.short_name for u in admin.find(city) if u.name == city)} - {""}
    own = [(at, at + len(w)) for w in spellings if (at := name.find(w)) >= 0]
    for i in range(1, len(name) - 3):
        for n in (3, 2):
            if any(a <= i and i + n <= b for a, b in own):
                continue  # 溪湖 of 本溪湖 reaches past 本溪: 溪湖区 it is
            piece = name[i : i + n]
            if i + n > len(name) - 2 or not admin.is_spelling(piece):
                # A piece no unit is named by finds none below, and asking costs the word
                # patterns and a look-up: of the 6,055 pieces of the 816 names the 390 texts
                # of tests/eval* read here, 529 are some unit's name.
                continue
            if HEAD_BREAK_RE.match(piece) or CITY_PART_RE.match(piece):
                continue
            try:
                found = admin.find(piece, city, "county")
            except admin.UnitError:
                continue
            names = {u.name for u in found if piece in (u.name, u.short_name)}
            if len(names) == 1:
                return names.pop()
    return ""


@lru_cache(maxsize=65536)
def _chain(text: str, within: str) -> tuple[str, str, str]:
    """(finest city or county, province text, level of the first unit) of the unit chain
    that begins ``text``. A province's short name that names a city as well, with no unit
    after it, is the city (吉林高新技术产业开发区 → 吉林市)."""
    finest, province, head = _read_chain(text, within)
    if not finest and province and province[-1] not in "省区":
        namesake = province + "市"
        if "city" in _table_levels(namesake):
            return namesake, province, head
    return finest, province, head


IDEOGRAPHS_RE = re.compile("[\u4e00-\u9fff]+")
"""CJK unified ideographs, which NFKC (``admin._key``) never changes."""


def _read_chain(text: str, within: str) -> tuple[str, str, str]:

    parent: str | None = within or None
    finest, province, head, i = "", "", "", 0
    while i < len(text):
        most = min(10, len(text) - i)
        # Only a piece some unit is named by goes on past the tests below; in a run of
        # ideographs the table says which at once (admin.spelled_at), longer pieces are
        # tried one by one: on the 401 texts of tests/eval* 67,000 pieces were tried so
        # for 8,400 chains.
        run = IDEOGRAPHS_RE.match(text, i, i + most)
        ideographs = run.end() - i if run else 0
        lengths = [*range(most, ideographs, -1), *admin.spelled_at(text, i, ideographs)]
        for n in lengths:
            piece = text[i : i + n]
            if parent is None and (HEAD_BREAK_RE.match(piece) or CITY_PART_RE.match(piece)):
                continue  # 新建 is a word; after its province (江西新建…) it is 新建区
            if n > ideographs and not admin.is_spelling(piece):
                # No unit has this name: ``find`` would find none, after looking ``parent``
                # up again (on the tuning texts 55,000 of the 63,000 pieces tried). The
                # lengths ``spelled_at`` gave are spellings already.
                continue
            try:
                # The piece's own units: a chain split inside it names a shorter unit,
                # which the test below never takes.
                found = [u for u in admin.find(piece, parent, split=False) if u.level != "town"]
            except admin.UnitError:
                found = []
            names = {u.name for u in found}
            if len(names) == 1 and (piece in names or piece in {u.short_name for u in found}):
                unit = found[0]
                written_as_unit = text[i + n : i + n + 1] in ("市", "县", "区")
                if (
                    parent is None
                    and unit.level == "county"
                    and piece != unit.name
                    and (len(found) > 1 or not unit.name.endswith("市"))
                    and not (len(found) == 1 and written_as_unit)
                ):
                    # 城西工业园, 解放碑: a county's short name with no unit above it in the
                    # text is a word or a namesake; a county-level city's (浏阳, 平湖) is not,
                    # nor one written as a unit under its former name (偃师市 → 偃师区).
                    return finest, province, head
                head = head or unit.level
                if unit.level != "province" or unit.name in MUNICIPALITIES:
                    finest = unit.name
                if unit.level == "province" and i == 0 and unit.name not in MUNICIPALITIES:
                    province = piece
                parent, i = unit.name, i + n
                city = unit.level == "city" and piece.endswith("市")
                if city and (county := _county_after_city(text, i, unit.name)):
                    finest, parent, i = county, county, i + len(county) - 1
                break
        else:
            return finest, province, head
    return finest, province, head


def _county_after_city(text: str, at: int, city: str) -> str:
    """The county of ``city`` whose name begins with the 市 that ends the city's, read at
    ``at`` (just past that 市): 济南市中区 is 济南's 市中区, 青岛市南区 青岛's 市南区."""
    name = "市" + text[at : at + 2]
    if not name.endswith("区"):
        return ""
    try:
        found = admin.find(name, city, "county", split=False)
    except admin.UnitError:
        return ""
    return name if any(u.name == name for u in found) else ""


def finest_unit(phrase: str) -> str:
    """The finest county- or city-level unit of an address chain at the start of ``phrase``
    (浙江省杭州市建德市… → 建德市, 重庆市九龙坡区… → 九龙坡区), or ``""``."""
    return leading_unit(phrase[:24])


INNER_UNIT_RE = re.compile("[的在于、]")
"""Marks after which a phrase of place names a finer unit: 重庆市主城区的江北区."""


def finest_in(phrase: str) -> str:
    """The finest unit of the address chain that begins ``phrase``, or of a unit inside it
    named later after 的/在/于 (重庆市主城区的江北区境内 → 江北区)."""
    found = finest_unit(phrase)
    for m in INNER_UNIT_RE.finditer(phrase):
        inner = leading_unit(phrase[m.end() : m.end() + 24], found) if found else ""
        if inner and is_within(inner, found):
            found = inner
    return found


@lru_cache(maxsize=4096)
def county_short_name(name: str) -> str:
    """The short form of the one county-level unit called ``name`` (剑河 of 剑河县), or
    ``""`` when namesakes share the name or the table keeps none safe (忠县, 和县)."""
    found = [u for u in admin.find(name) if u.name == name and u.level == "county"]
    return found[0].short_name if len(found) == 1 else ""


def county_of_town(name: str, within: str = "") -> str:
    """The county-level unit of the one town or street called ``name`` in full (临泽县 of
    蓼泉镇), inside the unit ``within`` when one is given; ``""`` when none is, or when
    namesakes lie in different counties (高寨镇: 河北 and 青海 each have one)."""
    found = [u for u in admin.find(name, within or None, "town") if u.name == name]
    # A town of a city without counties (东莞, 中山) hangs from the city: that is its unit.
    counties = {admin.chain(u.code)[-2].name for u in found if u.parent_code}
    return counties.pop() if len(counties) == 1 else ""


def is_within(inner: str, outer: str) -> bool:
    """True when a unit called ``outer`` holds one called ``inner`` (江北区 in 重庆市)."""
    return inner != outer and outer in _ancestors(inner)


@lru_cache(maxsize=1)
def _province_re() -> tuple[re.Pattern[str], dict[str, str]]:

    names = {}
    for u in admin.units("province"):
        if u.name not in MUNICIPALITIES:
            names[u.name] = u.name
            if u.short_name:
                names[u.short_name] = u.name
    pattern = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(pattern), names


def provinces_named(text: str) -> set[str]:
    """The provinces (full names) ``text`` names, by full or short name: a document that
    names one (「四川日报」, 「我省」 aside) is read within it."""
    pattern, names = _province_re()
    return {names[m.group()] for m in pattern.finditer(text)}


@lru_cache(maxsize=1)
def _city_names() -> tuple[ahocorasick_rs.AhoCorasick, list[str], dict[str, str]]:
    """An automaton of the cities' names (full and short) as ``most_named_unit`` counts
    them, its keys, and each name's city (full name)."""
    # A short name a province has as well (海南: the province and 海南藏族自治州; 吉林)
    # names the province as often as the city: only the city's full name counts. A
    # province-level city is both at once (天津北方网 names 天津市).
    provinces = {
        n
        for u in admin.units("province")
        if u.name not in MUNICIPALITIES
        for n in (u.name, u.short_name)
        if n
    }
    names = {}
    for u in (*admin.units("city"), *(admin.find(m)[0] for m in MUNICIPALITIES)):
        names[u.name] = u.name
        if len(u.short_name) >= 2 and u.short_name not in provinces:
            names[u.short_name] = u.name
    keys = sorted(names)
    return _leftmost_longest(keys), keys, names


@lru_cache(maxsize=1)
def _county_names() -> tuple[ahocorasick_rs.AhoCorasick, list[str]]:
    """Counties by their full names only (华容县, 鹿泉区): a short name is too often a word.
    An automaton of them and its keys."""
    keys = sorted({u.name for u in admin.units("county") if len(u.name) >= 3})
    return _leftmost_longest(keys), keys


def _leftmost_longest(keys: list[str]) -> ahocorasick_rs.AhoCorasick:
    """An automaton finding ``keys`` as a regular expression of them, longest first, finds
    them with ``finditer``: at the leftmost place one begins, the longest, then on after
    it. Python's ``re`` tries each of 2,800 county names at every character (3 ms for the
    3,000 characters ``most_named_unit`` reads, 0.9 s of the 5 s the 401 texts of
    tests/eval* took); the automaton reads each character once."""
    return ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def _most_named(counts: Counter[str]) -> str:
    """The name counted far more than any other: twice when no other is counted, else
    ``MOST_NAMED_LEAST`` times and as many times more than the next; else ``""``."""
    ranked = counts.most_common(2)
    second = ranked[1][1] if len(ranked) > 1 else 0
    if not ranked or ranked[0][1] < (MOST_NAMED_LEAST if second else 2):
        return ""
    return ranked[0][0] if ranked[0][1] >= MOST_NAMED_LEAST * second else ""


MOST_NAMED_READ = 3000
"""Characters of a document read for the city it is about: its opening says it."""
MOST_NAMED_LEAST = 3
"""Least mentions of the city a document is about, and the factor by which it must
outnumber any other: a provincial list names each of its cities once or twice. A text that
names no other city needs two (「来源:天津北方网」, 「天津北方网讯:…本市…」): a list names more
than one."""


def most_named_unit(text: str) -> str:
    """The city (full name) a text is about when it names one far more than any other
    (「十堰广电讯…我市…十堰…」), or the county it is about, named so by its full name
    (华容县) and lying in that city if a city dominates; else ``""``."""
    cities, city_keys, names = _city_names()
    head = text[:MOST_NAMED_READ]
    found = cities.find_matches_as_indexes(head)
    city = _most_named(Counter(names[city_keys[i]] for i, _, _ in found))
    # 「华容县…该县…华容县正在…」: a county the text names far more than any other, in
    # its city if one dominates too.
    counties, county_keys = _county_names()
    found = counties.find_matches_as_indexes(head)
    county = _most_named(Counter(county_keys[i] for i, _, _ in found))
    return county if county and (not city or is_within(county, city)) else city
