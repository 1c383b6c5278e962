TEXT = """重點產業園區是推動經濟發展的關鍵核心力量。在日前召開的云南省推動重點產業園區高質量發展若干政策措施新聞發布會上,云南省發展改革委、省工業和信息化廳、省科技廳、省財政廳、省自然資源廳、省商務廳等相關負責人介紹了推動重點產業園區發展的舉措。近年來,云南省加大土地、財政、科技創新等支撐力度,補短板、鏈長鏈,為產業園區整體提升夯實基礎。
2021年,云南省園區完成工業總產值預計超1.1萬億元,占全省工業總產值的65%以上,形成綠色鋁、綠色硅、生物醫藥、新能源電池材料等特色產業集群,產值超千億元的產業達到9個。2021年,綠色硅總產值超過千億元,形成保山、楚雄等5個綠色硅材聚集區;生物醫藥產業形成以昆明、玉溪等地為代表的產業集聚區,全省162戶醫藥制造業規模以上工業企業2021年增加值同比增長14.6%,云南白藥、昆藥集團、生物谷和龍津藥業入選中國中藥企業百強榜。
近年來,提升開放水平和產業能級被提上園區發展日程,對此,各類重點園區發揮優勢,推動云南省開放型經濟發展。相關統計數據顯示,云南省第一批18個重點產業園區中,有經開區、跨境經濟合作區、邊境經濟合作區、綜合保稅區4種類型10個園區統稱為開放型園區。2021年,全省5家國家級經開區主營業務收入達6451億元、地區生產總值1745億元、外貿進出口639億元,比上年分別增長11%、9.7%、17%,均高于全省同類指標增速。4家經開區在全國考核中排名提升,其中1家經開區前進了16位。
"""
META = dict(title="云南省推動重點產業園區高質量發展 (no headline in the stored copy)", issuer="(zhjsteel.net.cn mirror)", genre="news",
  province="云南省", city=None, county=None, date="2022-02-17", script="traditional",
  source="http://www.zhjsteel.net.cn/Artical/2022/02/17/300029290.html", provenance="excerpt",
  cut="cut after the paragraph ending 前進了16位。, before the 2022 plans paragraph (over length; the stored copy breaks off in it). Clean traditional script (with 云/于 as stored). No headline in the stored copy: the title is descriptive. Date from the URL. Hard negative: no park, zone or building is named; only categories, counts, unnamed agglomerations (保山、楚雄等5個綠色硅材聚集區, 以昆明、玉溪等地為代表的產業集聚區) and companies")
PLACES = []
NOT = [("云南省發展改革委", "agency"), ("省工業和信息化廳", "agency"), ("保山、楚雄等5個綠色硅材聚集區", "unnamed agglomerations (compressed, count)"),
 ("以昆明、玉溪等地為代表的產業集聚區", "unnamed agglomeration"), ("云南白藥", "company"), ("昆藥集團", "company"), ("龍津藥業", "company"),
 ("第一批18個重點產業園區", "count"), ("綜合保稅區", "category"), ("5家國家級經開區", "count")]
