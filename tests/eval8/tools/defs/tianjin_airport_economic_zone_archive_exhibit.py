TEXT = """抢抓机遇,扩大开放,工业发展快速增长

随着滨海新区不断扩大开放水平,天津工业积极抢抓历史机遇,以高水平大项目好项目为抓手,以构筑高端产业高地为目标,着力调整和优化产业结构,加快转变经济发展方式,推动工业经济迈上新台阶。这一时期,丰田等一批国际龙头企业相继来津投资,逐步确立了装备制造、电子信息等8大优势产业,以光机电一体化、生物技术与现代医药、新材料为代表的高新技术产业也得到了较快发展。

  天津空港经济区毗邻天津市区,距滨海国际机场3公里,是我国华北、西北唯一的、北方规模最大的保税区。规划面积73平方公里,重点发展航空航天、高端装备制造。
"""
META = dict(title="抢抓机遇,扩大开放,工业发展快速增长(天津工业档案网上展览)", issuer="天津市档案馆 网上专题展览", genre="news",
  province="天津市", city="天津市", county=None, date=None, script="simplified",
  source="http://tjdag.gov.cn/zh_tjdag/wangShangZT/ZhuanTiZT/tjdag/wszt/ztzt/gydag/eggkfjnl/9840868/9841297/index.html", provenance="verbatim",
  cut="removed the photo caption (图为中国航天科技集团无人机。); date null")
A = "天津市"; C = "天津市"
PLACES = [
 P("天津空港经济区", "zone", A, C, None, True, ["航空航天", "高端装备制造"], [], ev="天津空港经济区毗邻天津市区,距滨海国际机场3公里,是我国华北、西北唯一的、北方规模最大的保税区"),
 P("滨海国际机场", "facility", A, C, None, False, [], [], ev="天津空港经济区毗邻天津市区,距滨海国际机场3公里,是我国华北、西北唯一的、北方规模最大的保税区"),
]
NOT = [("滨海新区", "district (described)"), ("丰田", "company"), ("8大优势产业", "count"), ("天津市区", "generic"), ("保税区", "generic category"),
 ("高端产业高地", "title (goal)")]
