TEXT = """工业园区高质量发展指引出炉,主导产业原则上不超3个

中经联播9月23日北京讯( 褚新兵 雨蝶)工业园区不再是企业数量的竞赛,而是产业质量的比拼。工业和信息化部、国家发展改革委日前联合印发《工业园区高质量发展指引》(以下简称《指引》),为全国工业园区发展提供行动指南,将中国数千个工业园区从“量的快速增长”推向“质的有效提升”。

园区面临双重挑战

工业园区作为工业发展的重要载体,在推进新型工业化、发展新质生产力中扮演着关键角色。然而,当前我国工业园区正面临内部改革深化和外部环境变化的双重挑战。

新时代推进新型工业化的内涵要求也对工业园区发展提出了更高标准。指引的出台恰逢其时,为工业园区从“量的快速增长”迈向“质的有效提升”提供行动指南。

工业和信息化部信息中心运行监测分析部副主任王莉表示,《指引》引导工业园区向特色化、集约化、数智化、绿色化、规范化发展,实现园区提质增效。

七方面导向:明确发展路径

《指引》从七个方面提出了19个发展导向,系统规划了工业园区高质量发展路径。

做强特色优势产业是首要任务。指引提出,工业园区应着力打造特色突出、优势明显、效益显著的主导产业,避免低水平、同质化竞争,原则上不宜超过3个主导产业。同时要推动传统产业转型升级,依法依规淘汰落后产能。
"""
META = dict(title="工业园区高质量发展指引出炉,主导产业原则上不超3个", issuer="中经联播", genre="news",
  province=None, city=None, county=None, date=None, script="simplified",
  source="https://www.cctv-cmpany.net/nav2/101604.html", provenance="excerpt",
  cut="removed the section label (产经); the text is cut after the 做强特色优势产业 paragraph (the following paragraphs on 空间治理 and 企业主体 were dropped; the last one breaks off in the stored copy). Date null: the page gives only 9月23日")
PLACES = []
NOT = [("工业和信息化部", "agency"), ("国家发展改革委", "agency"), ("工业和信息化部信息中心运行监测分析部", "agency unit"),
 ("工业园区高质量发展指引", "document title"), ("全国工业园区", "generic"), ("中国数千个工业园区", "count/generic"), ("工业园区", "generic"),
 ("中经联播", "media"), ("北京", "dateline city"), ("19个发展导向", "count"), ("3个主导产业", "count")]
