TEXT = """互助縣各街道鄉鎮情況介紹

一、地理位置

高寨鎮位于互助縣東南郊,地理坐標為東經101‘53’34”—102’05‘06”,北緯36’30’20”—36’37’04”,北依哈拉直溝鄉,東與紅崖子溝鄉接壤,南與平安縣相臨,西與西寧接壤。全鎮轄8個行政村,58個生產合作社,全鎮總人口12414人,西村是高寨鎮人民政府所在地。二00一年十月撤鄉建鎮更名為高寨鎮人民政府,各村委會名稱分別為:東村、中村、曹家堡村、西村、東莊村、西莊村、北莊村、西灣村。

二、自然環境

全鎮平均海拔2300米,地貌形態以高山為主,地勢南低北高,屬高原大陸性氣候,日溫差較大,太陽輻射強,日照時間長,冬季多大風,光熱充足,年平均氣溫7℃,年平均降雨量300—400毫米,年無霜期187天,屬于干旱地區。境內有和平渠和曹家堡村灌渠。

三、社會經濟條件

2005年末全鎮總人口為12414人,其中農業人口12102人,占總人口的97.48%,非農業人口312人,占總人口的2.52%。主要居民人口是漢、藏和回族,其中回族占總人口的43%。該鎮主要以農業為主,農作物有小麥、馬鈴薯、油菜等。糧食作物播種面積533.33公頃,總產298.40萬斤,年均畝產373斤;油料作物播種面積133.33公頃,總產31.92萬斤,年畝產319斤,全鎮農業總產值1477.41萬元,其中種植業702.52萬元,畜牧業774.89萬元,鄉鎮企業總產值6179.00萬元,農村居民純收入2589元。
"""
META = dict(title="互助縣各街道鄉鎮情況介紹(高寨鎮)", issuer="(nmhdgaokao.com 轉載的鄉鎮簡介)", genre="town profile",
  province="青海省", city="海东市", county="互助土族自治县", date=None, script="traditional",
  source="http://nmhdgaokao.com/list/3/huzhuxiangejiedaoxiangzhenqingkuangjieshao.html", provenance="excerpt",
  cut="removed the breadcrumb (> 重點推薦 >) and the repeated page title; cut before 四、城鎮基礎設施現狀 (infrastructure: roads, airport, power). Clean traditional script; the coordinates' mixed quote marks kept as stored. No date in the stored copy (data to 2005). County from the text (互助縣 → official 互助土族自治县), city 海东市 as its parent (unit rule)")
A = "青海省"; C = "海东市"; X = "互助土族自治县"
PLACES = [
 P("高寨鎮", "district", A, C, X, True, ["農業", "種植業", "畜牧業"], []),
]
NOT = [("互助縣", "county (location)"), ("哈拉直溝鄉", "neighbouring township"), ("紅崖子溝鄉", "neighbouring township"), ("平安縣", "neighbouring county"),
 ("西寧", "neighbouring city"), ("曹家堡村", "village"), ("和平渠", "canal"), ("高寨鎮人民政府", "agency"), ("鄉鎮企業總產值6179.00萬元", "figure")]
