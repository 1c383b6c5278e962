TEXT = """改革开放40周年之新老地标丨因对长江三峡的眷恋之情,重庆人修建了这座广场

大自然的神奇,铸就了雄奇险峻的长江三峡,早在观音桥商圈,南坪商圈成型之前,重庆人怀着对三峡工程的浓厚感情和对长江三峡的眷恋之情,修建了三峡广场。

上游新闻记者了解到,始建于1997年的三峡广场位于沙坪坝区歌乐山下,是重庆集商贸、文化、景观、休闲于一体的大型城市广场,三峡广场建成后,不仅成为旅游必到的打卡点,更是承包了重庆人和外地游客休闲娱乐的一条龙服务。

到如今,三峡广场吸引着大批游客、国内外友人前来观光旅游、考察投资,每天客流量达 30 万人次,商圈年销售额 51 亿元。商圈经济日渐繁荣,三峡广场已经成为沙坪坝区商业发展的重要平台。
"""
META = dict(title="改革开放40周年之新老地标丨因对长江三峡的眷恋之情,重庆人修建了这座广场", issuer="上游新闻(重庆晨报)", genre="news",
  province="重庆市", city="重庆市", county="沙坪坝区", date="2018-12-14", script="simplified",
  source="https://www.cqcb.com/yxzx/video/qita/2018-12-14/1311051_pc.html", provenance="verbatim",
  cut="removed breadcrumbs (首页 > 其它 > 正文), the dateline/source line, two video-still file names (格式工厂2001.jpg; 序列 03.00_01_00_07.静止021.jpg), the photo credit (上游新闻记者 刘力 张皓 摄影报道), the disclaimer and the channel menu")
C = "重庆市"
PLACES = [
 P("三峡广场", "zone", C, C, "沙坪坝区", True, ["商贸", "文化", "景观", "休闲"], [],
   ev="始建于1997年的三峡广场位于沙坪坝区歌乐山下,是重庆集商贸、文化、景观、休闲于一体的大型城市广场"),
 P("观音桥商圈", "zone", C, C, None, False, [], []),
 P("南坪商圈", "zone", C, C, None, False, [], []),
]
NOT = [("长江三峡", "generic (natural landscape)"), ("三峡工程", "project"), ("歌乐山", "landmark used for location only"),
 ("沙坪坝区", "administrative unit only described"), ("上游新闻", "media"), ("改革开放40周年", "generic")]
