TEXT = """2月24日,工信部公布第八批国家新型工业化产业示范基地名单,15个产业集聚区被评为“国家新型工业化产业示范基地(优势类)”,36个产业集聚区被评为“国家新型工业化产业示范基地(特色类)”,共有3家石油和化工类园区入选。
入选的石油和化工类园区包括新材料·上海金山工业园区、新材料(化工)·江苏泰兴经济开发区、石油化工·广东惠州大亚湾经济技术开发区等。 工信部通知提出,下一步将按照《国家新型工业化产业示范基地发展质量评价工作方案》要求,会同有关部门开展示范基地发展质量评价工作,实施“有进有出”的动态管理,对示范基地进行分级分类指导。各地工业和信息化主管部门要进一步指导推进国家、省级示范基地的建设工作,完善示范基地的培育体系;要强化政策引导,在产业规划布局、重大专项、技术改造、公共服务平台建设、培育先进制造业集群等方面,集中资源予以重点支持;要注重信息收集、报送工作,加强典型经验宣传。
"""
META = dict(title="(工信部公布第八批国家新型工业化产业示范基地名单 3家石油和化工类园区入选)", issuer="(zbqd.com 转载)", genre="news",
  province=None, city=None, county=None, date=None, script="simplified",
  source="http://zbqd.com/news/show.php?itemid=3536", provenance="excerpt",
  cut="removed the closing 行业直达 link list (污水处理 … 通用设备). No title line in the stored copy (title descriptive). National document (province null). Date null: the stored copy gives only 2月24日 without a year")
D = ["国家新型工业化产业示范基地"]
PLACES = [
 P("上海金山工业园区", "park", "上海市", "上海市", "金山区", True, ["新材料"], D),
 P("江苏泰兴经济开发区", "zone", "江苏省", "泰州市", "泰兴市", True, ["新材料(化工)"], D),
 P("广东惠州大亚湾经济技术开发区", "zone", "广东省", "惠州市", None, True, ["石油化工"], D),
]
NOT = [("工信部", "agency"), ("15个产业集聚区", "count"), ("36个产业集聚区", "count"), ("国家新型工业化产业示范基地(优势类)", "category (title)"),
 ("国家新型工业化产业示范基地(特色类)", "category (title)"), ("国家新型工业化产业示范基地发展质量评价工作方案", "document title"), ("3家石油和化工类园区", "count")]
