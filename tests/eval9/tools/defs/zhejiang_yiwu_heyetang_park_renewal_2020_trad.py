TEXT = """「城市有機更新」為何令園區企業焦慮不安——來自浙江義烏荷葉塘...

  義烏是一座以小見大的城市。它有兩個名字,一個叫義烏,一個叫小商品市場。在這個全球最大的小商品市場背後,當地成千上萬家中小企業,以貿促工、工貿聯動,形成義烏市場獨特的業態優勢。

  今年6月,距義烏小商品市場4公裡的荷葉塘工業功能區(以下簡稱荷葉塘園區),傳出被列為城市有機更新區塊的消息,當地眾多中小企業主焦慮不安,擔心土地和廠房被徵遷……

  「現在是摸底調查,市裡還沒決定拆不拆,企業不用太緊張,該買設備買設備、該生產生產。」荷葉塘園區所屬的福田街道黨工委書記盛慶生說,最近3個月他一直這樣安撫他們。

  與基層官員的從容淡定不同,更多宗地企業主則憂心忡忡。園區徵遷的決策是否科學?企業主的籲求是否合法有理?800多家園區中小企業將何去何從……記者為此展開調查。徵遷消息讓眾多企業主慌了神

  「已經兩個月沒睡上安穩覺了。」義烏市南吉針織有限公司總經理吳勤說,6月21日,突然傳出荷葉塘園區徵遷的消息,大家一下子慌了神,無心生產了。
"""
META = dict(title="「城市有機更新」為何令園區企業焦慮不安——來自浙江義烏荷葉塘工業功能區的調查", issuer="新華網客戶端(ppfocus.com 轉載)", genre="news",
  province="浙江省", city="金华市", county="义乌市", date="2020-12-12", script="traditional",
  source="https://ppfocus.com/0/fad5dd2eb.html", provenance="excerpt",
  cut="removed the date/source line (2020-12-12 新華網客戶端) and the image caption (義烏市福田街道有機更新指揮部。 記者劉荒攝); the stored title is itself truncated (…荷葉塘...) and is kept so; the sub-heading 徵遷消息讓眾多企業主慌了神 is run into the preceding paragraph as stored; the doc ends after the 吳勤 paragraph; the rest of the stored copy (街道幹部 visits, the 小龍人襪業 paragraphs, breaking off at 一心想把事業做大的福建…) is not used. City 金华市 by parent inference from 義烏")
A = "浙江省"; C = "金华市"; X = "义乌市"
PLACES = [
 P("荷葉塘工業功能區", "zone", A, C, X, True, [], [], town="福田街道", aliases=["荷葉塘園區"], ev="今年6月,距義烏小商品市場4公裡的荷葉塘工業功能區(以下簡稱荷葉塘園區),傳出被列為城市有機更新區塊的消息,當地眾多中小企業主焦慮不安,擔心土地和廠房被徵遷……"),
 P("義烏小商品市場", "facility", A, C, X, False, [], [], ev="今年6月,距義烏小商品市場4公裡的荷葉塘工業功能區(以下簡稱荷葉塘園區),傳出被列為城市有機更新區塊的消息,當地眾多中小企業主焦慮不安,擔心土地和廠房被徵遷……"),
]
NOT = [("義烏", "county-level city (described)"), ("福田街道", "subdistrict (location)"), ("盛慶生", "person"), ("義烏市南吉針織有限公司", "company"), ("吳勤", "person"),
 ("城市有機更新區塊", "generic (planning category)")]
