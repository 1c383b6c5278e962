TEXT = """武汉要由点线到面,形成商业繁荣区域丨长江评论

武汉恒隆广场3月25日开业,由于紧挨着武广、国广,被指进一步扩大了武广商圈的规模与影响力。25日是恒隆广场开业第一天,实际上广场内很多规划的商铺尚未开业,但仍然人潮涌动,很多人冲向屋顶花园想看个究竟,显示很多市民对这家商业广场充满期待。

老实说,武商集团旗下的武广、国广、世贸三家大型商场抱成一团,在武汉形成了一定的规模效应,但能不能把它们连同周边若干商业企业称为“武广商圈”,还是一个问题。即便加上新开业的恒隆广场,所谓“武广商圈”的体量也还是比较小。而从整个武汉来看,武汉商业就呈现为武广、武汉天地、武昌中商、洪山群光、徐东销品茂等几个“热点”,另外就是江汉路、中山大道、汉街、光谷步行街等几条线,商业繁荣没有成面,缺乏繁荣的商业区域。

武汉现在要打造“五个中心”,还要建设国际消费中心城市,理应有与之匹配的商业繁荣区域。应当说,现在武汉的商业气息也不差,2019年武汉社会消费品零售总额7449.64亿元,在全国排名第7,在副省级城市中排名第4。但客观来说,也只是一个比上不足、比下有余的位置。这样一种位置,与武汉得中独厚的区位优势、交通优势和物流优势还不很匹配。
"""
META = dict(title="武汉要由点线到面,形成商业繁荣区域丨长江评论", issuer="长江日报(cjrbapp.cjn.cn)", genre="news",
  province="湖北省", city="武汉市", county=None, date=None, script="simplified",
  source="http://www.cjrbapp.cjn.cn/p/251883.html", provenance="excerpt",
  cut="removed the byline (长江日报评论员杨于泽); cut after the third paragraph (over length; the stored copy breaks off in the fourth). The typo 得中独厚 kept as stored. Commentary on 商圈 (commercial-zone text). No date: the stored copy has no date line (武汉恒隆广场 opened 3月25日, year not given; latest data 2019)")
A = "湖北省"; C = "武汉市"
PLACES = [
 P("武广商圈", "zone", A, C, None, True, [], [], ev="武汉恒隆广场3月25日开业,由于紧挨着武广、国广,被指进一步扩大了武广商圈的规模与影响力"),
 P("武汉恒隆广场", "building", A, C, None, False, [], [], aliases=["恒隆广场"]),
 P("武广", "building", A, C, None, False, [], []),
 P("国广", "building", A, C, None, False, [], []),
 P("世贸", "building", A, C, None, False, [], []),
 P("武汉天地", "zone", A, C, None, False, [], []),
 P("武昌中商", "zone", A, C, None, False, [], []),
 P("洪山群光", "zone", A, C, None, False, [], []),
 P("徐东销品茂", "zone", A, C, None, False, [], []),
]
NOT = [("武商集团", "company"), ("江汉路", "street"), ("中山大道", "street"), ("汉街", "street"), ("光谷步行街", "street"), ("“五个中心”", "title (goal)"),
 ("国际消费中心城市", "title (goal)"), ("长江评论", "column title"), ("副省级城市", "category")]
