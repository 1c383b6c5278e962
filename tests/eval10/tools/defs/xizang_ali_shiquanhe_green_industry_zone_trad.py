TEXT = """獅泉河鎮(即阿里地區的城區)綠色產業聚集區,自2012年啟動實施
基本介紹
- 中文名:獅泉河鎮綠色產業聚集區
- 位置:西藏阿里地區噶爾縣獅泉河鎮
自2012年啟動實施的獅泉河鎮綠色產業聚集區運行情況良好,已有3家企業實現入駐。
據了解,獅泉河鎮綠色產業聚集區位於獅泉河鎮城區,占地面積300畝,園區規劃為工業發展用地、CBD用地和城鎮綠化用地三大板塊,建成後將有效推動獅泉河鎮的城市化進程和產業發展。
截至目前(2014年3月),園區已入駐3家企業,其中天鑫混凝土有限公司於2012年7月建成投產,占地30畝,總投資1600萬元,年生產混凝土50萬立方米,已實現銷售額1.2億元,創造利稅500萬元,解決就業崗位80個;西藏金達藥業有限責任公司已完成公司辦公樓及大門等建設,公司占地18畝,總投資1200萬元;民生副食品流通有限公司將於近期開工建設,公司占地29畝,總投資1200萬元。
"""
META = dict(title="獅泉河鎮綠色產業聚集區", issuer="newton.com.tw(百科條目)", genre="news",
  province="西藏自治区", city="阿里地区", county="噶尔县", date="2014-03", script="traditional",
  source="https://newton.com.tw/wiki/%E7%8D%85%E6%B3%89%E6%B2%B3%E9%8E%AE%E7%B6%A0%E8%89%B2%E7%94%A2%E6%A5%AD%E8%81%9A%E9%9B%86%E5%8D%80", provenance="verbatim",
  cut="nothing removed: the entry's lead, its info box (基本介紹 / 中文名 / 位置) and the news body are kept as stored. Genre news (the entry body is a 2014 news item). Date from 截至目前(2014年3月)")
A = "西藏自治区"; C = "阿里地区"; X = "噶尔县"
PLACES = [
 P("獅泉河鎮綠色產業聚集區", "zone", A, C, X, True, ["綠色產業"], [], town="狮泉河镇",
   ev="據了解,獅泉河鎮綠色產業聚集區位於獅泉河鎮城區,占地面積300畝,園區規劃為工業發展用地、CBD用地和城鎮綠化用地三大板塊"),
]
NOT = [("獅泉河鎮城區", "town area (location)"), ("阿里地區", "prefecture"), ("噶爾縣", "county (location)"), ("天鑫混凝土有限公司", "company"), ("西藏金達藥業有限責任公司", "company"),
 ("民生副食品流通有限公司", "company"), ("CBD用地", "land-use block"), ("三大板塊", "count")]
