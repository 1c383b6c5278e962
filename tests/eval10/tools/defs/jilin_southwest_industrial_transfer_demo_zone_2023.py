TEXT = """今日最新!国家发改委同意设立吉西南承接产业转移示范区,范围包括四平、辽源、通化3市

3月15日,国家发改委发布《关于同意设立吉西南承接产业转移示范区的复函》,同意设立吉西南承接产业转移示范区,范围包括四平、辽源、通化3市。

复函指出,示范区建设按照“一区引领、三片支撑、多园联动”的空间布局,着力提升产业承接能力、优化营商环境、深化开放合作,有力有效承接国内外产业转移,在承接中推进产业转型升级,将示范区建设成为东北地区特色制造基地、绿色低碳转型先行区、区域合作发展新高地和全国重要的农特产品加工基地,培育区域经济新增长点,更好支撑东北地区振兴发展。
"""
META = dict(title="今日最新!国家发改委同意设立吉西南承接产业转移示范区,范围包括四平、辽源、通化3市", issuer="吉林发布(mrzl.z0.cc 转载)", genre="notice/approval",
  province="吉林省", city=None, county=None, date="2023-03-16", script="simplified",
  source="http://mrzl.z0.cc/zongheng/2023/0316/4247.html", provenance="verbatim",
  cut="removed the breadcrumb, the time/source line (2023-03-16 08:05:16 来源:吉林发布), the image label ((资料图片仅供参考)), the 原标题 line repeating the title, and the tag/prev/next labels. Genre notice/approval (news of the NDRC reply)")
A = "吉林省"
PLACES = [
 P("吉西南承接产业转移示范区", "zone", A, None, None, True, [], [], ev="3月15日,国家发改委发布《关于同意设立吉西南承接产业转移示范区的复函》,同意设立吉西南承接产业转移示范区,范围包括四平、辽源、通化3市"),
]
NOT = [("国家发改委", "agency"), ("关于同意设立吉西南承接产业转移示范区的复函", "document title"), ("四平", "city (extent)"), ("辽源", "city (extent)"), ("通化", "city (extent)"),
 ("东北地区特色制造基地", "title (goal)"), ("全国重要的农特产品加工基地", "title (goal)"), ("一区引领、三片支撑、多园联动", "layout slogan")]
