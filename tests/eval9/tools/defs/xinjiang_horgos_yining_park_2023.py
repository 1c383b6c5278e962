TEXT = """高质量发展调研行丨霍尔果斯经济开发区伊宁园区:优势资源助力产业腾飞

科技日报记者 李禾 张佳星

9月18日,科技日报记者跟随“高质量发展调研行”新疆主题采访活动来到了伊犁州霍尔果斯经济开发区伊宁园区,该园区管委会副主任张斌说,伊犁有丰富的水、煤炭、生物资源,气候条件优越,空气质量良好,非常适合生物技术产业、农副产品精深加工等产业发展。

目前,伊宁园区主要打造以生物技术产业为主导,以农副产品精深加工、新能源新材料、现代服务业为重点的“1+3”产业发展体系。截至8月底,已完成工业总产值36.37亿元,其中,生物医药33亿元、新能源新材料2.16亿元、农副产品0.75亿元等,同比增长9.98%;实现工业增加值13.35亿元,同比增长19.3%。
"""
META = dict(title="高质量发展调研行丨霍尔果斯经济开发区伊宁园区:优势资源助力产业腾飞", issuer="科技日报(caijingche.com 转载)", genre="news",
  province="新疆维吾尔自治区", city="伊犁哈萨克自治州", county=None, date=None, script="simplified",
  source="https://caijingche.com/a/138742.html", provenance="verbatim",
  cut="removed the site slogan (专注于分享 / 分享好资源), the two repeated title lines that act as image captions and the photo credit (科技日报记者 李禾 摄); the year is not on the stored copy (the 调研行 campaign ran in 2023; not used). city from 伊犁州; county null (伊宁 in the name could be 伊宁市 or 伊宁县)")
A = "新疆维吾尔自治区"; C = "伊犁哈萨克自治州"
PLACES = [
 P("霍尔果斯经济开发区伊宁园区", "park", A, C, None, True, ["生物技术产业", "农副产品精深加工", "新能源新材料", "现代服务业"], [], aliases=["伊宁园区"],
   ev="目前,伊宁园区主要打造以生物技术产业为主导,以农副产品精深加工、新能源新材料、现代服务业为重点的“1+3”产业发展体系"),
 P("霍尔果斯经济开发区", "zone", A, C, None, False, [], [], ev="伊犁州霍尔果斯经济开发区伊宁园区"),
]
NOT = [("伊犁州", "prefecture"), ("伊犁", "prefecture (described)"), ("张斌", "person"), ("科技日报", "media"), ("高质量发展调研行", "event"), ("1+3", "industry formula")]
