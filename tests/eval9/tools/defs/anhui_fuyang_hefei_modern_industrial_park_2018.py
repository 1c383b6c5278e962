TEXT = """阜合现代产业园:变“输血”为“造血” 打造皖北“小合肥”

在阜阳市颍州区南部有一方约25.1平方公里土地,它就是阜阳合肥现代产业园。2011年省委省政府为振兴皖北经济,搭建双城合作,批准建立阜阳合肥现代产业园区,近7年里,该园区累计经营收入114亿,工业总产值75亿元,为皖北重地阜阳的经济注入了新的动力。
如今,阜合现代产业园已从合作共建中的“输血”转变为“造血”。2017年,园区全年实现招商引资总计200亿元。签约项目约41个。
"""
META = dict(title="阜合现代产业园:变“输血”为“造血” 打造皖北“小合肥”", issuer="天天要闻(ttnews.xyz)", genre="news",
  province="安徽省", city="阜阳市", county="颍州区", date="2018", script="simplified",
  source="https://ttnews.xyz/a/5b07974dfaf443035fcc903a?lang=zh-hans", provenance="verbatim",
  cut="removed a repeated copy of the title that stands as an image caption at the start of the second paragraph, and the 分享到 / 相關文章 labels; year-only date from 2017 reported as last year (近7年 since 2011)")
A = "安徽省"; C = "阜阳市"; X = "颍州区"
PLACES = [
 P("阜阳合肥现代产业园", "park", A, C, X, True, [], [], aliases=["阜阳合肥现代产业园区", "阜合现代产业园"], ev="在阜阳市颍州区南部有一方约25.1平方公里土地,它就是阜阳合肥现代产业园"),
]
NOT = [("皖北", "region"), ("小合肥", "title (goal)"), ("省委省政府", "agency"), ("阜阳", "city (described)")]
