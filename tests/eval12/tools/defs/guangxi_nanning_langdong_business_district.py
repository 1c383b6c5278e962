TEXT = """南宁"一轴四区两中心"战略:东盟商务区进入大埌东
定位国际区域级中央商务区
据介绍,大的埌东商圈将包括埌东商圈(南湖、长湖路、竹溪路、青山路围合圈)和凤岭商圈(竹溪路、凤岭北路、青环路、青山路围合圈),总体定位为辐射东盟的国际区域级中央商务区。埌东商圈新的发展构想中提出了“一轴四区两中心”的战略,其中“一轴”指以民族大道东段为生态景观轴线;“四区”指南宁中央商务区(南宁CBD)、中国-东盟商务区、中央居住区(CLD)、中央休闲区(CED)共同发展,构建大南宁“国际中央商务区(国际CBD)”;“两中心”指以东盟商务区为主中心、以南宁CBD为次中心。
构想中的埌东商圈将重点发展写字楼、总部经济、信息经济、旅游经济和商贸展示经济,大力发展交通、高档保健、医疗等能满足社区生活服务的配套,建设成为集行政、商务、服务、居住及文化娱乐为一体的国际商务区、国际消费品牌聚集地、餐饮娱乐交流地。
东盟商务区商圈5年可期
据介绍,自2005年9月南宁百货五象购物中心开业以来,梦之岛水晶城、广州友谊也先后登陆,五象广场逐渐汇集了追求舒适购物环境的高端人群。今年9月航洋国际城的开业,肯德基、沃尔玛、巴黎春天等国际商业机构纷纷进驻,埌东商圈正展露着新兴商圈的雏形。
在打造埌东商圈的战略构想中,青秀区提出的建设目标是:3年内重点提升南宁中央商务区(南宁CBD),对区块内的资源和要素进行整合,使东盟商务区、中央居住区商业配套成型。5年内建设东盟商务区商圈,完善4大区域各板块,基本形成错位发展、优势互补、共同发展的局面。
"""
META = dict(title="南宁\"一轴四区两中心\"战略:东盟商务区进入大埌东", issuer="(中国-东盟博览会 vnexpo.org)", genre="news",
  province="广西壮族自治区", city="南宁市", county="青秀区", date=None, script="simplified",
  source="http://vnexpo.org/NewShow.asp?BigClassid=51&id=683", provenance="excerpt",
  cut="cut before the 小细节成就大商圈 section (over length; the stored copy breaks off in it). The ASCII double quotes in the headline and the subheadings kept as stored. Commercial-zone text (商圈, 中央商务区). Province 广西 by the unit rule from 南宁 (the later cut paragraph names 广西城乡规划设计院). County 青秀区 from the text (the district setting the goals). No date (航洋国际城 opened 今年9月; no year in the stored copy)")
A = "广西壮族自治区"; C = "南宁市"; X = "青秀区"
PLACES = [
 P("埌东商圈", "zone", A, C, X, True, ["写字楼", "总部经济", "信息经济", "旅游经济", "商贸展示经济"], [], aliases=["大埌东"],
   ev="构想中的埌东商圈将重点发展写字楼、总部经济、信息经济、旅游经济和商贸展示经济,大力发展交通、高档保健、医疗等能满足社区生活服务的配套"),
 P("凤岭商圈", "zone", A, C, X, False, [], []),
 P("南宁中央商务区", "zone", A, C, X, True, [], [], aliases=["南宁CBD"]),
 P("中国-东盟商务区", "zone", A, C, X, True, [], [], aliases=["东盟商务区"]),
 P("五象广场", "zone", A, C, X, False, [], []),
 P("南宁百货五象购物中心", "building", A, C, X, False, [], []),
 P("梦之岛水晶城", "building", A, C, X, False, [], []),
 P("航洋国际城", "building", A, C, X, False, [], []),
]
NOT = [("民族大道", "street (axis)"), ("竹溪路", "boundary road"), ("南湖", "lake (boundary)"), ("中央居住区(CLD)", "generic functional area"), ("中央休闲区(CED)", "generic functional area"),
 ("“一轴四区两中心”", "layout formula"), ("国际中央商务区(国际CBD)", "title (goal)"), ("沃尔玛", "company"), ("肯德基", "company"), ("青秀区", "county (issuer of goals)")]
