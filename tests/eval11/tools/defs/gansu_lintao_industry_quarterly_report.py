TEXT = """聚焦项目建设,夯实工业基础。牢固树立“项目为王”理念,把项目建设作为工作总量做大、结构调优的根本抓手。加大工业固定资产投资力度,全面落实项目建设“一总五分”清单,重点以“333”项目和千万元以上工业项目为抓手,下大力气推动医药产业基地、交新材料等28个总投资54亿元的工业项目建设。一季度,完成工业固定资产投资2.77亿元、同比增长69.7%以上。
聚焦平台建设,增强科创实力。建立中小企业创新平台培育库,不断加大培育力度。组织招金贵金属、金雨洁等6家企业申报“专精特新”中小企业,甘肃临洮经济开发区中铺工业园申报省级小型微型企业创业创新示范基地,顾地塑胶对改良型双瓮漏斗式农村卫生厕所、一体式防沉降阀门检查井2个产品申报市级工业新产品已注册备案,德华饲料、兰建建材、海能新材料等12家企业已认定为2023年度第一批省级创新型中小企业。
聚焦产业培育,增强发展后劲。发展形成有色冶金、新型建材、装备制造、农副产品加工、草牧饲料加工、新能源、中医药加工七大主导产业。开展精准招商2次,签约一体化外墙保温材料、废水高效循环利用与中药材病虫害绿色防治、年产1000吨VF果蔬脆加工、年产5万吨钢结构加工等10个工业项目,签约资金18亿元。
"""
META = dict(title="(临洮县工业和信息化 一季度工作情况)", issuer="(v-cnc.com 转载的临洮县工信部门工作总结)", genre="work report",
  province="甘肃省", city=None, county="临洮县", date="2023", script="simplified",
  source="http://v-cnc.com/s-70090.html", provenance="excerpt",
  cut="the stored copy is the middle of a quarterly work summary (it starts at 聚焦项目建设); nothing removed; the text is the stored copy as it stands. Genre work report (an agency's quarterly work summary). Date year-only 2023 (2023年度第一批省级创新型中小企业). County 临洮县 from the name 甘肃临洮经济开发区; city not stated (null)")
A = "甘肃省"; X = "临洮县"
PLACES = [
 P("甘肃临洮经济开发区", "zone", A, None, X, False, [], []),
 P("中铺工业园", "park", A, None, X, False, [], [], ev="甘肃临洮经济开发区中铺工业园申报省级小型微型企业创业创新示范基地"),
]
NOT = [("医药产业基地", "project (unnamed base)"), ("交新材料", "company project"), ("招金贵金属", "company"), ("金雨洁", "company"), ("顾地塑胶", "company"),
 ("德华饲料", "company"), ("兰建建材", "company"), ("海能新材料", "company"), ("省级小型微型企业创业创新示范基地", "title (applied for)"),
 ("“专精特新”中小企业", "title"), ("省级创新型中小企业", "title")]
