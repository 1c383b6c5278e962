TEXT = """云南全省千亿级园区增至6个 2022年园区工业总产值超1.6万亿元|世界热点评

观点网讯:6月14日,云南深入开展园区规模和质量提升行动,实施绿色低碳示范产业园区三年行动,“一园一策”推动打造7个千亿级园区,开展中老磨憨—磨丁经合区招商推介活动,有序推进园区标准化建设。

观点新媒体获悉,云南全省千亿级园区增至6个,五百亿级园区达到10个。累计建成国家级新型工业化产业示范基地9个、省级基地41个,建成绿色低碳产业园区10个。

2022年,云南全省园区工业总产值超1.6万亿元,同比增长15.4%。2023年1-4月,全省园区实现规上工业总产值4806.7亿元,占全省规模以上工业总产值比重达76%,园区作为工业发展的载体和平台作用进一步凸显。
"""
META = dict(title="云南全省千亿级园区增至6个 2022年园区工业总产值超1.6万亿元|世界热点评", issuer="观点网(baoji.gqsoso.com 转载)", genre="news",
  province="云南省", city=None, county=None, date="2023-06-14", script="simplified",
  source="http://baoji.gqsoso.com/baoji/20230614/1127569.html", provenance="verbatim",
  cut="removed the image caption line ((资料图片仅供参考)) and the empty keyword line (关键词:). Near-negative: apart from 中老磨憨—磨丁经合区 (named only as the venue of a 招商推介活动) the text gives counts and categories only. Date from the text and URL")
PLACES = [
 P("中老磨憨—磨丁经合区", "zone", "云南省", None, None, False, [], []),
]
NOT = [("观点网", "media"), ("观点新媒体", "media"), ("7个千亿级园区", "count"), ("五百亿级园区", "category"), ("国家级新型工业化产业示范基地", "category"),
 ("绿色低碳产业园区", "category"), ("绿色低碳示范产业园区", "category"), ("“一园一策”", "slogan")]
