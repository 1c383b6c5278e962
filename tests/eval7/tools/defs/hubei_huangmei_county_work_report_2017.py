TEXT = """(湖北省)2017年黄梅县人民政府工作报告(全文) 政 府 工 作 报 告 2016年12月16日在黄梅县第十六届人民代表大会第一次会议上 县长 屈凯军 各位代表: 现在,我代表县人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人 员提出意见。 一、过去五年工作回顾 本届政府的五年,是黄梅发展史上极不平凡的五年。五年来,县政府认真贯彻落实党的 十八大和十八届三中、四中、五中、六中全会精神,在县委的坚强领导和县人大、县政 协的监督支持下,团结带领全县人民,真抓实干,克难奋进,开拓创新,较好完成了县 第十五届人大一次会议确定的目标任务,全县经济社会发展取得重大成就。 综合实力大幅提升。初步统计,2016年,实现地区生产总值189亿元,是2011年的1.74倍 ;公共财政预算收入10.6亿元,实现五年翻一番;固定资产投资207亿元,是2011年的2 .7倍;社会消费品零售总额125亿元,是2011年的2倍;外贸出口总额4980万美元,是20 11年的4倍。工业增量提质。规模以上工业企业由115家增加到173家,规模工业年产值突 破200亿元。大胜关山工业园、小池临港产业园建成区分别达到10.8平方公里、8平方公 里,集聚成长型企业121家、47家。经济开发区被评为全国农产品加工创业基地、全国纺 织产业转移试点园区。孔垄纺织、杉木陶瓷、独山页岩等工业集中区逐渐迈向集约化。
"""
META = dict(title="(湖北省)2017年黄梅县人民政府工作报告(全文)", issuer="黄梅县人民政府(公文搜转载)", genre="work report",
  province="湖北省", city="黄冈市", county="黄梅县", date="2016-12-16", script="simplified",
  source="https://gongwensou.com/zhengfubaogao/28775.html", provenance="excerpt",
  cut="removed site header/navigation, the repeated summary line and the article meta line; the stored copy is cut after 工业集中区逐渐迈向集约化。 (the next sentence, 康宏粮油、宏晟纺…, breaks off). The copy's line-break spaces (e.g. 突 破, 2 .7倍, 纺 织) are kept as stored")
H = "湖北省"; C = "黄冈市"; X = "黄梅县"
E3 = "孔垄纺织、杉木陶瓷、独山页岩等工业集中区逐渐迈向集约化"
PLACES = [
 P("大胜关山工业园", "park", H, C, X, True, [], []),
 P("小池临港产业园", "park", H, C, X, True, [], []),
 P("孔垄纺织", "zone", H, C, X, False, ["纺织"], [], ev=E3),
 P("杉木陶瓷", "zone", H, C, X, False, ["陶瓷"], [], ev=E3),
 P("独山页岩", "zone", H, C, X, False, ["页岩"], [], ev=E3),
]
NOT = [("经济开发区", "generic (the county's unnamed 经济开发区)"), ("工业集中区", "generic (shared head of the enumerated fragments)"), ("全国农产品加工创业基地", "title of an unnamed zone"),
 ("全国纺 织产业转移试点园区", "title of an unnamed zone"), ("黄梅县第十六届人民代表大会第一次会议", "event"), ("县人民政府", "issuer"),
 ("县委", "body"), ("全县", "generic"), ("规模以上工业企业", "generic"), ("成长型企业", "generic")]
