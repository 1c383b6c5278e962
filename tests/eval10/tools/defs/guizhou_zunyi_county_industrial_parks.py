TEXT = """遵义市把新型工业化摆在经济跨越式发展的突出位置,深入实施工业强县战略,主攻园区建设,加快打造新型工业区。 按照“提升优势产业,打造核心企业,延伸产业链条,培育产业集群”的思路,以三条循环经济产业链为重点,全力支持铝业结构调整,尽快形成年产240万吨氧化铝、100万吨电解铝、80万吨铝加工生产能力,推动贵州钢绳集团公司大型钢丝生产线项目异地技改,做大能源建材家居装饰产业,加快鸭溪酒业5万吨技改步伐,扶持壮大老干妈遵义分公司、贵山红辣椒食品厂等农产品加工企业,稳步发展化工企业,加快劳克斯铝合金轮毂加工,贵州航天凯山特种车改装和汽车配件加工项目的建设,配套发展光电子、新材料和节能环保等战略性新兴产业。 作为项目产业集群的载体,加快工业园区建设成为新型工业化发展的重要一环。按照“打造特色园区,培育现代新城”要求,园区建设做到规划一步到位,加快基础设施建设,创新运营管理机制,完善园区服务平台,全方位推进工业园区建设。全县先后开工建设了和平、苟江、虾子、龙泉、三合等多个工业园区,总面积达80.6平方公里,一大批项目和企业落户园区,投入建设和生产,今年预计完成工业总产值280亿元。
"""
META = dict(title="(第一幕墙网 转载:遵义 主攻园区建设 加快打造新型工业区;页面无标题行)", issuer="第一幕墙网(onefacade.com)", genre="news",
  province="贵州省", city="遵义市", county=None, date=None, script="simplified",
  source="http://onefacade.com/bencandy.php?fid=103&id=4284", provenance="verbatim",
  cut="removed the site tag (【 第一幕墙网 】) and the trailing table bar ( |); the spaces before 按照 and 作为 are kept as stored. The text says 工业强县 / 全县 but never names the county, so county is null; no date in the stored copy")
A = "贵州省"; C = "遵义市"
EV = "全县先后开工建设了和平、苟江、虾子、龙泉、三合等多个工业园区,总面积达80.6平方公里"
PLACES = [P(n, "park", A, C, None, False, [], [], ev=EV) for n in ["和平", "苟江", "虾子", "龙泉", "三合"]]
NOT = [("贵州钢绳集团公司", "company"), ("鸭溪酒业", "company"), ("老干妈遵义分公司", "company"), ("贵山红辣椒食品厂", "company"),
 ("劳克斯铝合金轮毂", "company"), ("贵州航天凯山特种车", "company"), ("三条循环经济产业链", "count"), ("多个工业园区", "count phrase"),
 ("新型工业区", "generic goal"), ("遵义市", "city (described)")]
