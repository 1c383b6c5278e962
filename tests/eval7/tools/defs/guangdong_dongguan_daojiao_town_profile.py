TEXT = """东莞市道滘镇位于广东省东莞市西南部,属于水乡特色发展经济区。这个区域有5条主要河流贯穿,形成独特的水网景观。道滘镇总面积63平方公里,辖16个社区,常住人口约15万人。镇内有多个工业园区,制造业发达,特别是造纸、食品加工、电子信息产业。道滘镇距离东莞市中心约20公里,距离广州白云国际机场约50公里,交通便利。
道滘镇属于粤港澳大湾区核心地带,地处穗深港经济走廊的重要节点。镇内有3个高速公路出入口,广深沿江高速、京港澳高速穿境而过。道滘镇拥有2个大型商业综合体和1个专业市场集群,年商贸交易额超过30亿元。镇内文化底蕴深厚,拥有道滘裹蒸制作技艺等2项省级非物质文化遗产,每年举办龙舟赛、美食节等大型活动,吸引游客超10万人次。
"""
META = dict(title="东莞市道滘镇", issuer="问答网站(网友投稿)", genre="town profile",
  province="广东省", city="东莞市", county=None, date=None, script="simplified",
  source="https://drbdp.com/4-7070244.html", provenance="verbatim",
  cut="removed the metadata line (时间/人气/作者) and the site's contribution/copyright note")
PLACES = [
 P("道滘镇", "district", "广东省", "东莞市", None, True, ["造纸", "食品加工", "电子信息产业"], [], town="道滘镇",
   ev="道滘镇总面积63平方公里,辖16个社区,常住人口约15万人。镇内有多个工业园区,制造业发达,特别是造纸、食品加工、电子信息产业"),
 P("水乡特色发展经济区", "zone", "广东省", "东莞市", None, False, [], []),
 P("广州白云国际机场", "facility", "广东省", "广州市", None, False, [], []),
]
NOT = [("东莞市中心", "generic (city centre)"), ("多个工业园区", "generic/count"), ("粤港澳大湾区", "region"), ("穗深港经济走廊", "region/corridor"),
 ("广深沿江高速", "road"), ("京港澳高速", "road"), ("2个大型商业综合体", "count"), ("1个专业市场集群", "count"),
 ("道滘裹蒸制作技艺", "intangible heritage"), ("16个社区", "count")]
