TEXT = """张家楼镇位于青岛西海岸新区西南部,全镇辖63个行政村,总人口44388人。总面积134平方公里,耕地面积5005公顷。该镇“一带两翼”发展战略和产业集群发展格局,定位了驻地经济发展主框架。“一带”经济区域内致力发展商贸、三产服务及“短、平、快”中小项目,实现了驻地框架的横向拉伸,为民营企业的发展搭建了有效载体。“两翼”经济区域内重点面向车辆配件、橡胶轮胎、五金制造及食品加工等产业开展招商引资,实现了驻地工业园区向南北双向的纵深延展。
"""
META = dict(title="张家楼镇(镇街风采)", issuer="大众网青岛(qingdao.dzwww.com)", genre="town profile",
  province="山东省", city="青岛市", county=None, date="2018-01-04", script="simplified",
  source="http://qingdao.dzwww.com/hd/zjfc/201801/t20180104_16318782.htm", provenance="verbatim",
  cut="removed the 海报新闻/山东手机报 promotion lines and the editor lines (初审编辑 / 责任编辑:宋朋); date from the URL. County null: 青岛西海岸新区 is a functional area, not a county (no county from outside knowledge)")
A = "山东省"; C = "青岛市"; X = None
PLACES = [
 P("张家楼镇", "district", A, C, X, True, ["商贸", "三产服务", "车辆配件", "橡胶轮胎", "五金制造及食品加工"], [], town="张家楼镇",
   ev="张家楼镇位于青岛西海岸新区西南部,全镇辖63个行政村,总人口44388人"),
 P("青岛西海岸新区", "zone", A, C, X, False, [], [], ev="张家楼镇位于青岛西海岸新区西南部,全镇辖63个行政村,总人口44388人"),
]
NOT = [("一带两翼", "layout slogan"), ("驻地工业园区", "generic (unnamed)"), ("63个行政村", "count")]
