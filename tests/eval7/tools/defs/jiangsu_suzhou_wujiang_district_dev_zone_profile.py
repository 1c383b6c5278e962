TEXT = """苏州吴江区并非老城区,它于2012年由县级市吴江市撤市设区而成。吴江历史悠久,但作为行政区的历史较短。区内有同里、震泽等古镇,保存了大量明清建筑,同里退思园被列为世界文化遗产。吴江经济开发区成立于1993年,是苏州重要的制造业基地,形成了丝绸纺织、电子信息等产业集群。全区GDP超过2000亿元,城镇化率达到70以上,显示出现代化城区的特征。
吴江区城市面貌较新,基础设施完善。苏州地铁4号线延伸至吴江,区内建有苏州湾隧道、吴江大道等交通要道。太湖新城是吴江重点开发区域,拥有苏州湾博物馆、东太湖生态园等现代公共设施。吴江经济技术开发区聚集了数万家企业,其中世界500强企业超过30家。区内高校有苏州大学吴校区、江苏震泽中学等教育资源,整体呈现出新兴城区的发展态势。
"""
META = dict(title="苏州吴江区是老城区吗(问答)", issuer="问答网站(网友投稿)", genre="news",
  province="江苏省", city="苏州市", county="吴江区", date=None, script="simplified",
  source="https://drbdp.com/4-9325218.html", provenance="verbatim",
  cut="removed the metadata line (时间/人气/作者) and the site's contribution/copyright note")
J = "江苏省"; S = "苏州市"; W = "吴江区"
PLACES = [
 P("吴江经济开发区", "zone", J, S, W, True, ["丝绸纺织", "电子信息"], [], aliases=["吴江经济技术开发区"],
   ev="吴江经济开发区成立于1993年,是苏州重要的制造业基地,形成了丝绸纺织、电子信息等产业集群"),
 P("太湖新城", "zone", J, S, W, False, [], [], ev="太湖新城是吴江重点开发区域,拥有苏州湾博物馆、东太湖生态园等现代公共设施"),
]
NOT = [("苏州吴江区", "district (described)"), ("吴江市", "former county-level city"), ("同里", "town (ancient town)"), ("震泽", "town (ancient town)"),
 ("同里退思园", "heritage site"), ("苏州地铁4号线", "metro line"), ("苏州湾隧道", "tunnel"), ("吴江大道", "road"), ("苏州湾博物馆", "museum"),
 ("东太湖生态园", "park (ecological, public facility)"), ("苏州大学吴校区", "school"), ("江苏震泽中学", "school"), ("世界500强企业", "generic"),
 ("制造业基地", "generic")]
