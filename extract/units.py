"""Administrative units recognised by their form: which phrases may be a place's district.

A district must be a unit's name (九龙坡区, 建德市, 巨野县, 延边朝鲜族自治州), never a phrase
that ends like one (「特色产业园区」, 「杭州两个老城区」, 「武汉城市」, 「也标志该区」,
「属于两江新区」). Without a national table of units (``data/districts.csv`` holds
Chongqing's), a name is judged by its length and suffix and by the words it may not hold.
"""

from __future__ import annotations

import re

from extract import lexicon as lx

_C = f"[{lx.CJK}]"
MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
"""Province-level cities: a province and a city at once."""
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


CHAIN_RE = re.compile(
    rf"(?:中国)?(?P<p>{PROVINCE_RE.pattern})?(?P<c>{CITY_RE.pattern})?(?P<k>{COUNTY_RE.pattern})?"
)


def finest_unit(phrase: str) -> str:
    """The finest county- or city-level unit of an address chain at the start of ``phrase``
    (浙江省杭州市建德市… → 建德市, 重庆市九龙坡区… → 九龙坡区), or ``""``."""
    m = CHAIN_RE.match(phrase)
    if not m:
        return ""
    for group, level in (("k", COUNTY_RE), ("c", CITY_RE), ("p", PROVINCE_RE)):
        unit = m.group(group)
        if unit and is_unit(unit, level) and (group != "p" or unit in MUNICIPALITIES):
            return unit
    return ""


def district_unit(name: str) -> str:
    """``name`` when it may be a place's district (a city or county-level unit), else ``""``;
    a province says too little (浙江省)."""
    if is_unit(name, COUNTY_RE) or is_unit(name, CITY_RE):
        return name
    return name if name in MUNICIPALITIES else ""
