TEXT = """上海市奉浦工业区,是经上海市人民政府批准设立的九大市级工业区之一。北临黄浦江,南靠杭州湾,和南浦、杨浦、徐浦大桥齐名的奉浦大桥把奉浦工业区与上海市区连成一体。整个工业区分为4个相对独立的区域,通过绿化带自然分隔。东侧为生活区和一期工业园区,西侧为二期和远期规划用地。在总体规划面积18.8平方公里中,道路和绿化用地占总用地面积的46%。工业区的产业规划是:以新的材料工业为龙头,以电气、电子、机械、医药、医疗器械、精细化工、环保产品为支柱,发挥当地产业优势,以高起点生活设施相配套,以建设生态型工业为目标,
"""
META = dict(title="上海市奉浦工业区(期刊文章摘要)", issuer="期刊文章(jxxfw.com 论文部分内容阅读)", genre="news",
  province="上海市", city="上海市", county=None, date=None, script="simplified",
  source="https://jxxfw.com/periodical/c3bfbca67dc85996be32222e03bff678.html", provenance="excerpt",
  cut="removed the site label (论文部分内容阅读); the stored abstract breaks off after 以建设生态型工业为目标,树立 — the broken word 树立 was removed; date null")
A = "上海市"; C = "上海市"
PLACES = [
 P("奉浦工业区", "park", A, C, None, True, ["新的材料工业", "电气", "电子", "机械", "医药", "医疗器械", "精细化工", "环保产品"], ["市级工业区"],
   aliases=["上海市奉浦工业区"], ev="上海市奉浦工业区,是经上海市人民政府批准设立的九大市级工业区之一"),
]
NOT = [("上海市人民政府", "approving authority"), ("奉浦大桥", "bridge"), ("南浦、杨浦、徐浦大桥", "bridges"), ("黄浦江", "river"), ("杭州湾", "bay"),
 ("4个相对独立的区域", "count (sub-blocks)"), ("一期工业园区", "sub-block"), ("生活区", "sub-block"), ("上海市区", "generic")]
