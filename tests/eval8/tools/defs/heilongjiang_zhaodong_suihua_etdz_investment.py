TEXT = """肇东经济技术开发区是2001年7月经省外经贸厅批准创办的省级开发区,目前已有伊利集团、中石油管道燃气、黑龙江软件园、大庄园集团、希望饲料、温州一品、斯博莱德、济仕药业、汇丰兽药、双丰塑料、顺达葵花、冠阳集团等国内外知名企业落户开发区。
绥化经济技术开发区位于黑龙江省绥化市城区的西南部,哈绥高速公路出口两侧,园区内哈伊公路自南向北贯穿而过,交通运输畅通,基础设施完备。绥化经济技术开发区是以发展工业项目为主,集商贸、物流、服务于一体的综合经济园区,自2003年4月开发建设以来,园区呈现出快速发展的良好态势,已经成为市本级经济发展的重要载体和新增长点。
"""
META = dict(title="黑龙江 园区招商:肇东经济技术开发区 / 绥化经济技术开发区", issuer="OFweek 招商(zhaoshang.m.ofweek.com)园区列表", genre="investment page",
  province="黑龙江省", city="绥化市", county=None, date=None, script="simplified",
  source="https://zhaoshang.m.ofweek.com/list-4011-1-0-0.html", provenance="verbatim",
  cut="none (the stored list page holds only these two park blurbs)")
A = "黑龙江省"; C = "绥化市"
PLACES = [
 P("肇东经济技术开发区", "park", A, C, "肇东市", True, [], ["省级开发区"], ev="肇东经济技术开发区是2001年7月经省外经贸厅批准创办的省级开发区"),
 P("黑龙江软件园", "park", A, C, "肇东市", False, ["软件"], [], ev="目前已有伊利集团、中石油管道燃气、黑龙江软件园、大庄园集团、希望饲料、温州一品、斯博莱德、济仕药业、汇丰兽药、双丰塑料、顺达葵花、冠阳集团等国内外知名企业落户开发区"),
 P("绥化经济技术开发区", "park", A, C, None, True, ["商贸", "物流", "服务"], [], ev="绥化经济技术开发区是以发展工业项目为主,集商贸、物流、服务于一体的综合经济园区"),
]
NOT = [("省外经贸厅", "agency"), ("伊利集团", "company"), ("中石油管道燃气", "company"), ("大庄园集团", "company"), ("哈绥高速公路", "road"),
 ("哈伊公路", "road"), ("综合经济园区", "generic"), ("市本级", "generic (administrative level)")]
