TEXT = """工业和信息化部公示第一批国家新型工业化产业示范基地

    为全面贯彻落实科学发展观,加速推进中国特色新型工业化进程,加快转变经济发展方式,促进信息化与工业化融合,进一步调整优化产业结构,引导产业集聚发展、集约发展,工业和信息化部自2009年7月份以来在全国开展创建“国家新型工业化产业示范基地”(以下简称“示范基地”)工作。通过形式审查、专家评审与司局审查相结合等方式,在各地上报的近120个申报基地中评选出第一批共计62个示范基地,现已在我部门户网站公示,并接受社会监督。第一批示范基地充分体现了区域和行业的代表性。在地区分布上,除西藏自治区外,全国30个省、区、市和5个计划单列市实现了全覆盖,其中,东部地区29个(占46.77%),中部地区16个(占25.8%),西部地区17个(占27.42%);在行业分布上,装备制造工业25个,包含重大装备、航空、航天、汽车、船舶等领域;原材料工业15个,包含石油化工、钢铁、有色金属等领域;消费品工业8个,包含纺织、轻工、医药、生物等领域;电子信息及新兴产业(生产性服务业)14个,包含传感网、液晶显示、光电子、工业设计等领域。
  
  第一批62个示范基地产业集聚明显、特色鲜明、发展前景较好、综合实力较强,对于促进所在区域经济增长和产业结构优化升级将起到积极的推动作用,是我国走新型工业化道路、实现工业由大变强的重要承载区域。
"""
META = dict(title="工业和信息化部公示第一批国家新型工业化产业示范基地", issuer="工业和信息化部(cciac.org.cn 转载)", genre="notice/approval",
  province=None, city=None, county=None, date="2009-12-21", script="simplified",
  source="http://cciac.org.cn/html/article/2009-12/3888.html", provenance="verbatim",
  cut="removed the breadcrumb (首页 > 政策法规 > …), the repeated title, the date line and the related-article teaser (相关文章: 关于公示创建…候选名单的通知 …). The whitespace-only line between the paragraphs kept as stored. National document (province null). Hard negative: the announcement gives only counts and sector shares; no base, park or zone is named. Date from the date line")
PLACES = []
NOT = [("工业和信息化部", "agency"), ("国家新型工业化产业示范基地", "category (title)"), ("示范基地", "generic"), ("62个示范基地", "count"),
 ("近120个申报基地", "count"), ("西藏自治区", "province (excluded from coverage)"), ("东部地区", "region"), ("装备制造工业25个", "count"),
 ("重要承载区域", "generic")]
