TEXT = """美兰区发挥集聚效应推动楼宇经济发展

美兰区瞄准海南自贸港产业发展需求,以高起点规划高标准建设大英山金融集聚区为契机,发挥楼宇集聚效应推动楼宇经济快速发展,成功打造全球贸易之窗、海南大厦等多栋纳税“亿元楼宇”,成为推动产业集聚发展新亮点。

美兰区发挥集聚效应推动楼宇经济发展,一是党建引领,激发楼宇发展新活力。结合“比学赶超”百日攻坚战,持续培育壮大产业集群,推进“党建+楼宇”工作模式,在商务楼宇建立党组织40 个。积极探索城市党建新模式,聚焦海南自贸港新产业、新业态、新模式,依托行业链、产业链等,大力组建党建联盟,在全球贸易之窗、海南大厦等大型商业楼宇打造党建联盟示范点,把党组织建在自贸港最活跃的“细胞”上,突出楼宇党建“红色引擎”的统领作用,以高质量党建引领楼宇经济高质量发展。二是集群发展,构建楼宇经济新生态。以海秀东路、国兴大道、海甸岛、海航精品街、天汇老码头、华彩海口湾等为重点构建“一圈、两群、三街、四重点、X 元素”商业蓝图。聚焦大英山金融集聚区、重点商业街区两个方向打造楼宇生态,服务保障新建楼宇项目落地。

截至目前,美兰区辖区范围内重点楼宇共 30 栋(含在建项目),总面积约 157 万平方米。重点写字楼、商业街主要集中于国兴大道、海甸岛、新埠岛三大商圈,其中国兴大道商圈占比达 68%,拥有全球贸易之窗等 8 座成型的高品质写字楼集群,是我市已建成的甲级写字楼密度最高的地区。
"""
META = dict(title="美兰区发挥集聚效应推动楼宇经济发展", issuer="人民网海南频道(hi.people.com.cn)", genre="news",
  province="海南省", city="海口市", county="美兰区", date="2021-12-16", script="simplified",
  source="http://hi.people.com.cn/n2/2021/1216/c338424-35054378.html", provenance="excerpt",
  cut="removed the breadcrumb (人民网>>人民网海南频道>>海南资讯) and the date/font line; cut before 三是提升效应 (金融总部集聚区), which the stored copy breaks off. Spaces in 40 个 / 30 栋 / 157 万 / 68% kept as stored. Building-economy and commercial-zone (商圈, 集聚区) text. City 海口市 from 我市 and the issuer page (美兰区 of 海口) — see NOTES. Date from the date line")
A = "海南省"; C = "海口市"; X = "美兰区"
PLACES = [
 P("美兰区", "district", A, C, X, True, ["楼宇经济"], []),
 P("大英山金融集聚区", "zone", A, C, X, True, ["金融"], []),
 P("全球贸易之窗", "building", A, C, X, True, [], ["亿元楼宇"]),
 P("海南大厦", "building", A, C, X, True, [], ["亿元楼宇"]),
 P("国兴大道商圈", "zone", A, C, X, True, ["写字楼"], [], ev="其中国兴大道商圈占比达 68%,拥有全球贸易之窗等 8 座成型的高品质写字楼集群,是我市已建成的甲级写字楼密度最高的地区"),
 P("海甸岛", "zone", A, C, X, False, [], []),
 P("新埠岛", "zone", A, C, X, False, [], []),
]
NOT = [("海南自贸港", "region (title)"), ("党建联盟示范点", "title"), ("海秀东路", "street"), ("海航精品街", "street"), ("天汇老码头", "place (commercial street project)"),
 ("华彩海口湾", "place (commercial project)"), ("“一圈、两群、三街、四重点、X 元素”", "layout formula"), ("重点商业街区", "generic"), ("三大商圈", "count")]
