TEXT = """新疆啟動新型工業化“千百億工程”
在工程啟動儀式上,新疆維吾爾自治區經信委主任胡開江介紹,今年起,新疆將加快經濟結構戰略性調整,在現有產業和資源的基礎上,大力推進新型工業化進程。重點培育石油石化、新型煤化工、電力、有色、機械裝備制造、鋼鐵、建材、特色輕工8個產值千億元產業,構建多點支撐的現代產業體系。
烏魯木齊、石河子、準東、甘泉堡、奎屯-獨山子5個國家級經濟技術開發區,是新疆千億元產值園區的重點培育對象。胡開江說,新疆還將從石油石化、煤化工、裝備制造、電子信息等11個行業中,篩選出發展潛力較大的50家企業,作為產值超百億元企業的重點培育對象。
"""
META = dict(title="新疆啟動新型工業化“千百億工程”", issuer="中国水泥网转载(繁体镜像站)", genre="news",
  province="新疆维吾尔自治区", city=None, county=None, date=None, script="traditional",
  source="http://ivfcd.com/news/content/4240441146926.html", provenance="verbatim",
  cut="removed the editor, supervision-phone and submission-mail lines at the end (編輯:徐潔 / 監督:… / 投稿:…)")
X = "新疆维吾尔自治区"; D = ["國家級經濟技術開發區"]
EV = "烏魯木齊、石河子、準東、甘泉堡、奎屯-獨山子5個國家級經濟技術開發區,是新疆千億元產值園區的重點培育對象"
PLACES = [
 P("烏魯木齊", "zone", X, "乌鲁木齐市", None, False, [], D, ev=EV),
 P("石河子", "zone", X, None, "石河子市", False, [], D, ev=EV),
 P("準東", "zone", X, None, None, False, [], D, ev=EV),
 P("甘泉堡", "zone", X, None, None, False, [], D, ev=EV),
 P("奎屯-獨山子", "zone", X, None, None, False, [], D, ev=EV),
]
NOT = [("千百億工程", "policy"), ("新疆維吾爾自治區經信委", "agency"), ("千億元產值園區", "generic"),
 ("8個產值千億元產業", "count"), ("50家企業", "count"), ("11個行業", "count"), ("國家級經濟技術開發區", "title")]
