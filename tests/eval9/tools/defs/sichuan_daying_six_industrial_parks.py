TEXT = """抢机遇优规划。抢抓双城经济圈战略机遇,充分发挥大英区位优势,紧盯成都方向,深化与龙泉驿区、金堂县、中江县、乐至县等地的合作,融城配套发展,协调差异发展,打造遂宁向西融入成都的“门户城”;准确把握市委对大英工业的发展定位,科学编制园区空间规划、产业发展规划、环评规划,优化园区功能定位和产业布局,积极推进扩区拓园工作,打造六大产业园区(投资120亿元的西南表面处理循环经济产业园,以鸿鹏新材料、苏博特新材料、屹光新材料等企业为核心的环氧乙烷产业园,以蜀泰化工、兴茂石化等企业为核心的化学新材料产业园,以投资270亿元的盛马三期项目为核心的精细化工产业园,以飞亚动力、新代数控等企业为核心的汽车零配件及装备制造产业园),提升园区产业发展竞争力。
"""
META = dict(title="大英县工业发展思路:抢机遇优规划 打造六大产业园区(节选)", issuer="大英融媒(dyrmt.com)", genre="work report",
  province="四川省", city="遂宁市", county="大英县", date=None, script="simplified",
  source="https://dyrmt.com/article-67879-1.html", provenance="excerpt",
  cut="the stored copy is one paragraph of a longer county piece (a 工作思路 item, 抢机遇优规划); kept whole. The list names five of the 六大产业园区 (as written). Genre work report (a county work-plan item); county 大英县 from 大英 and its city 遂宁 (both named); no date on the stored copy")
A = "四川省"; C = "遂宁市"; X = "大英县"
E = "打造六大产业园区(投资120亿元的西南表面处理循环经济产业园"
PLACES = [
 P("西南表面处理循环经济产业园", "park", A, C, X, True, ["表面处理", "循环经济"], [], ev="投资120亿元的西南表面处理循环经济产业园"),
 P("环氧乙烷产业园", "park", A, C, X, False, ["环氧乙烷"], [], ev="以鸿鹏新材料、苏博特新材料、屹光新材料等企业为核心的环氧乙烷产业园"),
 P("化学新材料产业园", "park", A, C, X, False, ["化学新材料"], [], ev="以蜀泰化工、兴茂石化等企业为核心的化学新材料产业园"),
 P("精细化工产业园", "park", A, C, X, False, ["精细化工"], [], ev="以投资270亿元的盛马三期项目为核心的精细化工产业园"),
 P("汽车零配件及装备制造产业园", "park", A, C, X, False, ["汽车零配件及装备制造"], [], ev="以飞亚动力、新代数控等企业为核心的汽车零配件及装备制造产业园"),
]
NOT = [("龙泉驿区", "district (cooperation partner)"), ("金堂县", "county (cooperation partner)"), ("中江县", "county (cooperation partner)"), ("乐至县", "county (cooperation partner)"),
 ("门户城", "title (goal)"), ("六大产业园区", "count"), ("鸿鹏新材料", "company"), ("苏博特新材料", "company"), ("蜀泰化工", "company"), ("盛马三期项目", "project"),
 ("飞亚动力", "company"), ("双城经济圈", "region/strategy"), ("成都", "city (direction)")]
