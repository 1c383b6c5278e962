TEXT = """昌吉高新技术产业开发区

昌吉高新技术产业开发区(英语:Changji National High-Tech Industrial Development Zone)位于新疆维吾尔自治区“乌昌石”城市群战略核心区域,距乌鲁木齐市中心49公里,其主要发展区域为昌吉市乌伊公路以南、长宁南路以西11.26平方公里。其前身为于1992年成立的昌吉经济技术开发区,2000年升格为省级高新区,2010年9月,经中华人民共和国国务院批准升格为国家级高新区。目前辖区总面积为426平方公里,其中起步区34平方公里、近中期规划建设面积54平方公里[1]

园区概况

截止到2017年第三季度,园区地方财政收入达4.79亿元,2017年全年预计实现工业总产值285亿元,固定资产投资和招商引资到位资金五年累计实现363.86亿元和412.89亿元[2]

参考资料

  1. ^ 昌吉高新技术产业开发区基本概况. 昌吉国家高新技术产业开发区管委会网. [2017-11-01]. (原始内容存档于2017-11-07). 
  2. ^ 【喜迎十九大】我为家乡点赞· 昌吉国家高新区(组图). 昌吉回族自治州人民政府网. [2017-10-13]. (原始内容存档于2019-06-11). 
"""
META = dict(title="昌吉高新技术产业开发区", issuer="(维基百科镜像 zhwiki.oracleblog.org)", genre="investment page",
  province="新疆维吾尔自治区", city="昌吉回族自治州", county="昌吉市", date=None, script="simplified",
  source="https://zhwiki.oracleblog.org/wiki/%E6%98%8C%E5%90%89%E9%AB%98%E6%96%B0%E6%8A%80%E6%9C%AF%E4%BA%A7%E4%B8%9A%E5%BC%80%E5%8F%91%E5%8C%BA", provenance="excerpt",
  cut="removed the edit links (编辑) and the 外部链接 section; the reference list is kept as stored. Genre investment page (a park-profile encyclopedia entry, 园区简介-like; see NOTES). No date (data to 2017). County 昌吉市 from the text (昌吉市乌伊公路以南); city 昌吉回族自治州 as its parent")
A = "新疆维吾尔自治区"; C = "昌吉回族自治州"; X = "昌吉市"
PLACES = [
 P("昌吉高新技术产业开发区", "zone", A, C, X, True, [], ["国家级高新区"], ev="昌吉高新技术产业开发区(英语:Changji National High-Tech Industrial Development Zone)位于新疆维吾尔自治区“乌昌石”城市群战略核心区域", aliases=["昌吉国家高新区", "昌吉经济技术开发区"]),
]
NOT = [("“乌昌石”城市群", "region"), ("乌鲁木齐市", "city (distance reference)"), ("乌伊公路", "road (boundary)"), ("长宁南路", "road (boundary)"),
 ("起步区", "sub-block"), ("昌吉国家高新技术产业开发区管委会网", "website"), ("昌吉回族自治州人民政府网", "website")]
