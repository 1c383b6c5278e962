TEXT = """徐圩新区,隶属于江苏省连云港市,是国家东中西区域合作示范区先导区。地处连云港市城区东南部,依托陆桥经济带,面向东北亚,融入长三角,与日本、韩国隔海相望,将成为“一带一路”沿线地区最便捷的出海通道。服务中西部和淮海经济区,构筑国家东中西合作发展示范区(先导区)、循环经济示范区和江苏沿海新型工业基地,打造江苏沿海新的经济增长极。2019年2月11日,徐圩新区被评为“2018年度连云港市经济建设和社会发展目标绩效考评先进县区”功能能板块目标综合奖一等奖。
"""
META = dict(title="徐圩新区", issuer="banfaji.com 词条", genre="investment page",
  province="江苏省", city="连云港市", county=None, date=None, script="simplified",
  source="https://banfaji.com/b/NB96L15LZ7.html", provenance="verbatim",
  cut="removed the time line (时间: 2024-11-01 14:42:17, the page's crawl/post time, not the text's date). 功能能板块 (sic) kept as written. Genre investment page (short area profile); county null (a functional area, no county named)")
A = "江苏省"; C = "连云港市"
PLACES = [
 P("徐圩新区", "zone", A, C, None, True, [], ["国家东中西区域合作示范区先导区", "国家东中西合作发展示范区(先导区)", "循环经济示范区", "江苏沿海新型工业基地"],
   ev="徐圩新区,隶属于江苏省连云港市,是国家东中西区域合作示范区先导区"),
]
NOT = [("连云港市城区", "urban area (location)"), ("陆桥经济带", "corridor"), ("东北亚", "region"), ("长三角", "region"), ("淮海经济区", "region"),
 ("一带一路", "initiative"), ("江苏沿海新的经济增长极", "title (goal)")]
