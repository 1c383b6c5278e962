TEXT = """黑龙江新闻网讯 近日,省政府正式批复肇源大广工业园区享受省级开发区政策。至此,大庆省级以上工业园区增加到6个。肇源大广工业园区是肇源县委县政府按照“三化突破、冲击十强”的总体思路和目标,依托本县自然资源、交通区位等优势,于2009年规划建设的专业性工业经济区,是肇源县重要工业发展平台,2012年1月被确定为全省首批重点县域工业园区。
该园区由绿特色食品产业园、粮食物流加工产业园、皮革产业园三部分组成,现已入驻企业64户,从业人员7202人。2012年,园区实现产值143亿元、增加值42.8亿元、销售收入117亿元、进出口总额1186.7万美元,实际使用外资1190.25万美元。此次成功升级为省级开发区,将进一步加快推动肇源县园区建设,提升对外宣传和招商引资力度,为肇源经济发展提供强大支撑。
"""
META = dict(title="肇源大广工业园区享受省级开发区政策", issuer="黑龙江新闻网-黑龙江日报(中国产业经济信息网转载)", genre="notice/approval",
  province="黑龙江省", city="大庆市", county="肇源县", date=None, script="simplified",
  source="http://cinic.org.cn/xy/hlj/95229.html", provenance="verbatim",
  cut="removed the source line (来源:黑龙江新闻网-黑龙江日报), the copyright/disclaimer block, the 延伸阅读 label and the site footer; date null (the page gives no date; the text reports 2012 figures)")
A = "黑龙江省"; C = "大庆市"; X = "肇源县"
E2 = "该园区由绿特色食品产业园、粮食物流加工产业园、皮革产业园三部分组成,现已入驻企业64户,从业人员7202人"
PLACES = [
 P("肇源大广工业园区", "park", A, C, X, True, [], ["省级开发区", "全省首批重点县域工业园区"], ev="近日,省政府正式批复肇源大广工业园区享受省级开发区政策"),
 P("绿特色食品产业园", "park", A, C, X, True, ["绿特色食品"], [], ev=E2),
 P("粮食物流加工产业园", "park", A, C, X, True, ["粮食物流加工"], [], ev=E2),
 P("皮革产业园", "park", A, C, X, True, ["皮革"], [], ev=E2),
]
NOT = [("省政府", "approving authority"), ("黑龙江新闻网", "media"), ("肇源县委县政府", "agency"), ("大庆省级以上工业园区", "count/generic"),
 ("三化突破、冲击十强", "slogan"), ("专业性工业经济区", "generic"), ("三部分", "count"), ("肇源县园区", "generic")]
