TEXT = """地下商業街添兩條:王府井 前門南中軸路

今年北京將啟動商業中心新一輪的調整升級。記者昨天從北京市商委了解到,今年北京將新建兩條地下商業街——王府井地下商業街和前門南中軸路(天壇西門到永定門車站)地下商業街,目前兩條商業街的建設規劃正在制定當中。
據了解,依據《中關村科技園區海淀園商業發展規劃》,今年北京市商委將對公主墳商業區和雙榆樹-大鐘寺商業區兩個市級商業中心進行統一規劃設計、整體提升改造,形成與現代化國際大都市相適應的現代化商業中心,并研制制定朝外大街總體建設方案,對功能定位、設施布局等進行全方位規劃,啟動20萬平方米的工程項目。同時,加快木樨園市級商業中心的建設,規范發展專業化服裝批發市場,形成以服裝經營為特色的商業中心。著手前門南中軸路地下商業街和王府井地下商業街的建設。
文/馬小森
"""
META = dict(title="地下商業街添兩條:王府井 前門南中軸路", issuer="景觀中國網(36byz.com 轉載)", genre="news",
  province="北京市", city="北京市", county=None, date="2003-02-14", script="traditional",
  source="http://36byz.com/news/8306.html", provenance="verbatim",
  cut="removed the poster/date/source lines (admin / 2003-02-14 / 來源:景觀中國網), the teaser copy of the lead that breaks off (今年北京將啟動…地下商業) and the comment/related widgets (發表評論 熱門評論 相關資訊). The byline 文/馬小森 kept. Commercial-zone (商業區/商業中心) text. Date from the date line")
A = "北京市"; C = "北京市"
PLACES = [
 P("王府井地下商業街", "zone", A, C, None, True, ["商業"], []),
 P("前門南中軸路(天壇西門到永定門車站)地下商業街", "zone", A, C, None, True, ["商業"], [], aliases=["前門南中軸路地下商業街"]),
 P("公主墳商業區", "zone", A, C, None, True, ["商業"], ["市級商業中心"]),
 P("雙榆樹-大鐘寺商業區", "zone", A, C, None, True, ["商業"], ["市級商業中心"]),
 P("木樨園市級商業中心", "zone", A, C, None, True, ["服裝經營"], []),
 P("朝外大街", "zone", A, C, None, False, [], []),
]
NOT = [("北京市商委", "agency"), ("中關村科技園區海淀園商業發展規劃", "document title"), ("現代化國際大都市", "title (goal)"),
 ("專業化服裝批發市場", "generic"), ("天壇西門", "landmark (boundary)"), ("永定門車站", "station (boundary)"), ("馬小森", "author")]
