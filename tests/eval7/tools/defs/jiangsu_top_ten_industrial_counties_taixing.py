TEXT = """江苏工业十大强县大洗牌昆山首破万亿,泰兴

江苏,是经济发展最为均衡的省份、同时也是工业实力较强的省份,尤其是江苏的强县众多,大部分的强县工业实力都让人大跌眼镜,比如苏州代管的昆山县级市,在过去的一年中,昆山规上工业总产值达到了达.5亿元,几乎占据苏州总量近1/4,成为了我国首个规上工业总产值超万亿的县级市!这样的成绩也让昆山绝对无愧于“最强县级市”的称号。

那么可以说,昆山首破万亿之后,江苏工业十大强县大洗牌时代也即将来临,依据规上工业总产值数据,江苏工业十大强县依次为昆山(.5亿元)、张家港(.8亿元)、江阴(.3亿元)、常熟(.8亿元)、宜兴(.4亿元)、太仓(.4亿元)、溧阳(.6亿元)、海安(.1亿元)、泰兴(.1亿元)、如东(.4亿元)。

可以看出来,泰兴已经反超如东,两者差距虽然很小,但是泰兴本身不仅仅工业实力强大,它还是一个农业资源丰富的省份,主要产业也包括种植和养殖,在工业方面也能取得这种成绩已经是非常不简单了,而近些年泰兴的工业水平确实已经开始发力,许多经济数据都领先泰州、领跑苏中。其中,最为明显的就是泰兴城区工业园区的发展,形成了航天航空电器、海洋装备、光电子信息等产业链。
"""
META = dict(title="江苏工业十大强县大洗牌昆山首破万亿,泰兴", issuer="昆山市论坛(转载)", genre="news",
  province="江苏省", city=None, county=None, date=None, script="simplified",
  source="http://bbs.kunshanshizx.com/showtopic-13445.aspx", provenance="verbatim",
  cut="removed the forum header (昆山市论坛, 注册, 发新话题 回复该主题), the post's copy-link marker and floor number, and the trailing share/TOP buttons. The numbers stripped in the stored copy (达.5亿元, (.8亿元) …) are kept as stored")
PLACES = [
 P("泰兴城区工业园区", "park", "江苏省", "泰州市", "泰兴市", True, ["航天航空电器", "海洋装备", "光电子信息"], [],
   ev="其中,最为明显的就是泰兴城区工业园区的发展,形成了航天航空电器、海洋装备、光电子信息等产业链"),
 P("泰兴", "district", "江苏省", "泰州市", "泰兴市", True, ["种植", "养殖"], [],
   ev="但是泰兴本身不仅仅工业实力强大,它还是一个农业资源丰富的省份,主要产业也包括种植和养殖"),
]
NOT = [("昆山", "county-level city (ranking)"), ("苏州", "city"), ("张家港", "county-level city (ranking)"), ("江阴", "county-level city (ranking)"),
 ("常熟", "county-level city (ranking)"), ("宜兴", "county-level city (ranking)"), ("太仓", "county-level city (ranking)"), ("溧阳", "county-level city (ranking)"),
 ("海安", "county-level city (ranking)"), ("如东", "county (ranking)"), ("泰州", "city"), ("苏中", "region"), ("江苏工业十大强县", "ranking title"),
 ("最强县级市", "title"), ("昆山县级市", "county-level city (described)")]
