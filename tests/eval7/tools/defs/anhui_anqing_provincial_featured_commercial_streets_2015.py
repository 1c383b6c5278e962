TEXT = """安庆市4条街区入选省级特色商业示范街区

安庆晚报 2015-01-01 13:41

本报讯(付玉)根据2014年12月24日安徽省商务厅发布的公示显示,安徽省30条街区将被认定为省级特色商业示范街区,其中安庆市有北正街餐饮文化街、天后宫小商品一条街、女人街服饰文化街以及枞阳县商业步行街4条商业街入选。

省级特色商业示范街区,是在城市市区、县或县级市城区和重点镇,以街道和周边地区为主要区域,以带状街道建筑形态为主体并向周边延伸,商业及服务设施高度集聚,经营特色鲜明,业态结构合理,综合效益良好,具有较大影响力和较强辐射带动作用,提供特色商贸服务的区域性商业集群。根据分类,省级特色商业示范街区分为综合型特色商业街区和专业型特色商业街区,综合型特色商业街区以满足购物、餐饮、休闲、娱乐、体验等综合性消费需求为主,专业型特色商业示范街区一般具有鲜明的建筑、历史、文化或商品经营特色。
"""
META = dict(title="安庆市4条街区入选省级特色商业示范街区", issuer="安庆晚报(yybnet 枞阳频道转载)", genre="news",
  province="安徽省", city="安庆市", county=None, date="2015-01-01", script="simplified",
  source="https://m.yybnet.net/anqing/congyang/201501/600884.html", provenance="verbatim",
  cut="removed the site slogan (看家乡事,品故乡情), the font-size widget, and the unrelated 新闻推荐/相关新闻 blocks and channel blurb after the article")
A = "安徽省"; Q = "安庆市"; D = "省级特色商业示范街区"
E = "其中安庆市有北正街餐饮文化街、天后宫小商品一条街、女人街服饰文化街以及枞阳县商业步行街4条商业街入选"
PLACES = [
 P("北正街餐饮文化街", "zone", A, Q, None, True, ["餐饮文化"], [D], ev=E),
 P("天后宫小商品一条街", "zone", A, Q, None, True, ["小商品"], [D], ev=E),
 P("女人街服饰文化街", "zone", A, Q, None, True, ["服饰文化"], [D], ev=E),
 P("枞阳县商业步行街", "zone", A, Q, "枞阳县", True, [], [D], ev=E),
]
NOT = [("安徽省商务厅", "agency"), ("安徽省30条街区", "count"), ("4条商业街", "count"), ("综合型特色商业街区", "generic category"),
 ("专业型特色商业街区", "generic category"), ("专业型特色商业示范街区", "generic category"), ("区域性商业集群", "generic"),
 ("城市市区、县或县级市城区和重点镇", "generic"), ("安庆晚报", "media")]
