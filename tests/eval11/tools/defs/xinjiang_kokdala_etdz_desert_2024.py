TEXT = """探访中国西部边陲沙漠中的经济开发区:打造产业绿洲

中新网新疆可克达拉10月13日电 题:探访中国西部边陲沙漠中的经济开发区:打造产业绿洲中新网记者 朱晓颖在中国西部边陲、新疆西部的可克达拉市,深处戈壁沙漠中的经济开发区正快速发展。从创业产业园,到招引项目,到配套建造的特勤消防救援站,一座座厂房、楼房从沙漠中拔地而起。可克达拉经济技术开发区的城西循环经济产业园正在这里兴建。处于沙漠中的江苏镇江援疆楼的食堂。中新网记者 朱晓颖 摄可克达拉经济技术开发区党工委委员、管理委员会副主任徐枋告诉中新网记者,该开发区于2020年组建,总规划面积50平方公里,分3个园区。其中,城西循环经济产业园深处沙漠之中,规划用地面积26.47平方公里,是生物制造产业、化工产业主要承载区域。徐枋介绍,城西循环经济产业园位于沙漠中,其优势在于生产要素成本较低,且地理位置靠近口岸,出口非常便利,因此吸引了多家大宗原料企业、发酵加工企业在此落户。
"""
META = dict(title="探访中国西部边陲沙漠中的经济开发区:打造产业绿洲", issuer="中新网(njsdtech.com 转载)", genre="news",
  province="新疆维吾尔自治区", city="可克达拉市", county=None, date="2024-10-13", script="simplified",
  source="https://njsdtech.com/news/354849.html", provenance="excerpt",
  cut="removed the unrelated header line (精选刊文|我国古代盐碱地改良技术) and the poster/date/views line (蝶伤 2024-10-30 16:20:36 供应产品 5142 次浏览 0个评论); the run-in image captions inside the paragraph (处于沙漠中的江苏镇江援疆楼的食堂。中新网记者 朱晓颖 摄) are part of one stored paragraph and kept; cut after the sentence ending 在此落户 before the 10月11日 caption and the later paragraphs. Date from the dateline (10月13日) and the page date 2024")
A = "新疆维吾尔自治区"; C = "可克达拉市"
PLACES = [
 P("可克达拉经济技术开发区", "zone", A, C, None, True, [], []),
 P("城西循环经济产业园", "park", A, C, None, True, ["生物制造产业", "化工产业"], []),
]
NOT = [("中新网", "media"), ("创业产业园", "generic"), ("特勤消防救援站", "facility (generic)"), ("江苏镇江援疆楼", "building (canteen, caption)"),
 ("3个园区", "count"), ("大宗原料企业", "generic"), ("徐枋", "person")]
