TEXT = """2022年,全市自愿申请评定三星级小微企业园有4家。依据《嘉兴市小微企业园(“两创”中心)星级评定标准》,市小微企业园工作联席会议办公室相关成员单位对4家园区进行初审及现场联合评估打分。最终审核拟定三星级4家,现进行公示(根据政策,一星和二星评定由县市区自行考评)。 公示时间:2022年8月31日到2022年9月2日。 联系处室:市经信局产业发展处 电话:83681921
附件:2022年嘉兴市星级小微企业园拟评定结果
嘉兴市小微企业园工作联席会议办公室 (嘉兴市经济和信息化局代章) 2022年8月31日
附件
2022年嘉兴市星级小微企业园拟评定结果 序号 | 县市区 | 园区名称 | 拟评定结果 | 1 | 南湖区 | 新丰镇“两创”中心 | 三星级 | 2 | 秀洲区 | 王店镇集成装饰创业创新园 | 三星级 | 3 | 嘉善县 | 大云中德生态产业园 | 三星级 | 4 | 海宁市 | 海宁科技绿洲 | 三星级 |
"""
META = dict(title="2022年嘉兴市星级小微企业园拟评定结果公示", issuer="嘉兴市小微企业园工作联席会议办公室(嘉兴市经济和信息化局代章)", genre="table",
  province="浙江省", city="嘉兴市", county=None, date="2022-08-31", script="simplified",
  source="https://www.rockfordallstar.com/a2831/art_1229399350_4982329.html", provenance="verbatim",
  cut="removed the trailing empty table-border line (|). The contact line (联系处室 … 电话) is part of the notice paragraph in the stored copy and was kept; the pipe table is on one line as stored. No headline in the stored copy; title from the table heading. Date from the signature. Counties from the 县市区 column")
A = "浙江省"; C = "嘉兴市"
PLACES = [
 P("新丰镇“两创”中心", "park", A, C, "南湖区", True, [], ["三星级"], ev="1 | 南湖区 | 新丰镇“两创”中心 | 三星级", town="新丰镇"),
 P("王店镇集成装饰创业创新园", "park", A, C, "秀洲区", True, ["集成装饰"], ["三星级"], ev="2 | 秀洲区 | 王店镇集成装饰创业创新园 | 三星级", town="王店镇"),
 P("大云中德生态产业园", "park", A, C, "嘉善县", True, [], ["三星级"], ev="3 | 嘉善县 | 大云中德生态产业园 | 三星级"),
 P("海宁科技绿洲", "park", A, C, "海宁市", True, [], ["三星级"], ev="4 | 海宁市 | 海宁科技绿洲 | 三星级"),
]
NOT = [("嘉兴市小微企业园工作联席会议办公室", "agency"), ("嘉兴市经济和信息化局", "agency"), ("市经信局产业发展处", "agency"),
 ("嘉兴市小微企业园(“两创”中心)星级评定标准", "document title"), ("南湖区", "county (table cell)"), ("秀洲区", "county (table cell)"), ("4家", "count"), ("三星级小微企业园", "category")]
