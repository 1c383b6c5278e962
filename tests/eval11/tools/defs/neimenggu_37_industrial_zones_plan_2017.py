TEXT = """内蒙古重点打造37个工业集中区 工业园区

近日,内蒙古自治区政府新闻办公室召开新闻发布会。内蒙古自治区政府副秘书长曹晓斌介绍,规划坚持发展优先,持续调整优化工业结构,坚持创新驱动、协调发展、绿色发展、市场主导。明确做优做强“四大传统工业基地”、加快发展七大战略性新兴产业、提升工业创新能力、持续优化工业结构、推动工业绿色化发展、优化工业生产力布局、加强质量和品牌建设、促进中小微企业持续健康发展、大力发展工业服务业九大主要发展任务。

“十三五”期间,内蒙古将依据沿黄沿线经济带重点产业发展规划、东部盟市重点产业发展规划、呼包鄂协同发展规划,重点打造37个工业集中区、工业园区,推动工业区有序整合,实现差异化、集聚集约化发展。主动融入京津冀协同发展战略,积极参与“一带一路”建设,推进中蒙俄经济走廊建设,加快和林格尔新区建设,实施工业“走出去”战略,不断拓展工业发展空间。积极引进绿色工艺技术装备,加快工业绿色化改造升级,推动建设一批绿色园区、绿色矿山和绿色企业,培育发展五大领域15个精深加工产业链。
"""
META = dict(title="内蒙古重点打造37个工业集中区 工业园区", issuer="(内蒙古投资网 touzi888.net 转载)", genre="plan",
  province="内蒙古自治区", city=None, county=None, date="2017-07-10", script="simplified",
  source="http://nmg.touzi888.net/news/view.html?id=6227", provenance="excerpt",
  cut="removed the date/author/views line (2017年07月10日 11:22:44tz44浏览量:904次); cut before the paragraph of the plan's core indicators (按照规划发展目标…) and the 展开 widget, to keep the layout part. Genre plan (press release on the 十三五 工业发展规划: tasks and spatial layout). Date from the date line")
A = "内蒙古自治区"
PLACES = [
 P("和林格尔新区", "zone", A, "呼和浩特市", "和林格尔县", False, [], []),
]
NOT = [("内蒙古自治区政府新闻办公室", "agency"), ("曹晓斌", "person"), ("四大传统工业基地", "count (unnamed bases)"), ("七大战略性新兴产业", "count"),
 ("37个工业集中区、工业园区", "count"), ("沿黄沿线经济带", "region"), ("呼包鄂", "region"), ("京津冀", "region"), ("中蒙俄经济走廊", "corridor"),
 ("绿色园区", "generic"), ("15个精深加工产业链", "count")]
