TEXT = """云南商业地产十年发展 昆明商圈正在经历破局蝶变

核心提示:随着近年来云南商业的不断发展,原有的商圈格局正在被打破,多中心并存的商业格局正在形成。作为云南商业发展的主阵地,昆明近十年来的商圈发展与演变,也正是了解云南商业发展的一个窗口。

回溯昆明商业发展:一个中心多个商圈长期并存

说到昆明的商圈,行业内的划分方式多种多样,然而三市街、青年路、白塔路、小西门是大家比较公认的昆明四大传统商圈。在整个昆明商业发展的过程中,这四个商圈始终是昆明人商业活动最为频繁的地方。

在百货为王的时代,位于昆明小花园的西南大厦,一度是昆明百货业内的佼佼者,然而由于经营不善,最终被昆百大集团收购,改造成为了昆明首个真正意义上的购物中心“百大新西南”。这样的历史渊源也使得小花园以及周边区域,成为了昆明主城区的一个大商圈。

三市街商圈

在行业内,以小花园为中心向四周辐射,北至圆通街,南至东风东路,西至正义路,东至北京路被称为青年路商圈,从百大新西南开始,青年路商圈还汇集了新世界百货、金鹰百货、金鹰购物中心、艾维名店等商业体,其中百大新西南和金鹰购物中心更是形成了这个商圈的核心,也是昆明除三市街外的一个商业地标。
"""
META = dict(title="云南商业地产十年发展 昆明商圈正在经历破局蝶变", issuer="赢商网云南站", genre="news",
  province="云南省", city="昆明市", county=None, date="2015-05-07", script="simplified",
  source="http://news.winshang.com/html/047/5584.html", provenance="excerpt",
  cut="removed the byline/date line (赢商网云南站 记者:李桂君 2015-05-07 09:39), the repeated lead paragraph that starts (赢商网云南站), and the broken final fragment (1997年金); kept the stray section heading 三市街商圈 as stored")
Y = "云南省"; K = "昆明市"
PLACES = [
 P("青年路商圈", "zone", Y, K, None, True, [], [],
   ev="以小花园为中心向四周辐射,北至圆通街,南至东风东路,西至正义路,东至北京路被称为青年路商圈", aliases=["青年路"]),
 P("三市街商圈", "zone", Y, K, None, True, [], [], ev="三市街商圈", aliases=["三市街"]),
 P("白塔路", "zone", Y, K, None, False, [], [], ev="三市街、青年路、白塔路、小西门是大家比较公认的昆明四大传统商圈"),
 P("小西门", "zone", Y, K, None, False, [], [], ev="三市街、青年路、白塔路、小西门是大家比较公认的昆明四大传统商圈"),
 P("百大新西南", "building", Y, K, None, False, [], [], aliases=["西南大厦"],
   ev="位于昆明小花园的西南大厦,一度是昆明百货业内的佼佼者,然而由于经营不善,最终被昆百大集团收购,改造成为了昆明首个真正意义上的购物中心“百大新西南”"),
 P("金鹰购物中心", "building", Y, K, None, False, [], []),
 P("小花园", "landmark", Y, K, None, False, [], [], ev="这样的历史渊源也使得小花园以及周边区域,成为了昆明主城区的一个大商圈"),
]
NOT = [("昆百大集团", "company"), ("新世界百货", "company (department store)"), ("金鹰百货", "company (department store)"),
 ("艾维名店", "company (store)"), ("圆通街", "boundary road"), ("东风东路", "boundary road"), ("正义路", "boundary road"),
 ("北京路", "boundary road"), ("四大传统商圈", "count"), ("商业地标", "generic")]
