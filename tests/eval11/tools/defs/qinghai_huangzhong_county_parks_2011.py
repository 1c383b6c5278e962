TEXT = """湟中县 “三措并举”大力推进县属工业园区快速发展

按照"区域经济特色化、特色经济工业化、工业经济园区化、园区经济集聚化"的要求,湟中县依托较为丰富的矿产资源和劳动力资源优势,围绕打造新型工业基地,"三措并举"大力推进县属工业园区快速发展。

---以规划编制为龙头,明晰园区发展定位。规划面积12平方公里的上新庄工业园区以建材产业为主导产业、以新型材料产业为特色、以甘河工业区及周边工业的配套产业为补充,以产业链为纽带,构建以资源开发、加工为基础的循环经济工业区,重点建设建材产业园、新材料加工园、加工制造产业园等分园,打造成西宁地区新型工业基地。规划面积12.5平方公里的多巴粮油精深加工暨设施农业示范园区以农副产品精深加工为主的综合性农业产业示范园区,承接互补西纳川现代高效农业示范园区功能,重点建设农产品精深加工区、农业循环经济示范区、农业科技转换示范区和新农村建设样板区,把多巴镇打造成全省乃至西北地区最大的农副产品精深加工基地。
"""
META = dict(title="湟中县 “三措并举”大力推进县属工业园区快速发展", issuer="湟中县人民政府网站(huangzhong.gov.cn)", genre="news",
  province="青海省", city="西宁市", county="湟中区", date="2011-12-12", script="simplified",
  source="https://huangzhong.gov.cn/html/dzdt/4366.html", provenance="excerpt",
  cut="removed the breadcrumb (当前位置: 首页 / 新闻动态 / 时政要闻), the views/date/source line and a stray script fragment (exit();?>); cut before the second measure (---以项目建设为支撑…), of which the stored copy holds only a broken part. ASCII double quotes kept as stored. Date from the date line. County: 湟中县 is now 湟中区 (official current name)")
A = "青海省"; C = "西宁市"; X = "湟中区"
PLACES = [
 P("上新庄工业园区", "park", A, C, X, True, ["建材产业", "新型材料产业"], []),
 P("多巴粮油精深加工暨设施农业示范园区", "park", A, C, X, True, ["农副产品精深加工"], []),
 P("甘河工业区", "park", A, C, None, False, [], []),
 P("西纳川现代高效农业示范园区", "park", A, C, X, False, [], []),
 P("多巴镇", "district", A, C, X, False, [], []),
]
NOT = [("新型工业基地", "title (goal)"), ("西宁地区新型工业基地", "title (goal)"), ("建材产业园", "sub-park (generic)"), ("新材料加工园", "sub-park (generic)"),
 ("加工制造产业园", "sub-park (generic)"), ("农产品精深加工区", "sub-block (generic)"), ("农业循环经济示范区", "sub-block (generic)"),
 ("全省乃至西北地区最大的农副产品精深加工基地", "title (goal)"), ("循环经济工业区", "generic")]
