TEXT = """中国-东盟经济园区凸显“八大产业群”
华声报讯:从2004年中国-东盟经济园区成立至今年8月,园区共引进51个项目。随着一批批企业相继进园开工、投产,园区现已形成了八大产业集群。 据广西日报报道,目前中国-东盟经济园区已形成了如下八大产业集群:一是高级纸业产业群,主要有侨虹、舒雅、金美、天然纸业等。二是制药产业群,主要有广明、万德等8家企业。三是机械制造产业群,主要有食品、茶叶和橡胶机械、摩托车、机电、家电、手扶拖拉机等 7个项目。四是教学科研产业群,有5所大中专院校和1家科研公司。五是食品加工产业群,主要有变性淀粉、真空冻干食品生产、乳业、烘焙、饼业等7个项目。六是塑料、板材、铝制品加工产业群,主要有中密度纤维板、塑胶制品、塑料编织袋等。七是印刷、包装产业群,主要是彩色印刷包装、教材、教辅印刷等项目。八是现代农业产业群,目前已形成万亩优质香蕉、无公害蔬菜、生态茶园、名特优瓜果种植等现代农业示范基地。
"""
META = dict(title="中国-东盟经济园区凸显“八大产业群”", issuer="华声报(中国侨网 chinaqw.com)", genre="news",
  province="广西壮族自治区", city=None, county=None, date=None, script="simplified",
  source="http://www.chinaqw.com/node2/node2796/node2880/node2947/userobject6ai263476.html", provenance="verbatim",
  cut="removed the trailing table-border line (|). The space before 据广西日报报道 and in 等 7个项目 kept as stored. Province from the text (广西日报); no city named. No date (至今年8月, year not given; the park was founded in 2004)")
PLACES = [
 P("中国-东盟经济园区", "zone", "广西壮族自治区", None, None, True,
   ["高级纸业", "制药", "机械制造", "教学科研", "食品加工", "塑料", "板材", "铝制品加工", "印刷", "包装", "现代农业"], [],
   ev="据广西日报报道,目前中国-东盟经济园区已形成了如下八大产业集群:一是高级纸业产业群,主要有侨虹、舒雅、金美、天然纸业等"),
]
NOT = [("华声报", "media"), ("广西日报", "media"), ("侨虹", "company"), ("舒雅", "company"), ("广明", "company"), ("万德", "company"),
 ("“八大产业群”", "count"), ("51个项目", "count"), ("现代农业示范基地", "generic")]
