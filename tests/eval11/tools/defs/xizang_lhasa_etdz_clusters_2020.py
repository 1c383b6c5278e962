TEXT = """拉萨经开区产业集群迸发新动能

有实体工业企业262家

本报拉萨9月20日讯(记者 李梅英)19日,记者从拉萨经开区设立19周年工作座谈会上了解到,拉萨经开区设立19年来,经济总量从小变大、综合实力由弱变强,产业集群初步形成。截至目前,园区内实体工业企业达262家,上市企业发展到12家,实体企业财政贡献率从2015年的5%增长到去年的65%以上。

据拉萨经开区党工委委员、管委会副主任任道波介绍,拉萨经开区设立至今,一直将发展作为第一要务,下大力气调整产业结构和优化产业布局。2015年以来扶持实体落地企业1717家次,“四上企业”达到81家,高原之宝、藏建科技等6家企业获批自治区“专精特新”企业,鱼跃、碧水源、今日头条等一批关联度大、带动性强的行业龙头企业先后入驻。“双创”中心、工业中心、国际藏中药材交易城等一座座地标性建筑拔地而起,逐步形成了以生物医药、高原特色食饮品、清洁能源等为主导的产业集群。

同时,拉萨经开区坚持发展成果要更加惠民,特别是近五年来,累计投入资金50多亿元支持自治区、拉萨市国企壮大、生态优化、项目建设、民生改善等重点工作,顺利完成当雄县、尼木县、堆龙德庆区和昌都“三岩”片区3000余名农牧民群众搬迁入住工作,各类企业用工人数累计达18820人。
"""
META = dict(title="拉萨经开区产业集群迸发新动能", issuer="西藏日报(拉萨市中小微企业公共服务平台 lssmes.cn 转载)", genre="news",
  province="西藏自治区", city="拉萨市", county=None, date="2020-09-21", script="simplified",
  source="http://www.lssmes.cn/ReadNews.html?id=371", provenance="verbatim",
  cut="removed the browser notice, breadcrumb (当前位置:首页—新闻详情), the repeated title, the date/editor/source/read-count line and the service-centre footer (服务电话, 主办单位, 备案号, 微信公众号). Date from the date line")
A = "西藏自治区"; C = "拉萨市"
PLACES = [
 P("拉萨经开区", "zone", A, C, None, True, ["生物医药", "高原特色食饮品", "清洁能源"], []),
 P("国际藏中药材交易城", "building", A, C, None, False, [], []),
]
NOT = [("高原之宝", "company"), ("藏建科技", "company"), ("鱼跃", "company"), ("碧水源", "company"), ("今日头条", "company"),
 ("自治区“专精特新”企业", "title"), ("“双创”中心", "generic building"), ("工业中心", "generic building"), ("当雄县", "county (relocation target)"),
 ("尼木县", "county (relocation target)"), ("堆龙德庆区", "district (relocation target)"), ("实体工业企业达262家", "count")]
