TEXT = """进贤县高新产业园创建于2002年,2005年8月被南昌市政府批准为中小企业创业基地。2012年11又被江西省政府批准为首批省级工业园区筹建。园区总体规划面积28余平方公里,其中首期控制性详细规划面积6平方公里。目前园区基本完成首期规划,正在进行二期规划的设计与开发。自成立以来,园区始终认真贯彻落实县委、县政府的决策部署和总体安排,紧紧咬住“超常发展、进位赶超、特色崛起”这个总体目标,大力推进大开放主战略和新型工业化核心战略。
"""
META = dict(title="进贤县高新产业园", issuer="(zhaoshang-gov.cn 招商页)", genre="investment page",
  province="江西省", city="南昌市", county="进贤县", date=None, script="simplified",
  source="https://zhaoshang-gov.cn/detail/zhaoshang-2117.html", provenance="verbatim",
  cut="removed the footer links (关于我们| 联系我们). The missing 月 in 2012年11又 kept as stored. No headline in the stored copy; title from the subject. County from the name; city 南昌市 from the text (南昌市政府) and the unit rule. No date")
PLACES = [
 P("进贤县高新产业园", "park", "江西省", "南昌市", "进贤县", True, [], ["中小企业创业基地", "首批省级工业园区"]),
]
NOT = [("南昌市政府", "agency"), ("江西省政府", "agency"), ("县委、县政府", "agency"), ("“超常发展、进位赶超、特色崛起”", "slogan"), ("大开放主战略", "strategy"),
 ("新型工业化核心战略", "strategy")]
