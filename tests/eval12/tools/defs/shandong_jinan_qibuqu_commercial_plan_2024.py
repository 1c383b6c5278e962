TEXT = """济南起步区将布局都市级商业中心

  近日,《济南市城乡商业网点规划(2023—2035年)》(以下简称《网点规划》)对外发布。商业网点规划是城市国土空间规划的重要组成部分,随着济南城市空间不断拓展以及黄河流域生态保护和高质量发展重大国家战略的深入推进,正在建设中的济南新旧动能转换起步区也被纳入了本轮规划范围并且占有重要席位,将与市区商业街区形成良好互动。

  《网点规划》对象包括商业中心、商业街(区)、商品交易市场、成品油流通网点、再生资源回收网点、城郊与农村商业以及住宿餐饮、新型商业发展空间、新型商业业态、商旅文体康养融合、商贸物流布局、特色与产业服务功能等内容。其中,商业中心分为都市级商业中心、城市(副)级商业主中心、片区级商业中心、社区级商业中心(一刻钟便民生活圈)。

  从布局来看,都市级商业中心为最高级。《济南市域商业中心规划布局引导图》显示,济南市在起步区规划了都市商业中心,定位为都市级商业中心。除了起步区,济南市在黄河南岸布局了多个都市级商业中心,比如泉城路、济南中央商务区、东客站、西客站等。也就是说,未来起步区都市商业中心将按照目前比较成熟的商圈标准去打造。
"""
META = dict(title="济南起步区将布局都市级商业中心", issuer="大众日报(新华网山东频道 sd.news.cn 转载)", genre="plan",
  province="山东省", city="济南市", county=None, date="2024-03-22", script="simplified",
  source="http://sd.news.cn/20240322/426b2530ae074cd0a90440ac277fa347/c.html", provenance="excerpt",
  cut="removed the page-title line (…-新华网), breadcrumb (山东频道 > 新闻 > 正文), date line, source line (来源:大众日报) and the font widget (字体:); cut after the third paragraph (over length; the stored copy breaks off in the fifth). Leading spaces of paragraphs kept as stored. Genre plan: a press report of the 城乡商业网点规划 (batch-11 practice for plan press releases). Commercial-zone text (都市级商业中心, 商圈). Date from the date line")
A = "山东省"; C = "济南市"
PLACES = [
 P("起步区都市商业中心", "zone", A, C, None, True, [], ["都市级商业中心"], aliases=["都市商业中心"],
   ev="《济南市域商业中心规划布局引导图》显示,济南市在起步区规划了都市商业中心,定位为都市级商业中心"),
 P("济南新旧动能转换起步区", "zone", A, C, None, False, [], [], aliases=["起步区"]),
 P("泉城路", "zone", A, C, None, False, [], ["都市级商业中心"], ev="除了起步区,济南市在黄河南岸布局了多个都市级商业中心,比如泉城路、济南中央商务区、东客站、西客站等"),
 P("济南中央商务区", "zone", A, C, None, False, [], ["都市级商业中心"]),
 P("东客站", "zone", A, C, None, False, [], ["都市级商业中心"]),
 P("西客站", "zone", A, C, None, False, [], ["都市级商业中心"]),
]
NOT = [("济南市城乡商业网点规划(2023—2035年)", "document title"), ("济南市域商业中心规划布局引导图", "map title"), ("黄河", "river"),
 ("黄河流域生态保护和高质量发展", "strategy"), ("城市(副)级商业主中心", "category"), ("片区级商业中心", "category"), ("社区级商业中心", "category"),
 ("一刻钟便民生活圈", "category"), ("商品交易市场", "category")]
