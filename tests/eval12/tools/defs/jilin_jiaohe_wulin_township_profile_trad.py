TEXT = """烏林朝鮮族鄉

烏林朝鮮族鄉位于吉林省蛟河市東部,距市區3.5公里,全鄉幅員面積284平方公里,人口18370人,其中朝鮮族占總人口的34%。烏林鄉民俗風情獨特,物產豐饒,自然和區位條件優越,交通便利,蛟金公路和江黃高速公路貫穿全境。

基礎設施

烏林朝鮮族鄉政府所在地距蛟河市區3.5公里,蛟金公路和江黃高速公路一橫一縱貫穿全境,八家子村和市區相連,獨特的近郊區位優勢,方便的交通條件使烏林成為遠近商家投資的“風水寶地”。

全鄉已實現村村通程控電話、有線電視,移動通信網絡完善。已完成電力農網改造,學校、醫院、金融、郵政等服務設施齊全。2005年末,全鄉20個行政村將實現農村水泥路“村村通”。

自然資源

礦產資源

境內已探明礦產資源20余種,礦產儲量潛在價值105億元。其中:金屬礦主要有、銅、鐵、鎢、鉛等,非金屬礦主要有花崗石硅石長石碳酸鈣蘭晶石橄欖石、礦泉水、煤、草炭、磚瓦粘土等。體現出明顯優勢的礦產主要有鎳、花崗巖、橄欖綠寶石、泥炭等。

鎳:鎳是一種十分重要的有色金屬,是發展現代高科技不可缺少的原料。該市鎳礦主要產地為漂河鎮前進鄉兩地,探明儲量12128噸,占吉林省地區儲量的40%,居全省第二位,潛在價值8732萬元。

花崗巖:地質儲量約100億立方米,飾面用花崗巖和建筑用花崗巖儲量1億立方米。以白、紅、綠、青為主要系列花崗石,共有稻田白、玉蘭花、蛟河紅、橄欖綠、蛟河青等十余個品種。素有石材第一鄉之稱的天崗鎮是該市最大的石材生產和加工基地。
"""
META = dict(title="烏林朝鮮族鄉", issuer="(m.gethgdk.com mirror)", genre="town profile",
  province="吉林省", city="吉林市", county="蛟河市", date=None, script="traditional",
  source="http://m.gethgdk.com/hebeideji/3627816813861814432.html", provenance="excerpt",
  cut="removed the site's gambling-ad header line and the source line (來源:互聯網); cut before the 橄欖綠寶石 paragraph, where the stored copy breaks off. The missing first metal (主要有、銅) and the unseparated mineral list kept as stored. Clean traditional script (with 于 as stored). County 蛟河市 from the text; city 吉林市 by the unit rule. No date (data to 2005)")
A = "吉林省"; C = "吉林市"; X = "蛟河市"
PLACES = [
 P("天崗鎮", "district", A, C, X, True, ["石材"], ["石材第一鄉"], ev="素有石材第一鄉之稱的天崗鎮是該市最大的石材生產和加工基地", town="天岗镇"),
]
NOT = [("烏林朝鮮族鄉", "township (subject, no industries; resources only)"), ("蛟河市", "county (location)"), ("八家子村", "village"), ("蛟金公路", "road"),
 ("江黃高速公路", "road"), ("漂河鎮", "town (mineral locality)"), ("前進鄉", "township (mineral locality)"), ("蛟河紅", "stone variety (product)"), ("20個行政村", "count")]
