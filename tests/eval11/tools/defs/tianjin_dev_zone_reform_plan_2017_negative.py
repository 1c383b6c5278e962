TEXT = """天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知
津政办函〔2017〕103号
天津市人民政府办公厅印发关于促进我市
开发区改革和创新发展实施方案的通知
各区人民政府,各委、局,各直属单位:
经市人民政府同意,现将《关于促进我市开发区改革和创新发展的实施方案》印发给你们,请照此执行。
天津市人民政府办公厅
2017年10月9日
关于促进我市开发区改革和
创新发展的实施方案
为贯彻落实《国务院办公厅关于促进开发区改革和创新发展的若干意见》(国办发〔2017〕7号),进一步发挥开发区作为深化改革试验田、对外开放排头兵、创新驱动主力军的作用,促进国家级经济技术开发区、国家高新技术产业开发区、海关特殊监管区等开发开放区域和市级经济开发区、工业园区、高新技术产业开发区等转型升级、创新发展,形成新的集聚效应和增长动力,引领经济结构优化调整和发展方式转变,制定本实施方案。
"""
META = dict(title="天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知", issuer="天津市人民政府办公厅(cni.top 转载)", genre="notice/approval",
  province="天津市", city="天津市", county=None, date="2017-10-09", script="simplified",
  source="http://cni.top/html/2017/pioneerpolicy_1028/26711.html", provenance="excerpt",
  cut="removed the lead (导读:…) line; cut after the preamble before 一、总体要求 (the stored copy breaks off in 指导思想). Hard negative: the notice talks only of development zones in general (国家级经济技术开发区, 工业园区 … as categories); no park, zone or building is named. Date from the signature")
PLACES = []
NOT = [("天津市人民政府办公厅", "agency"), ("津政办函〔2017〕103号", "policy number"), ("国办发〔2017〕7号", "policy number"),
 ("国务院办公厅关于促进开发区改革和创新发展的若干意见", "document title"), ("国家级经济技术开发区", "category"), ("国家高新技术产业开发区", "category"),
 ("海关特殊监管区", "category"), ("市级经济开发区", "category"), ("工业园区", "category"), ("深化改革试验田", "title (role)")]
