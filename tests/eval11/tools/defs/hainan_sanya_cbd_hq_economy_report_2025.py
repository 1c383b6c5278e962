TEXT = """《中央商务区发展研究报告2025》
三亚中央商务区总部经济发展问题与对策研究报告
一、研究背景与意义
三亚中央商务区作为海南自由贸易港 13 个重点园区之一,是三亚市发展总部经济的核心载体。自 2020 年设立以来,三亚中央商务
区聚焦 "总部经济、金融服务、现代商贸、邮轮游艇" 四大主导产业,取得了一定成效。截至 2025 年 8 月底,园区累计注册企业达 887
2 家,其中包括 115 家三类 500 强企业。然而,在发展过程中,三亚中央商务区仍面临诸多制约因素,特别是在总部经济发展方面存在的问题亟待解决。
本研究报告基于最新调研数据,深入分析三亚中央商务区总部经济发展面临的主要问题,并提出针对性的解决方案,旨在为三亚中央商务区实现高质量发展提供决策参考,助力海南自由贸易港建设。
二、三亚中央商务区发展概况
2.1 区域规划与发展定位
三亚中央商务区位于三亚主城区核心区域,规划面积约 12 平方公里,包括凤凰海岸、月川、东岸、海罗四个片区。作为海南自由贸易港重点园区,其战略定位是打造 "自贸港现代服务业高质量发展引领区",重点发展总部经济、金融服务、现代商贸、邮轮游艇四大主导产业,辅以专业服务与休闲文化产业。
2025 年,三亚中央商务区发布高质量发展(7)行动方案,明确以 "1263" 工作主线,统筹推进 48 项重点任务,确保实现规模效益、外向经济、产业集聚、营商环境、智慧建设等有力提级跃升。
"""
META = dict(title="三亚中央商务区总部经济发展问题与对策研究报告", issuer="三亚经济研究院(sanyaed.org.cn)", genre="plan",
  province="海南省", city="三亚市", county=None, date="2025-09-18", script="simplified",
  source="https://www.sanyaed.org.cn/SERI/contents/1396/763.html", provenance="excerpt",
  cut="removed the date/source/visits line (日期: 2025-09-18 10:16:02 来源: 三亚经济研究院 访问量:); cut before 2.2 经济发展现状 (statistics; the stored copy breaks off in it). The line breaks inside 三亚中央商务 / 区 and 887 / 2 家 and the ASCII quotes and spaced numbers are kept as stored. Genre plan (a research report of the same 2025 series as batch 10's cluster report, with positioning and lead industries; a different page and text). Date from the date line")
A = "海南省"; C = "三亚市"
PLACES = [
 P("三亚中央商务区", "zone", A, C, None, True, ["总部经济", "金融服务", "现代商贸", "邮轮游艇", "专业服务", "休闲文化产业"], ["海南自由贸易港重点园区"]),
 P("凤凰海岸", "zone", A, C, None, False, [], []),
 P("月川", "zone", A, C, None, False, [], []),
 P("东岸", "zone", A, C, None, False, [], []),
 P("海罗", "zone", A, C, None, False, [], []),
]
NOT = [("中央商务区发展研究报告2025", "document title"), ("海南自由贸易港", "region (title)"), ("13 个重点园区", "count"), ("三类 500 强企业", "category"),
 ("自贸港现代服务业高质量发展引领区", "title (goal)"), ("三亚主城区", "area"), ("高质量发展(7)行动方案", "document title")]
