TEXT = """深江产业园:深圳江门携手共建 谱写产业发展新篇
今年4月26日,江门市举行了中心城区产城融合示范区首批项目集中动工活动。新会区大泽镇和司前镇被纳入了示范区,分别位于两镇的深江产业园大泽园区和司前园区的建设备受关注。
“深江产业园规划面积总共是23135亩,分为司前园区和大泽园区,这两个园区都是超过了1万亩的工业用地,目前,园区平整土地超过6000亩,园区道路已经建得差不多,污水处理厂、生活配套设施陆续开建,下一步,我们考虑加快引入一些深圳的项目进行对接。”新会区工业园区管委会副主任陈晟昊介绍,深江产业园于2017年底开建,是江门市五大万亩园区之一,是承接深圳产业溢出的前沿阵地。
"""
META = dict(title="深江产业园:深圳江门携手共建 谱写产业发展新篇", issuer="高楼迷论坛(转载新闻)", genre="news",
  province="广东省", city="江门市", county="新会区", date="2020-11-09", script="simplified",
  source="http://www.gaoloumi.cc/forum.php?mod=viewthread&page=1&tid=3263259", provenance="verbatim",
  cut="removed the forum post header (楼主 | 发表于 2020-11-9 12:06:26 | 显示全部楼层) and table-cell bars; date from the post time")
G = "广东省"; J = "江门市"; X = "新会区"
PLACES = [
 P("深江产业园", "park", G, J, X, True, [], ["江门市五大万亩园区"], ev="新会区工业园区管委会副主任陈晟昊介绍,深江产业园于2017年底开建,是江门市五大万亩园区之一,是承接深圳产业溢出的前沿阵地"),
 P("深江产业园大泽园区", "park", G, J, X, False, [], [], town="大泽镇", aliases=["大泽园区"]),
 P("司前园区", "park", G, J, X, False, [], [], town="司前镇"),
 P("中心城区产城融合示范区", "zone", G, J, None, False, [], []),
]
NOT = [("新会区大泽镇和司前镇", "towns (units, included in the zone)"), ("新会区工业园区管委会", "administrative body"), ("污水处理厂", "generic facility"),
 ("生活配套设施", "generic"), ("深圳的项目", "generic"), ("首批项目", "generic"), ("前沿阵地", "title (metaphor)")]
