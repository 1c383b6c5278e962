TEXT = """(二)开发区布局
锦州市现有滨海新区1个国家级经济技术开发区、松山新区1个国家级高新产业技术开发区、锦州大有经济开发区1个省级开发区。
各开发区重点产业分布
资料来源:中商产业研究院整理
(三)产业体系布局
“十四五”期间,锦州市重点发展粮油、蔬菜、水果、畜禽、水产五大优势特色产业。构建“8+3”工业产业布局,即精细化工、光伏及新能源、汽车及零部件、电子及半导体、装备制造、生物制药、新材料及节能环保、大数据八大新兴产业,石油化工、冶金、农产品加工三大传统产业。围绕打造辽西区域中心城市,重点建设辽西区域的文化中心、医疗卫生健康中心、教育中心、金融中心、交通物流中心“五大中心”。
锦州市现代产业体系布局
资料来源:中商产业研究院整理
"""
META = dict(title="锦州市产业布局(开发区布局·产业体系布局)(中商情报网)", issuer="中商情报网(中商产业研究院整理;dinovaliano.com 转载)", genre="catalogue",
  province="辽宁省", city="锦州市", county=None, date="2022-09-28", script="simplified",
  source="https://dinovaliano.com/news/chanye/20220928/1624381989436_2.shtml", provenance="excerpt",
  cut="none within the stored page (page 2 of a longer report); the figures (重点产业分布 maps) are not in the stored copy, only their captions, so no zone has sector phrases; date from the URL")
A = "辽宁省"; C = "锦州市"
E = "锦州市现有滨海新区1个国家级经济技术开发区、松山新区1个国家级高新产业技术开发区、锦州大有经济开发区1个省级开发区"
PLACES = [
 P("滨海新区", "zone", A, C, None, True, [], ["国家级经济技术开发区"], ev=E),
 P("松山新区", "zone", A, C, None, True, [], ["国家级高新产业技术开发区"], ev=E),
 P("锦州大有经济开发区", "park", A, C, None, True, [], ["省级开发区"], ev=E),
]
NOT = [("中商产业研究院", "company"), ("各开发区重点产业分布", "figure caption"), ("锦州市现代产业体系布局", "figure caption"),
 ("辽西区域中心城市", "title (goal)"), ("五大中心", "count"), ("八大新兴产业", "count"), ("三大传统产业", "count"), ("五大优势特色产业", "count")]
