TEXT = """平谷園、順義園正式納入中關村

中關村國家自主創新示范區(以下簡稱“中關村示范區”)的空間規模和布局調整方案正式進入實施階段。昨日,中關村平谷園和中關村順義園獲得授牌,這兩個北京的遠郊區縣也像中心城區一樣擁有了中關村園區。它們將以培育具有特色的戰略性新興產業集群為重點,把中關村園區建成區縣經濟發展的主要載體,帶動區縣經濟社會發展轉型提升。

  去年底,國務院批復同意了將中關村示范區空間規模從“一區十園”擴至“一區十六園”。中關村示范區的面積從233平方公里調整為488平方公里,房山、門頭溝、懷柔、平谷、密云、順義和延慶等7個遠郊區縣首次擁有了中關村園區,享受中關村各項優惠政策和配套政策措施。此次獲得授牌的中關村平谷園規劃面積5.08平方公里,主要分布在興谷經濟開發區、馬坊工業園區、馬坊物流園區和峪口新能源產業基地四個園區內。中關村順義園總規劃面積12.08平方公里,包括中航工業北京航空產業園、臨空國際高新技術產業基地、空港創意產業園、實創高新技術產業基地、北方新輝新興產業基地、非晶產業基地六個分園。
"""
META = dict(title="平谷園、順義園正式納入中關村", issuer="北京商報(siheshuidao.cn 中關村社區 轉載)", genre="news",
  province="北京市", city="北京市", county=None, date="2013-02-27", script="traditional",
  source="http://siheshuidao.cn/news/zgctz/201302/41890.htm", provenance="verbatim",
  cut="removed the breadcrumb (您的位置:首頁 > 新聞 > 中關村投資 > 正文), the date/source/font line and the comment form and footer (發布人, 驗證碼, 版權所有, 關于我們). Paragraph-leading spaces kept. Date from the date line")
A = "北京市"; C = "北京市"
PLACES = [
 P("中關村平谷園", "park", A, C, "平谷区", True, ["戰略性新興產業"], [], aliases=["平谷園"]),
 P("中關村順義園", "park", A, C, "顺义区", True, ["戰略性新興產業"], [], aliases=["順義園"]),
 P("中關村國家自主創新示范區", "zone", A, C, None, False, [], [], aliases=["中關村示范區"]),
 P("興谷經濟開發區", "zone", A, C, "平谷区", False, [], []),
 P("馬坊工業園區", "park", A, C, "平谷区", False, [], []),
 P("馬坊物流園區", "park", A, C, "平谷区", False, ["物流"], []),
 P("峪口新能源產業基地", "park", A, C, "平谷区", False, ["新能源"], []),
 P("中航工業北京航空產業園", "park", A, C, "顺义区", False, ["航空"], []),
 P("臨空國際高新技術產業基地", "park", A, C, "顺义区", False, ["高新技術"], []),
 P("空港創意產業園", "park", A, C, "顺义区", False, ["創意"], []),
 P("實創高新技術產業基地", "park", A, C, "顺义区", False, ["高新技術"], []),
 P("北方新輝新興產業基地", "park", A, C, "顺义区", False, ["新興產業"], []),
 P("非晶產業基地", "park", A, C, "顺义区", False, ["非晶"], []),
]
NOT = [("國務院", "agency"), ("一區十園", "layout formula"), ("一區十六園", "layout formula"), ("中關村園區", "generic"),
 ("房山", "district (list)"), ("門頭溝", "district (list)"), ("懷柔", "district (list)"), ("延慶", "district (list)"), ("中心城區", "generic area")]
