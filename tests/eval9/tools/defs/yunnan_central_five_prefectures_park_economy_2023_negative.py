TEXT = """滇中五州市园区经济亮点

昆明市以“大抓产业、主攻工业”为发展路径,着力构建集群成链的现代产业体系,赋能经济高质量发展。2022年,园区主营收入达1.4万亿元,占全省50%以上,持续领跑全省。

曲靖市聚焦产业链延伸全力打造产业集群的经验做法被国务院通报表扬,新能源电池、绿色硅光伏、绿色铝精深加工3个千亿级产业集群快速发展,2022年产值分别增长366.33%、255.32%、35.94%,成为全市产业经济的“主引擎”。

玉溪市积极发挥世界级锂矿资源优势,按照一园多区、分类聚集的产业思路,全产业链建构资源—材料—电芯—电池—应用—回收利用的千亿元新能源电池产业。

楚雄州把生物医药产业作为战略性新兴产业重点培育发展,做强生物医药种植业、加工业、商贸流通全产业链,中药材种植面积64.9万亩,年药品生产能力1.5万多吨,成为全省第二大生物医药产业基地。

红河州全面推行重点产业链链长制,全力打造绿色铝及精深加工、绿色食品及精深加工、有色金属及新材料等12条标志性重点产业链,推动产业投资增长38.6%,居全省前列。(云南日报记者龙舟 整理)
"""
META = dict(title="滇中五州市园区经济亮点", issuer="云南日报(昆明信息港转载)", genre="news",
  province="云南省", city=None, county=None, date="2023-07-13", script="simplified",
  source="https://m.kunming.cn/news/c/2023-07-13/13731080.shtml", provenance="verbatim",
  cut="removed the breadcrumb (首页 云南 正文), the source/time line (云南日报 07-13 07:39:22), an image number and caption (8 / 会议现场 记者龙舟/摄), the editor line and the 相关推荐 label; date from the URL. Hard negative: the text names no park, zone or building; industries are tied only to prefecture-level cities, parks appear only generically (园区, 一园多区)")
PLACES = []
NOT = [("昆明市", "prefecture-level city (described)"), ("曲靖市", "prefecture-level city (described)"), ("玉溪市", "prefecture-level city (described)"),
 ("楚雄州", "prefecture (described)"), ("红河州", "prefecture (described)"), ("滇中五州市", "region"), ("园区", "generic"), ("一园多区", "layout slogan (unnamed)"),
 ("全省第二大生物医药产业基地", "title (unnamed base)"), ("云南日报", "media"), ("国务院", "agency")]
