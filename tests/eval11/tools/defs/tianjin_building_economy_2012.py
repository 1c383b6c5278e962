TEXT = """天津:三年内楼宇经济扶植项目实现税收过亿目标

记者日前从天津市中小企业局获悉,自2011年天津市委市政府提出大力推进楼宇经济发展的战略举措以来,天津市已推出了共128个重点扶持的亿元楼宇项目。2011年,天津市楼宇经济实现税收233.1亿元,税收超亿元的楼宇达67个。

天津市中小企业局局长尉永久表示,下一步天津楼宇经济的目标包括:确保所有楼宇实现三年税收过亿元。

尉永久局长还介绍道:“各楼宇根据主导业态,积极引导产业相关、业态相近的企业向楼宇聚集,打造了一批物流楼、金融楼、科技楼、科技楼、创意楼等特色楼。如天津中心、津塔、泰达MSD-C等楼宇,积极引进雷格斯、德高等高端商务办公服务企业,为入驻企业提供保姆式服务,同时,还通过其发达完善的全球招商体系,吸引了更多国际化高端商务企业进驻楼宇,目前已成功引进了约翰迪尔项目中心、摩托罗拉应用中心、三井不动产等国际知名企业落户楼宇。”

据介绍,在2010年,天津市超亿元楼宇只有27个,目前,亿元楼宇已达到67个。据初步统计,入驻亿元楼宇的世界500强企业近40家,中国500强企业近50家。

“下一步,我市楼宇经济工作要在全面提高发展质量、效益和水平上下功夫,目标是年内新增‘亿元楼’50个,新增入驻企业3400家。”尉永久局长说。
"""
META = dict(title="天津:三年内楼宇经济扶植项目实现税收过亿目标", issuer="中国日报天津记者站(chinadaily.com.cn)", genre="news",
  province="天津市", city="天津市", county=None, date="2012-03-30", script="simplified",
  source="https://global.chinadaily.com.cn/dfpd/2012-03/30/content_14955092.htm", provenance="verbatim",
  cut="removed the date/source line and print/send widgets, the source/editor line (来源:中国日报天津记者站 (记者 融晓铮) 实习编辑:孙瑞雪), the related-news list and the editor/tags line. The doubled 科技楼、科技楼 kept as stored. Building-economy text. Date from the date line")
A = "天津市"; C = "天津市"
PLACES = [
 P("天津中心", "building", A, C, None, True, ["高端商务办公服务"], []),
 P("津塔", "building", A, C, None, True, ["高端商务办公服务"], []),
 P("泰达MSD-C", "building", A, C, None, True, ["高端商务办公服务"], []),
]
NOT = [("天津市中小企业局", "agency"), ("尉永久", "person"), ("128个重点扶持的亿元楼宇项目", "count"), ("物流楼", "building type"), ("金融楼", "building type"),
 ("科技楼", "building type"), ("创意楼", "building type"), ("特色楼", "building type"), ("雷格斯", "company"), ("德高", "company"),
 ("约翰迪尔项目中心", "company unit"), ("摩托罗拉应用中心", "company unit"), ("三井不动产", "company"), ("亿元楼", "title")]
