TEXT = """泉州简介

泉州是福建省东南沿海的地级市,简称泉、鲤,别名鲤城、刺桐城,北承福州南接厦门,东望我国台湾岛。

辖鲤城、丰泽、洛江、泉港4个区,晋江、石狮、南安3个县级市,惠安、安溪、永春、德化、金门(待统一)5个县和泉州经济技术开发区,以及泉州台商投资区。

土地面积平方公里(含金门),年末常住人口万(不含金门)。闽南话为主要方言,并存莆仙话、客家话等多种方言,常住外来人口达万人。

泉州是全国著名侨乡和台湾汉族同胞主要祖籍地。旅居世界各地的泉州籍华侨、华人多万人,港澳同胞70多万人,台湾汉族同胞约多万人。

长期以来,旅外乡亲热心桑梓建设,或投资办厂,或兴学育人,或捐资慈善,或兴办公益,涌现出一大批贡献巨大、成就杰出的乡贤硕彦,成为推动泉州经济社会发展的重要力量,成为泉州与世界密切联系的纽带和桥梁。

泉州人民立足实际,奋力打造特色经济,促进泉港“石化基地”、丰泽“中国树脂工艺之乡”、晋江“中国鞋都”、石狮“中国服装名城”、南安“中国建材之乡”、惠安“中国石雕之乡”、德化“工艺陶瓷之乡”、永春“芦柑之乡”、安溪“乌龙茶之乡”等特色经济的形成并驰名海内外。
"""
META = dict(title="泉州简介", issuer="泉州市论坛(转载)", genre="news",
  province="福建省", city="泉州市", county=None, date=None, script="simplified",
  source="http://www.quanzhouzx.com/qzshj/6444.html", provenance="verbatim",
  cut="removed an advertising link line after the title, and the tag/reprint/previous-next/footer lines were removed; numbers emptied in the stored copy (土地面积平方公里 …) are kept as stored")
F = "福建省"; Q = "泉州市"
E = "泉州人民立足实际,奋力打造特色经济,促进泉港“石化基地”、丰泽“中国树脂工艺之乡”、晋江“中国鞋都”、石狮“中国服装名城”、南安“中国建材之乡”"
E2 = "惠安“中国石雕之乡”、德化“工艺陶瓷之乡”、永春“芦柑之乡”、安溪“乌龙茶之乡”等特色经济的形成并驰名海内外"
PLACES = [
 P("泉州经济技术开发区", "zone", F, Q, None, True, [], [], ev="辖鲤城、丰泽、洛江、泉港4个区,晋江、石狮、南安3个县级市,惠安、安溪、永春、德化、金门(待统一)5个县和泉州经济技术开发区,以及泉州台商投资区"),
 P("泉州台商投资区", "zone", F, Q, None, True, [], [], ev="辖鲤城、丰泽、洛江、泉港4个区,晋江、石狮、南安3个县级市,惠安、安溪、永春、德化、金门(待统一)5个县和泉州经济技术开发区,以及泉州台商投资区"),
 P("泉港", "district", F, Q, "泉港区", True, ["石化"], ["石化基地"], ev=E),
 P("丰泽", "district", F, Q, "丰泽区", True, ["树脂工艺"], ["中国树脂工艺之乡"], ev=E),
 P("晋江", "district", F, Q, "晋江市", True, ["鞋"], ["中国鞋都"], ev=E),
 P("石狮", "district", F, Q, "石狮市", True, ["服装"], ["中国服装名城"], ev=E),
 P("南安", "district", F, Q, "南安市", True, ["建材"], ["中国建材之乡"], ev=E),
 P("惠安", "district", F, Q, "惠安县", True, ["石雕"], ["中国石雕之乡"], ev=E2),
 P("德化", "district", F, Q, "德化县", True, ["工艺陶瓷"], ["工艺陶瓷之乡"], ev=E2),
 P("永春", "district", F, Q, "永春县", True, ["芦柑"], ["芦柑之乡"], ev=E2),
 P("安溪", "district", F, Q, "安溪县", True, ["乌龙茶"], ["乌龙茶之乡"], ev=E2),
]
NOT = [("福建省东南沿海", "region"), ("鲤城", "district (administrative list) / alias of the city"), ("刺桐城", "alias of the city"), ("福州", "city"),
 ("厦门", "city"), ("台湾岛", "island"), ("洛江", "district (administrative list)"), ("金门", "county (administrative list)"),
 ("全国著名侨乡", "title"), ("港澳同胞", "generic"), ("闽南话", "dialect")]
