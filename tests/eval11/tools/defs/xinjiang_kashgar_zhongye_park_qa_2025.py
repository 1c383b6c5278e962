TEXT = """喀什中业产业园区

优质解答

喀什中业产业园区作为喀什经济开发区的重要组成部分,近年来在纺织服装和新能源产业领域展现出强劲发展势头。园区依托当地丰富的棉花资源和光照条件,形成了从棉花种植到纺织服装制造的完整产业链,同时积极布局光伏组件、储能电池等新能源装备制造领域。2024年园区存续企业达5110家,成为推动喀什地区工业增长的重要引擎。

从产业基础看,喀什地区是全疆棉花生产大区,2024年纺织业增加值同比增长46.4%,为园区发展提供了坚实支撑。园区内企业如守信集团已实现从棉种到成衣的全产业链布局,近50%的棉花就地转化为纺织产品。在新能源领域,喀什地区光伏并网规模居全疆第一,锂电池产能占全疆70%以上,为园区新能源装备制造创造了得天独厚的条件。

从基础设施看,园区建设持续升级。2024年实施园区基础设施项目72个,清理处置“僵尸企业”88户,推动形成疏勒县化工产业集聚区、英吉沙绿色建材产业园等特色园区错位发展格局。2025年喀什经济开发区集中开复工46个重大项目,总投资124.4亿元,包括临空经济产业园、综合保税区仓储设施等投资项目,为园区企业提供了完善的配套支持。
"""
META = dict(title="喀什中业产业园区", issuer="查小号(chaxiaohao.com Q&A)", genre="news",
  province="新疆维吾尔自治区", city="喀什地区", county=None, date="2025-07-12", script="simplified",
  source="https://www.chaxiaohao.com/read-1752308343l6816627.html", provenance="excerpt",
  cut="removed the site header lines (查小号 ×2, 收录…题, 今日已更新0道题) and the date/count line (2025-07-12 16:19:03 2次); cut before the paragraph 从政策支持看 (the stored copy breaks off in it). Q&A-style article (batch-10 chaxiaohao practice: genre news). Date from the date line. City 喀什地区 from the text (喀什地区工业增长)")
A = "新疆维吾尔自治区"; C = "喀什地区"
PLACES = [
 P("喀什中业产业园区", "park", A, C, None, True, ["纺织服装", "新能源产业"], [], ev="喀什中业产业园区作为喀什经济开发区的重要组成部分,近年来在纺织服装和新能源产业领域展现出强劲发展势头"),
 P("喀什经济开发区", "zone", A, C, None, False, [], []),
 P("疏勒县化工产业集聚区", "zone", A, C, "疏勒县", True, ["化工产业"], []),
 P("英吉沙绿色建材产业园", "park", A, C, "英吉沙县", True, ["绿色建材"], []),
 P("临空经济产业园", "park", A, C, None, False, ["临空经济"], []),
 P("综合保税区", "zone", A, C, None, False, [], []),
]
NOT = [("守信集团", "company"), ("全疆", "region"), ("“僵尸企业”88户", "count"), ("46个重大项目", "count"), ("存续企业达5110家", "count")]
