TEXT = """“十二五”期间,玉门市把工业园区作为全市经济发展的新动力,重点打造“一区三园”工业发展平台,编制完成总体规划和规划环评,“一区三园”规划占地面积平方公里,已开发面积47.4平方公里,玉门经济开发区被列为“省级循环化改造示范园区”。玉门经济开发区累计投资9.36亿元,实施绿化、亮化、供水、供电、通信、排污、供暖等工程,园区基本达到“七通一平”标准。其中,玉门东工业园累计投资4.9亿元,实施园区办公楼、大红泉水库、公租房等工程;玉门工业园累计投资2.1亿元,实施中小企业创业园、排污管网架设、东区扩建等工程;老君庙工业园累计投资2.36亿元,实施白杨河至分水闸段渠道复线、油路铺筑等工程。 “十二五”末,入驻玉门经济开发区的工业企业达到户,比“十一五”末增加65户,园区工业总产值占全市工业总产值比重达95%,比年提高了16个百分点。 来源:玉门经济开发区 |
"""
META = dict(title="(玉门市“十二五”工业园区建设)", issuer="玉门经济开发区(玉门市政协 yumenshizx.com 转载)", genre="news",
  province="甘肃省", city="酒泉市", county="玉门市", date=None, script="simplified",
  source="http://www.yumenshizx.com/ymsfz/183.html", provenance="verbatim",
  cut="nothing removed; the stored copy is one paragraph with its source line (来源:玉门经济开发区 |). The missing numbers of the stored copy (规划占地面积平方公里, 达到户, 比年) are kept as stored. No title or date in the stored copy (looks back on the 十二五). County 玉门市 from the text; city 酒泉市 as its parent (unit rule)")
A = "甘肃省"; C = "酒泉市"; X = "玉门市"
PLACES = [
 P("玉门经济开发区", "zone", A, C, X, True, [], ["省级循环化改造示范园区"]),
 P("玉门东工业园", "park", A, C, X, False, [], []),
 P("玉门工业园", "park", A, C, X, False, [], []),
 P("老君庙工业园", "park", A, C, X, False, [], []),
]
NOT = [("“一区三园”", "layout formula"), ("大红泉水库", "reservoir"), ("中小企业创业园", "project (generic)"), ("白杨河", "river"),
 ("“七通一平”", "standard"), ("东区", "sub-block")]
