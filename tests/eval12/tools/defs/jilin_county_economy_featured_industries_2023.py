TEXT = """吉林省推进县域经济发展 兴业强县富民

   抚松人参、洮南玉米制种、通榆新能源、长白冰雪旅游、敦化医药健康、珲春海产品加工、公主岭汽车零部件……在吉林省,这些在市场上叫得响的“吉字号”,皆出身“城尾乡头”的县域。

  县域强,则全域强。吉林省地处东北亚地理几何中心,是我国向北开放的重要窗口。全省自然资源主要分布在县域,振兴发展潜力更是在县域。

  近年来,吉林省坚决贯彻落实习近平总书记关于县域工作的重要论述精神,全面实施“一主六双”高质量发展战略,以项目建设为牵引,着力发展特色产业,持续改善营商环境,全面激发县域经济活力,奋力推进全省县域经济高质量发展。

  把产业链留在乡镇,把价值链留给农民。2022年,全省县域实现GDP5652.83亿元,同比增长2.4%,占全省43.2%,其中7个县(市)超过200亿元,延吉、公主岭、农安分别超过300亿元。农民人均纯收入连续3年增速超过城镇居民人均可支配收入,2022年达到18314元,梅河口农民收入最高达到19841元。

  提速提效 牵牢项目建设“牛鼻子”

  县域经济一头连着城市,一头连着农村,既是国民经济的重要基础、区域经济的基本单元、省域经济的坚实支撑,也是实现共同富裕的重要载体,可谓牵一发而动全身,落一子而活全盘。
"""
META = dict(title="吉林省推进县域经济发展 兴业强县富民", issuer="(苗木价格网 miaomuz.com 转载)", genre="news",
  province="吉林省", city=None, county=None, date="2023-11-26", script="simplified",
  source="https://miaomuz.com/miaomunews/miaomu11153.html", provenance="excerpt",
  cut="removed the login/site-menu line, the breadcrumb (当前位置:…), the site/date line (苗木价格网 发布时间:2023-11-26) and the site's contact note (【联系时,请说明是在\"苗木价格网\"看到的】); cut after 落一子而活全盘。 (over length; the stored copy breaks off two paragraphs later). Leading spaces kept as stored. Date from the date line. The seven counties in the opening list are each given their industry (kind district); counties named only with GDP or income figures are not_places")
A = "吉林省"
rows = [("抚松", "白山市", "抚松县", "人参"), ("洮南", "白城市", "洮南市", "玉米制种"), ("通榆", "白城市", "通榆县", "新能源"),
        ("长白", "白山市", "长白朝鲜族自治县", "冰雪旅游"), ("敦化", "延边朝鲜族自治州", "敦化市", "医药健康"), ("珲春", "延边朝鲜族自治州", "珲春市", "海产品加工"),
        ("公主岭", "长春市", "公主岭市", "汽车零部件")]
EV = "抚松人参、洮南玉米制种、通榆新能源、长白冰雪旅游、敦化医药健康、珲春海产品加工、公主岭汽车零部件……在吉林省,这些在市场上叫得响的“吉字号”,皆出身“城尾乡头”的县域"
PLACES = [P(n, "district", A, c, x, True, [s], [], ev=EV) for n, c, x, s in rows]
NOT = [("延吉", "county-level city (GDP figure only)"), ("农安", "county (GDP figure only)"), ("梅河口", "county-level city (income figure only)"), ("“吉字号”", "brand label"),
 ("“一主六双”高质量发展战略", "strategy"), ("东北亚地理几何中心", "region"), ("7个县(市)", "count")]
