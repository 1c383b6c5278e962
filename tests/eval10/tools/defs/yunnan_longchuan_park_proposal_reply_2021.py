TEXT = """对政协云南省第十二届第四次会议第120400516号提案的答复

金芬代表

提出的关于将陇川工业园区纳入省级重点工业园区的建议》,已交省工业和信息化厅牵头办理,结合省开发区工作领导小组办公室的意见,现答复如下:

为解决我省开发区数量多、规模小、差异化集聚化发展不足等问题,2020年4月,省委、省政府印发实施了《云南省各类开发区优化提升总体方案》(云〔2020〕287简称《总体方案》),对全省各类开发区进行优化提升,全省158个开发区优化提升后保留 64 个,陇川工业园区为撤销的开发区之一

《总体方案》明确,撤销开发区的县(市、区)仍然要牢牢抓住产业发展不放松,确保产业培育和招商引资力度不减。开发区撤销后,原开发区内企业按照属地管理原则,纳入当地行政区域内管理。各地区各部门对原开发区内企业的各项支持政策保持不变,确保不因开发区撤销影响企业生产经营,确保企业依法依规享受各项政策和服务力度不减。

下一步,省开发区工作领导小组办公室将研究制定开发区考核评价办法,结合考核结果和申报省级开发区情况,按照“优进劣汰”原则对省级开发区实行动态调整。
"""
META = dict(title="对政协云南省第十二届第四次会议第120400516号提案的答复", issuer="云南省工业和信息化厅(gxt.yn.gov.cn)", genre="notice/approval",
  province="云南省", city="德宏傣族景颇族自治州", county="陇川县", date="2021-05-31", script="simplified",
  source="http://gxt.yn.gov.cn/zwgk/fdzdgknr/qtfdxx2ynsgxw/rdjyzxtahfyj2ynsgxw/content_30621", provenance="excerpt",
  cut="removed the site menu (政府信息公开指南 …), the metadata block (索引号, 发布机构, 生效日期, 文号, 主题分类, 发布时间, 浏览次数) and the document labels (C类 / 公开 / 云工信园区〔2021142); cut before the final paragraph (对你们提出的…积极打造适宜发展的), which breaks off in the stored copy. The missing opening 《 and the missing 。 after 之一 are kept as stored. Location: the reply concerns 陇川县 (city 德宏傣族景颇族自治州 by parent inference); date from 生效日期")
A = "云南省"; C = "德宏傣族景颇族自治州"; X = "陇川县"
PLACES = [
 P("陇川工业园区", "park", A, C, X, False, [], [], ev="全省158个开发区优化提升后保留 64 个,陇川工业园区为撤销的开发区之一"),
]
NOT = [("省工业和信息化厅", "agency"), ("省开发区工作领导小组办公室", "agency"), ("云南省各类开发区优化提升总体方案", "document title"),
 ("总体方案", "document title (short)"), ("省级重点工业园区", "category (title)"), ("全省158个开发区", "count"), ("金芬", "person"),
 ("政协云南省第十二届第四次会议第120400516号提案", "document"), ("优进劣汰", "slogan")]
