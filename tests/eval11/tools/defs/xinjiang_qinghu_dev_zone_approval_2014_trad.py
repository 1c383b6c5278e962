TEXT = """新疆兵團級青湖經濟開發區獲批成立
央廣網烏魯木齊3月21日消息(記者張孝成 五家渠臺鮑飛)新疆兵團級六師、五家渠市青湖經濟開發區3月18日獲批成立。這是兵團首家以現代服務業聚集園區為定位發展的經濟開發區。
五家渠青湖經濟開發區規劃總面積20.93平方公里。目前,已規劃建設了商貿物流園區、旅游會展園區、文化科教園區3個版塊。今后,開發區將圍繞建設新興產業聚集區、改革開放試驗區、融合發展示范區、生態休閑宜居區,形成高增值、強輻射、廣就業的現代服務業產業集聚區,著力打造面向全疆、放眼全國和中亞的重要現代服務業核心區。
開發區預計2017 年全部建成,計劃累計完成投資900億元以上。
"""
META = dict(title="新疆兵團級青湖經濟開發區獲批成立", issuer="中國廣播網(hainiu11.com 轉載)", genre="notice/approval",
  province="新疆维吾尔自治区", city="五家渠市", county=None, date="2014-03-21", script="traditional",
  source="http://hainiu11.com/newscenter/native/city/201403/t20140321_515131774.shtml", provenance="verbatim",
  cut="removed the date/source/share line (2014-03-21 19:28 來源:中國廣播網 說兩句 分享到:) and the editor/related lines (編輯:張喬 / 相關新聞 / 頭條推薦). Clean traditional script; the space in 2017 年 kept. Genre notice/approval (news of the approval). Date from the date line")
A = "新疆维吾尔自治区"; C = "五家渠市"
PLACES = [
 P("青湖經濟開發區", "zone", A, C, None, True, ["現代服務業"], ["兵團級"], aliases=["五家渠青湖經濟開發區"]),
]
NOT = [("六師", "corps division (administrator)"), ("商貿物流園區", "sub-block (generic)"), ("旅游會展園區", "sub-block (generic)"),
 ("文化科教園區", "sub-block (generic)"), ("新興產業聚集區", "title (goal)"), ("改革開放試驗區", "title (goal)"), ("現代服務業核心區", "title (goal)"), ("兵團", "organisation")]
