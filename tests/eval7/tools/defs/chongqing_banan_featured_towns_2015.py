TEXT = """重庆市巴南区大力度大手笔建大美巴南

2015-04-12

南方农业·上旬 2015年5期
巴南区将在5年内投资8亿元用于16个特色小镇的建设,还要每年投资3000万元专项资金用于特色效益农业发展。二环以外的16个镇街都要建设特色小镇,包括一品、惠民、接龙、东温泉、木洞、安澜、双河口等。根据各镇的自然资源、人文特色、区位优势、产业基础等特点,实行差异化发展。丰盛依托古镇建设,打造历史文化名镇;木洞打造绿色低碳示范镇和山歌之乡;天星寺打造禅茶文化特色镇;跳石、石龙、石滩打造养生养老特色镇。每年每镇安排1000万元用于特色小镇建设,结合当地特色文化和风貌,开展创意农业体验、文旅结合、养生养老等领域探索,推动基础设施和基础设施建设。连续投资5年,预计总投资约8亿元,打造新的产业增长点,形成新的人口聚集区,成为重庆市民乡村游的最佳去处。 (来源:重庆市政府网)
"""
META = dict(title="重庆市巴南区大力度大手笔建大美巴南", issuer="南方农业·上旬(转载重庆市政府网)", genre="news",
  province="重庆市", city=None, county="巴南区", date="2015-04-12", script="simplified",
  source="https://m.fx361.cc/news/2015/0412/25420590.html", provenance="verbatim",
  cut="removed the app-download banner (APP下载)")
Q = "重庆市"; B = "巴南区"
EL = "二环以外的16个镇街都要建设特色小镇,包括一品、惠民、接龙、东温泉、木洞、安澜、双河口等"
PLACES = [
 P("丰盛", "district", Q, None, B, True, ["历史文化"], [], town="丰盛镇", ev="丰盛依托古镇建设,打造历史文化名镇"),
 P("木洞", "district", Q, None, B, True, ["绿色低碳", "山歌"], [], town="木洞镇", ev="木洞打造绿色低碳示范镇和山歌之乡"),
 P("天星寺", "district", Q, None, B, True, ["禅茶文化"], [], town="天星寺镇", ev="天星寺打造禅茶文化特色镇"),
 P("跳石", "district", Q, None, B, True, ["养生养老"], [], town="跳石镇", ev="跳石、石龙、石滩打造养生养老特色镇"),
 P("石龙", "district", Q, None, B, True, ["养生养老"], [], town="石龙镇", ev="跳石、石龙、石滩打造养生养老特色镇"),
 P("石滩", "district", Q, None, B, True, ["养生养老"], [], town="石滩镇", ev="跳石、石龙、石滩打造养生养老特色镇"),
 P("一品", "district", Q, None, B, False, [], [], town=None, ev=EL),
 P("惠民", "district", Q, None, B, False, [], [], town=None, ev=EL),
 P("接龙", "district", Q, None, B, False, [], [], town=None, ev=EL),
 P("东温泉", "district", Q, None, B, False, [], [], town=None, ev=EL),
 P("安澜", "district", Q, None, B, False, [], [], town=None, ev=EL),
 P("双河口", "district", Q, None, B, False, [], [], town=None, ev=EL),
]
NOT = [("16个特色小镇", "count"), ("二环以外的16个镇街", "count/generic"), ("历史文化名镇", "title (goal)"), ("绿色低碳示范镇", "title (goal)"),
 ("山歌之乡", "title (goal)"), ("禅茶文化特色镇", "title (goal)"), ("养生养老特色镇", "title (goal)"), ("古镇", "generic"),
 ("新的人口聚集区", "generic"), ("重庆市政府网", "source"), ("南方农业·上旬", "journal"), ("大美巴南", "slogan")]
