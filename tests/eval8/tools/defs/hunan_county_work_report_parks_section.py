TEXT = """为实现全年工作目标,我们将重点抓好八个方面的工作:
1.攻坚园区“主战场”,共筑工业经济新支撑。以最大的力度、最优的政策、最强的保障,推进“五好”园区攻坚专项行动,确保“五好”园区综合排名进入全省前20名。
——以更笃定的意志壮大主导产业。力推工程机械产业。推动中联智能装备配套产业园全面投产运行,力争中联重科产值、税收增长15%以上,新增工程机械企业10家以上,工程机械产值达到120亿元。攻坚医药化工产业。加快康普医药产业园、达嘉维康医药产业园、医美产业园、新材料产业园等特色“园中园”建设,全力扶持康普药业上市,加快推进康普药业原料车间项目建设,力争康普药业产值、税收增长20%以上,新增医药化工企业5家以上,医药化工产值达到100亿元。抓好化工园区申报,尽快获批省级化工园区;全力争创“湖南省中小工业企业特色产业集群”;力争全县新增规模工业企业25家,新增省级“专精特新”中小企业6家,规模工业产值突破430亿元、税收突破5亿元。
——以更精准的举措抓好招大培强。推动“汉商回归”。开展“迎老乡、回故乡、建家乡”系列活动,推动产业回归、资本回流、项目回投、总部回建。承接产业转移。积极承接“长三角”“珠三角”产业转移,推动优质产业、优质项目加速聚集。聚焦以链招商。围绕工程机械、生物医药、精细化工、新能源、新材料等重点产业,加快招引一批投资规模大、带动引领强的头部企业,力争引进5000万元以上项目60个,其中亿元以上项目30个、10亿元以上项目5个、湘商回归企业10个。
"""
META = dict(title="县人民政府工作报告(湖南,今年工作安排部分,第3页)", issuer="湖南某县人民政府(bx2200.com 政府报告转载;县名不在所存页中)", genre="work report",
  province="湖南省", city=None, county=None, date=None, script="simplified",
  source="http://bx2200.com/baogao/huazhong/5528_3.html", provenance="excerpt",
  cut="the stored page is page 3 of a multi-page report and starts with the year's work plan; cut after the 聚焦以链招商 sentence (the next sentence, 培强骨干企业 …, breaks off in the stored copy). The county is not named on this page (汉商回归 suggests 汉寿县, but that is not used), so county and date are null")
A = "湖南省"
E = "加快康普医药产业园、达嘉维康医药产业园、医美产业园、新材料产业园等特色“园中园”建设"
PLACES = [
 P("中联智能装备配套产业园", "park", A, None, None, True, ["智能装备配套", "工程机械"], [], ev="力推工程机械产业。推动中联智能装备配套产业园全面投产运行"),
 P("康普医药产业园", "park", A, None, None, True, ["医药"], [], ev=E),
 P("达嘉维康医药产业园", "park", A, None, None, True, ["医药"], [], ev=E),
 P("医美产业园", "park", A, None, None, True, ["医美"], [], ev=E),
 P("新材料产业园", "park", A, None, None, True, ["新材料"], [], ev=E),
]
NOT = [("中联重科", "company"), ("康普药业", "company"), ("省级化工园区", "title (goal, unnamed park)"), ("湖南省中小工业企业特色产业集群", "title (goal)"),
 ("“五好”园区", "title/programme"), ("园中园", "generic"), ("长三角", "region"), ("珠三角", "region"), ("汉商回归", "campaign"), ("湘商回归企业", "generic")]
