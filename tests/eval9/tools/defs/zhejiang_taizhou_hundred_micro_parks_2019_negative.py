TEXT = """台州今年将新建和投运100个小微企业工业园

  昨天,记者从市经信局获悉,《台州市100个新建和投运小微企业工业园项目实施方案》(以下简称“方案”)已于近日发布,今年年底前,我市将新建和投运100个小微企业工业园,助推全市传统产业优化升级,再创块状经济和小微企业发展新优势。

  据介绍,该方案从指导思想、主要目标、工作安排、保障措施等四个方面,对我市今年100个小微企业工业园项目作了明确部署,全力推进100个小微企业工业园项目顺利实施。

  市经信局中小企业处负责人告诉记者,去年以来,台州举全市之力,扎实实施小微企业三年行动计划,大力推进小微企业园建设,强势开展“低散乱”整治,取得了阶段性成效。

  2018年,我市新增小微园数量、新增小微园建筑面积、新建成小微园数量、新增制造类小微园数量、新开工小微园数量等5项指标名列全省第一。椒江、温岭和玉环3地入选全省小微园建设提升地区,入选数量及奖补资金均列全省第二名。

  根据2018年底统计数据显示,全市一年里共新增小微工业园52个,建筑面积450余万平方米,入驻小微企业1260余家;拥有在建小微工业园51个,建筑面积522.6万平方米。

  “接下来,我市将重点围绕100个小微企业工业园目标,力争打造一批市级示范园和产业创新服务综合体,基本形成园区布局更合理、产业特色更鲜明、配套设施更完善、管理服务更规范的全市小微企业工业园高质量发展新格局。”该负责人说。
"""
META = dict(title="台州今年将新建和投运100个小微企业工业园", issuer="浙江在线(台州日报)", genre="news",
  province="浙江省", city="台州市", county=None, date="2019-03-22", script="simplified",
  source="https://zjnews.zjol.com.cn/zjnews/tznews/201903/t20190322_9733593.shtml", provenance="verbatim",
  cut="removed the breadcrumb (您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 > 台州 正文), the time/source line, the tag/editor/share lines and the copyright notice; date from the URL and time line. Hard negative: no park, zone or building is named (the 100 小微企业工业园 are counted, not named); the three county units are named only as holders of a provincial title, with no industry")
NOT = [("台州", "city (described)"), ("市经信局", "agency"), ("台州市100个新建和投运小微企业工业园项目实施方案", "document title"), ("椒江", "district (title holder, no industry)"),
 ("温岭", "county-level city (title holder, no industry)"), ("玉环", "county-level city (title holder, no industry)"), ("全省小微园建设提升地区", "title"),
 ("小微企业工业园", "generic (unnamed)"), ("市级示范园", "generic (goal)"), ("产业创新服务综合体", "generic (goal)")]
PLACES = []
