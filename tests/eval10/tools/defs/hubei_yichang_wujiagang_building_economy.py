TEXT = """去年以来,伍家岗区举全区之力大力推动楼宇经济发展。组建楼宇经济高质量发展指挥部统筹楼宇发展,构建产业链长、驻点招商片长、商务楼宇楼长“三长联动”机制,全区25栋商务楼宇分别配备区级楼长和属地楼长,出台《伍家岗区促进楼宇经济高质量发展奖励办法》,按照“以楼聚产、以产筑链”的思路,科学定位楼宇业态。组建楼宇专班主抓楼宇招商、管理和服务,建成智慧楼宇管理平台,为楼宇经济发展提供“最强大脑”。打造“楼小二”服务品牌,区领导带头开展“跑楼行动”,组建楼宇党组织和楼宇智库,打造楼宇统战创新实践基地,提升公共服务配套,为入驻企业提供良好环境。全区紧紧抓住建设世界级宜昌城市新中心的发展机遇,全力打造产业高端化、载体智慧化、服务复合化、集聚特色化的楼宇经济新模式。据悉,楼宇经
济促进会的服务覆盖全区28栋商务楼宇、1793户市场主体,今年上半年,全区楼宇入驻市场主体新增214户,入驻率由78%提升至83%,商务楼宇税收总额已达4.52亿元,同比上升25%。预计全年将有7栋楼宇税收超过5000万元,2栋楼宇税收过亿。
"""
META = dict(title="(伍家岗区楼宇经济 报道)", issuer="ycsgsl.com.cn(转载)", genre="news",
  province="湖北省", city="宜昌市", county="伍家岗区", date=None, script="simplified",
  source="https://www.ycsgsl.com.cn/News_show.asp?id=13354", provenance="verbatim",
  cut="nothing removed; the line break inside 楼宇经 / 济促进会 is kept as stored. City 宜昌市 from 宜昌城市新中心 and parent inference; no date in the stored copy. Building-economy text: no building is named")
A = "湖北省"; C = "宜昌市"; X = "伍家岗区"
PLACES = [
 P("伍家岗区", "district", A, C, X, True, ["楼宇经济"], [], ev="去年以来,伍家岗区举全区之力大力推动楼宇经济发展"),
]
NOT = [("楼宇经济高质量发展指挥部", "task force"), ("伍家岗区促进楼宇经济高质量发展奖励办法", "document title"), ("三长联动", "mechanism"), ("楼小二", "service brand"),
 ("跑楼行动", "campaign"), ("25栋商务楼宇", "count"), ("智慧楼宇管理平台", "platform"), ("世界级宜昌城市新中心", "title (goal)"), ("楼宇统战创新实践基地", "base (organisational)")]
