"""The unit a document is about when no issuer, titled unit or 文号 says it: its dateline,
or the unit it names far more than any other (``extract.documents.text_unit``), and the
places that get it."""

from __future__ import annotations

from pathlib import Path

from extract import extract
from extract.documents import read_metadata, text_unit
from extract.ingest import read_file
from extract.taxonomy import Taxonomy

TESTS = Path(__file__).parent
EVAL3 = TESTS / "eval3" / "tuning" / "docs"


def test_a_news_items_outlet_gives_its_city():
    text = (
        "津楼宇经济保持健康发展:上半年实现税收267亿\n\n2014年08月02日09:20    来源:天津北方网\n"
        "  天津北方网讯:今年以来,本市亿元楼宇经济继续保持健康发展态势。"
    )
    assert read_metadata(text).jurisdiction == "天津市"


def test_a_newspaper_named_like_a_county_gives_no_unit():
    # 光明 is 深圳's 光明区 in short; 光明日报 is a national paper.
    assert text_unit("", "光明日报讯:长江经济带国家级转型升级示范开发区名单公布。") == ""


def test_an_agencys_dateline_gives_no_unit():
    # Filed in Beijing, about parks across the country.
    text = "新华社北京1月12日电 国家发展改革委公布长江经济带国家级转型升级示范开发区名单。"
    assert text_unit("", text) == ""


def test_a_county_a_text_names_in_full_and_in_short_is_its_unit():
    text = (
        "近日,湖南省产业园区建设领导小组发布了《湖南省产业园区主导产业指导目录》。"
        "其中,华容工业集中区主导产业有两项。近年来,华容县坚持走新型工业化道路,"
        "华容工业集中区现已集聚了纺织企业十余家,“华容纱线”正在申报中国证明商标。"
        "后段,华容县将积极推动瑞华织布落户,岳阳市生物医药产业基地和华容县医用辅料基地。"
    )
    assert text_unit("", text) == "华容县"


def test_a_provincial_list_of_many_counties_gives_no_unit():
    text = (
        "河北省确定了2018年河北省特色产业名县名镇中小企业示范产业集群:石家庄市鹿泉区、"
        "沧州市河间市、邢台市南和县、邢台市广宗县、邢台市沙河市、邢台市临城县、唐山市遵化市、"
        "沧州市孟村回族自治县、衡水市冀州区、邢台市任县、邢台市清河县。"
    )
    assert text_unit("", text) == ""


def test_a_city_guide_naming_many_of_its_districts_gives_the_city_not_one_district():
    # Short names of districts (嘉定, 松江) count against 浦东新区 although 上海 holds them.
    text = (
        "上海产业园区区域解析。上海市的产业园区遍布浦东新区、嘉定、松江、宝山、闵行、青浦、"
        "徐汇、金山、杨浦。浦东新区以张江为核心,浦东的生物医药领先;嘉定汽车城、松江G60、"
        "宝山机器人、闵行紫竹各有所长,上海的园区各具特色。"
    )
    assert text_unit("", text) == "上海市"


def test_a_text_naming_several_counties_of_one_city_in_short_is_about_that_city():
    text = (
        "今年,哈市将以园区为载体加快形成产业集聚。县域园区将进一步加强平台建设,"
        "推进巴彦、通河、延寿工业园区晋升省级开发区,推进双城开发区晋升国家级开发区。"
        "推进巴彦皮草等专业化园区建设,培育五常牛家开发区、尚志开发区向省级示范基地发展。"
    )
    assert text_unit("", text) == "哈尔滨市"


def test_a_provincial_list_naming_three_counties_of_one_city_gives_no_unit():
    text = (
        "新年伊始,浙江省经济开发区大家庭迎来7名新成员,根据《浙江省人民政府办公厅关于整合设立"
        "浙江文成等经济开发区的复函》,整合设立浙江文成经济开发区、浙江泰顺经济开发区、浙江上虞"
        "曹娥江经济开发区、浙江椒江经济开发区、浙江庆元经济开发区、浙江遂昌经济开发区、"
        "浙江松阳经济开发区,实行省级经济开发区政策。"
    )
    assert text_unit("再添新成员!浙江整合设立7家经济开发区", text) == ""


def test_a_counties_short_name_that_is_a_common_word_counts_for_nothing():
    # 合作 is 合作市 of Gansu in short, and a word first.
    text = (
        "从重庆搬迁至南浔区南浔镇小微园,赢洲通迅速与杭州等地的通信运营商达成合作。"
        "在南浔镇,小微企业这个群体不可小觑。近年来,南浔镇投资2.4亿元建设小微园区。"
        "作为湖州市木业地暖地板外贸出口型龙头骨干企业,园区内的企业今年发展成绩有目共睹。"
    )
    assert text_unit("小微园集聚发展新动能", text) == "南浔区"


def test_a_title_naming_a_county_wins_over_the_city_its_text_names_more():
    text = "城西工业园是宁波市级工业园区,地处宁波大市区西侧,距宁波栎社国际机场30公里。"
    assert text_unit("宁波余姚城西工业园简介", text) == "余姚市"


def test_a_title_naming_a_zone_and_no_unit_gives_way_to_the_unit_the_text_names():
    text = (
        "重庆万州经开区打造五大特色产业园区\n"
        "万州经开区按照“一区多园”布局,万州区将集中力量建设五大园区,万州的产业链日益完善。"
    )
    assert read_metadata(text).jurisdiction == "万州区"


def test_a_part_of_a_town_named_like_a_district_gives_no_unit():
    # 城西区 is 西宁's as well, but here the west of an unnamed town.
    text = "推进老城区、城西区棚户区改造,城西区新建安置房1200套,城西区道路全面提升。"
    assert text_unit("", text) == ""


def test_a_name_of_namesakes_counts_for_the_one_under_a_city_the_text_names():
    # 昌邑 is 潍坊's 昌邑市 and 吉林市's 昌邑区.
    text = (
        "我市在潍坊滨海经济技术开发区举行昌邑(滨海)特色产业园项目集中开工仪式,潍坊市政府副市长"
        "出席。昌邑(滨海)特色产业园内一派繁忙景象。昌邑市委副书记、市长吕珊珊致辞,"
        "昌邑将以特色产业园为载体。"
    )
    assert text_unit("", text) == "昌邑市"


def test_buildings_of_a_news_item_from_tianjin_get_tianjin():
    docs = read_file(EVAL3 / "tianjin_yiyuan_buildings_h1_2014.txt")
    places = {p.name: p for p in extract(docs, Taxonomy.load()).places}
    assert places["融盛大楼"].district == "天津市"
    assert places["天信大厦"].district == "天津市"


def test_national_and_provincial_lists_give_their_places_no_common_unit():
    # A national list of 30-odd zones, a provincial list of 11 counties (traditional
    # script), a provincial list of seven parks (three of 丽水): the documents have no
    # unit, so no place takes one that its own text does not give.
    for path in (
        TESTS / "eval" / "tuning" / "docs" / "yangtze_belt_transformation_demo_dev_zones_2016.txt",
        EVAL3 / "hebei_featured_industry_counties_towns_2018.txt",
        EVAL3 / "zhejiang_seven_provincial_dev_zones_2022.txt",
    ):
        docs = read_file(path)
        assert [d.jurisdiction for d in docs] == [""] * len(docs), path.name
        places = extract(docs, Taxonomy.load()).places
        assert places, path.name
        assert not [p.name for p in places if p.district_inferred], path.name


def test_a_zone_named_like_a_county_of_another_province_is_not_placed_there(tmp_path: Path):
    # 西宁's 南川工业园 (fifth batch, tuning, in traditional characters): 南川 is 重庆's
    # 南川区 nationally, but a 青海 text's zone is in 青海.
    path = tmp_path / "nanchuan.txt"
    path.write_text(
        "青海省西宁市:西寧經濟技術開發區南川工業園緊抓發展機遇。今年,南川工業園將整治創業路。",
        encoding="utf-8",
    )
    nanchuan = [p for p in extract(read_file(path)).places if "南川" in p.name]
    assert nanchuan and {p.district for p in nanchuan} == {"西宁市"}


def test_a_work_report_is_about_the_unit_whose_congress_it_was_given_at():
    # 建平县's 2018 report (fifth batch, tuning): its title names no unit, its text says 全县.
    text = (
        "政府工作报告\n——2018年12月22日在建平县第十八届人民代表大会第二次会议上\n县长王文佳\n"
        "各位代表:\n现在,我代表县人民政府向大会报告工作。全县经济社会实现持续健康发展。"
    )
    assert read_metadata(text).jurisdiction == "建平县"


def test_a_work_reports_congress_broken_over_two_lines_still_names_its_unit():
    # 甘州区's 2026 report (eleventh batch, tuning): the dateline breaks after 届, and the
    # chain names the city before the district.
    text = (
        "政 府 工 作 报 告\n——2026年1月27日在张掖市甘州区第十九届\n人民代表大会第五次会议上\n"
        "甘州区人民政府代理区长 张勇\n各位代表:\n现在,我代表区人民政府,向大会报告工作。"
    )
    assert read_metadata(text).jurisdiction == "甘州区"
