"""Sectors per place from the clause structure (``extract.sectors``), on sentences of real
documents: the seeds and the tuning part of the labelled corpus."""

from __future__ import annotations

from extract import extract
from extract.model import Document, Place
from extract.sections import parse_sections


def extraction_of(text: str, jurisdiction: str = ""):
    doc = Document(
        id="d",
        source="test",
        title="通知",
        jurisdiction=jurisdiction,
        text=text,
        sections=parse_sections(text),
    )
    return extract([doc])


def places_of(text: str, jurisdiction: str = "") -> dict[str, Place]:
    return {p.name: p for p in extraction_of(text, jurisdiction).places}


def raw_sectors_of(name: str, text: str) -> set[str]:
    """The sector phrases, as written, that ``text`` gives the place named ``name``."""
    return set(places_of(text)[name].raw_sectors)


def test_each_designation_clause_gives_its_sector_to_the_places_it_names_only():
    places = places_of(
        "经评审，认定环球金融中心大厦、英利国际广场为金融特色楼宇，"
        "认定华润二十四城大厦、协信星光广场为软件信息特色楼宇。\n"
    )
    for name in ("环球金融中心大厦", "英利国际广场"):
        assert places[name].sectors == ["finance"], name
    for name in ("华润二十四城大厦", "协信星光广场"):
        assert places[name].sectors == ["software-info"], name


def test_a_stated_list_after_a_comma_reaches_every_place_of_the_sentence():
    # 余姚城西工业园 brief (tuning corpus): the place and its 产业定位 in one sentence.
    places = places_of(
        "根据产业定位，城西工业园重点发展电子信息、新材料、医疗器械、节能环保、IT产业等高新技术产业。"
    )
    park = places["城西工业园"]
    assert {"电子信息", "新材料", "医疗器械", "节能环保", "IT产业"} <= set(park.raw_sectors)
    assert {"gbt4754.c.39", "sei2018.3", "sei2018.4.2", "low-carbon-environment"} <= set(
        park.sectors
    )


def test_unknown_items_of_a_stated_list_are_reported_unmapped_not_dropped():
    # 修水工业园区 (tuning corpus): 「以A为首位产业，B、C为主导产业」.
    result = extraction_of(
        "近年来，修水工业园区实行“一园三区”框架布局，逐步形成以装备制造（模具）为首位产业，"
        "机械制造、绿色食品、矿产品精深加工为主导产业的产业发展格局。"
    )
    park = {p.name: p for p in result.places}["修水工业园区"]
    assert {"机械制造", "绿色食品", "矿产品精深加工"} <= set(park.raw_sectors)
    assert "gbt4754.c.34" in park.sectors  # 机械制造
    assert "矿产品精深加工" in [u["phrase"] for u in result.unmapped_sectors]
    assert "装备制造（模具）为" not in park.raw_sectors  # the role's 为 is no part of it


def test_a_list_joined_by_yiji_is_one_list_and_its_host_units_are_no_sectors():
    # 通辽 (the sixth blind batch's tuning part, read before any rule): 「以…为重点」 with
    # 以及 inside the list, after 「以科尔沁区、…为主体」 naming the units that host it.
    park = places_of(
        "以科尔沁区、通辽经济技术开发区为主体，建设以风机设备、农机、重型机械、汽车配件、"
        "肉乳和优质农产品加工以及煤炭、粮食等物流加工为重点的产业。"
    )["通辽经济技术开发区"]
    assert {"风机设备", "重型机械", "汽车配件"} <= set(park.raw_sectors)
    assert "科尔沁区" not in park.raw_sectors


def test_a_sentence_about_another_place_does_not_pass_its_sectors_on():
    places = places_of(
        "西永微电子产业园主要发展集成电路、智能终端。两江数字经济产业园聚焦数字内容、软件信息。\n"
    )
    assert "gbt4754.c.39" in places["西永微电子产业园"].sectors
    assert "sei2018.1.2.ic" not in places["两江数字经济产业园"].sectors
    assert "sei2018.1.2.ic" in places["西永微电子产业园"].sectors


def test_a_whole_district_statement_is_not_copied_onto_its_places():
    places = places_of(
        "全区重点发展电子信息、新材料和生物医药产业。建设西永综合保税区。\n", "沙坪坝区"
    )
    assert places["西永综合保税区"].sectors == []


def test_the_clauses_of_a_sentence_without_a_place_reach_the_place_it_names(corpus_docs):
    # Seed 001: 「推动寸滩港现代产业集聚发展，重点聚焦…总部经济、泛法务服务等高端商务产业，…」
    places = {p.name: p for p in extract(corpus_docs).places}
    assert {"总部经济", "泛法务服务"} <= set(places["寸滩港"].raw_sectors)


def test_words_inside_names_and_set_phrases_are_no_sectors():
    places = places_of("加快建设临港新片区东方芯港，支持拥有自主知识产权的企业入驻。\n", "浦东新区")
    assert places["临港新片区东方芯港"].sectors == []


def test_the_sector_words_of_a_neighbours_name_are_not_a_places_sectors():
    # 长沙天心区 2021 work report (tuning corpus), two of its sentences.
    places = places_of(
        "统筹推进疫情防控和经济社会发展，扎实做好“六稳”工作。数字经济呈现蓬勃发展态势。"
        "地理信息产业园、人工智能产业园、软件产业园三大数字产业平台阔步向前，",
        "天心区",
    )
    assert places["地理信息产业园"].sectors == ["software-info.aerospace-info"]
    assert places["人工智能产业园"].sectors == ["software-info.ai"]
    assert places["软件产业园"].sectors == ["software-info"]


def test_a_short_opening_sentence_titles_its_paragraph(corpus_docs):
    # Seed 002: 「数字文创产业园区。加快建设挑花厂数字文创产业园，…支持重庆数字电影产业园…」
    places = {p.name: p for p in extract(corpus_docs).places}
    assert "data-resources.digital-content" in places["重庆数字电影产业园"].sectors


def test_the_body_of_a_section_titled_by_a_park_states_the_parks_sectors():
    # 重庆市级特色工业园区 list (tuning corpus): a park per numbered section.
    result = extraction_of(
        "二十四、重庆武隆工业园\n"
        "位于武隆县，全县铝矿储量大，地理位置优越，开发条件好，投资政策优惠，交通十分便利。"
        "园区以铝业为主，主要从事氧化铝、金属铝及其深度产品和配套产品的生产。\n"
        "二十五、重庆荣昌工业园\n"
        "重庆市荣昌工业园区是经重庆市人民政府批准的首批特色工业园区。\n",
        "重庆市",
    )
    places = {p.name: p for p in result.places}
    assert sorted(places["重庆武隆工业园"].raw_sectors) == sorted(["铝业", "氧化铝", "金属铝"])
    assert places["重庆武隆工业园"].sectors == ["gbt4754.c.32"]
    # The heading's and the body's spellings are one place (重庆市荣昌工业园区).
    rongchang = next(p for p in result.places if "重庆荣昌工业园" in [p.name, *p.aliases])
    assert rongchang.sectors == []


def test_the_words_between_a_host_name_and_the_suffix_are_the_designated_sector():
    # 重庆第一批战略性新兴服务业集聚示范区 list: the zone is named on its own and designated.
    result = extraction_of(
        "一、综合服务集聚示范区\n"
        "1．渝中区解放碑中央商务区综合服务集聚示范区。解放碑中央商务区是重庆市的金融中心。\n",
        "重庆市",
    )
    places = {p.name: p for p in result.places}
    zone = next(p for name, p in places.items() if name.endswith("综合服务集聚示范区"))
    assert "综合服务" in zone.raw_sectors
    assert "综合服务" in [u["phrase"] for u in result.unmapped_sectors]


def test_list_items_keep_their_own_brackets_only():
    places = places_of(
        "建设江北区江北嘴金融服务集聚示范区（金融服务、专业服务），"
        "以装备制造（模具）为首位产业，建设修水工业园区。\n",
        "重庆市",
    )
    raw = {p for place in places.values() for p in place.raw_sectors}
    assert "专业服务" in raw and "专业服务）" not in raw
    assert "装备制造（模具）" in raw


def test_targets_name_national_sectors():
    # A plan's targets for industrial carriers: 「建成集成电路产业园5个以上」.
    from extract.targets import find_targets
    from extract.taxonomy import Taxonomy

    doc = Document(
        id="d",
        source="test",
        title="方案",
        text="到2025年，建成集成电路产业园5个以上，打造汽车及零部件产业园区4个。",
    )
    found = [(t.sector, t.kind, t.count, t.year) for t in find_targets(doc, Taxonomy.load())]
    assert found == [("sei2018.1.2.ic", "park", 5, 2025), ("gbt4754.c.36", "park", 4, 2025)]


def test_a_clause_naming_two_places_gives_its_sectors_to_both():
    places = places_of(
        "加快建设张江科学城和漕河泾开发区，主导产业为集成电路、人工智能。\n", "上海市"
    )
    for name in ("张江科学城", "漕河泾开发区"):
        assert {"sei2018.1.2.ic", "software-info.ai"} <= set(places[name].sectors), name


def test_a_list_formed_before_its_count_of_leading_industries_is_stated_whole():
    # 承德高新区's profile and 小白楼's (read as simplified): 「已形成A、B…五大主导产业」.
    places = places_of(
        "承德高新区是省级高新技术产业开发区。经过十几年的建设与发展，已形成绿色饮料食品制造、"
        "智能化仪器仪表、汽车零部件、装备制造五大主导产业。"
    )
    raw = places["承德高新区"].raw_sectors
    assert {"绿色饮料食品制造", "智能化仪器仪表", "汽车零部件", "装备制造"} <= set(raw)
    assert "食品制造" in raw  # the sector inside a whole phrase is kept for its mapping
    places = places_of(
        "小白楼商务中心区入驻企业1000多家，形成了金融、物流、中介服务等几大支柱产业。"
    )
    assert {"金融", "物流", "中介服务"} <= set(places["小白楼商务中心区"].raw_sectors)


def test_a_list_formed_with_no_count_before_its_kind_of_industry_is_stated_whole():
    # 莆田's 城厢区 article, its sentence said of a park: 「形成了A、B等特色产业」 states
    # its list as plainly as 「形成了A、B五大特色产业」; the pattern once required the count.
    places = places_of("华林经济开发区以民营经济为支柱，形成了鞋服制造、金银珠宝等特色产业。")
    assert {"鞋服制造", "金银珠宝"} <= set(places["华林经济开发区"].raw_sectors)


def test_a_list_a_place_is_built_around_as_its_core_is_its_sector_list():
    # 拉萨's 智昭产业园区 (eval5 tuning): 「形成以A、B、C为核心的产业集群」, like 为主导.
    places = places_of(
        "近年来，拉萨市城关区通过招商引资推动智昭产业园区建设取得显著成效，"
        "形成以现代农牧业、物流服务、生态文旅为核心的产业集群。"
    )
    assert {"现代农牧业", "物流服务", "生态文旅"} <= set(places["智昭产业园区"].raw_sectors)


def test_the_industry_a_core_or_main_product_heads_is_stated_as_written():
    # 綦江's park profile (the fifth batch's tuning part): 「以A为主的B产业」 states B, as
    # 「以A为龙头的B产业」 does.
    places = places_of(
        "重庆綦江工业园区由北渡产业园和桥河产业园组成，主要发展以铝铜为主的新型材料产业，"
        "以齿轮为核心的汽摩整车及零部件产业，以绿色节能建材为主的建筑材料产业。"
    )
    raw = set(places["重庆綦江工业园区"].raw_sectors)
    assert {"新型材料产业", "汽摩整车及零部件产业", "建筑材料产业"} <= raw


def test_a_list_closed_by_its_count_without_deng_is_a_sector_list():
    # 唐河's zone profile (the ninth batch's tuning part): 「…5大优势行业」 closes the list
    # as 「…等五大优势行业」 would.
    places = places_of(
        "唐河县先进制造业开发区,于2023年正式设立。开发区以装备制造为主导，传感器、锂电池、"
        "灯具照明、精密制造、食品加工5大优势行业已初具规模。"
    )
    raw = set(places["唐河县先进制造业开发区"].raw_sectors)
    assert {"传感器", "锂电池", "灯具照明", "精密制造", "食品加工"} <= raw


def test_a_county_given_industries_of_its_own_is_a_place_of_kind_district():
    # 十堰's work report: each county is the carrier of the industries it is to grow.
    places = places_of(
        "支持郧阳区发展壮大新型电池、硅材料等产业；支持房县发展壮大循环经济、酿酒发酵等产业；"
        "推动全市发展壮大汽车产业。",
        jurisdiction="十堰市",
    )
    assert set(places) == {"郧阳区", "房县"}
    assert places["房县"].kind == "district" and places["房县"].district == "房县"
    assert {"循环经济", "酿酒发酵"} <= set(places["房县"].raw_sectors)
    assert "循环经济" not in places["郧阳区"].raw_sectors


def test_counties_a_clause_joins_share_the_industries_it_gives_them():
    # 通辽 (the sixth blind batch's tuning part, read before any rule): 「在A和B重点发展…」.
    places = places_of(
        "北部地区重点打造煤电铝产业园区。在霍林郭勒市和扎鲁特旗重点发展煤电铝及铝后加工、"
        "煤电硅、煤化工产业。在全市重点发展电子信息产业。",
        jurisdiction="通辽市",
    )
    for county in ("霍林郭勒市", "扎鲁特旗"):
        assert places[county].kind == "district" and places[county].district == county
        assert {"煤电硅", "煤化工"} <= set(places[county].raw_sectors)
    assert "全市" not in places


def test_what_a_place_builds_is_a_sector_list_when_its_close_counts_industries():
    # 瑞丽 (the sixth blind batch's tuning part): 「重点打造…四大主导产业集群」; a built
    # zone or brand (「重点打造…示范区」) is no list.
    places = places_of(
        "记者从瑞丽沿边产业园区了解到，该园区正重点打造纺织服装、通信电子、装备制造、"
        "进口商品落地加工四大主导产业集群。河口沿边产业园区重点打造口岸经济示范区。"
    )
    assert {"通信电子", "进口商品落地加工"} <= set(places["瑞丽沿边产业园区"].raw_sectors)
    assert not {"口岸经济示范区", "口岸经济"} & set(places["河口沿边产业园区"].raw_sectors)


def test_the_companies_a_place_holds_are_not_its_sectors():
    places = places_of(
        "武汉经济技术开发区重点发展汽车及零部件、电子电器，拥有东风汽车集团、神龙汽车有限公司等知名企业。"
    )
    raw = places["武汉经济技术开发区"].raw_sectors
    assert {"汽车及零部件", "电子电器"} <= set(raw) and "东风汽车集团" not in raw


def test_the_frames_that_state_a_places_industries_give_their_items_as_written():
    # 万州经开区's five parks, 德阳's two zones (什邡, 绵竹), 新疆's new parks.
    places = places_of(
        "天子园3.78平方公里，重点发展汽车制造、LED照明产业。五桥园9.69平方公里，"
        "重点发展电子信息产业，培育临空临港加工贸易产业。\n"
        "什邡经济开发区形成以食品饮料传统产业为基础、新型储能(含动力电池)战略性新兴产业为支撑的"
        "产业格局。\n"
        "绵竹经济开发区已形成食品饮料、精细化工、装备制造三大传统产业及生物医药、锂电新材料"
        "两大新兴产业。\n"
        "阿瓦提工业园区围绕纺织服装、绿色果蔬、棉纺产业发展。"
    )
    raw = {name: set(place.raw_sectors) for name, place in places.items()}
    assert {"汽车制造", "LED照明产业"} <= raw["天子园"]
    assert "临空临港加工贸易产业" in raw["五桥园"]
    assert {"食品饮料", "新型储能（含动力电池）"} <= raw["什邡经济开发区"]  # brackets as read
    assert {"食品饮料", "装备制造", "生物医药", "锂电新材料"} <= raw["绵竹经济开发区"]
    assert {"纺织服装", "绿色果蔬", "棉纺产业"} <= raw["阿瓦提工业园区"]


def test_an_item_of_a_stated_list_joined_by_ji_is_kept_as_written_beside_its_parts():
    # 张掖 (fourth batch) and 通辽 (sixth), tuning parts: 及 joins one line of industry; 和
    # before the last item closes the list and joins nothing.
    places = places_of(
        "张掖经济技术开发区重点发展新能源及装备制造业、农产品精深加工产业。"
        "霍林郭勒工业园区重点发展煤电铝及铝后加工、新型建材和生物医药。"
    )
    zhangye = set(places["张掖经济技术开发区"].raw_sectors)
    assert {"新能源及装备制造业", "新能源", "装备制造业"} <= zhangye
    huolin = set(places["霍林郭勒工业园区"].raw_sectors)
    assert {"煤电铝及铝后加工", "新型建材", "生物医药"} <= huolin
    assert "新型建材和生物医药" not in huolin


def test_a_carrier_found_in_a_list_takes_the_sectors_of_the_sentences_that_name_it_again():
    # 万州经开区's 「一区五园」: 新田园 has no suffix the finder trusts (田园 is a word); the
    # list names it, the later sentence gives its industries.
    places = places_of(
        "按照高峰园、天子园、五桥园、九龙园、新田园的总体布局，大力推进开发建设。"
        "新田园7.51平方公里，重点发展煤电、建材、港口物流业。"
    )
    assert {"煤电", "建材"} <= set(places["新田园"].raw_sectors)
    assert len(places["新田园"].mentions) == 2


def test_a_zone_a_title_names_takes_the_sectors_of_the_sentences_that_name_it_again():
    # 「青海高新技术产业开发区」 over its encyclopedia entry (fifth batch, tuning part),
    # written anew: in a sentence a province's 高新技术产业开发区 could be a kind of zone,
    # but the title says this one is a carrier.
    places = places_of(
        "宁夏高新技术产业开发区\n\n"
        "宁夏高新技术产业开发区位于石嘴山市，2013年经国务院批准设立，"
        "其主导产业为新材料、装备制造和清洁能源。\n"
    )
    zone = places["宁夏高新技术产业开发区"]
    assert {"新材料", "装备制造", "清洁能源"} <= set(zone.raw_sectors)
    assert len(zone.mentions) == 2


def test_the_industry_a_name_gives_between_its_unit_and_its_park_is_a_sector_phrase():
    # 海南's 三亚创意产业园: 创意 is no sector of the taxonomy, and still the park's industry.
    places = places_of("建设三亚创意产业园和良景产业园，打造特色产业园。")
    assert "创意" in places["三亚创意产业园"].raw_sectors
    assert places["良景产业园"].raw_sectors == []  # no unit: 良景 may be a proper name


def test_a_sentence_opening_with_this_park_gives_its_sectors_to_the_park_it_means():
    places = places_of(
        "我市将加快建设临港产业园，推动滨江新区和高铁新城协同发展。"
        "该产业园规划面积10平方公里，重点引进新能源汽车、光伏等产业。"
    )
    assert {"新能源汽车", "光伏"} <= set(places["临港产业园"].raw_sectors)
    assert not {"新能源汽车", "光伏"} & set(places["高铁新城"].raw_sectors)


def test_a_table_takes_its_sectors_from_the_main_industry_column_not_the_level_column():
    # 长沙 development-zones table (third batch, tuning part): 类型 holds 省级, 主导产业 the
    # sectors, known to the taxonomy or not.
    result = extraction_of(
        "| 序号 | 经济开发区名称 | 类型 | 成立时间 | 所属区域 | 主导产业 |\n"
        "| 3 | 长沙市雨花经开区 | 省级 | 2006年 | 雨花区 | 商贸物流、智能制造、现代服务 |\n"
        "| 5 | 长沙市浏阳经开区 | 省级 | 2006年 | 浏阳市 | 电子信息、生物医药、轻工制造 |\n"
    )
    places = {p.name: p for p in result.places}
    assert set(places["长沙市雨花经开区"].raw_sectors) >= {"商贸物流", "智能制造", "现代服务"}
    assert set(places["长沙市浏阳经开区"].raw_sectors) >= {"电子信息", "生物医药", "轻工制造"}
    assert not any("省级" in p.raw_sectors for p in places.values())
    assert "logistics" in places["长沙市雨花经开区"].sectors  # 商贸物流
    assert "轻工制造" in [u["phrase"] for u in result.unmapped_sectors]


def test_a_later_sentence_opening_with_the_zone_word_states_the_sectors_of_the_zone():
    # 阜阳颍州经济开发区 profile (third batch, tuning part): named once, described under a
    # later heading whose sentences open with 「开发区」.
    places = places_of(
        "安徽省人民政府批复同意安徽阜阳颍州经济开发区调区，为开发区进一步发展提供了空间保障。\n"
        "2.2产业布局\n"
        "开发区以产城融合发展为目标，积极引进和培育新兴产业，"
        "形成了以食品医药、智能家电、新材料等为主的产业集群。\n"
    )
    zone = places["安徽阜阳颍州经济开发区"]
    assert {"食品医药", "智能家电", "新材料"} <= set(zone.raw_sectors)


def test_a_zone_word_sentence_after_two_zones_describes_the_nearer_one_only():
    places = places_of(
        "建设临港产业园，推动滨江新区和高铁新城协同发展。\n该产业园重点发展新能源汽车、汽车零部件。\n"
    )
    assert "新能源汽车" in places["临港产业园"].raw_sectors
    assert "新能源汽车" not in places["高铁新城"].raw_sectors


def test_a_list_closed_by_its_fields_keeps_every_item_known_or_not():
    # 泰和县工业园 (third batch, tuning part): 「…等多个领域」 closes a list of sectors.
    places = places_of(
        "泰和县工业园的发展，是当地政府大力招商引资成果的直观体现。目前，园区内已有超过60家"
        "各类企业完成建设并投入生产。这些企业涵盖了电子信息、智能制造、生物医药、新材料、"
        "绿色食品深加工等多个领域，初步形成了具有地方特色的产业集群。\n"
    )
    assert {"电子信息", "智能制造", "生物医药", "新材料", "绿色食品深加工"} <= set(
        places["泰和县工业园"].raw_sectors
    )


def test_an_item_whose_parts_share_a_head_stays_one_phrase():
    # 浏阳市社港正骨医药小镇 (third batch, tuning part): 「中成药生产及加工」 is one phrase.
    raw = raw_sectors_of(
        "浏阳市社港正骨医药小镇",
        "浏阳市社港正骨医药小镇：依托中医正骨优势产业，集聚发展带动了中医药材种植、"
        "中成药生产及加工、医疗器械制造等相关产业。\n",
    )
    assert {"中医药材种植", "中成药生产及加工", "医疗器械制造"} <= raw
    assert "加工" not in raw


def test_an_industrial_chain_of_sectors_is_a_sector_phrase_as_written():
    # 芦淞区白关服饰小镇 (third batch, tuning part).
    places = places_of(
        "芦淞区白关服饰小镇：已形成了较为完善的纺织服饰产业链，已成为区域服饰生产重要集中地。\n"
    )
    assert "纺织服饰产业链" in places["白关服饰小镇"].raw_sectors  # 芦淞区 is its district


def test_activities_closing_on_an_industry_ecosystem_are_no_sector_list():
    # Seed 渝府发〔2024〕18号: 研发、生产、测试、认证 are stages of the 信创 chain.
    places = places_of(
        "建设信创产业园，优化完善信息技术应用创新研发、生产、测试、认证等产业生态。\n"
    )
    raw = places["信创产业园"].raw_sectors
    assert not {"生产", "测试", "认证"} & set(raw)


def test_a_town_named_by_its_trade_takes_the_trade_between_its_places_and_its_kind():
    # 湖南 provincial featured industrial towns (third batch, tuning part) and the 蠡县 work
    # report (second batch, tuning part).
    places = places_of(
        "2020年新增益阳市沅江市船舶制造小镇、常德市临澧县新安钙质新材料小镇2个省级特色工业小镇。"
        "绒毛小镇一期如期竣工，成功引进商户100余户。\n"
    )
    assert "钙质新材料" in places["常德市临澧县新安钙质新材料小镇"].raw_sectors
    assert "船舶制造" in places["益阳市沅江市船舶制造小镇"].raw_sectors
    assert "绒毛" in places["绒毛小镇"].raw_sectors


def test_a_featured_carrier_takes_the_words_before_tese_as_its_trade():
    # Featured towns of a 山东 list (fifth batch, tuning part) and a featured park (sixth):
    # 「特色」 closes the trade; a brand or a village's name before a known sector is left.
    places = places_of(
        "省政府公布特色小镇清单：动车特色小镇、岜山中医药康养特色小镇、高青黑牛特色小镇、"
        "永川汽摩装备特色产业园、湖滨旅游商贸特色街区。\n"
    )
    assert "动车" in places["动车特色小镇"].raw_sectors
    assert "中医药康养" in places["岜山中医药康养特色小镇"].raw_sectors
    assert "黑牛" in places["高青黑牛特色小镇"].raw_sectors
    assert "汽摩装备" in places["永川汽摩装备特色产业园"].raw_sectors
    assert "汽摩装备特色" not in places["永川汽摩装备特色产业园"].raw_sectors
    assert "旅游商贸" in places["湖滨旅游商贸特色街区"].raw_sectors


def test_a_trade_inside_a_longer_sector_of_the_name_is_not_taken_alone():
    places = places_of("加快建设重庆汽车软件园。\n")
    raw = places["重庆汽车软件园"].raw_sectors
    assert "汽车软件" in raw and "汽车" not in raw


def test_a_title_glued_to_a_name_gives_the_place_its_trade():
    # 河北 featured-industry list (third batch, tuning part) and 广东 cluster-upgrading list
    # (first batch, tuning part), where titles follow the names with no stop.
    places = places_of(
        "3.衡水高新技术产业开发区——河北省工程设施装备产业名区\n"
        "湛江市廉江九洲开发区小家电产业集群升级示范区潮州市陶瓷产业集群升级示范区\n"
    )
    assert "工程设施装备产业" in places["衡水高新技术产业开发区"].raw_sectors
    assert "gbt4754.c.38" in places["湛江市廉江九洲开发区"].sectors  # 小家电


def test_a_title_without_a_trade_gives_nothing():
    places = places_of("1.河北辛集经济开发区——河北省示范名区\n")
    assert places["河北辛集经济开发区"].raw_sectors == []


def test_the_base_a_place_is_made_names_its_trade():
    # 新疆 new regional parks (second batch, tuning part).
    raw = raw_sectors_of(
        "独山子工业园区",
        "独山子工业园区坚持打造国家新型石油化工产业基地及国家战略能源储备区，"
        "是北疆集高新技术、装备制造于一体的现代绿色低碳示范区。\n",
    )
    assert {"新型石油化工", "高新技术", "装备制造"} <= raw


def test_a_line_stating_main_industries_without_a_subject_is_about_the_zone_just_named():
    text = "鹿泉经济开发区位于鹿泉区，是省级开发区。\n主导产业为电子信息、钙制品精深加工。\n"
    assert {"电子信息", "钙制品精深加工"} <= raw_sectors_of("鹿泉经济开发区", text)


def test_a_line_stating_main_industries_after_two_zones_is_about_neither():
    places = places_of(
        "全区共有鹿泉经济开发区、石家庄高新区两个园区。\n主导产业为电子信息、钙制品精深加工。\n"
    )
    assert places["鹿泉经济开发区"].raw_sectors == []
    assert places["石家庄高新区"].raw_sectors == []


def test_a_bracket_after_each_name_of_a_list_gives_its_sectors_to_that_name_only():
    places = places_of(
        "重点建设鹿泉经济开发区（电子信息、钙制品精深加工）、石家庄高新区（生物医药）。\n"
    )
    assert set(places["鹿泉经济开发区"].raw_sectors) == {"电子信息", "钙制品精深加工"}
    assert set(places["石家庄高新区"].raw_sectors) == {"生物医药"}


def test_a_name_and_colon_line_gives_the_name_the_list_after_the_colon():
    places = places_of(
        "鹿泉经济开发区：电子信息、钙制品精深加工\n石家庄高新区：生物医药、医疗器械\n"
    )
    assert set(places["鹿泉经济开发区"].raw_sectors) == {"电子信息", "钙制品精深加工"}
    assert set(places["石家庄高新区"].raw_sectors) == {"生物医药", "医疗器械"}


def test_a_kind_of_zone_inside_a_name_gives_the_place_no_sector():
    # 河南 chemical parks, second batch (first blind batch, tuning part).
    text = (
        "河南省拟通过认定化工园区公示名单包括：叶县先进制造业开发区化工园区，许昌精细化工园区。\n"
    )
    assert "先进制造" not in raw_sectors_of("叶县先进制造业开发区化工园区", text)


def test_the_industry_a_park_is_named_for_is_its_sector_though_the_taxonomy_lacks_it():
    # 遵义 汇川区 news (fourth batch, tuning): 「军民融合产业园」 is a park of that industry.
    result = extraction_of("该区整体推进了高坪工业园、军民融合产业园、田沟产业园“三大工业园区”。")
    places = {p.name: p for p in result.places}
    assert "军民融合" in places["军民融合产业园"].raw_sectors
    assert "军民融合" in {u["phrase"] for u in result.unmapped_sectors}
    # Two unknown characters there are a place's name (田沟), no industry.
    assert places["田沟产业园"].raw_sectors == []


def test_a_park_named_for_a_place_or_with_a_clause_glued_on_gets_no_industry_of_its_name():
    places = places_of(
        "推进大田湾文体产业园建设。规划范围包括笏石工业园（含佳通产业园）等。"
        "南京江宁滨江经济开发区新一代信息通信产业园开工。"
    )
    assert places["大田湾文体产业园"].raw_sectors == []
    assert all("含" not in s for p in places.values() for s in p.raw_sectors)
    # After the zone that holds it, the words before 产业园 are the park's industry.
    assert "新一代信息通信" in places["南京江宁滨江经济开发区新一代信息通信产业园"].raw_sectors


def test_a_zone_called_this_district_keeps_the_sectors_of_its_profile_past_the_parks_it_holds():
    # 遵义国家经济技术开发区 (fourth batch, tuning): 「该区」 sentences after the parks.
    places = places_of(
        "作为国家级开放创新平台，遵义国家经济技术开发区（汇川区）坚持生态优先。\n"
        "该区聚焦“三区”目标，全力构建五大工业园区。\n"
        "该区整体推进了高坪工业园、外高桥工业园“两大工业园区”。"
        "外高桥工业园成功创建“贵州省高低压电器知名品牌示范区”。\n"
        "该区着力培育高新技术、高端装备制造、大数据智能终端、特色轻工业和现代服务业“五大主导产业”。\n"
    )
    zone = set(places["遵义国家经济技术开发区"].raw_sectors)
    assert {"高端装备制造", "大数据智能终端", "特色轻工业", "现代服务业"} <= zone
    assert not any("五大" in s for s in zone)
    assert "高端装备制造" not in places["外高桥工业园"].raw_sectors


def test_an_entry_gives_its_paragraph_to_the_carrier_it_opens_with_not_to_its_parts():
    # 张掖's parks (fourth batch, tuning): 「名称：…」 entries, their parts named inside.
    text = (
        "张掖经济技术开发区：2013年3月升级为国家级经济技术开发区，生态科技产业园、"
        "循环经济示范园、智能制造产业园“一区多园”。形成以正大集团、奥林贝尔等企业为龙头的"
        "农副产品加工产业；以河西制药、大弓农化等企业为龙头的生物制药化工产业。\n"
        "民乐工业园区：2006年省政府批准为省级开发区，分为农副产品加工产业园、化工产业园、"
        "现代物流产业园。园区形成了农副产品加工、装备制造产业、化工产业、建材产业等 4 大主导产业。\n"
    )
    places = places_of(text)
    assert {"农副产品加工产业", "生物制药化工产业"} <= set(places["张掖经济技术开发区"].raw_sectors)
    assert places["生态科技产业园"].raw_sectors == ["生态科技"]
    assert {"装备制造产业", "建材产业"} <= set(places["民乐工业园区"].raw_sectors)
    assert places["农副产品加工产业园"].raw_sectors == ["农副产品加工"]


def test_the_chain_its_representative_firms_stand_for_is_the_sector_of_the_parks_named():
    # 乌鲁木齐's industrial chains (fourth batch, tuning).
    places = places_of(
        "在化工产业方面，在米东区化工工业园、甘泉堡经开区形成了乌石化、国能新疆化工、兖矿等"
        "为代表的能源化工产业链，推动产业转型升级发展。"
    )
    for name in ("米东区化工工业园", "甘泉堡经开区"):
        assert "能源化工产业链" in places[name].raw_sectors, name


def test_this_district_means_the_zone_a_new_sentence_has_made_its_subject():
    # Two zones' profiles in one text: each 「该区」 is about the zone its paragraph opens with.
    places = places_of(
        "甲乙经济技术开发区位于城东。\n该区着力培育汽车制造、电子信息“两大主导产业”。\n"
        "丙丁高新技术产业开发区位于城西。\n该区着力培育生物医药、新材料“两大主导产业”。\n"
    )
    assert {"汽车制造", "电子信息"} <= set(places["甲乙经济技术开发区"].raw_sectors)
    assert "生物医药" not in places["甲乙经济技术开发区"].raw_sectors
    assert {"生物医药", "新材料"} <= set(places["丙丁高新技术产业开发区"].raw_sectors)


def test_an_entry_named_as_a_sentence_of_its_own_gets_its_paragraph_and_its_parts_their_own():
    # 呼和浩特's layout (fourth batch, tuning): each zone's name is a sentence heading its
    # paragraph, whose blocks and parks are the zone's.
    text = (
        "调整后进一步明确工业园区主导产业。\n"
        "呼和浩特经济技术开发区 。 如意区块重点发展总部经济产业、生物医药产业;沙尔沁区块重点"
        "发展生物科技产业、装备制造产业 , 配套发展光伏材料、食品包装等产业 , 建设以生物疫苗"
        "为代表的生物科技产业园和以智能家电为代表的智能装备产业园 。\n"
        "呼和浩特金山高新技术产业开发区 。 重点发展新材料产业、创新型产业 。\n"
    )
    places = places_of(text)
    zone = set(places["呼和浩特经济技术开发区"].raw_sectors)
    assert {"总部经济产业", "生物医药产业", "装备制造产业", "光伏材料", "食品包装"} <= zone
    assert "新材料产业" not in zone
    assert "总部经济产业" not in places["智能装备产业园"].raw_sectors


def test_a_decision_of_the_city_names_no_zone_and_the_zone_it_meant_gets_its_profile():
    # 许昌's profile (fourth batch, tuning): 「市委、市政府决定开发区代管…」 is about the zone
    # named before, and so is the sentence that opens with 「开发区」.
    text = (
        "许昌经济开发区原名“许昌市高新技术工业园区”,1994年10月挂牌成立。2007年4月,市委、"
        "市政府决定开发区代管许昌县长村张乡。开发区现有企业259家,先后培育出了机电装备、"
        "发制品、烟草配套、生物制药等支柱产业。"
    )
    places = places_of(text)
    assert not [name for name in places if "决定" in name]
    assert {"机电装备", "发制品", "烟草配套", "生物制药"} <= set(
        places["许昌经济开发区"].raw_sectors
    )


def test_a_list_item_keeps_no_bracket_that_held_a_parks_name():
    # 綦江's park (fifth batch, tuning): 「由铝铜加工(北渡产业园)、装备制造(桥河产业园)…组成」.
    text = "重庆綦江工业园区由铝铜加工(北渡产业园)、装备制造(桥河产业园)和煤电化工产业园组成。"
    phrases = places_of(text)["北渡产业园"].raw_sectors
    assert "铝铜加工" in phrases and "装备制造" in phrases
    assert not any("（" in p or "(" in p for p in phrases)


def test_a_line_saying_what_is_developed_under_a_heading_naming_a_carrier_is_about_it():
    # 大连's catalogue and 陕西's profiles (fifth batch, tuning): a heading names the zone
    # alone, the lines below say what it develops without a subject.
    text = (
        "大连开发区地处辽东半岛东南端。\n"  # so the heading's name holds another carrier's
        "2.2大连开发区核心产业区\n重点发展石化、集成电路及配套、汽车零部件等三大产业集群。\n"
        "扶风经开区\n批准面积1223.34公顷,由三个地块组成。\n主导产业:汽车零部件、农副食品加工和生物医药\n"
    )
    places = places_of(text)
    assert {"石化", "汽车零部件"} <= set(places["大连开发区核心产业区"].raw_sectors)
    assert {"汽车零部件", "生物医药"} <= set(places["扶风经开区"].raw_sectors)
    # A paragraph that names a carrier in passing is no heading.
    zone = places_of("我市依托重庆经开区加快发展。\n重点发展石化、汽车零部件。\n")["重庆经开区"]
    assert zone.raw_sectors == []


def test_the_trade_of_the_firms_a_building_draws_in_is_its_sector_as_written():
    # 「如天津中心、津塔、泰达MSD-C等楼宇，积极引进雷格斯、德高等高端商务办公服务企业」 (a
    # 天津 building-economy article, eleventh batch, tuning part), written anew; firms named
    # for their fame give no trade.
    text = "如国贸大厦、环球中心等楼宇，积极引进甲乙、丙丁等高端商务咨询服务企业。"
    assert "高端商务咨询服务" in raw_sectors_of("国贸大厦", text)
    famous = "依托东方大厦、西部中心等楼宇，引进了甲乙、丙丁等知名企业。"
    assert not places_of(famous)["东方大厦"].raw_sectors
