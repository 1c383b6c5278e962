TEXT = """中商情报网讯:内蒙古自治区,简称“内蒙古”,首府呼和浩特,位于中国北部边疆,由东北向西南斜伸,东西长约2400公里,南北最大跨度1700多公里,总面积118.3万平方公里。2021年,全年地区生产总值完成20514.2亿元,按可比价计算,比上年增长6.3%。
一、内蒙古产业整体规划布局情况
(一)空间发展总体布局
内蒙古下辖12个地级行政区划单位,分别是呼和浩特市、包头市、乌海市、赤峰市、通辽市、鄂尔多斯市、呼伦贝尔市、巴彦淖尔市、乌兰察布市、兴安盟、锡林郭勒盟、阿拉善盟。各盟市具体产业规划如下图所示:
"""
META = dict(title="(中商情报网:内蒙古产业整体规划布局情况)", issuer="中商情报网(中商产业研究院,km.eeju.com 转载)", genre="plan",
  province="内蒙古自治区", city=None, county=None, date="2022-12-09", script="simplified",
  source="http://km.eeju.com/chanpin/2022/1209/37455.html", provenance="verbatim",
  cut="removed the image label 【资料图】 and the chart source line (资料来源:中商产业研究院整理). Genre plan (the 产业整体规划布局 chapter of a layout report). Hard negative: the per-league industry plan is a chart image not in the stored text; only the twelve league/city units are listed (as administrative units) and no park, zone or building is named. Date from the URL")
PLACES = []
NOT = [("中商情报网", "media"), ("呼和浩特", "capital (described)"), ("12个地级行政区划单位", "count"), ("呼和浩特市", "city (administrative list)"),
 ("包头市", "city (administrative list)"), ("鄂尔多斯市", "city (administrative list)"), ("兴安盟", "league (administrative list)"), ("阿拉善盟", "league (administrative list)")]
