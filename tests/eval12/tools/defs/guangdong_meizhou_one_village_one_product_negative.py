TEXT = """掌上梅州讯 近日,省农业农村厅公布了第二批省级“一村一品、一镇一业”专业村和第三批省级“一村一品、一镇一业”专业镇。梅州76个村上榜第二批省级“一村一品、一镇一业”专业村,7个镇上榜第三批省级“一村一品、一镇一业”专业镇。
根据《广东省农业农村厅“一村一品、一镇一业”建设工作方案》《广东省农业农村厅“一村一品、一镇一业”专业村镇认定管理办法》相关规定,经各地申报推荐、专家评审、网上公示等程序,认定全省956个村(社区)为第二批省级“一村一品、一镇一业”专业村,100个镇(街道)为第三批省级“一村一品、一镇一业”专业镇。
76个村上榜第二批省级“一村一品、一镇一业”专业村
7个镇上榜第三批省级“一村一品、一镇一业”专业镇
"""
META = dict(title="梅州76个村7个镇上榜省级“一村一品、一镇一业”专业村镇 (no headline in the stored copy)", issuer="梅州日报(掌上梅州; 44xt.cn 转载)", genre="news",
  province="广东省", city="梅州市", county=None, date=None, script="simplified",
  source="https://44xt.cn/ly/y34ag/18.html", provenance="excerpt",
  cut="removed the byline and editor lines (文/梅州日报记者:刘巧 / 编辑:罗欢欢) and the site's copyright line (版权声明:…). The two closing lines are list headings; the stored copy has no list under them. Title descriptive. No date. Hard negative: only counts and the title; no village, town, park or other carrier is named")
PLACES = []
NOT = [("省农业农村厅", "agency"), ("梅州", "city (location)"), ("76个村", "count"), ("7个镇", "count"), ("956个村(社区)", "count"), ("100个镇(街道)", "count"),
 ("第三批省级“一村一品、一镇一业”专业镇", "title"), ("广东省农业农村厅“一村一品、一镇一业”建设工作方案", "document title"), ("掌上梅州", "media")]
