TEXT = """南闸镇(2011年撤镇变街道)位于江阴市南部,面积45平方千米,其中水面面积13.46平方千米,户籍人口4.87万人,镇人民政府驻地在紫金路13号,在市政府驻地向南3千米处。东接云亭镇,南邻月城镇,西至常州市武进区焦溪镇,北靠澄江镇。辖花果、谢南、施元、曙光、涂镇、南新、泾西、南运、龙游、蔡泾、观山、灯塔、泗河、观西14个村和南闸1个社居委。1958年9月政社合一,建南闸人民公社,1984年3月改公社为乡,1988年8月,撤乡建镇,仍称南闸镇。
南闸镇位于江阴市南郊,地处美丽富饶的太湖平原、经济繁荣的苏锡常之腹,镇区距国家一类开放口岸 江阴港和张家港仅6公里和11公里,距锡澄高速、新长铁路道口仅3公里,繁华的锡澄公路穿镇而过,交通十分便捷,经济和社会事业发展迅速。全镇总面积45平方公里,下辖15个行政村(含1个社区居民委员会),常住人口4.7万人。2006年,全镇实现国内生产总值28.25亿元,财政收入2.02亿元,工商业开票销售62.93亿元。 南闸镇工业发展较快,投资环境优越,发展前景广阔。2000年经江阴市人民政府批准成立的南闸工业园,规划面积5平方公里,被命名为无锡市重点乡镇工业园区。目前,园区分印刷文具工业区、纺织工业区、锦南工业区和东盟科技工业区等4个区。
"""
META = dict(title="南闸镇", issuer="(夏雨云 xiayuyun.com)", genre="town profile",
  province="江苏省", city="无锡市", county="江阴市", date=None, script="simplified",
  source="https://xiayuyun.com/zonghe/794975.html", provenance="verbatim",
  cut="removed the closing share/credit line (欢迎分享,转载请注明来源:夏雨云) and the comment widget (评论列表(0条)). The space in 开放口岸 江阴港 and the space before 南闸镇工业发展较快 kept as stored. No headline in the stored copy; title from the subject. County 江阴市 from the text; city 无锡市 and province by the unit rule (无锡市重点乡镇工业园区 also in the text). No date (data to 2006)")
A = "江苏省"; C = "无锡市"; X = "江阴市"
PLACES = [
 P("南闸工业园", "park", A, C, X, True, ["印刷文具", "纺织"], ["无锡市重点乡镇工业园区"], town="南闸镇"),
 P("锦南工业区", "park", A, C, X, False, [], [], town="南闸镇"),
 P("东盟科技工业区", "park", A, C, X, False, [], [], town="南闸镇"),
]
NOT = [("南闸镇", "town (subject, only described)"), ("江阴市", "county (location)"), ("常州市武进区焦溪镇", "neighbour"), ("云亭镇", "neighbour"),
 ("江阴港", "port (distance reference)"), ("锡澄高速", "road"), ("紫金路13号", "address"), ("印刷文具工业区", "generic sub-block"), ("纺织工业区", "generic sub-block"),
 ("江阴市人民政府", "agency")]
