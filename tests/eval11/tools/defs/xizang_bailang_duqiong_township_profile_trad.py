TEXT = """杜瓊鄉

杜瓊鄉隸屬於西藏日喀則市白朗縣,面積116.53平方千米,人口3780人(2017)。

基本介紹

  • 中文名稱:杜瓊鄉
  • 行政區類別:鄉
  • 所屬地區:中國西南
  • 下轄地區:9個村委會
  • 政府駐地:杜瓊村
  • 電話區號:0892
  • 郵政區碼:857315
  • 地理位置:西藏自治區日喀則市白朗縣北部
  • 面積:116.53平方千米 
  • 人口:3780人(2017) 
  • 氣候條件:高原氣候
  • 機場:日喀則和平機場
  • 火車站:日喀則站
  • 車牌代碼:藏D
白朗縣轄鄉。“杜瓊”系藏語,意為“集會結社之地”。1961年建杜瓊區,1988年改為鄉。位於縣境東北部,距縣府10公里。面積116.53平方千米,人口3780人(2017)。轄杜瓊、久布、東普、帕措、普拉、差強、多旦、來強、黨精9個村委會。以農為主的半農半牧鄉,種植青稞、小麥、油菜,牧養氂牛、山羊、綿羊。手工業產品,氆氌、藏被等在後藏出名。1993年被西藏自治區列為“一江兩河”農業綜合開發區。境內黨精寺初建於1261年。
"""
META = dict(title="杜瓊鄉", issuer="(牛頓百科 newton.com.tw)", genre="town profile",
  province="西藏自治区", city="日喀则市", county="白朗县", date=None, script="traditional",
  source="https://newton.com.tw/wiki/%E6%9D%9C%E7%93%8A%E9%84%89/6507582", provenance="verbatim",
  cut="removed the repeated title line and the closing widgets (相關詞條 / 熱門詞條 / 聯絡我們). The bullet list with its leading spaces and trailing spaces kept as stored. Clean traditional script. No date (data to 2017). County and city from the text (西藏日喀則市白朗縣)")
A = "西藏自治区"; C = "日喀则市"; X = "白朗县"
PLACES = [
 P("杜瓊鄉", "district", A, C, X, True, ["農", "牧", "手工業"], ["“一江兩河”農業綜合開發區"], ev="杜瓊鄉隸屬於西藏日喀則市白朗縣,面積116.53平方千米,人口3780人(2017)"),
]
NOT = [("白朗縣", "county (location)"), ("杜瓊村", "village (seat)"), ("日喀則和平機場", "airport"), ("日喀則站", "station"), ("黨精寺", "temple (heritage)"),
 ("氆氌", "product"), ("藏被", "product"), ("後藏", "region"), ("9個村委會", "count")]
