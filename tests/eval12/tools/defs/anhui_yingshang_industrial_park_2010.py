TEXT = """5月12日,由安徽省服装商会组织,瑶海园区管委会李主任、安徽省服装商会副秘书长沈暧晖、合肥万国投资发展有限公司副董事长俞跃武、新温商国际投资集团执行董事林成辉、七匹狼安徽拓展部经理李树森、合肥华强资讯科技有限公司董事长黄勤武、香港凯斯丽安徽总代理翁仕运、安徽鑫众传媒广告有限公司经理程奎等一行组成投资与合作考察团赴阜阳市颍上县工业园区进行投资考察。
颍上县处于淮河与颍河交汇处,黄淮海平原最南端,土地面积1859平方公里,人口166万,县城居民20万,全省少有。颍河流经全县200公里,全县矿储量近亿吨,煤储量100多亿吨,目前谢桥煤矿年产800万吨,年产300万吨的罗园煤矿正在筹建中。颍上县区位优越,交通发达,阜阳机场和京九铁路阜阳编组站距县城60公里,连接京沪和京九两大铁路干线的阜淮铁路横穿县境,阜六铁路即将开工;阜六高速公路、合淮阜高速公路和规划中的淮北至安庆高速公路纵横县境,105国道与102、224、328省道在境内交汇;淮河、颍河流经颍上200多公里,四季通航,通江达海。颍上县历史文化悠久,人杰地灵,中国生态农业第一村小张庄和省级湿地自然保护区八里河,先后被联合国环境署命名为环境保护“全球500佳”;八里河风景区和迪沟风景区双双被评为国家AAAA级风景区,全县年接待游客200万人次。
安徽颍上工业园是经省人民政府批准设立的省级工业园区[皖政秘(2006)22号]。园区融工业,商贸,房地产和旅游开发为一体,园区规划面积21.8平方公里,占颍上城区面积的三分之一,区内设置商服区、纺织工业区、食品工业区、服装工业区、医药化工区、机械工业区、电子工业区、高新技术区等专业区,园区以优越的区位、优良的环境、优质的服务吸引了大批大中型企业入驻。
"""
META = dict(title="安徽省服装商会组织考察团赴颍上县工业园区考察 (no headline in the stored copy)", issuer="(纺织服装网 news.webtex.cn)", genre="investment page",
  province="安徽省", city="阜阳市", county="颍上县", date="2010-05-13", script="simplified",
  source="http://news.webtex.cn/info/2010-5-13@416633_1.htm", provenance="excerpt",
  cut="cut after 吸引了大批大中型企业入驻。, before the broken fragment (,目) where the stored copy breaks off. Title descriptive. Genre investment page: an investment-tour report whose body is the county and park promotion profile. Date from the URL. County and city from the text (阜阳市颍上县)")
A = "安徽省"; C = "阜阳市"; X = "颍上县"
PLACES = [
 P("安徽颍上工业园", "park", A, C, X, True, ["纺织", "食品", "服装", "医药化工", "机械", "电子"], ["省级工业园区"], aliases=["颍上县工业园区"],
   ev="安徽颍上工业园是经省人民政府批准设立的省级工业园区[皖政秘(2006)22号]"),
 P("八里河风景区", "landmark", A, C, X, False, [], ["国家AAAA级风景区"]),
 P("迪沟风景区", "landmark", A, C, X, False, [], ["国家AAAA级风景区"]),
]
NOT = [("安徽省服装商会", "organization"), ("瑶海园区管委会", "agency"), ("合肥万国投资发展有限公司", "company"), ("七匹狼", "company"),
 ("谢桥煤矿", "coal mine (resource site)"), ("罗园煤矿", "coal mine (resource site)"), ("阜阳机场", "airport"), ("淮河", "river"), ("小张庄", "village"),
 ("皖政秘(2006)22号", "policy number")]
