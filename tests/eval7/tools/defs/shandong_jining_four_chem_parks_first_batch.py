TEXT = """山东省公布首批化工园区名单济宁市4家入选

中国山东网济宁7月3日讯(记者郝亚松)近日,山东省人民*府办公厅公布第一批化工园区和专业化工园区名单,共31家园区入选,其中济宁市入选4家,分别为济宁新材料产业园区、汶上精细化工区、嘉祥化工产业园、邹城化工产业园,上榜数量居地市第2名。

据悉,根据《山东省化工园区认定管理办法》(鲁*办字〔〕号)、《山东省专业化工园区认定管理办法》(鲁*办字〔〕8号)规定,经各市*府申报、第三方专业机构评审和省有关部门审核,最终确定了30家化工园区及1家专业化工园区。

省*府要求,各级、各有关部门要深入贯彻落实习近平新时代中国特色社会主义思想和*的十九大精神,按照高质量发展的要求,加强对园区全过程动态监管,做好监督、管理和考核工作,推动园区整体水平持续提升,将园区打造成化工产业绿色发展和新旧动能转换的良好载体。
"""
META = dict(title="山东省公布首批化工园区名单济宁市4家入选", issuer="中国山东网(邹城市论坛转载)", genre="news",
  province="山东省", city="济宁市", county=None, date=None, script="simplified",
  source="http://bbs.zhouchengzx.com/archiver/showtopic-8504.aspx", provenance="verbatim",
  cut="removed the forum breadcrumb (邹城市论坛 首页 » 问答 » 常识 »), the post author/time line, the trailing 1 and the 查看完整版本 link; the forum's masked characters (*) and emptied numbers (〔〕号) are kept as stored; date null: the page gives only 7月3日 (the forum post time is 2023)")
S = "山东省"; J = "济宁市"; D = "化工园区"
E = "其中济宁市入选4家,分别为济宁新材料产业园区、汶上精细化工区、嘉祥化工产业园、邹城化工产业园,上榜数量居地市第2名"
PLACES = [
 P("济宁新材料产业园区", "park", S, J, None, True, ["新材料"], [D], ev=E),
 P("汶上精细化工区", "zone", S, J, "汶上县", True, ["精细化工"], [D], ev=E),
 P("嘉祥化工产业园", "park", S, J, "嘉祥县", True, ["化工"], [D], ev=E),
 P("邹城化工产业园", "park", S, J, "邹城市", True, ["化工"], [D], ev=E),
]
NOT = [("山东省人民*府办公厅", "issuer"), ("山东省化工园区认定管理办法", "document title"), ("山东省专业化工园区认定管理办法", "document title"),
 ("31家园区", "count"), ("30家化工园区", "count"), ("1家专业化工园区", "count"), ("第三方专业机构", "generic"), ("省有关部门", "generic"),
 ("中国山东网", "media"), ("济宁市", "city (count of listed parks)")]
