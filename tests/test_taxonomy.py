"""Tests of the sector taxonomy (``data/sectors.csv``) and its matcher (``extract.taxonomy``)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from extract.taxonomy import COLUMNS, SUFFIXES, Taxonomy, normalize, phrases
from geo import settings

SEED_004 = settings.CORPUS_DIR / "004_337a744b882e9f57.txt"

DIRECTIONS = [
    ("research-development", "科技研发"),
    ("industrial-design", "工业设计"),
    ("testing-inspection", "检验检测"),
    ("smart-maintenance", "智能运维"),
    ("low-carbon-environment", "低碳环保"),
    ("engineering-technical", "工程技术"),
    ("total-integration", "总集成总承包"),
    ("supply-chain", "供应链管理"),
    ("industrial-ecommerce", "产业电商"),
    ("software-info", "软件信息"),
    ("data-resources", "数据资源"),
    ("finance", "生产性金融"),
    ("logistics", "现代物流"),
    ("business-exhibition", "商务会展"),
    ("human-resources", "人力资源"),
    ("leasing", "生产性租赁"),
    ("accounting-audit-tax", "会计审计税务"),
    ("legal-ip", "法律和知识产权"),
]
"""The 18 directions of 渝府发〔2024〕18号, in its order."""

NATIONAL_CLASSES = {
    "01 研发设计与其他技术服务",
    "02 货物运输、通用航空生产、仓储和邮政快递服务",
    "03 信息服务",
    "04 金融服务",
    "05 节能与环保服务",
    "06 生产性租赁服务",
    "07 商务服务",
    "08 人力资源管理与职业教育培训服务",
    "09 批发与贸易经纪代理服务",
    "10 生产性支持服务",
}
"""The big classes of 国家统计局《生产性服务业统计分类（2019）》."""

_PLAN_PHRASES = """
金融 现代金融 新兴金融 生产性金融 专业服务 总部贸易 电商服务 电子商务 创意设计
现代物流 软信 软件信息 数字内容 科创服务 产科金综合服务 法律服务 咨询与调查
总部经济 设计咨询 互联网产业 数字经济 文商旅融合 数字文化 交通物流 物流总部
现代楼宇工业 基础研究 应用研究 成果转化 健康服务 检验检测 工业设计 工业软件
区块链 信创 人工智能 汽车软件 空天信息 元宇宙 卫星互联网 算力 低空经济 生命科学
绿色低碳 科技金融 数字金融 绿色金融 跨境金融 会展服务 人力资源服务 泛法务服务
知识产权服务 工程技术 临港产业 临空产业 节能服务 环境服务 双碳服务 数据要素
智慧能源 金融科技 信息技术服务 信息技术应用创新 数据服务 消费金融 保险资管 会展
广告营销 品牌策划 咨询评估 跨境电商 直播电商 跨境物流 冷链物流 航空物流 临港
法律 会计 审计 税务 融资租赁 实物租赁 双碳 碳服务 工业互联网 技术转移
检验检测认证 科技服务 高端商务 大健康 文化旅游 现代商贸 算力经济 软信产业
"""
PLAN_PHRASES = _PLAN_PHRASES.split()
"""Sector phrases the five seed plans use; each must resolve to some sector."""


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return Taxonomy.load()


def ids(tax: Taxonomy, text: str) -> list[str]:
    return [hit.sector.id for hit in tax.find(text)]


def write_csv(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "sectors.csv"
    path.write_text(",".join(COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


# -- the shipped table ------------------------------------------------------------------


def test_top_level_is_the_18_directions_in_plan_order(tax: Taxonomy) -> None:
    assert [(s.id, s.name_zh) for s in tax.directions] == DIRECTIONS
    assert all(s.name_en and s.national_class in NATIONAL_CLASSES | {""} for s in tax.directions)
    first = [s.id for s in tax.sectors.values() if s.parent is None][:18]
    assert first == [d for d, _ in DIRECTIONS]  # the file lists them first, in order


def test_every_national_class_is_a_big_class_of_the_2019_classification(tax: Taxonomy) -> None:
    for s in tax.sectors.values():
        assert s.national_class in NATIONAL_CLASSES | {""}, s.id


def test_outside_sectors_have_their_own_top_level_ids(tax: Taxonomy) -> None:
    for phrase, sid in [
        ("文化旅游", "culture-tourism"),
        ("文旅", "culture-tourism"),
        ("大健康", "health"),
        ("健康服务", "health"),
        ("生命科学", "life-sciences"),
        ("现代商贸", "trade"),
        ("总部贸易", "trade"),
        ("低空经济", "low-altitude"),
    ]:
        sector = tax.match(phrase)
        assert sector is not None and sector.id == sid, phrase
        assert sector.parent is None and sector.is_outside and not sector.is_umbrella
        assert sector not in tax.directions
    assert tax.match("现代楼宇工业").id == "manufacturing.building-industry"
    assert tax.top_level("manufacturing.building-industry") == "manufacturing"


# -- match ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "sid"),
    [
        ("软信", "software-info"),
        ("新兴金融", "finance"),
        ("现代金融", "finance"),
        ("金融", "finance"),
        ("泛法务", "legal-ip"),
        ("法律服务", "legal-ip.legal"),
        ("电子商务", "industrial-ecommerce"),
        ("电商服务", "industrial-ecommerce"),
        ("设计咨询", "industrial-design"),
        ("创意设计", "industrial-design.creative-design"),
        ("交通物流", "logistics"),
        ("物流", "logistics"),
        ("信创", "software-info.xinchuang"),
        ("数据要素", "data-resources.data-elements"),
        ("数字内容", "data-resources.digital-content"),
        # The trades a building-economy text lists by their bare names (「入驻有投资、期货、
        # 证券、保险…等现代服务业」): GB/T 4754 大类 66–68.
        ("银行", "gbt4754.j.66"),
        ("证券", "gbt4754.j.67"),
        ("期货", "gbt4754.j.67"),
        ("保险", "gbt4754.j.68"),
    ],
)
def test_match_names_and_synonyms(tax: Taxonomy, phrase: str, sid: str) -> None:
    assert tax.match(phrase).id == sid


@pytest.mark.parametrize(
    ("phrase", "sid"),
    [
        ("软件信息服务业", "software-info"),
        ("软件和信息服务业", "software-info"),
        ("检验检测认证", "testing-inspection"),
        ("检验检测认证服务", "testing-inspection"),
        ("人力资源服务产业", "human-resources"),
        ("金融业", "finance"),
        ("新兴金融业态", "finance"),
        ("人工智能领域", "software-info.ai"),
        ("数字内容行业", "data-resources.digital-content"),
        ("「软信」", "software-info"),
        ("“双碳”服务", "low-carbon-environment.carbon"),
        (" 软件 信息 ", "software-info"),
        ("信创（信息技术应用创新）", "software-info.xinchuang"),
        ("工业互联网（含工业设计）", "software-info.industrial-internet"),
        ("（一）金融服务业", "finance"),
        ("(软信)", "software-info"),
        ("现代物流", "logistics"),
        ("现代物流业", "logistics"),
    ],
)
def test_match_normalises_and_strips_suffixes(tax: Taxonomy, phrase: str, sid: str) -> None:
    assert tax.match(phrase).id == sid


@pytest.mark.parametrize(
    "phrase", ["设计", "数据", "服务", "产业", "业", "", "现代", "信息", "林长制"]
)
def test_match_rejects_generic_words(tax: Taxonomy, phrase: str) -> None:
    assert tax.match(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "sid"),
    [
        # Items of stated lists in the blind batches' tuning parts.
        ("煤电化工", "gbt4754.c.26"),
        ("汽摩整车及零部件产业", "gbt4754.c.36"),
        ("绿色节能建材", "gbt4754.c.30"),
        ("铝铜加工", "gbt4754.c.32"),
        ("新能源及装备制造业", "sei2018.2"),  # 装备, not the generic 制造业
        ("现代物流", "logistics"),  # a phrase match names stays its own
    ],
)
def test_a_compound_sector_phrase_is_classified_by_its_last_word(
    tax: Taxonomy, phrase: str, sid: str
) -> None:
    assert tax.match(phrase) is None or phrase == "现代物流"
    assert tax.classify(phrase).id == sid


@pytest.mark.parametrize("phrase", ["自主知识产权", "现代服务业", "园区建设", "产业", "业"])
def test_classify_gives_no_sector_to_set_phrases_or_generic_heads(
    tax: Taxonomy, phrase: str
) -> None:
    assert tax.classify(phrase) is None


@pytest.mark.parametrize("phrase", PLAN_PHRASES)
def test_every_plan_phrase_maps_to_a_sector(tax: Taxonomy, phrase: str) -> None:
    assert tax.match(phrase) is not None, phrase


# -- find -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("聚焦现代金融、专业服务", ["finance", "professional-services"]),
        ("聚焦新兴金融、专业服务", ["finance", "professional-services"]),
        (
            "聚焦电商服务、创意设计、现代物流",
            ["industrial-ecommerce", "industrial-design.creative-design", "logistics"],
        ),
        (
            "聚焦创意设计、软件信息、数字内容",
            [
                "industrial-design.creative-design",
                "software-info",
                "data-resources.digital-content",
            ],
        ),
        ("聚焦科创服务、电子商务", ["sci-tech-innovation", "industrial-ecommerce"]),
        (
            "聚焦人工智能、工业软件、汽车软件、空天信息等重点领域",
            [
                "software-info.ai",
                "software-info.industrial-software",
                "software-info.automotive-software",
                "software-info.aerospace-info",
            ],
        ),
        (
            "打造一批法律服务、咨询与调查、新兴金融、总部贸易等特色产业楼宇",
            ["legal-ip.legal", "business-exhibition.consulting", "finance", "trade"],
        ),
        (
            "打造一批软信产业、总部经济特色产业楼宇",
            ["software-info", "business-exhibition.hq-economy"],
        ),
        (
            "打造一批设计咨询、互联网产业、数字经济特色产业楼宇",
            ["industrial-design", "software-info.internet", "digital-economy"],
        ),
        (
            "打造一批文商旅融合、数字文化、交通物流等特色产业楼宇",
            ["culture-tourism", "data-resources.digital-content", "logistics"],
        ),
        (
            "打造一批物流总部、现代楼宇工业、总部贸易产业特色楼宇",
            ["logistics", "manufacturing.building-industry", "trade"],
        ),
        ("聚焦产科金综合服务", ["industry-tech-finance"]),
        (
            "打造一批基础研究、应用研究、成果转化、展示销售、健康服务特色产业楼宇",
            [
                "research-development",
                "research-development",
                "research-development.tech-transfer",
                "trade",
                "health",
            ],
        ),
    ],
)
def test_find_on_seed_quotes(tax: Taxonomy, quote: str, expected: list[str]) -> None:
    assert ids(tax, quote) == expected


def test_find_prefers_the_longer_term(tax: Taxonomy) -> None:
    assert ids(tax, "金融科技与科技金融、绿色金融") == [
        "finance.fintech",
        "finance.tech",
        "finance.green",
    ]
    assert ids(tax, "跨境电商、会计审计税务、检验检测认证") == [
        "industrial-ecommerce.cross-border",
        "accounting-audit-tax",
        "testing-inspection",
    ]
    assert ids(tax, "设计、数据、信息、服务") == []


def test_find_hits_are_verbatim_and_take_in_the_suffix(tax: Taxonomy) -> None:
    text = "（十）提质发展软件信息服务业。大力发展新兴金融业态"
    hits = tax.find(text)
    assert [h.phrase for h in hits] == ["软件信息服务业", "新兴金融"]
    assert all(text[h.start : h.end] == h.phrase for h in hits)


def test_find_skips_government_bodies_and_set_phrases(tax: Taxonomy) -> None:
    text = "（市文化旅游委、区文旅委、市委金融办、重庆市税务局、市知识产权局、市政府口岸物流办）"
    assert tax.find(text) == []
    assert tax.find("依照法律、法规和林业法律法规") == []
    assert ids(tax, "大力发展法律、会计") == [
        "legal-ip.legal",
        "accounting-audit-tax.accounting",
    ]


def test_find_on_seed_004_finds_all_18_directions(tax: Taxonomy) -> None:
    text = SEED_004.read_text(encoding="utf-8")
    hits = tax.find(text)
    assert all(text[h.start : h.end] == h.phrase for h in hits)
    found = {tax.top_level(h.sector.id) for h in hits}
    assert [d for d, _ in DIRECTIONS if d not in found] == []


def test_every_phrase_is_found_as_itself(tax: Taxonomy) -> None:
    """No name or synonym is shadowed by another phrase in ``find``; a match-only phrase
    is matched whole and never found in running text."""
    for s in tax.sectors.values():
        named = tax.named_by(s.id).id
        for phrase, in_text in phrases(s):
            hits = [(h.phrase, h.sector.id) for h in tax.find(phrase)]
            if in_text:
                assert hits == [(phrase, named)], phrase
            else:
                assert (phrase, named) not in hits, phrase
            assert tax.match(phrase).id == named, phrase


def test_no_synonym_is_a_suffix_variant_already_covered(tax: Taxonomy) -> None:
    """Suffixed variants belong in the CSV only where ``match`` can't strip to a known phrase."""
    for s in tax.sectors.values():
        # A stem matched only whole (~装备) can't find its variants (装备制造) in a text.
        keys = {normalize(p) for p, in_text in phrases(s) if in_text}
        for syn in [p for p, _ in phrases(s)][1:]:
            for suffix in SUFFIXES:
                if syn.endswith(suffix) and syn[: -len(suffix)] in keys:
                    pytest.fail(f"{s.id}: synonym {syn!r} is covered by {syn[: -len(suffix)]!r}")


def test_find_is_fast(tax: Taxonomy) -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(settings.CORPUS_DIR.glob("*.txt")))
    text *= 20  # about 3.4 MB
    megabytes = len(text.encode("utf-8")) / 1e6
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        tax.find(text)
        best = min(best, time.perf_counter() - started)
    assert megabytes / best >= 5, f"{megabytes / best:.1f} MB/s"


# -- tree and umbrellas -----------------------------------------------------------------


def test_navigation(tax: Taxonomy) -> None:
    sat = "software-info.aerospace-info.satellite-internet"
    assert tax.ancestors(sat) == ["software-info.aerospace-info", "software-info"]
    assert tax.top_level(sat) == "software-info"
    assert tax.top_level("software-info") == "software-info"
    assert tax.ancestors("finance") == []
    assert "software-info.industrial-software" in tax.descendants("software-info")
    assert sat in tax.descendants("software-info")
    assert tax.descendants("software-info.ai") == []
    assert tax.get("finance").name_zh == "生产性金融"
    with pytest.raises(KeyError):
        tax.get("no-such-sector")


def test_umbrellas(tax: Taxonomy) -> None:
    pro = tax.get("professional-services")
    assert pro.is_umbrella and pro.parent is None and pro.national_class == ""
    assert set(pro.members) == {
        "human-resources",
        "accounting-audit-tax",
        "legal-ip",
        "business-exhibition",
        "leasing",
    }
    for s in tax.sectors.values():
        assert all(m in tax.sectors for m in s.members)
    assert tax.match("科技服务").id == "sci-tech-services"
    assert tax.match("高端商务服务").id == "high-end-business"


def test_covers(tax: Taxonomy) -> None:
    soft = tax.covers("software-info")
    assert {"software-info", "software-info.industrial-software", "sci-tech-innovation"} <= soft
    assert "digital-economy" in soft
    assert "professional-services" not in soft
    legal = tax.covers("legal-ip")
    assert {"legal-ip.legal", "legal-ip.ip", "professional-services", "high-end-business"} <= legal
    assert "sci-tech-services" in legal  # through its member legal-ip.ip
    assert "professional-services" in tax.covers("leasing")
    # an umbrella on an ancestor does not reach down: 产科金 names finance, not fintech
    assert "industry-tech-finance" not in tax.covers("finance.fintech")
    assert "industry-tech-finance" in tax.covers("finance")
    umbrella = tax.covers("professional-services")
    assert {"professional-services", "legal-ip", "legal-ip.ip", "leasing.financial"} <= umbrella
    assert "software-info" not in umbrella


# -- loading and validation -------------------------------------------------------------


def test_load_is_cached_per_path() -> None:
    assert Taxonomy.load() is Taxonomy.load(settings.SECTORS_FILE)


GOOD = [
    "a,,甲,A,甲甲,,,",
    "a.b,a,乙,B,乙乙,03 信息服务,,",
    "u,,丙,U,,,umbrella: a|a.b; test,",
]


def test_a_valid_small_table_loads(tmp_path: Path) -> None:
    tax = Taxonomy.from_csv(write_csv(tmp_path, *GOOD))
    assert tax.get("u").members == ("a", "a.b")
    assert tax.match("乙乙").id == "a.b"
    assert tax.covers("a.b") == {"a.b", "u"}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([*GOOD, "a,,丁,D,,,,"], "duplicate id 'a'"),
        ([*GOOD, "x.y,x,丁,D,,,,"], "unknown parent 'x'"),
        ([*GOOD, "c,,丁,D,甲甲,,,"], "phrase '甲甲' already names 'a'"),
        ([*GOOD, "c,,乙,D,,,,"], "phrase '乙' already names 'a.b'"),
        ([*GOOD, "v,,戊,V,,,umbrella: a|zz,"], "unknown umbrella member 'zz'"),
        ([*GOOD, "c.d,a,丁,D,,,,"], "id must be 'a'"),
        ([*GOOD, "Bad Id,,丁,D,,,,"], "bad id"),
        ([*GOOD, "c,,丁,D,,3 x,,"], "bad national_class"),
    ],
)
def test_validation_errors_name_the_offending_row(
    tmp_path: Path, rows: list[str], message: str
) -> None:
    path = write_csv(tmp_path, *rows)
    with pytest.raises(ValueError, match=message) as err:
        Taxonomy.load(path)
    assert f"line {len(rows) + 1}" in str(err.value)


def test_a_wrong_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sectors.csv"
    path.write_text("id,name\na,甲\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        Taxonomy.from_csv(path)


# -- national classifications -----------------------------------------------------------


def test_gbt_4754_2017_has_its_20_sections_and_97_divisions(tax: Taxonomy) -> None:
    sections = [s for s in tax.sectors.values() if s.parent == "gbt4754"]
    divisions = [s for s in tax.sectors.values() if s.parent and s.parent.startswith("gbt4754.")]
    assert [s.id[-1].upper() for s in sections] == list("ABCDEFGHIJKLMNOPQRST")
    assert [s.id[-2:] for s in divisions] == [f"{n:02d}" for n in range(1, 98)]
    assert tax.get("gbt4754.c.39").name_zh == "计算机、通信和其他电子设备制造业"
    assert tax.get("gbt4754.t.97").name_zh == "国际组织"
    assert all(s.scheme == "gbt4754" and s not in tax.directions for s in sections + divisions)


def test_strategic_emerging_industries_have_their_9_areas(tax: Taxonomy) -> None:
    areas = [s.name_zh for s in tax.sectors.values() if s.parent == "sei2018"]
    assert areas[:8] == [
        "新一代信息技术产业",
        "高端装备制造产业",
        "新材料产业",
        "生物产业",
        "新能源汽车产业",
        "新能源产业",
        "节能环保产业",
        "数字创意产业",
    ]
    assert len(areas) == 9  # 9 相关服务业, named with its scheme


@pytest.mark.parametrize(
    ("phrase", "sector_id"),
    [
        ("电子信息", "gbt4754.c.39"),
        ("计算机与通信", "gbt4754.c.39"),
        ("集成电路", "sei2018.1.2.ic"),
        ("新材料", "sei2018.3"),
        ("化工", "gbt4754.c.26"),
        ("精细化工", "gbt4754.c.26"),
        ("铝精深加工", "gbt4754.c.32"),
        ("新一代信息技术", "sei2018.1"),
        ("生物医药", "life-sciences"),
        ("装备制造", "sei2018.2"),
        ("汽车及零部件", "gbt4754.c.36"),
        ("智能网联新能源汽车", "sei2018.5"),
        ("食品加工", "gbt4754.c.14"),
        ("纺织服装", "gbt4754.c.18"),
        ("新能源", "sei2018.6"),
        ("现代农业", "gbt4754.a"),
        ("高端医疗器械", "sei2018.4.2"),
        ("汽车制造业", "gbt4754.c.36"),
        ("医药制造业", "gbt4754.c.27"),
        ("高技术服务业", "hitech.svc"),
    ],
)
def test_plan_phrases_of_industry_map_to_national_classes(
    tax: Taxonomy, phrase: str, sector_id: str
) -> None:
    assert tax.match(phrase).id == sector_id


def test_a_national_class_that_is_a_plan_sector_resolves_to_it(tax: Taxonomy) -> None:
    # The same activity keeps one id: places tagged before the national schemes keep theirs.
    assert tax.match("软件和信息技术服务业").id == "software-info"
    assert tax.match("检验检测服务").id == "testing-inspection"
    assert tax.match("人工智能").id == "software-info.ai"
    assert tax.named_by("hitech.svc.7").id == "legal-ip.ip"
    assert {"software-info", "software-info.ai"} <= tax.covers("gbt4754.i")


def test_generic_class_names_are_matched_whole_but_not_found_in_running_text(
    tax: Taxonomy,
) -> None:
    assert tax.match("制造业").id == "gbt4754.c"
    assert tax.match("农业").id == "gbt4754.a.01"
    assert ids(tax, "推动先进制造业和现代服务业融合，加强教育、卫生等公共服务，推进电子政务") == [
        "manufacturing"
    ]
    assert ids(tax, "上海临港新片区、拥有自主知识产权、市交通运输委") == []


def test_a_national_class_is_summarised_by_its_section_not_its_classification():
    taxonomy = Taxonomy.load()
    assert taxonomy.section("gbt4754.c.39") == "gbt4754.c"  # 计算机…电子设备 → 制造业
    assert taxonomy.section("gbt4754.c") == "gbt4754.c"
    assert taxonomy.section("gbt4754") == "gbt4754"
    assert (
        taxonomy.section("software-info.ai")
        == "software-info"
        == taxonomy.top_level("software-info.ai")
    )


@pytest.mark.parametrize(
    ("phrase", "simplified"),
    [("生物質能", "生物质能"), ("現代物流", "现代物流"), ("電子信息", "电子信息")],
)
def test_a_phrase_in_traditional_characters_names_its_simplified_sector(
    tax: Taxonomy, phrase: str, simplified: str
) -> None:
    # A 繁體 list's phrases (河南's 南樂縣生物質能產業園區) map like their simplified forms.
    assert tax.match(simplified) is not None
    assert tax.match(phrase) == tax.match(simplified)


@pytest.mark.parametrize(
    ("phrase", "sid"),
    [
        ("皮草", "gbt4754.c.19"),  # 「推进巴彦皮草等专业化园区建设」
        ("裘皮", "gbt4754.c.19"),  # 「裘皮小镇共入驻服装企业60余家」
        ("电梯", "gbt4754.c.34"),  # 「加大电梯、电机、绿色家居产业链招商」
        ("电机", "gbt4754.c.38"),
        ("稀贵金属", "gbt4754.c.32"),  # 「滇中稀贵金属集群」
        ("电子产品", "gbt4754.c.39"),  # 「围绕装备制造、纺织服装、电子产品等产业」
        ("商贸物流", "logistics"),  # 「商贸物流、智能制造、现代服务」
        ("大数据", "data-resources"),  # 「成渝地区大数据产业基地」
        ("环保", "low-carbon-environment"),  # 「电子信息、生物医药、环保、新型材料」
        ("乳业", "gbt4754.c.14"),  # 「呼和浩特敕勒川乳业开发区」
        ("绿电产业", "gbt4754.d.44"),  # 「打造…绿电产业园区」
        ("高低压电器", "gbt4754.c.38"),  # 「外高桥工业园…高低压电器」
        ("海上运输", "gbt4754.g.55"),
        ("新型石油化工", "gbt4754.c.25"),  # a leading 新型 is praise, not a trade
        ("绿色食品饮料", "gbt4754.c.14"),
        ("旅游", "culture-tourism"),  # 「生物医药、绿色食品、旅游、外贸、康养等五大主导产业」
        ("外贸", "trade"),
        ("康养", "health"),
        ("新材料工业", "sei2018.3"),  # a trailing 工业 is stripped like 产业
        ("服务外包", "software-info"),
    ],
)
def test_the_words_of_manufacturing_plans_match_their_national_class(
    tax: Taxonomy, phrase: str, sid: str
) -> None:
    assert tax.match(phrase).id == sid


def test_the_words_of_manufacturing_plans_are_not_found_inside_running_text() -> None:
    """环保, 照明, 电梯 name a sector as a list item, not inside 市环保局 or 景观照明工程
    or 电梯产业园 (a park named by a sector alone the name rules read as unnamed)."""
    tax = Taxonomy.load()
    assert [h.phrase for h in tax.find("市环保局推进景观照明工程和电梯产业园")] == []


def test_a_verb_ending_in_hua_before_gongye_or_gongzuo_is_no_chemical_industry() -> None:
    """「进一步优化工业园区布局」 (呼和浩特, fourth batch) read 化工 across 优化|工业 and gave
    it to all seven parks of the text; 重化工业 and 生物化工 are chemicals."""
    tax = Taxonomy.load()
    text = "进一步优化工业园区布局，制定细化工作方案，深化工业互联网，壮大一批发展潜力大的企业。"
    assert [h.phrase for h in tax.find(text)] == []
    assert [h.phrase for h in tax.find("发展重化工业和生物化工")] == ["化工", "化工"]
