TEXT = """蓼泉镇介绍
蓼泉镇
一、概况 蓼泉镇地处临泽县城西北25公里处,东与鸭暖乡毗邻,西与高台县巷道乡接壤,北依黑河与平川镇隔河相望,是原县城所在地,有“抚彝故地”美称,也是红西路军浴血奋战的地方,历史文化悠久,是古丝绸之路的历史重镇。地理位置优越,交通便利,赵前路、临平路、蓼巷路贯通全镇,黑河穿境而过,光、热、水、土资源丰富。全镇现辖13个行政村,110个合作社,4646户,17706人,耕地面积36389亩。2005年农村经济总收入15211万元,完成财政收入292万元,农民人均纯收入达到3850元。 二、特色产业 全镇已形成了以草畜、日光温室、制种、劳务为主的四大特色支柱产业。 1、草畜产业:建成下庄、双二、堡子3个规模养殖小区和新添、蓼泉、唐湾3个暖棚养牛示范点,养殖大户累计达到1500户。2005年,猪、牛、羊、鸡的饲养量分别达到6.9万头、9000头、1.2万只、30万只。畜牧业总收入3929.8万元。 2、日光温室蔬菜产业:建成日光温室专业村6个,全镇日光温室累计达到1732座。温室蔬菜发展到葡萄、西瓜、香瓜、黄瓜、辣椒等20多个品种。依托蓼泉蔬菜运销协会,发展绿色无公害蔬菜,“蓼”字号蔬菜品牌通过质量检测体系认证。
"""
META = dict(title="蓼泉镇介绍", issuer="爱查地名网(iichatc.com)", genre="town profile",
  province="甘肃省", city="张掖市", county="临泽县", date=None, script="simplified",
  source="http://m.iichatc.com/dm_111269/", provenance="excerpt",
  cut="removed the site header and breadcrumb (爱查地名网 / 导航: 首页 甘肃 张掖 临泽县 蓼泉镇); cut after item 2 (日光温室蔬菜产业) before 3、制种产业 to stay within length; the closing 蓼泉镇特产列表 link line also dropped. The one-paragraph run-in layout kept as stored. No date (data to 2005). County 临泽县 from the text (临泽县城西北), city 张掖市 as its parent")
A = "甘肃省"; C = "张掖市"; X = "临泽县"
PLACES = [
 P("蓼泉镇", "district", A, C, X, True, ["草畜", "日光温室", "制种", "劳务"], [], ev="一、概况 蓼泉镇地处临泽县城西北25公里处,东与鸭暖乡毗邻,西与高台县巷道乡接壤,北依黑河与平川镇隔河相望,是原县城所在地"),
]
NOT = [("临泽县", "county (location)"), ("鸭暖乡", "neighbouring township"), ("高台县巷道乡", "neighbouring township"), ("平川镇", "neighbouring town"),
 ("黑河", "river"), ("抚彝故地", "title (historic)"), ("下庄", "village (养殖小区 site)"), ("蓼泉蔬菜运销协会", "association"),
 ("3个规模养殖小区", "count"), ("日光温室专业村6个", "count")]
