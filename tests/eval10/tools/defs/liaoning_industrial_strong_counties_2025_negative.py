TEXT = """根据《关于组织开展辽宁省工业强县(市)培育认定工作的通知》(辽工信投资〔2025〕25号)要求,经各地工业和信息化主管部门推荐,拟培育认定大连瓦房店市、大连庄河市、鞍山海城市、丹东东港市、朝阳北票市等5个县(市)为2024年度工业强县(市)。现按相关规定予以公示,公示时间为2025年7月10日-2025年7月14日。如有异议,请于公示期内将意见以书面形式反馈至省工业和信息化厅。

  注:按行政区划排列,排名不分先后。

  辽宁省工业和信息化厅

  2025年7月10日
"""
META = dict(title="(辽宁省工业和信息化厅 2024年度工业强县(市)拟认定公示)", issuer="辽宁省工业和信息化厅(keceyun.com 转载)", genre="designation list",
  province="辽宁省", city=None, county=None, date="2025-07-10", script="simplified",
  source="https://www.keceyun.com/policy/newsdetail/251009.html", provenance="verbatim",
  cut="removed the contact line (联系电话:024-86892315). Hard negative: the notice names no park, zone or building; the five county-level cities are title holders (工业强县) with no industry assigned")
PLACES = []
NOT = [("大连瓦房店市", "county-level city (title holder)"), ("大连庄河市", "county-level city (title holder)"), ("鞍山海城市", "county-level city (title holder)"),
 ("丹东东港市", "county-level city (title holder)"), ("朝阳北票市", "county-level city (title holder)"), ("2024年度工业强县(市)", "title"),
 ("辽宁省工业和信息化厅", "agency"), ("辽工信投资〔2025〕25号", "document number"), ("关于组织开展辽宁省工业强县(市)培育认定工作的通知", "document title"), ("5个县(市)", "count")]
