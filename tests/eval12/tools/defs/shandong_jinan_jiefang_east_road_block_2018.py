TEXT = """济南商圈“一路向东”!从半个世纪前的大观园、泉城路,到经四路,再到十年之前的高新区,跟随着济南东拓的步伐,济南商圈也在逐步东移。目前正在打造的中央商务区,可以视为济南第二次开埠。目前,作为中央商务区的西入口,解放东路街区也开始了紧锣密鼓的整治。
解放东路街区更新
9月底有望完工
虽有回忆和不舍,姚家旧货市场的拆迁算是解放东路特色街区整治的重头戏。今年初,济南公布了“1+5”特色街区综合更新项目,其中“1”是黑虎泉西路趵突泉北路街区(市级),“5”指五个区级试点项目——包括历下区的解放东路片区、市中区的马鞍山路街区、槐荫区的经二路街区、天桥区的工人新村南村西社区和历城区的海蔚居委会片区。
解放东路街区项目南起和平路东延长线,北至工业南路,西起二环东路,东至茂陵山路,面积约为0.6平方公里。此街区为历下区党委、政府驻地周边区域,也是历下区“东大门”,东临中央商务区,是连接新旧城区的重要通道。
今年2月初,历下区开始了解放东路特色街区的调研和准备工作。目前,该区域内建筑临街街面较为凌乱,门面店招不协调,社区业态良莠不齐,夜景平淡,道路设施陈旧,街道休闲绿地不足,基础设施落后。中央商务区是举全市之力高标准打造的重点项目,建设好此街区符合中央商务区高端规划,有利于提升城市整体形象。
"""
META = dict(title="济南商圈“一路向东” 解放东路街区更新 (no headline in the stored copy)", issuer="齐鲁晚报(大众网 dzwww.com 转载)", genre="news",
  province="山东省", city="济南市", county=None, date="2018-03-29", script="simplified",
  source="http://dzwww.com/shandong/sdnews/201803/t20180329_17203320.htm", provenance="excerpt",
  cut="removed the editor lines (初审编辑 / 责任编辑), the photo caption (解放东路要进行更新提升。 齐鲁晚报记者 刘飞跃 摄) and the byline (齐鲁晚报记者 刘飞跃 实习生 刘晓旭); cut before the 历下区区长 paragraph (over length; the stored copy breaks off in it). The two-line subheading kept. Title descriptive. Date from the URL. Commercial-zone text (商圈, 中央商务区, 特色街区)")
A = "山东省"; C = "济南市"
PLACES = [
 P("解放东路街区", "zone", A, C, "历下区", True, [], [], aliases=["解放东路片区", "解放东路特色街区"], ev="目前,作为中央商务区的西入口,解放东路街区也开始了紧锣密鼓的整治"),
 P("中央商务区", "zone", A, C, None, True, [], [], ev="目前正在打造的中央商务区,可以视为济南第二次开埠"),
 P("黑虎泉西路趵突泉北路街区", "zone", A, C, None, False, [], ["市级"]),
 P("马鞍山路街区", "zone", A, C, "市中区", False, [], []),
 P("经二路街区", "zone", A, C, "槐荫区", False, [], []),
 P("工人新村南村西社区", "zone", A, C, "天桥区", False, [], []),
 P("海蔚居委会片区", "zone", A, C, "历城区", False, [], []),
 P("大观园", "landmark", A, C, None, False, [], []),
]
NOT = [("泉城路", "street (history)"), ("经四路", "street (history)"), ("高新区", "generic short name (history)"), ("姚家旧货市场", "market (demolished)"),
 ("“1+5”特色街区综合更新项目", "programme title"), ("和平路东延长线", "boundary road"), ("二环东路", "boundary road"), ("历下区党委", "agency"),
 ("历下区", "county (location)")]
