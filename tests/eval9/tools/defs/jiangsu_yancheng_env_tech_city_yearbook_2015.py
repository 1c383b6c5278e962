TEXT = """第五节  特色园区

一、中国盐城环保科技城
2014年,盐城环保科技城主攻环保领域内的烟气治理、水处理、固废综合利用和新型材料四大产业,着力打造全国环保产业发展先行区、全省环保产业集中区、全市产业转型示范区和标志性的产业新高地。全年,盐城环保科技城实现财政总收入4.17亿元,公共财政预算收入2.72亿元,入库税收2.68亿元;固定资产投资36.6亿元,规模以上工业增加值26.3亿元,规模以上工业企业开票销售29.6亿元;服务业增加值1.2亿元,社会消费品零售总额0.46亿元。
基础配套  年内,盐城环保科技城注重提升产业配套。以城市功能服务核建设为重点,工业邻里中心一期、绿地豪生大酒店、人才公寓等主体竣工。环保大道两侧的绿化完成提档升级,宝瓶湖周边参照市区公园标准,绿化、美化、亮化、智能化建设基本到位,公交车换乘站、污水处理厂及管网基本建成,垃圾中转站投入运营,经三路、纬六路等一批道路加快建设。全年建成安置房1010套,总面积约12万平方米,先后启动蓝庭苑、馨港雅居、曙光花园3个安置小区3个批次的安置房分配工作,共有924户拆迁户获得新居。
"""
META = dict(title="盐城年鉴2015 第五节 特色园区 一、中国盐城环保科技城", issuer="盐城市史志办(盐城年鉴2015,szw.yancheng.gov.cn)", genre="catalogue",
  province="江苏省", city="盐城市", county=None, date="2015", script="simplified",
  source="http://szw.yancheng.gov.cn/jblm/jjbz/ycnj/2015/html/Noname039.html", provenance="excerpt",
  cut="the doc ends at 获得新居。; the rest of the stored copy (the remainder of the 基础配套 paragraph on 农村环境综合治理/资金互助社, and the 园区建设 paragraph, which breaks off) is not used. Yearbook entry (genre catalogue, batch-4 yearbook practice); year from the yearbook edition (reports 2014)")
A = "江苏省"; C = "盐城市"
PLACES = [
 P("中国盐城环保科技城", "zone", A, C, None, True, ["烟气治理", "水处理", "固废综合利用", "新型材料"], [], aliases=["盐城环保科技城"],
   ev="2014年,盐城环保科技城主攻环保领域内的烟气治理、水处理、固废综合利用和新型材料四大产业,着力打造全国环保产业发展先行区、全省环保产业集中区、全市产业转型示范区和标志性的产业新高地"),
 P("工业邻里中心", "building", A, C, None, False, [], [], ev="以城市功能服务核建设为重点,工业邻里中心一期、绿地豪生大酒店、人才公寓等主体竣工"),
]
NOT = [("全国环保产业发展先行区", "title (goal)"), ("全省环保产业集中区", "title (goal)"), ("全市产业转型示范区", "title (goal)"), ("城市功能服务核", "generic"),
 ("绿地豪生大酒店", "hotel (amenity)"), ("人才公寓", "housing"), ("环保大道", "road"), ("宝瓶湖", "lake"), ("蓝庭苑", "housing estate"), ("馨港雅居", "housing estate"), ("曙光花园", "housing estate")]
