TEXT = """福州商業新定位 溝通臺灣的海峽商貿中心

  海上絲綢之路的重要節點,因清代“五口通商”而成為中國最早的消費型商業城市之一,閩商的發祥地之一……擁有厚重商業歷史的福州,近期重布城市商業發展格局,其“溝通臺灣的海峽商貿中心城市”的打造目標備受關注。

  福州市政府25日稱,《福州市城市商業網點規劃(2011—2020)》近日正式出爐,“面向臺灣的區域性高端消費中心、區域性國際物流中心、區域性總部經濟中心和對臺合作交流服務中心”,成為全新的福州城市商業定位。

  福州城區及所轄福清、羅源、閩侯3縣(市)均在規劃中被重點細化發展功能,而在商業服務中心、商務區商圈、重點商業街區及商品交易市場規劃中,均為打造對臺區域性高端消費中心佈下亮眼元素。

  佔地面積約2.5平方公里的東街口-南門兜城市商業中心為福州傳統商業中心區,規劃有:以東街口商圈為核心的高端品質消費商業區、以三坊七巷為核心的旅遊文化特色商業區和以五一商圈為核心的時尚休閒服務商業區。該商業中心打造海峽西岸經濟區商業形象集中展示區,吸引臺灣商業業態的入駐。
"""
META = dict(title="福州商業新定位 溝通臺灣的海峽商貿中心", issuer="中新社(台灣網 big5.chinataiwan.cn 轉載)", genre="plan",
  province="福建省", city="福州市", county=None, date="2012-07-26", script="traditional",
  source="http://big5.chinataiwan.cn/tsfwzx/sqkd/201207/t20120726_2853481.html", provenance="verbatim",
  cut="removed the breadcrumb (您的位置:台灣網-商情快遞), the date/source/editor line and the closing widgets (延伸閱讀, 訂閱新聞, 責編信箱). Paragraph-leading spaces kept. Genre plan (report of the 福州市城市商業網點規劃 layout). Commercial-zone (商圈/商業區) text. Date from the date line")
A = "福建省"; C = "福州市"
PLACES = [
 P("東街口-南門兜城市商業中心", "zone", A, C, None, True, ["商業"], []),
 P("東街口商圈", "zone", A, C, None, True, ["高端品質消費"], []),
 P("三坊七巷", "landmark", A, C, None, True, ["旅遊文化"], []),
 P("五一商圈", "zone", A, C, None, True, ["時尚休閒服務"], []),
]
NOT = [("福州市政府", "agency"), ("福州市城市商業網點規劃(2011—2020)", "document title"), ("溝通臺灣的海峽商貿中心城市", "title (goal)"),
 ("區域性國際物流中心", "title (goal)"), ("福清", "county-level city (list)"), ("羅源", "county (list)"), ("閩侯", "county (list)"),
 ("海峽西岸經濟區商業形象集中展示區", "title (goal)"), ("高端品質消費商業區", "generic (function)")]
