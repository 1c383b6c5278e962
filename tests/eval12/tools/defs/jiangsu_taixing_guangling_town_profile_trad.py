TEXT = """廣陵鎮地處發達的長江三角洲蘇中地區,南臨長江、北接黃橋,轄區17個村,2個居委會,面積60平方公里,人口62000人。自古以來,廣陵商貿雲集,由小「揚州」之美稱。今日廣陵更是集聚了海內外的能人志士前來投資,三個產業紅紅火火、產銷兩旺、充滿生機和活力。[1]

行政區劃

兩個居委會:廣陵居委會,興寧居委會;

十五個行政村:新圩村張拾村通靖村季圩村曹市村,顧周村,大有村,木行村,寧界村,聯匡村,北肖村 ,馬莊村,聯吳村,禪師村,龍王村

自然資源

廣陵農產品資源極為豐富,盛產銀杏、稻麥、油料及各種特種水產品。廣陵工業現有企業56家,職工總數5000人,工業產品200多種,已形成機械、服裝、儀表、化工、建材,塑料製品、稀土等七個主要行業,年銷售總量5億多元。

廣陵工業園地處廣陵立交區東南側,廣靖高速、寧通高速、環抱園區,便捷的交通和獨特的區位優勢,有開發前景。

廣陵鎮地處泰興的南部邊緣,與靖江市接壤,是全市的「南大門」,屬溫熱帶氣候,四季分明,雨量充沛,水土肥沃,環境優美。全鎮設15個行政村,2個居委會,394個村民小組,總面積59平方公里,共有16750戶,58661人。全鎮社會總產值6.8億元,人均純收入達3200元。[2]

經濟發展情況

廣陵鎮有着得天獨厚的資源優勢,寧通、廣靖、寧靖鹽三條高速公路交匯於此,是蘇南、蘇北的主要交通樞紐,是江蘇省對外開放的重點工業衛星鎮。
"""
META = dict(title="廣陵鎮", issuer="(求真百科 factpedia.org)", genre="town profile",
  province="江苏省", city="泰州市", county="泰兴市", date=None, script="traditional",
  source="https://factpedia.org/index.php?mobileaction=toggle_view_mobile&title=%E5%B9%BF%E9%99%B5%E9%95%87", provenance="excerpt",
  cut="removed the site menu lines (開啟主選單 / 求真百科) and the table-of-contents widget (目錄); cut after the first sentence of 經濟發展情況 (over length). Reference markers [1] [2], the run-together village list and the stray comma in 建材,塑料製品 kept as stored. Clean traditional script. County 泰兴市 from the text (泰興, 全市), city 泰州市 and province 江苏省 by the unit rule and the text (江蘇省). No date (data to 2004)")
A = "江苏省"; C = "泰州市"; X = "泰兴市"
PLACES = [
 P("廣陵鎮", "district", A, C, X, True, ["機械", "服裝", "儀表", "化工", "建材", "塑料製品", "稀土"], ["江蘇省對外開放的重點工業衛星鎮"],
   ev="廣陵工業現有企業56家,職工總數5000人,工業產品200多種,已形成機械、服裝、儀表、化工、建材,塑料製品、稀土等七個主要行業,年銷售總量5億多元", aliases=["廣陵"], town="广陵镇"),
 P("廣陵工業園", "park", A, C, X, True, [], [], town="广陵镇"),
]
NOT = [("長江三角洲", "region"), ("黃橋", "neighbour"), ("靖江市", "neighbour"), ("泰興", "county (location)"), ("小「揚州」", "nickname"), ("廣陵居委會", "community"),
 ("新圩村", "village"), ("廣陵立交區", "interchange (location)"), ("廣靖高速", "road"), ("寧通高速", "road")]
