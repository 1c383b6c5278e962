TEXT = """重庆李家沱欲打造“百亿级商圈”
上世纪70年代到80年代中期,依仗着区域中心地位,加上众多国有大型工业企业作为经济支撑,重庆市李家沱片区的商业一度繁华似锦。然而,进入上世纪80年代后期,随着行政中心更迭以及周边国有大型工业企业的破产或搬迁,李家沱片区的商业氛围日渐衰退,商业没落时间一度长达十余年。但就在去年10月,李家沱再度被纳入重庆市商圈规划中,并被确定为主城五个续建商圈之一的李家沱商圈,从此开启了蜕变之路。 近日,从重庆巴南区商务局了解到,根据最新规划,“十二五”期间,李家沱商圈将被打造成以商务、休闲、娱乐为特色的主城又一核心商圈和南重庆区域商贸流通核心区。
李家沱规划图 变迁 曾经的繁华地段沉寂十余年 “我的整个童年就是在李家沱度过的。”53岁的市民杨静说,上世纪七八十年代还没有商圈这个概念,但以李家沱转盘(现已拆)为核心的那片区域,当时曾是整个重庆南部地区较为繁华的地段之一。 “小时候记忆最深的是转盘上修建的9根龙腾雕塑(后迁至原杨家坪转盘)。”杨静回忆说,当时,转盘周边云集了不少商业店铺,以及商业布局类似现在的女人街的小型百货卖场,堪称李家沱居民购物首选地。
"""
META = dict(title="重庆李家沱欲打造“百亿级商圈”", issuer="中国建设网(ccbuild,转载报道)", genre="news",
  province="重庆市", city="重庆市", county="巴南区", date=None, script="simplified",
  source="http://www.ccbuild.com/article-211640-1.html", provenance="excerpt",
  cut="kept the title and the opening of the stored copy; cut after 堪称李家沱居民购物首选地。 (the rest of the page: further reminiscences and the industrial history of the area)")
C = "重庆市"
PLACES = [
 P("李家沱商圈", "zone", C, C, "巴南区", True, ["商务", "休闲", "娱乐"], [],
   ev="近日,从重庆巴南区商务局了解到,根据最新规划,“十二五”期间,李家沱商圈将被打造成以商务、休闲、娱乐为特色的主城又一核心商圈和南重庆区域商贸流通核心区"),
]
NOT = [("李家沱片区", "area name (the 商圈 is the carrier)"), ("重庆巴南区商务局", "agency"), ("南重庆区域商贸流通核心区", "title (goal)"),
 ("百亿级商圈", "generic"), ("主城五个续建商圈", "count"), ("李家沱转盘", "road junction"), ("杨家坪转盘", "road junction"),
 ("女人街", "generic (comparison)"), ("李家沱规划图", "image caption"), ("核心商圈", "generic")]
