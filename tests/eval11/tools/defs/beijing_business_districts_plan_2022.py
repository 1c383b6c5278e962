TEXT = """北京将制定商圈发展规划 加强品质提升和差异化发展

北京商报讯(记者刘卓澜)1月7日,市十五届人大五次会议召开新闻发布会。针对北京商报记者提出的北京如何打造高品质、差异化商圈的问题,北京市商务局党组成员、副局长郭文杰表示,在培育和打造商圈上,北京目前正在深入研究全市现有52个商圈的分级分类标准和商圈发展布局,制定全市商圈发展规划,在商圈影响力、整体性、差异化上下功夫。

到2025年,要在北京市打造2至3个千亿规模世界级商圈。郭文杰表示,依托SKP、国贸商城、华贸购物中心等商业综合体,将CBD商圈打造成为精品消费承载地、商务出行首选地和国际化生活样板区;依托王府井步行街、东方广场等,打造故宫-王府井-隆福寺“文化金三角”。

通过项目、商街和商圈的升级改造,形成点线面的联动。郭文杰指出,持续推动“点”的升级,加大蓝岛大厦等传统商场的“一店一策”改造力度;扎实抓好“线”的发展,制定步行街高质量发展指导意见,指导东城、朝阳、大兴等区统筹利用现有商业设施,有序提升为商业步行街。综合推动“圈”的建设,落实好《进一步促进商圈发展若干措施》,将“点”“线”纳入商圈规划、一体化推进。积极推广“望京小街”多方共治模式、借鉴“SKP周边交通整治”成功经验,通过创新管理机制、加强整体规划、治理周边交通、试点推行“条块结合”综合执法,提高数字化赋能,打好组合拳,实现商圈整体提升。
"""
META = dict(title="北京将制定商圈发展规划 加强品质提升和差异化发展", issuer="北京商报(bbtnews.com.cn)", genre="news",
  province="北京市", city="北京市", county=None, date="2022-01-07", script="simplified",
  source="http://www.bbtnews.com.cn/2022/0107/425485.shtml", provenance="excerpt",
  cut="removed the breadcrumb (您的位置: 首页 > 垂直频道 > 商业新闻中心 > 商业频道), the source/author/date line and a stray fff line; cut before the paragraph 在差异化打造上 (西单-金融街商圈 …), which the stored copy breaks off. Commercial-zone (商圈) text. Date from the date line")
A = "北京市"; C = "北京市"
PLACES = [
 P("CBD商圈", "zone", A, C, None, True, ["精品消费"], []),
 P("故宫-王府井-隆福寺“文化金三角”", "zone", A, C, None, True, ["文化"], []),
 P("王府井步行街", "zone", A, C, None, False, [], []),
 P("国贸商城", "building", A, C, None, False, [], []),
 P("华贸购物中心", "building", A, C, None, False, [], []),
 P("东方广场", "building", A, C, None, False, [], []),
 P("蓝岛大厦", "building", A, C, None, False, [], []),
 P("望京小街", "zone", A, C, None, False, [], []),
]
NOT = [("北京商报", "media"), ("北京市商务局", "agency"), ("52个商圈", "count"), ("千亿规模世界级商圈", "title (goal)"), ("SKP", "company (mall brand)"),
 ("进一步促进商圈发展若干措施", "document title"), ("东城", "district (addressee)"), ("朝阳", "district (addressee)"), ("大兴", "district (addressee)"),
 ("国际化生活样板区", "title (goal)"), ("商业步行街", "generic")]
