TEXT = """黑河市在第三季度全省縣域經濟發展交流擂臺賽上作典型發言

東北網11月12日訊 11月11日,黑河市組織收聽收看2020年第三季度全省縣域經濟發展交流擂臺賽,市委副書記叢麗在黑河市分會場收聽收看並作典型發言,嫩江市、愛輝區也在會上作典型發言。
叢麗在發言中說,年初以來,黑河市堅持把發展縣域經濟作為落實『六穩』『六保』任務的重要抓手,統籌疫情防控和經濟社會發展,推動縣域經濟工作創新出彩、逆勢奮進。前三季度,在全省縣域經濟考評綜合排名中,嫩江再次位居全省首位,北安、孫吳位列前20名;全市縣域GDP實現254.9億元、同比增長2.6%,縣域主導產業增加值103.1億元;各工業園區累計入駐企業達到169家,實現工業增加值7.3億元;綠色功能性農產品生產基地面積1900萬畝以上,綠色有機食品認證標識346個,認證面積655.5萬畝;縣域地區實際利用省外資金102.2億元,引進投資5000萬元以上項目87個。
會議通報了全省縣域經濟發展情況,對下步工作進行安排部署。會議要求,各地要增強抓縣域經濟的政治責任感,形成推動縣域經濟發展的工作合力,打好產業發展、重點項目、園區建設、招商引資、擴大消費的收官戰。要圍繞壯大特色主導產業,在建園區、強產業、找項目、抓招商、優環境上持續發力,推動縣域經濟高質量發展。
"""
META = dict(title="黑河市在第三季度全省縣域經濟發展交流擂臺賽上作典型發言", issuer="東北網-黑河日報", genre="news",
  province="黑龙江省", city="黑河市", county=None, date="2020-11-12", script="traditional",
  source="https://heilongjiang.big5.dbw.cn/system/2020/11/12/058538529.shtml", provenance="verbatim",
  cut="removed the search widget (搜 索), the date/source/author line, the editor line (責任編輯) and the 圖片新聞/熱點新聞 labels. Hard negative: the text names no park, zone or building; the counties are named only for rankings and speeches")
PLACES = []
NOT = [("黑河市", "subject city (described)"), ("嫩江市", "county (speaker/ranking)"), ("愛輝區", "district (speaker)"), ("北安", "county-level city (ranking)"),
 ("孫吳", "county (ranking)"), ("各工業園區", "generic (unnamed parks)"), ("綠色功能性農產品生產基地", "generic"), ("東北網", "media"),
 ("全省縣域經濟發展交流擂臺賽", "event"), ("黑河市分會場", "venue (generic)")]
