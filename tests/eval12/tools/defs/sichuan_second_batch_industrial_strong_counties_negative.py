TEXT = """四川省最新确定了一批工业强县示范县,资阳

近日,四川省工业化城镇化工作领导小组办公室确定全省第二批工业强县示范县(市、区),资阳市雁江区等26个县(市、区)入选。

26个县(市、区)均按照《四川省工业强县示范县(市、区)认定管理办法(试行)》,经专家评审和征求意见而产生。其中,成都市占得6席,分别为龙泉驿区、青白江区、金堂县、新都区、彭州市和温江区。

自贡、泸州、遂宁、乐山、宜宾5市各占两席,分别为自贡市沿滩区、富顺县;泸州市龙马潭区、泸县;遂宁市船山区、大英县;乐山市沙湾区、五通桥区和宜宾市宜宾县、翠屏区。

其余10个为攀枝花市东区、德阳市旌阳区、绵阳市游仙区、广元市利州区、南充市南部县、广安市邻水县、达州市渠县、巴中市平昌县、眉山市东坡区和资阳市雁江区。

值得一提的是,26个县(市、区)中,除了23个重点开发区和市辖区县外,还有广安市邻水县、达州市渠县和巴中市平昌县3个农产品主产区。“农产品加工产业是我省首个万亿产业,发力农业供给侧结构性改革,农产品加工产业将有更大发展空间。”省工业化城镇化工作领导小组办公室相关负责人介绍。

年底,我省确定全省首批工业强县示范县(市),14个县(市)入选。近年来,首批工业强县示范县(市)引领作用明显。截至去年底,全省个县(市、区)有个县(市、区)GDP总量超过亿元,其中超过亿元的县(市、区)达33个。

目前,我省已建立工业强县示范县(市、区)优胜劣汰机制,将对实施情况进行年度评估。
"""
META = dict(title="四川省最新确定了一批工业强县示范县,资阳", issuer="(xingduzx.com, 综合整理自网络)", genre="designation list",
  province="四川省", city=None, county=None, date=None, script="simplified",
  source="http://www.xingduzx.com/xdxyw/1650.html", provenance="excerpt",
  cut="removed the closing credit and widget lines (本文消息综合整理自网络 / 点击下方“阅读原文”… / 赞赏 / 长按), the run of empty lines, the unrelated advertisement lines and the 转载请注明 line. The missing year (年底,) and missing numbers (全省个县(市、区)有个县…超过亿元) kept as stored. Hard negative: the 26 listed counties/districts get only the title 工业强县示范县 (batch-10 practice: units given only a title are not_places); no park, zone or building is named. No date in the stored copy")
PLACES = []
NOT = [("四川省工业化城镇化工作领导小组办公室", "agency"), ("四川省工业强县示范县(市、区)认定管理办法(试行)", "document title"), ("资阳市雁江区", "county (title only)"),
 ("龙泉驿区", "county (title only)"), ("金堂县", "county (title only)"), ("自贡市沿滩区", "county (title only)"), ("广安市邻水县", "county (title only; 农产品主产区)"),
 ("工业强县示范县", "title"), ("农产品主产区", "category"), ("26个县(市、区)", "count")]
