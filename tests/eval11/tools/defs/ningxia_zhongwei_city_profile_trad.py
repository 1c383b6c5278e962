TEXT = """中衛市
在舉世聞名的古絲綢之路、新歐亞大陸橋的“金腰帶”上,鑲嵌著一顆璀璨的明珠,它就是位于寧夏中西部的中衛市。
2003年12月,國務院批準撤銷中衛縣,成立地級中衛市。中衛市地處黃河前套,東眺銀川,西枕蘭州,自古就是西北地區的一個重鎮,前有黃河之險,后接賀蘭之固,扼守寧夏的西大門。現轄原中寧縣、海原縣和沙坡頭區。
中衛市區位優越,交通便捷。這里是全國鐵路交通大動脈的“西部橋頭堡”,是歐亞大通道“東進西出”的必經之地,包蘭、甘武、寶中鐵路和建設中的中太鐵路在此交匯。109國道、石中高速、中郝高速、石營公路、中靖公路、中西公路縱橫交錯,四通八達。
中衛市物華天寶,美麗富饒。這里得黃河灌溉之利,土地肥沃,物產豐饒,素有“塞上江南”、“魚米之鄉”的美譽。這里是中國枸杞之鄉,盛產的枸杞以其獨特的品質遠銷海內外,開發出具有自主知識產權的“寧夏紅”等枸杞系列產品紅遍全國,走向世界,銷往日本、韓國等10多個國家和地區。境內礦產資源種類眾多,儲量豐富,煤、石膏、陶土、石油、天然氣、白云巖等遍布四鄉八壑,品位高,易開發。其中石膏儲量達24億噸,居全國第二位;出產的以“三低三高”聞名于世的優質無煙煤被譽為“天下第一煤”。
"""
META = dict(title="中衛市", issuer="(ischool.net.cn 轉載的城市簡介)", genre="town profile",
  province="宁夏回族自治区", city="中卫市", county=None, date="2010-06-24", script="traditional",
  source="http://ischool.net.cn/zt/wj/nxx/ningx/nixi/201207/t20120706_2808946.htm", provenance="excerpt",
  cut="removed the time/source line (時間:2010-06-24 17:01 來源:SRC-3154); cut before the paragraph 中衛市能源充沛 (water/hydropower) and the tourism paragraph (沙坡頭 …), which the stored copy breaks off. Clean traditional script. Genre town profile (a city profile). Date from the time line. See NOTES: the city is described with products and resources; 中衛市 is labelled as a district carrying 枸杞 (中國枸杞之鄉)")
A = "宁夏回族自治区"; C = "中卫市"
PLACES = [
 P("中衛市", "district", A, C, None, True, ["枸杞"], ["中國枸杞之鄉"], ev="中衛市物華天寶,美麗富饒"),
]
NOT = [("中衛縣", "former county"), ("中寧縣", "county (subordinate)"), ("海原縣", "county (subordinate)"), ("沙坡頭區", "district (subordinate)"), ("銀川", "city (direction)"),
 ("蘭州", "city (direction)"), ("“西部橋頭堡”", "title"), ("“塞上江南”", "title"), ("“寧夏紅”", "brand"), ("“天下第一煤”", "title (product)"), ("109國道", "road")]
