TEXT = """昨天從和平區政府獲悉,和平區加快發展現代服務業規劃日前敲定。按照加快發展現代服務業的實施方案,將和平區規劃為:一條中軸線和六個現代服務業集聚區,逐步形成行業聚集,產業鏈完善,傳統服務業昇級改造,現代服務業高度發達的服務業產業中心。
一條中軸線:南京路商務商貿帶
南京路和平區段東起徐州道,西至南門外大街。南京路是和平區的南北中軸線,是連接天津市中央商務區與中心商業區的主要通道和重要組成部分。南京路商務商貿帶建設,將依托現有大型商務商貿設施和地鐵三個站點的地理優勢,加快實施項目填充建設,盡快形成天津市服務業『主動脈』。南京路商務商貿帶:在東部結合CBD(中心商務區)建設,重點發展商務服務業、現代商業、金融業、休閑娛樂業和旅游業;在中部結合CRD(中心商業區)建設,重點發展高檔、精品商業、休閑娛樂業和旅游業;在西部結合CID(中心信息區)建設,重點發展電信和其他信息傳輸服務業。同時,南京路整體要通過商務樓宇的開發建設,加快吸引跨國公司地區總部、外地駐津機構入駐發展。
六個現代服務業集聚區之小白樓中央金融商務區
小白樓中央金融商務區的四至范圍是:營口道、規劃大沽路、張自忠路、臺兒莊路、徐州道、南京路。是天津市CBD的核心,也是市級商業次中心,是和平區現代服務業發展規劃的重中之重。該區域商業、商務設施較為完善,具有良好的發展基礎,將依托天津市行政中心的區位優勢,建成以商貿流通業為基礎,以金融業為引導,以現代商務為核心內容,功能多元化的金融商務區。小白樓中央金融商務區包括解放北路金融商務區和小白樓商業區兩部分組成。
"""
META = dict(title="(和平區加快發展現代服務業規劃:一條中軸線和六個現代服務業集聚區)", issuer="北方網(economy.big5.enorth.com.cn)", genre="plan",
  province="天津市", city="天津市", county="和平区", date="2005-08-04", script="traditional",
  source="http://economy.big5.enorth.com.cn/system/2005/08/04/001085373.shtml", provenance="excerpt",
  cut="removed the image placeholders (![]() |); cut after the sentence ending 兩部分組成 before 解放北路金融商務區將重點發展金融業 (the stored copy breaks off in it). Clean BIG5 traditional script; the 『』 quotes kept. Genre plan (district service-industry layout plan). Date from the URL. Commercial-zone (商務區/集聚區) text")
A = "天津市"; C = "天津市"; X = "和平区"
PLACES = [
 P("南京路商務商貿帶", "zone", A, C, X, True, ["商務服務業", "現代商業", "金融業", "休閑娛樂業", "旅游業", "高檔、精品商業", "電信", "其他信息傳輸服務業"], []),
 P("小白樓中央金融商務區", "zone", A, C, X, True, ["商貿流通業", "金融業", "現代商務"], ["市級商業次中心"]),
 P("解放北路金融商務區", "zone", A, C, X, False, ["金融"], []),
 P("小白樓商業區", "zone", A, C, X, False, ["商業"], []),
]
NOT = [("和平區政府", "agency"), ("六個現代服務業集聚區", "count"), ("一條中軸線", "layout formula"), ("徐州道", "road (boundary)"), ("南門外大街", "road (boundary)"),
 ("天津市中央商務區", "generic (city CBD)"), ("CRD(中心商業區)", "generic"), ("CID(中心信息區)", "generic"), ("營口道", "road (boundary)"), ("天津市行政中心", "government seat")]
