TEXT = """北京王府井将再添七大商业建筑

  昨天,东城区发布“十二五”时期王府井商业区发展规划显示,到2015年,王府井再添七个大型商业建筑,每隔二三百米即可见到一座大型购物中心,打造三大餐饮区;建设两大观景广场,同时每隔250米设置一个小型广场,开发“海陆空”全立体交通模式。 

  >>消费 

  大商场两三百米一个 

  到2015年,王府井还将再增添七大全新项目。分别是王府国际商城、嘉德艺术中心、海港大厦、国际品牌中心、北京饭店二期、中国商业文化博物馆;在金宝街2号地建设世界顶级品牌博物馆;在王府井现存四合院较集中的区域,开发以书院、会馆为特色的文化休闲设施等。 

  王府井建管办相关负责人表示,在2015年之前,王府井主街上每隔200米至300米就有一个大型商业建筑。 

  按照规划,王府井将打造“南中北”布局的三大餐饮区。其中,王府井南部,计划在现有王府井小吃街的位置,引入中国传统老字号小吃和全国各地名吃。
"""
META = dict(title="北京王府井将再添七大商业建筑", issuer="(新浪地产 news.dichan.sina.com.cn)", genre="plan",
  province="北京市", city="北京市", county="东城区", date="2011-09-03", script="simplified",
  source="http://news.dichan.sina.com.cn/2011/09/03/367909.html", provenance="excerpt",
  cut="cut before the section >>交通 (and the following >>观景 section), to keep the commercial part. Section markers (>>消费), paragraph-leading and trailing spaces kept as stored. Genre plan (report of the 东城区 十二五 王府井商业区发展规划). Commercial-zone text. Date from the URL. County 东城区 from the text")
A = "北京市"; C = "北京市"; X = "东城区"
PLACES = [
 P("王府井商业区", "zone", A, C, X, True, ["商业"], [], aliases=["王府井"]),
 P("王府国际商城", "building", A, C, X, False, [], []),
 P("嘉德艺术中心", "building", A, C, X, False, [], []),
 P("海港大厦", "building", A, C, X, False, [], []),
 P("国际品牌中心", "building", A, C, X, False, [], []),
 P("北京饭店二期", "building", A, C, X, False, [], []),
 P("中国商业文化博物馆", "building", A, C, X, False, [], []),
 P("王府井小吃街", "zone", A, C, X, False, ["小吃"], []),
]
NOT = [("金宝街2号地", "plot"), ("世界顶级品牌博物馆", "project (unnamed)"), ("王府井建管办", "agency"), ("三大餐饮区", "count"), ("两大观景广场", "count"),
 ("王府井主街", "street"), ("王府井南部", "sub-area")]
