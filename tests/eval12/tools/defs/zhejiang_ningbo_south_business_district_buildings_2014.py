TEXT = """本报讯(记者余方觉 张伟方 通讯员马燕)在全省商务楼宇体量最大、密度最高的宁波南部商务区,中基大厦是特殊的一幢:楼内71家入驻企业中,有43家直接从事外贸经营,其余企业的经营范围也大多与外贸沾边,是一幢名副其实的“外贸楼”。 “我们企业有‘专做外贸’的品牌效应,成为许多外贸企业进驻南部商务区的首选。”中基集团副总经理余耀国说,中基大厦从投用到住满仅用一年时间,如今已是南部商务区外贸产业集聚的重要载体。 南部商务区开园三年半,特色产业楼宇和新兴业态不断涌现。盈升大厦七成以上的入驻企业投身医疗器械领域,迪趣大厦已初步成为动漫设计创意大厦,而杉杉商务大厦等3幢商务楼宇则跻身税收“亿元楼”。目前,商务区一期的31幢商务楼宇进驻了2000余家企业,每天有2万多名白领进进出出,平均入驻率超过82%。这一楼宇集群每个月能贡献1亿多元税收,成为鄞州区稳定的经济增长点。 特色产业楼宇经济让中小企业搭上了快速成长的顺风车。宁波中基纺织品进出口公司是一家独立的小型外贸公司,在搬入中基大厦后,借助中基集团提供的外贸渠道开展业务,去年进出口营业收入取得突破,达2700万美元。而同一幢楼内的“中基国际”物流公司,则与多家入驻的外贸企业签订协议,提供物流服务,实现互惠互利。 产业集聚营造出南部商务区良好的商业氛围,良好的商业氛围又孵化出一批新兴产业金凤凰,形成良性循环。由共青团中央批准成立的高科技公司“中青华云”就是其中之一。公司董事长助理孔北飞告诉记者,企业3年前搬入南部商务区,如今已快速成长为全国最大的网络舆情公共服务平台之一,也成为“大数据分析”这一新业态的代表。
"""
META = dict(title="宁波南部商务区特色产业楼宇涌现 (no headline in the stored copy)", issuer="宁波日报(daily.cnnb.com.cn)", genre="news",
  province="浙江省", city="宁波市", county="鄞州区", date="2014-09-25", script="simplified",
  source="http://daily.cnnb.com.cn/nbrb/html/2014-09/25/content_798621.htm?div=-1", provenance="excerpt",
  cut="cut before the last, broken sentence (集聚效应的优势,令广告创意产业这一新兴业态在南), where the stored copy breaks off. The stored copy is one paragraph with spaces between the original paragraphs; kept as stored. No headline in the stored copy: the title is descriptive. Date from the URL (2014-09-25). Building-economy text (特色产业楼宇, 亿元楼). County 鄞州区 from the text")
A = "浙江省"; C = "宁波市"; X = "鄞州区"
PLACES = [
 P("南部商务区", "zone", A, C, X, True, ["外贸产业"], [], ev="“我们企业有‘专做外贸’的品牌效应,成为许多外贸企业进驻南部商务区的首选。”中基集团副总经理余耀国说,中基大厦从投用到住满仅用一年时间,如今已是南部商务区外贸产业集聚的重要载体", aliases=["宁波南部商务区"]),
 P("中基大厦", "building", A, C, X, True, ["外贸经营"], []),
 P("盈升大厦", "building", A, C, X, True, ["医疗器械"], []),
 P("迪趣大厦", "building", A, C, X, True, ["动漫设计创意"], []),
 P("杉杉商务大厦", "building", A, C, X, True, [], ["亿元楼"]),
]
NOT = [("中基集团", "company"), ("宁波中基纺织品进出口公司", "company"), ("“中基国际”物流公司", "company"), ("中青华云", "company"), ("共青团中央", "agency"),
 ("31幢商务楼宇", "count"), ("鄞州区", "county (location)"), ("“外贸楼”", "nickname"), ("特色产业楼宇", "category")]
