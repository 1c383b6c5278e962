TEXT = """吉林省人民政府关于表彰全省先进开发区和先进工业集中区的决定
(吉政函〔2009〕109号)
各市 (州)人民政府,长白山管委会,各县 (市、区)人民政府,省政府各厅委办、各直属机构:
近年来,全省各级开发区和工业集中区以科学发展观为指导,以发展为第一要务,坚持科技创新,调整产业结构,优化发展环境,加快发展速度,努力提升开发层次和水平,不断增强整体经济实力,实现了经济持续健康快速发展,经济总量迅猛增长,招商引资和项目建设取得新进展,经济效益和社会效益不断提高,为全省经济社会又好又快发展做出了突出贡献。同时,涌现出一批在经济实力、招商引资、综合效益和基础设施建设等方面成绩显著的先进开发区和工业集中区。
为表彰先进,树立典型,激发干劲,全面提升全省开发区和工业集中区发展水平,发挥其在全省经济社会发展中的示范带动作用,省政府决定,授予长春高新技术产业开发区等18个开发区 “吉林省先进开发区”称号,授予通化东昌经济开发区等15个工业集中区 “吉林省先进工业集中区”称号,其中:3个国家级开发区只颁发奖牌,省级开发区和工业集中区分别颁发奖牌和奖金。希望受到表彰的先进开发区和先进工业集中区要谦虚谨慎,戒骄戒躁,珍惜荣誉,再接再厉,再创新的业绩。
"""
META = dict(title="吉林省人民政府关于表彰全省先进开发区和先进工业集中区的决定(吉政函〔2009〕109号)", issuer="吉林省人民政府(kleyou.com 转载)", genre="notice/approval",
  province="吉林省", city=None, county=None, date="2009", script="simplified",
  source="http://www.kleyou.com/html/text/lar/171011/17101135.html", provenance="excerpt",
  cut="cut before the paragraph 全省各级开发区和工业集中区要以…, which breaks off in the stored copy (…不断开创); the list of the 33 commended units is not in the stored text. The spaces in 各市 (州) and before the quoted titles are kept as stored. Year-only date from the document number")
A = "吉林省"
PLACES = [
 P("长春高新技术产业开发区", "zone", A, "长春市", None, True, [], ["吉林省先进开发区"],
   ev="省政府决定,授予长春高新技术产业开发区等18个开发区 “吉林省先进开发区”称号"),
 P("通化东昌经济开发区", "zone", A, "通化市", "东昌区", True, [], ["吉林省先进工业集中区"],
   ev="授予通化东昌经济开发区等15个工业集中区 “吉林省先进工业集中区”称号"),
]
NOT = [("吉林省人民政府", "agency"), ("吉政函〔2009〕109号", "document number"), ("长白山管委会", "agency"), ("18个开发区", "count"), ("15个工业集中区", "count"),
 ("3个国家级开发区", "count"), ("先进开发区和工业集中区", "category"), ("科学发展观", "policy slogan")]
