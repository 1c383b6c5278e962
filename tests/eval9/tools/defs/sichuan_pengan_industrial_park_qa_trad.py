TEXT = """四川蓬安目前的發展情況怎麼樣?

蓬安是四川省東北部著名的宜居城鎮,蓬安是縣級行政區劃建制,全縣總人口七十萬左右,分佈在全縣1334平方公里的39個鄉鎮。

地處嘉陵江中游蓬安縣是四川著名的歷史文化名縣,史上出過一位非常有名的人物是司馬相如。蓬安縣具有五千年曆史,曾叫相如縣。

隨著西部大開發的深入,蓬安已塑造為新型工業城鎮,由“國省”兩級批准設立的蓬安工業園區,在川東北具有強大的吸附力、魅力,是蓬安縣最具活力的經濟開發區。

四川省在蓬安縣有重點培育成長型工業園區的項目,為蓬安當地帶來了巨大變化。

目前我縣圍繞嘉陵江畔大美公園城市建設,打造綠色生態區。

推進五百億工業園的建設,以省級工業園為牽引力作為招商引資的核心區。

加大力度扶持現代農業循環產業園建設,擴展農業產業化經濟發展渠道。

蓬安縣目前經濟發展勢頭強勁,具備建設特色現代化新型城市的基礎。未來還將依託川東北優勢區位,依託嘉陵江經濟水道發展生態經濟區,致力於實現全面小康社會!
"""
META = dict(title="四川蓬安目前的發展情況怎麼樣?", issuer="天天要聞(ttnews.xyz)問答", genre="news",
  province="四川省", city="南充市", county="蓬安县", date=None, script="traditional",
  source="https://ttnews.xyz/a/5b4dd640dc9b5e72972a8764", provenance="verbatim",
  cut="removed the answerer's user name (羅傑486) and the 分享到 / 相關文章 labels. Q&A answer (genre news, batch-8 Q&A practice); city 南充市 by parent inference from 蓬安县 (not named in the text); no date")
A = "四川省"; C = "南充市"; X = "蓬安县"
PLACES = [
 P("蓬安工業園區", "park", A, C, X, True, [], [], ev="隨著西部大開發的深入,蓬安已塑造為新型工業城鎮,由“國省”兩級批准設立的蓬安工業園區,在川東北具有強大的吸附力、魅力,是蓬安縣最具活力的經濟開發區"),
 P("現代農業循環產業園", "park", A, C, X, False, ["現代農業循環"], [], ev="加大力度扶持現代農業循環產業園建設,擴展農業產業化經濟發展渠道"),
]
NOT = [("蓬安縣", "county (described)"), ("嘉陵江", "river"), ("相如縣", "historical name"), ("司馬相如", "person"), ("川東北", "region"),
 ("五百億工業園", "goal (unnamed)"), ("省級工業園", "generic (same park, unnamed)"), ("綠色生態區", "generic (goal)"), ("生態經濟區", "generic (goal)"), ("新型工業城鎮", "title (town type)")]
