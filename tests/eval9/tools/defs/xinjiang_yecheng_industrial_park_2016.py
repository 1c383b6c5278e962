TEXT = """叶城县积极创建自治区新型工业化产业示范基地

    叶城讯(通讯员张银兆)叶城工业园区2013年被批准为自治区级工业园区,批准规划建设面积17.73平方公里。目前落户企业138家,经过多年建设,打造了设施配套“六通一平”的发展环境,创建了集轻工业园、商贸物流园、化工园、光伏发电园和重工业园为特色的“一区五园”的发展格局。以硼锂镁钾为主的化工产业园,规划面积6800亩,已建设“两纵四横”道路框架和“五通一平”配套设施。目前,该县有关部门正全力配合,推进自治区新型工业化产业示范基地创建工作。
"""
META = dict(title="叶城县积极创建自治区新型工业化产业示范基地", issuer="报告搜(baogaosu.com)乌鲁木齐转载", genre="news",
  province="新疆维吾尔自治区", city="喀什地区", county="叶城县", date="2016-08-10", script="simplified",
  source="https://wulumuqi.baogaosu.com/xinwen/%E5%8F%B6%E5%9F%8E%E5%8E%BF%E7%A7%AF%E6%9E%81%E5%88%9B%E5%BB%BA%E8%87%AA%E6%B2%BB%E5%8C%BA%E6%96%B0%E5%9E%8B%E5%B7%A5%E4%B8%9A%E5%8C%96/49401526", provenance="verbatim",
  cut="removed the date/time line (10.08.2016 18:35); the paragraph's leading spaces are kept as stored; city 喀什地区 by parent inference from 叶城县 (not named in the text)")
A = "新疆维吾尔自治区"; C = "喀什地区"; X = "叶城县"
E = "创建了集轻工业园、商贸物流园、化工园、光伏发电园和重工业园为特色的“一区五园”的发展格局"
PLACES = [
 P("叶城工业园区", "park", A, C, X, True, [], ["自治区级工业园区"], ev="叶城讯(通讯员张银兆)叶城工业园区2013年被批准为自治区级工业园区,批准规划建设面积17.73平方公里"),
 P("化工产业园", "park", A, C, X, False, ["硼锂镁钾", "化工"], [], aliases=["化工园"], ev="以硼锂镁钾为主的化工产业园,规划面积6800亩,已建设“两纵四横”道路框架和“五通一平”配套设施"),
 P("轻工业园", "park", A, C, X, False, ["轻工业"], [], ev=E),
 P("商贸物流园", "park", A, C, X, False, ["商贸物流"], [], ev=E),
 P("光伏发电园", "park", A, C, X, False, ["光伏发电"], [], ev=E),
 P("重工业园", "park", A, C, X, False, ["重工业"], [], ev=E),
]
NOT = [("一区五园", "layout slogan"), ("自治区新型工业化产业示范基地", "title (goal)"), ("张银兆", "person"), ("叶城县", "county (described)")]
