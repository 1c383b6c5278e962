TEXT = """河南11個鎮入選全國第二批特色小鎮,看看這些各具特色的小鎮

河南在第住建部公佈的第二批全國特色小鎮中有11個鎮入選,看看這些各具特色的小鎮有你家鄉嗎?

1、汝州市蟒川鎮

蟒川鎮,位於汝州市區西南15公里,面積151.7平方公里,人口6.2萬。相傳在遠古時期此地有大蟒出沒,蟒川因此而得名。蟒川鎮區位優越明顯,已成為汝州市產業集聚區的核心組成部分和經濟發展的重要增長極。工業基礎紮實。境內礦產資源豐富,享有“煤海鋁山”之稱,形成了煤焦化、陶瓷新材料、硅石光伏、閥門製造等五大支柱產業,經濟發展勢頭強勁。特色農業初具規模,農業效益不斷提高,農村經濟充滿活力。

2、南陽市鎮平縣石佛寺鎮

南陽市鎮平縣石佛寺鎮,轄22行政村和1個社區,鎮域內總人口 7.2萬人,其中農業人口3.1萬人,城鎮人口4.1萬人,城鎮建成區面積4.8平方公里,是中國最大的玉雕產品加工銷售集散地.,玉雕是石佛寺鎮的支柱產業,產品主要有飾品和擺件兩大系列十大類十萬個品種。全鎮共有專業村落14個,專業市場4個,從業人員30000多人,建成了融加工、商貿、旅遊、休閒娛樂為一體的玉雕綜合市場。
"""
META = dict(title="河南11個鎮入選全國第二批特色小鎮,看看這些各具特色的小鎮", issuer="天天新聞(ttnews)轉載", genre="news",
  province="河南省", city=None, county=None, date=None, script="traditional",
  source="https://ttnews.xyz/a/5e610fe4dc9b5e5f80a0588a?lang=zh-hant", provenance="excerpt",
  cut="removed the date stamp (09.14) and the repeated picture-caption title lines after each entry; kept entries 1-2, cut from entry 3 (洛陽市孟津縣朝陽鎮, which breaks off in the stored copy). Date null: the page gives only 09.14")
H = "河南省"; D = "第二批全國特色小鎮"
PLACES = [
 P("蟒川鎮", "district", H, "平顶山市", "汝州市", True, ["煤焦化", "陶瓷新材料", "硅石光伏", "閥門製造"], [D], town="蟒川镇", aliases=["汝州市蟒川鎮"],
   ev="蟒川鎮區位優越明顯,已成為汝州市產業集聚區的核心組成部分和經濟發展的重要增長極"),
 P("石佛寺鎮", "district", H, "南阳市", "镇平县", True, ["玉雕"], [D], town="石佛寺镇", aliases=["南陽市鎮平縣石佛寺鎮"],
   ev="玉雕是石佛寺鎮的支柱產業,產品主要有飾品和擺件兩大系列十大類十萬個品種"),
 P("汝州市產業集聚區", "zone", H, "平顶山市", "汝州市", False, [], []),
 P("玉雕綜合市場", "building", H, "南阳市", "镇平县", False, ["玉雕"], [], town="石佛寺镇"),
]
NOT = [("住建部", "agency"), ("11個鎮", "count"), ("汝州市區", "generic (city proper, distance)"), ("煤海鋁山", "nickname"),
 ("五大支柱產業", "count"), ("中國最大的玉雕產品加工銷售集散地", "title (ranking claim)"), ("專業村落14個", "count"), ("專業市場4個", "count"),
 ("22行政村", "count"), ("你家鄉", "generic")]
