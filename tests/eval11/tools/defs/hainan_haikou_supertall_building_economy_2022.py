TEXT = """C
楼宇经济拉动发展新“引擎”
椰城超高层建筑正踩着加快建设、交付使用、招商引资、产业入驻的拍子,奏响一支推动经济发展的奋进曲。拔地而起的一栋栋摩天大楼,承载着产业发展新动力,为经济发展带来新活力。
海口世贸大厦项目招商负责人贺景韬正跟团队忙着推进招商工作。项目配有高端体验式商业、5A超甲级海景办公、国际奢华星级酒店、云端停机坪和无边际泳池等设施,已有成长型总部、集团结算中心、区块链企业、跨境电商、物联网企业、新媒体企业等作为储备的企业计划入驻。大厦预计引进约200家企业,就业岗位3000余人,年产值约200亿元,提供自由、便捷、高效的全球化贸易与投资链接平台。
过了2023年春节,海口中海国际中心项目招商就将启动,定位市场群体为金融、能源、专业服务、医疗、TMT行业的大中型企业总部及外资在省内的分支机构。万江明表示,项目通过独具特色的楼宇经济,助力海口现代服务业和总部经济的发展。
对海南南中心项目而言,建成后将重点吸引世界500强企业、外向型企业、金融机构等入驻,引进国际酒店,提供“一站式”、全方位管家服务,打造总部经济、现代服务业和外向型经济集聚高地。
这些只是海口楼宇经济释放效应的生动个例。“目前,海口超高层建筑均为商办楼,主要集中在滨海大道和国兴大道一带。”中国建研院海南分院院长胡家僖认为,超高层建筑的涌现,跟城市经济总量发展密不可分。
"""
META = dict(title="(海口超高层建筑:楼宇经济拉动发展新“引擎”)", issuer="海口晚报(hkwb.net)", genre="news",
  province="海南省", city="海口市", county=None, date="2022-12-05", script="simplified",
  source="http://hkwb.net/news/content/2022-12/05/content_4155273_3.htm", provenance="excerpt",
  cut="removed the image caption (海口中交国际自贸中心项目正在安装幕墙。); kept the section letter C and its heading (page 3 of a multi-page article); cut the last sentence after 密不可分 (the quoted suggestion …打造好CBD概念…) and the following paragraph, which the stored copy breaks off. Building-economy text. Date from the URL")
A = "海南省"; C = "海口市"
PLACES = [
 P("海口世贸大厦", "building", A, C, None, True, ["成长型总部", "集团结算中心", "区块链企业", "跨境电商", "物联网企业", "新媒体企业"], []),
 P("海口中海国际中心", "building", A, C, None, True, ["金融", "能源", "专业服务", "医疗", "TMT行业"], []),
 P("海南南中心", "building", A, C, None, True, ["总部经济", "现代服务业", "外向型经济"], []),
]
NOT = [("椰城", "city nickname"), ("贺景韬", "person"), ("万江明", "person"), ("胡家僖", "person"), ("中国建研院海南分院", "institute"),
 ("滨海大道", "street"), ("国兴大道", "street"), ("世界500强企业", "generic"), ("集聚高地", "title (goal)")]
