TEXT = """近日,山东省工业和信息化厅公示三家化工园区扩区,具体内容如下:
一、莘县化工产业园。扩区后总面积为7.57平方公里,四至范围为东至盛云路北段、华祥石化东边界、瑞森公司东边界,西至和云路,南至祥云街,北至丰云街。
二、茌平化工产业园。扩区后总面积为6.28平方公里,四至范围为东至滨河路、兴水路,西至信发路、兴盛路、茌东大道,南至张小路、黑龙江路,北至政和路、茌郝路、颐和路。
三、东明石化产业园。并点扩区调整后总面积为21.29平方公里,东明石化产业园主片区四至范围为:东至试白路,西至国道G106,南至城武路,北至洙赵新河、高海路,面积18.07平方公里;玉皇化工片区四至范围为:东至试白路以东1500米,西至试白路,南至园区北边界以南1000米,北至玉皇化工停车场北边界,面积1.02平方公里;东明石化片区四至范围为:东至菏宝高速,西至国道G106,南至三八路,北至东明县城镇开发边界,面积2.20平方公里。
"""
META = dict(title="山东省工业和信息化厅公示三家化工园区扩区", issuer="山东化工信息网(国内新闻)", genre="notice/approval",
  province="山东省", city=None, county=None, date="2024-01-09", script="simplified",
  source="http://sdchem.com.cn/html/hgzhfw/gnxw/2024/0109/32603.html", provenance="verbatim",
  cut="removed a trailing table-cell bar (|); date from the URL")
S = "山东省"
PLACES = [
 P("莘县化工产业园", "park", S, "聊城市", "莘县", True, ["化工"], ["化工园区"], ev="一、莘县化工产业园。扩区后总面积为7.57平方公里"),
 P("茌平化工产业园", "park", S, "聊城市", "茌平区", True, ["化工"], ["化工园区"], ev="二、茌平化工产业园。扩区后总面积为6.28平方公里"),
 P("东明石化产业园", "park", S, "菏泽市", "东明县", True, ["石化"], ["化工园区"], ev="三、东明石化产业园。并点扩区调整后总面积为21.29平方公里"),
]
NOT = [("山东省工业和信息化厅", "agency"), ("三家化工园区", "count"), ("东明石化产业园主片区", "component (section of the park)"),
 ("玉皇化工片区", "component (section of the park)"), ("东明石化片区", "component (section of the park)"), ("华祥石化", "company (boundary)"),
 ("瑞森公司", "company (boundary)"), ("玉皇化工停车场", "company facility (boundary)"), ("国道G106", "road"), ("菏宝高速", "road"),
 ("茌东大道", "road"), ("洙赵新河", "river (boundary)"), ("东明县城镇开发边界", "boundary"), ("盛云路北段", "road (boundary)")]
