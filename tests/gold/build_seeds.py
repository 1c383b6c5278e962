#!/usr/bin/env python3
"""Build and validate tests/gold/seeds.json (hand labels, written independently of the extractor).

The labels are written out below by hand; this script only serialises them and checks that
  * every `evidence` quote occurs verbatim in at least one listed file (line breaks removed,
    because 004 is a hard-wrapped PDF text layer),
  * every sector phrase occurs verbatim in at least one listed file,
  * names/aliases are unique across places.
Run:  python3 tests/gold/build_seeds.py   (writes tests/gold/seeds.json)
"""
import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "..", "..", "data", "corpus")
F0, F1, F2, F3, F4 = ("000_112d826bb23675a8.txt", "001_bf5a416dda61ea80.txt",
                      "002_f18aed3529aafc2a.txt", "003_1d5ea41ab01868b0.txt",
                      "004_337a744b882e9f57.txt")

DOCUMENTS = [
    {"file": F0, "title": "渝中区推动现代生产性服务业高质量发展实施方案（2024—2027年）", "jurisdiction": "渝中区"},
    {"file": F1, "title": "重庆两江新区加速推进现代生产性服务业高质量发展实施方案（2025—2027年）", "jurisdiction": "两江新区"},
    {"file": F2, "title": "渝中区科创服务业高质量发展三年行动计划（2025—2027年）", "jurisdiction": "渝中区"},
    {"file": F3, "title": "重庆市人民政府关于现代生产性服务业发展情况的报告", "jurisdiction": "重庆市"},
    {"file": F4, "title": "重庆市加速推进现代生产性服务业高质量发展行动方案（2024—2027年）", "jurisdiction": "重庆市",
     "note": "file also contains, first, 《重庆市林长制办法》(市政府令第370号), an unrelated forestry regulation that yields no places"},
]

PLACES = []
def P(name, kind, district, files, sectors, evidence, core=True, unnamed=False, aliases=(),
      parent=None, note=None, district_note=None):
    d = {"name": name, "aliases": list(aliases), "kind": kind, "district": district}
    if district_note:
        d["district_note"] = district_note
    d.update({"parent": parent, "core": core, "unnamed": unnamed, "files": list(files),
              "sector_phrases": list(sectors), "evidence": evidence})
    if note:
        d["note"] = note
    PLACES.append(d)

YZ, LJ, CQ = "渝中区", "两江新区", "重庆市"

# ---------------------------------------------------------------- 000 渝中区 production services
S_FIN = ["金融服务业", "生产性金融", "消费金融", "汽车金融", "贸易金融"]
P("解放碑—朝天门金融核心集聚区", "zone", YZ, [F0], S_FIN + ["现代金融", "专业服务", "金融", "总部贸易"],
  "重点围绕解放碑—朝天门金融核心集聚区、两路口—化龙桥金融拓展区",
  aliases=["解放碑朝天门片区"],
  note="merged with the 「一核」区域 of 专栏3 (「以解放碑朝天门片区为重点，聚焦现代金融、专业服务」): same area, same endpoints")
P("两路口—化龙桥金融拓展区", "zone", YZ, [F0], S_FIN,
  "重点围绕解放碑—朝天门金融核心集聚区、两路口—化龙桥金融拓展区")
P("渝中绿色金融改革创新试验区核心区", "zone", YZ, [F0], ["绿色金融", "气候投融资"],
  "加速推进渝中绿色金融改革创新试验区核心区建设", core=False,
  note="渝中区 as core area of the city-wide green-finance pilot zone; no boundary distinct from the district is given")
P("重庆中央法务区", "zone", YZ, [F0], ["法律和知识产权服务", "金融法治", "金融法务"],
  "深入推进重庆中央法务区建设，依托成渝金融法院等品牌集聚一批金融法治机构，打造金融法务特色楼宇",
  district_note="named in the 渝中 plan; the 2023 西部金融中央法务区 (004) integrated it and spans 渝中/江北/南岸",
  note="kept separate from 西部金融中央法务区 (different name, narrower extent); 成渝金融法院 itself is an institution, not a carrier")
P("化龙桥邮件处理中心", "facility", YZ, [F0], ["现代物流业", "邮政", "快递"],
  "加快建设运营化龙桥邮件处理中心，完善邮政、快递末端基础设施建设",
  note="named physical logistics facility in the 现代物流业 section")
P("跨境电商产业园", "park", YZ, [F0], ["电商服务", "跨境电商"],
  "壮大跨境电商产业园规模，打造跨境电商应用服务中心", core=False, unnamed=True,
  note="generic name for the district's existing cross-border e-commerce park (to be enlarged); the later target 「打造市级跨境电商产业园2个以上」 is a count, not further sites")
P("重庆工业设计总部基地", "park", YZ, [F0, F2], ["工业互联网（含工业设计）", "工业设计"],
  "依托重庆工业设计总部基地“总部+”模式", aliases=["工业设计总部基地"], parent="重庆数字经济产业园",
  note="002 专栏1 lists it among the 「金字招牌」 of 重庆数字经济产业园, hence the parent")
P("环重医创新生态圈", "zone", YZ, [F0, F2],
  ["生命科学", "医学研究", "创新药", "创新医疗器械", "基础研究", "临床试验", "成果转化"],
  "打造环重医创新生态圈，围绕医学研究、创新药、创新医疗器械等领域",
  aliases=["环重医创新创业生态圈", "环重医生态圈", "生命科学发展创新生态圈"],
  note="生态圈 tied to a place (around 重庆医科大学); overlaps 环重医大健康产业园 but is the wider ecosystem, kept separate. 「环重医生态圈」 only occurs inside the event name 环重医生态圈创新创业大赛")
P("干细胞治疗工程技术研究中心", "facility", YZ, [F0], ["生命科学", "细胞和基因诊疗", "个性化精准医疗"],
  "依托干细胞治疗工程技术研究中心等机构", core=False,
  note="research institution relied on for a sub-sector; named once")
# 专栏3 三带
S3 = ["电商服务", "创意设计", "现代物流", "文商旅融合", "数字文化", "交通物流"]
EV3a = "以“两江滨江休闲产业带”“下半城历史人文风貌带”“大鹅岭山脊自然生态带”“大田湾文体产业园”区域传统风貌区和载体为重点"
EV3b = "依托李子坝、白象街、十八梯、胜利巷、湖广会馆及东水门历史文化街区、飞机码头—燕子岩—枇杷山等风貌区和后街影视文化产业园、电影数字产业园、公运集团办公楼等载体"
P("两江滨江休闲产业带", "zone", YZ, [F0], S3, EV3a, note="one of the 「三带」")
P("下半城历史人文风貌带", "zone", YZ, [F0], S3, EV3a, note="one of the 「三带」")
P("大鹅岭山脊自然生态带", "zone", YZ, [F0], S3, EV3a, note="one of the 「三带」")
P("大田湾文体产业园", "park", YZ, [F0], S3, EV3a, note="listed with the 「三带」 belts")
for lm in ["李子坝", "白象街", "十八梯", "胜利巷"]:
    P(lm, "landmark", YZ, [F0], S3, EV3b, note="historic townscape area (风貌区) used as a carrier in the 「三带」 layout")
P("湖广会馆及东水门历史文化街区", "landmark", YZ, [F0], S3, EV3b, aliases=["湖广会馆", "东水门历史文化街区"],
  note="official name of a single historic district; not split")
P("飞机码头—燕子岩—枇杷山", "landmark", YZ, [F0], S3, EV3b, aliases=["飞机码头—燕子岩—枇杷山风貌区"],
  note="dash-joined corridor = one 风貌区")
P("后街影视文化产业园", "park", YZ, [F0], S3, EV3b, aliases=["重庆后街影视文化产业园"])
P("重庆数字电影产业园", "park", YZ, [F0, F2], S3 + ["数字文创", "数字电影产业"],
  "支持重庆数字电影产业园加快建设“一基地两平台三中心”", aliases=["电影数字产业园"],
  note="000 writes 电影数字产业园 (word order swapped); taken as the same 渝中 park")
P("公运集团办公楼", "building", YZ, [F0], S3, EV3b, note="公运集团 is a company, but its office building is named as a carrier")
# 六园区 1 化龙桥
S61 = ["新兴金融", "专业服务", "法律服务", "咨询与调查", "总部贸易"]
EV61 = "依托企业天地2-8号楼、重庆印象城、重庆天地等重点楼宇"
P("化龙桥国际商务区", "zone", YZ, [F0], S61, "一是以化龙桥国际商务区为重点，聚焦新兴金融、专业服务")
P("企业天地2-8号楼", "building", YZ, [F0], S61, EV61, parent="化龙桥国际商务区", note="range of buildings kept as one carrier")
P("重庆印象城", "building", YZ, [F0], S61, EV61, parent="化龙桥国际商务区")
P("重庆天地", "building", YZ, [F0], S61, EV61, parent="化龙桥国际商务区",
  note="a mixed-use development, listed by the text as a 重点楼宇")
# 2 数字经济产业园
S62 = ["科创服务", "软信产业", "总部经济"]
EV62 = "依托总部城A、C、D、E区，美源·美源，伟清中环广场等重点楼宇"
P("重庆数字经济产业园", "park", YZ, [F0, F2], S62 + ["科创服务业", "工业软件", "区块链", "信创", "工业设计"],
  "二是以重庆数字经济产业园为重点，聚焦科创服务", aliases=["数字经济产业园"],
  note="000 also names its administration (「数字经济产业园等按职责分工负责」 under 算力经济; 「数字经济产业园管委会」 under 工业互联网) — responsibility lines, not counted as sector assignments")
for z in "ACDE":
    P(f"总部城{z}区", "building", YZ, [F0], S62, EV62, parent="重庆数字经济产业园",
      note="expanded from 「总部城A、C、D、E区」")
P("美源·美源", "building", YZ, [F0], S62 + ["产科金综合服务", "基础研究", "应用研究", "成果转化", "展示销售", "健康服务"],
  EV62, aliases=["美源美源"], parent="重庆数字经济产业园",
  note="listed twice in 专栏3: as 「美源·美源」 under 重庆数字经济产业园 and as 「美源美源」 under 环重医大健康产业园; one building, sectors of both groups")
P("伟清中环广场", "building", YZ, [F0], S62, EV62, parent="重庆数字经济产业园")
# 3 上清寺—两路口—大溪沟
S63 = ["创意设计", "软件信息", "数字内容", "设计咨询", "互联网产业", "数字经济"]
EV63 = "依托环球大厦、投资大厦、新干线大厦、市设计院办公楼等重点楼宇"
P("上清寺—两路口—大溪沟创意文体产业园", "park", YZ, [F0], S63,
  "三是以上清寺—两路口—大溪沟创意文体产业园为重点，聚焦创意设计、软件信息、数字内容")
for b in ["环球大厦", "投资大厦", "新干线大厦", "市设计院办公楼"]:
    P(b, "building", YZ, [F0], S63, EV63, parent="上清寺—两路口—大溪沟创意文体产业园",
      note="not 环球金融中心 (解放碑)" if b == "环球大厦" else ("市设计院 the company is a not_place; its office building is a carrier" if b == "市设计院办公楼" else None))
# 4 大坪商圈
S64 = ["科创服务", "电子商务"]
EV64 = "依托时代天街、英利国际、万科锦程等重点楼宇"
P("大坪商圈", "zone", YZ, [F0], S64, "四是以大坪商圈为重点，聚焦科创服务、电子商务")
for b in ["时代天街", "英利国际", "万科锦程"]:
    P(b, "building", YZ, [F0], S64, EV64, parent="大坪商圈",
      note="distinct from 英利国际金融中心 (解放碑 group)" if b == "英利国际" else None)
# 5 环重医大健康产业园
S65 = ["产科金综合服务", "基础研究", "应用研究", "成果转化", "展示销售", "健康服务"]
EV65 = "依托联通大厦、明日派、美源美源等重点楼宇"
P("环重医大健康产业园", "park", YZ, [F0, F2], S65 + ["大健康"],
  "五是以环重医大健康产业园为重点，聚焦产科金综合服务")
P("联通大厦", "building", YZ, [F0], S65, EV65, parent="环重医大健康产业园")
P("明日派", "building", YZ, [F0], S65, EV65, parent="环重医大健康产业园")
# 6 菜园坝滨江新城
P("菜园坝滨江新城", "zone", YZ, [F0], ["现代物流", "总部办公", "物流总部", "现代楼宇工业", "总部贸易"],
  "六是以菜园坝滨江新城为重点，加快推动重庆高铁站建设，规划建设以现代物流、总部办公为主导产业的高品质载体",
  note="the unnamed 「高品质载体」 inside it is not labelled separately; 重庆高铁站 is transport infrastructure")
# 一核 buildings
S1 = ["现代金融", "专业服务", "金融", "总部贸易"]
EV1 = "依托申基金融广场、平安金融中心、协信SFC、凯德来福士、环球金融中心、大都会东方广场、英利国际金融中心等重点楼宇"
for b in ["申基金融广场", "平安金融中心", "协信SFC", "凯德来福士", "环球金融中心", "大都会东方广场", "英利国际金融中心"]:
    P(b, "building", YZ, [F0], S1, EV1, parent="解放碑—朝天门金融核心集聚区",
      aliases=["来福士"] if b == "凯德来福士" else (),
      note="「一核」 building; parent from 「以解放碑朝天门片区为重点」")

# ---------------------------------------------------------------- 002 渝中区 科创服务业
P("洪崖洞", "landmark", YZ, [F2], ["数字内容"], "鼓励各类创作主体依托洪崖洞、鹅岭贰厂等地标开展创新创作",
  note="地标 explicitly used (「依托」) as carrier for digital-content creation")
P("鹅岭贰厂", "landmark", YZ, [F2], ["数字内容"], "鼓励各类创作主体依托洪崖洞、鹅岭贰厂等地标开展创新创作",
  aliases=["鹅岭二厂"])
P("重庆数字版权区块链服务中心", "facility", YZ, [F2], ["数字内容", "数字版权", "区块链"],
  "依托重庆数字版权区块链服务中心，发挥渝中区区块链技术优势", core=False,
  note="service centre; borderline between facility and platform")
P("国家电子商务示范基地", "park", YZ, [F2], ["信息技术服务", "电子商务", "网络销售"],
  "发挥国家电子商务示范基地作用，做大做强网络销售平台", core=False, unnamed=True,
  note="singular existing base in 渝中 referred to only by its national title (also 「优化国家电子商务示范基地建设」); the plural 「一批市级、国家级电子商务示范基地（园区）」 is generic")
P("国家专用信息设备应用示范重庆基地", "park", YZ, [F2], ["信创", "信息技术应用创新"],
  "发挥国家专用信息设备应用示范重庆基地优势", aliases=["专用信息设备应用示范基地"],
  parent="重庆数字经济产业园", core=False,
  note="专栏1 treats it as a 「金字招牌」 (title) of 重庆数字经济产业园")
P("黄花园现代服务业产业园", "park", YZ, [F2], ["其他科研服务业", "现代服务业", "创业孵化服务"],
  "推动建设黄花园现代服务业产业园",
  note="in section （八）其他科研服务业, closing the sentence on the 创业孵化服务体系")
P("通远大厦", "building", YZ, [F2], ["软件和信息服务业", "数字文创"],
  "推动通远大厦、信创大厦、总部城A区4号楼等市级“满天星”示范楼宇",
  note="「满天星」 = municipal software/IT services programme (「市级软件和信息服务业“满天星”示范楼宇」); also 「推动通远大厦数字文创产业发展」")
P("信创大厦", "building", YZ, [F2], ["软件和信息服务业"], "推动通远大厦、信创大厦、总部城A区4号楼等市级“满天星”示范楼宇")
P("总部城A区4号楼", "building", YZ, [F2], ["软件和信息服务业"],
  "推动通远大厦、信创大厦、总部城A区4号楼等市级“满天星”示范楼宇", parent="总部城A区",
  note="a building inside 总部城A区 (000); separate entry")
P("重庆市工业软件产业园", "park", YZ, [F2], ["工业软件"],
  "充分发挥通远大厦等市级“满天星”示范楼宇和重庆市工业软件产业园等市级产业园优势",
  aliases=["市级重点关键产业园（工业软件方向）"], parent="重庆数字经济产业园", core=False,
  note="probably the municipal title (市级重点关键产业园（工业软件方向）) borne by 重庆数字经济产业园 per 专栏1; kept as its own non-core entry")
P("跨境电商综合服务园区", "park", YZ, [F2], ["跨境电商", "内容电商"],
  "打造跨境电商综合服务园区", core=False, unnamed=True,
  note="planned, generic name; not merged with 000's 跨境电商产业园 (cannot tell they are the same site)")
P("挑花厂数字文创产业园", "park", YZ, [F2], ["数字文创"], "加快建设挑花厂数字文创产业园")
P("重庆信息与智慧医学研究院", "facility", YZ, [F2], ["智慧医学"],
  "联合市科技局、重庆医科大学建设重庆信息与智慧医学研究院",
  note="named twice (also 专栏4 「积极推进共建重庆信息与智慧医学研究院」)")
P("重庆转化医学中心", "facility", YZ, [F2], ["转化医学"], "支持重医附一院和儿童医院建设重庆转化医学中心",
  core=False, note="named once as a hospital project; the hospitals themselves are not_places")
P("环重医大健康产业园综合服务中心", "facility", YZ, [F2], ["大健康"],
  "打造环重医大健康产业园综合服务中心", parent="环重医大健康产业园", core=False)
P("开源集聚区", "zone", YZ, [F2], ["信创基础软件", "操作系统", "数据库"], "打造开源集聚区",
  core=False, unnamed=True, note="singular planned cluster, generic name; may be partly virtual")
P("中新金融产业园", "park", YZ, [F2], ["金融科技"], "深化中新金融产业园发展，打造区域金融科技创新高地",
  district_note="named in the 渝中 plan as a 渝中 carrier")

# ---------------------------------------------------------------- 001 两江新区
S_SW = ["软件信息", "人工智能", "工业软件", "汽车软件", "空天信息"]
P("重庆两江软件园", "park", LJ, [F1, F4], S_SW + ["软件信息服务业", "卫星互联网"],
  "建设重庆两江软件园和重庆汽车软件园", aliases=["两江软件园"],
  district_note="两江新区 functional area; probably 渝北区 (两江数字经济产业园), not verified")
P("重庆汽车软件园", "park", LJ, [F1], S_SW, "建设重庆两江软件园和重庆汽车软件园",
  district_note="两江新区 functional area; exact 区 not verified")
P("水土国际数据港", "park", "北碚区", [F1], ["数据要素", "智算", "数字金融", "金融科技"],
  "加速推动水土国际数据港由数据中心向智算中心转型升级", aliases=["两江水土国际数据港"],
  district_note="水土街道, 北碚区 (两江新区)",
  note="a data-centre park, not a port: kind=park")
P("数据标注基地", "park", LJ, [F1], ["数据要素", "数据标注"], "建设规模化、专业化数据标注基地",
  core=False, unnamed=True)
P("数据要素产业园", "park", LJ, [F1], ["数据要素"], "加快打造数据要素产业园", core=False, unnamed=True)
P("特色产业电商创新产业园", "park", LJ, [F1], ["产业电商", "直播电商"], "培育打造特色产业电商创新产业园",
  core=False, unnamed=True)
EVQ = "高水平打造良景、照母山、水土、礼嘉等检验检测产业园区"
P("良景检验检测产业园区", "park", "渝北区", [F1], ["检验检测", "质量基础设施"], EVQ, aliases=["良景示范园"],
  district_note="两江新区翠云组团 (重庆两江国际检验检测认证·良景示范园); 区 from outside knowledge",
  note="expanded from 「良景、照母山、水土、礼嘉等检验检测产业园区」; merged with 「良景示范园」 (QI workstation site in the same paragraph), which is the existing 良景 testing park")
P("照母山检验检测产业园区", "park", "渝北区", [F1], ["检验检测"], EVQ,
  district_note="照母山, 两江新区直管区 in 渝北区")
P("水土检验检测产业园区", "park", "北碚区", [F1], ["检验检测"], EVQ)
P("礼嘉检验检测产业园区", "park", "渝北区", [F1], ["检验检测"], EVQ, district_note="礼嘉街道, 渝北区 (两江新区直管)")
EVQI = "加快建设协同创新区、良景示范园、互联网产业园、金泰产业园、大地企业公园、天海星—两江数码工坊等质量基础设施工作站"
P("两江协同创新区", "zone", LJ, [F1, F3, F4],
  ["质量基础设施", "数字金融", "金融科技", "绿色金融", "科技创新", "科技服务业", "科技研发服务业"],
  "依托两江协同创新区、两江水土国际数据港智能智算资源", aliases=["协同创新区"],
  district_note="明月湖 area of 两江新区; probably 北碚区, not verified")
for nm in ["互联网产业园", "金泰产业园", "大地企业公园", "天海星—两江数码工坊"]:
    P(nm, "park", LJ, [F1], ["质量基础设施"], EVQI, core=False,
      note=("named only as site of a 质量基础设施工作站" +
            ("; probably the 两江互联网产业园" if nm == "互联网产业园" else "") +
            ("; dash-joined name = one place" if "—" in nm else "")))
P("重庆设计公园", "park", "渝北区", [F1, F3], ["工业设计", "创意设计", "设计行业"], "提档升级重庆设计公园",
  district_note="title given to 悦来国际会展城 (悦来街道, 渝北区)")
P("重庆设计公园二期创新基地", "park", "渝北区", [F1], ["工业设计", "创意设计"],
  "加速建设重庆设计公园二期创新基地", parent="重庆设计公园", core=False,
  note="phase-2 site of the design park; separate but non-core")
S_KJ = ["知识产权服务", "科技服务"]
P("明月湖实验室", "facility", LJ, [F1, F3], S_KJ + ["科技创新"], "加快建设明月湖实验室等高能级创新平台",
  district_note="两江协同创新区 (明月湖); 区 not verified",
  note="section heading 3.知识产权服务 passed down mechanically; the lab is a 高能级创新平台")
P("照母山“数字+”创新创业孵化街区", "zone", "渝北区", [F1], S_KJ + ["创新创业孵化"],
  "打造照母山“数字+”创新创业孵化街区、明月湖产学研协同科创孵化街区", aliases=["照母山数字+创新创业孵化街区"])
P("明月湖产学研协同科创孵化街区", "zone", LJ, [F1], S_KJ + ["科创孵化"],
  "打造照母山“数字+”创新创业孵化街区、明月湖产学研协同科创孵化街区")
P("成渝地区“一带一路”国际技术转移中心", "facility", LJ, [F1], S_KJ + ["技术转移"],
  "加快建设成渝地区“一带一路”国际技术转移中心", core=False,
  aliases=["成渝地区一带一路国际技术转移中心"], note="centre with a building; borderline platform")
P("中新(重庆)科技创新国际合作标杆园区", "park", LJ, [F1], S_KJ + ["科技创新国际合作", "技术转移"],
  "中新(重庆)科技创新国际合作标杆园区", aliases=["中新（重庆）科技创新国际合作标杆园区"])
P("明月湖数字科技产业知识产权运营中心", "facility", LJ, [F1], ["知识产权服务", "知识产权运营"],
  "推动明月湖数字科技产业知识产权运营中心高效运转", core=False)
P("全过程工程技术服务产业园", "park", LJ, [F1], ["工程技术", "全过程工程咨询", "工程技术专业服务"],
  "建设全过程工程技术服务产业园", core=False, unnamed=True,
  note="target is 「打造全过程工程技术服务产业园2个以上」; one generic entry")
S_GY = ["临港产业", "国际物流", "现代商贸业", "大宗商品", "临港先进制造业", "临港高端服务业", "金融服务", "科技服务", "商务服务"]
P("果园港国家物流枢纽临港经济片区", "zone", "江北区", [F1], S_GY,
  "加快推进果园港国家物流枢纽临港经济片区建设", aliases=["果园港临港经济片区"],
  district_note="鱼嘴/复盛, 江北区 (两江新区)")
P("果园港", "port", "江北区", [F1, F4], ["临港产业", "大宗商品", "现代化物流业"],
  "推动果园港大宗商品线上线下融合", district_note="鱼嘴镇, 江北区 (两江新区)",
  note="004: 「增强果园港、珞璜港、龙头港、新田港等综合服务能力」")
P("大宗商品加工基地", "park", LJ, [F1], ["大宗商品", "现代商贸业"], "建设大宗商品加工基地",
  core=False, unnamed=True, note="in the 果园港 临港产业 paragraph; parent not stated")
P("寸滩港", "port", "江北区", [F1],
  ["现代产业", "人工智能+", "数智科创产业", "总部经济", "泛法务服务", "高端商务产业", "航运"],
  "推动寸滩港现代产业集聚发展,重点聚焦“人工智能+”等数智科创产业及总部经济、泛法务服务等高端商务产业")
P("汽车零部件再制造产业园", "park", LJ, [F1], ["临空产业", "保税再制造", "汽车零部件再制造"],
  "推动国家第二批、中西部首个汽车零部件再制造产业园落地试点", core=False, unnamed=True)
P("西南地区保税维修中心", "facility", LJ, [F1], ["临空产业", "保税维修"], "加快建设西南地区保税维修中心",
  core=False, unnamed=True, note="descriptive, not a proper name")
P("两路果园港综保区", "zone", LJ, [F1], ["临空产业", "保税维修", "数控机床", "通信设备"],
  "鼓励两路果园港综保区发展数控机床、通信设备等保税维修业务",
  district_note="spans 渝北区 (两路/空港) and 江北区 (果园港)")
P("照母山—明月湖基金小镇", "park", LJ, [F1], ["科技金融", "创业投资", "股权投资"],
  "打造照母山—明月湖基金小镇", district_note="dash-joined 照母山 (渝北区) — 明月湖; one place")
P("数字金融产业园", "park", LJ, [F1], ["数字金融", "金融科技"], "打造集产学研于一体的数字金融产业园",
  core=False, unnamed=True)
EVG = "深化鱼复园区、水土园区等金融服务绿色低碳示范工程建设工作,争取新增协同创新区、礼嘉智慧公园等示范工程"
P("鱼复园区", "park", "江北区", [F1], ["绿色金融", "绿色低碳"], EVG, core=False,
  note="named as site of a green-finance demonstration project")
P("水土园区", "park", "北碚区", [F1], ["绿色金融", "绿色低碳"], EVG, core=False,
  note="named as site of a green-finance demonstration project; 水土高新技术产业园")
P("礼嘉智慧公园", "landmark", "渝北区", [F1], ["绿色金融", "绿色低碳"], EVG, core=False,
  note="public theme park named as site of a demonstration project")
P("悦来国际会展城", "zone", "渝北区", [F1], ["会展服务", "数字会展"], "依托悦来国际会展城,鼓励举办有国际影响力的综合性、行业性展会")

# ---------------------------------------------------------------- 003 city report
P("嘉陵江实验室", "facility", CQ, [F3], ["科技创新"], "建设嘉陵江、明月湖实验室",
  district_note="location not stated in the text", note="expanded from 「嘉陵江、明月湖实验室」")
P("西部（重庆）科学城", "zone", CQ, [F3, F4], ["科技创新", "科技服务业", "科技研发服务业", "科创金融"],
  "加快建设西部（重庆）科学城、两江协同创新区、广阳湾智创生态城科技服务业集聚区",
  aliases=["西部(重庆)科学城"], district_note="spans 沙坪坝/九龙坡/北碚/江津/璧山")
EVD = "设计之都产业园、环西南大学设计创新港、工业设计国际创谷等一批设计园区加快建设"
P("设计之都产业园", "park", CQ, [F3], ["工业设计", "设计"], EVD, district_note="location not stated")
P("环西南大学设计创新港", "park", "北碚区", [F3], ["工业设计", "设计"], EVD,
  note="a design park named 创新港, not a port")
P("工业设计国际创谷", "park", CQ, [F3], ["工业设计", "设计"], EVD, district_note="location not stated")
P("重庆枢纽港产业园", "park", CQ, [F3], ["现代物流", "国际物流"], "着力建设重庆枢纽港产业园",
  district_note="multi-site logistics park; 区 not stated")
P("方大航空城", "zone", CQ, [F3], [], "大力支持现代化国际航空物流枢纽、方大航空城等重大项目建设", core=False,
  district_note="company-led (方大集团) aviation project around 江北国际机场 (渝北区) and other sites",
  note="named only as a major project; no sector phrase attached in the text")
P("江北嘴会计产业园", "park", "江北区", [F3], ["会计", "会计综合服务"], "加快建设江北嘴会计产业园")

# ---------------------------------------------------------------- 004 city action plan
P("广阳湾智创生态城", "zone", "南岸区", [F4], ["科技服务业", "科技研发服务业"],
  "加快建设西部（重庆）科学城、两江协同创新区、广阳湾智创生态城科技服务业集聚区",
  note="read as three 科技服务业集聚区; the suffix is not part of this name")
P("重庆高新技术产业研究院", "facility", CQ, [F4], ["科技研发服务业"], "升级打造重庆高新技术产业研究院",
  core=False, district_note="location not stated")
P("重庆市技术转移研究院", "facility", CQ, [F4], ["科技研发服务业", "技术转移"], "加快建设重庆市技术转移研究院",
  core=False, district_note="location not stated")
EVT = "发挥两江新区、西部科学城重庆高新区的产业和技术人才优势"
P("两江新区", "district", LJ, [F1, F4], ["检验检测"], EVT, core=False,
  aliases=["重庆两江新区"],
  district_note="functional area spanning 江北/渝北/北碚 (made an administrative district in Nov 2025, after these texts)",
  note="004 uses it as the carrier of the 国家检验检测认证公共服务平台示范区; in 001 it is the jurisdiction")
P("西部科学城重庆高新区", "district", CQ, [F4], ["检验检测"], EVT, core=False, aliases=["重庆高新区"],
  district_note="functional area (直管园 in 沙坪坝/九龙坡/璧山…)",
  note="kept separate from 西部（重庆）科学城 (the larger science-city area)")
S_SW4 = ["软件信息服务业", "工业软件", "人工智能", "汽车软件", "卫星互联网"]
EVS = "支持两江软件园、仙桃数据谷软件园、重庆软件园、重庆软件天地等创建中国软件名园"
P("仙桃数据谷软件园", "park", "渝北区", [F4], S_SW4, EVS, district_note="仙桃街道, 渝北区")
P("重庆软件园", "park", "南岸区", [F4], S_SW4, EVS, district_note="重庆经开区 (茶园), 南岸区; from outside knowledge")
P("重庆软件天地", "park", CQ, [F4], S_SW4, EVS, district_note="location not stated; not verified")
P("西部金融中央法务区", "zone", CQ, [F4], ["生产性金融服务业", "金融法务"], "打造西部金融中央法务区",
  district_note="spans 渝中区/江北区/南岸区 (解放碑—朝天门, 化龙桥, 江北嘴, 长嘉汇)")
P("重庆国际铁路港综合保税区", "zone", "沙坪坝区", [F4], ["现代化物流业"], "启动重庆国际铁路港综合保税区建设",
  district_note="团结村, 沙坪坝区")
EVP = "增强果园港、珞璜港、龙头港、新田港等综合服务能力"
P("珞璜港", "port", "江津区", [F4], ["现代化物流业"], EVP)
P("龙头港", "port", "涪陵区", [F4], ["现代化物流业"], EVP, district_note="from outside knowledge")
P("新田港", "port", "万州区", [F4], ["现代化物流业"], EVP)
P("中国（重庆）职业技能公共实训中心", "facility", CQ, [F4], ["人力资源服务业", "技能培训"],
  "依托中国（重庆）职业技能公共实训中心", core=False, district_note="location not stated")
P("西部数据交易中心", "facility", CQ, [F4], ["数据要素"], "加快建设西部数据交易中心，打造具有重庆辨识度的交易专区",
  core=False, district_note="location not stated",
  note="a data exchange (operating body with premises); borderline facility/platform")
P("国家新型废铝高端产业加工基地", "park", CQ, [F4], ["低碳环保服务业", "再制造"],
  "打造国家新型废铝高端产业加工基地", core=False, unnamed=True, district_note="location not stated")
EVR = "推动渝西地区进一步深化“两业融合”"
P("中心城区", "district", CQ, [F4],
  ["总集成总承包", "科技研发", "生产性金融", "软件信息", "国际物流"],
  "提升中心城区服务能级和辐射功能，集聚价值链高端生产性服务业", core=False,
  district_note="macro-region (several 区), not an administrative district",
  note="one of the four 板块 given sector roles in （二十三）区域协调发展工程; the 中心城区 of the forestry part is unrelated")
P("渝西地区", "district", CQ, [F4], ["两业融合", "科技成果转化", "工业设计", "检验检测", "智能运维"], EVR,
  core=False, district_note="macro-region (several 区)")
P("渝东新城", "district", CQ, [F4], ["科技成果转化", "现代物流", "低碳环保", "工程技术服务"],
  "推动渝东新城生产性服务业集聚发展", core=False, district_note="macro-region (several 区)")
P("山区库区", "district", CQ, [F4], ["现代物流", "产业电商", "低碳环保", "农业社会化服务"],
  "激发山区库区生产性服务业发展潜力", core=False, district_note="macro-region (several 区/县)")
for dn in ["万州区", "涪陵区", "永川区"]:
    P(dn, "district", dn, [F4], ["服务业"], "支持万州区、涪陵区、永川区创建区域性服务业中心城市", core=False,
      note="administrative district designated as 区域性服务业中心城市")

# ---------------------------------------------------------------- not places
NOT = []
def N(name, why, files=()):
    NOT.append({"name": name, "why": why, **({"files": list(files)} if files else {})})
for n in ["缙云山", "中梁山", "铜锣山", "明月山"]:
    N(n, "forestry regulation (林长制办法) — 「四山」, no industry", [F4])
for n, f in [("中冶赛迪", F0), ("市设计院", F0), ("中煤科工", F0), ("中银金租", F0), ("鈊渝金租", F0),
             ("重庆演艺", F0), ("重庆日报", F0), ("视联动力", F0), ("长安汽车", F1), ("山大华天", F2),
             ("欧倍尔", F2), ("华宇信息", F2), ("大健云仓", F2), ("万里开源", F2), ("抖音", F2),
             ("中冶赛迪信息", F3), ("中联信息", F3), ("中科创达", F3)]:
    N(n, "company", [f])
N("中国太保成渝地区联合投资中心", "company unit (insurer's investment centre)", [F0])
N("中国移动数据中心", "company facility, in 新疆哈密 context", [F0])
N("公运集团", "company (its 办公楼 is labelled as a building)", [F0])
N("中国商飞工业软件", "company project", [F3])
N("华为工业软件工程应用孵化中心", "company project", [F3])
N("鸿蒙生态创新中心", "company project", [F3])
for n, f in [("重庆大学", F2), ("重庆邮电大学", F2), ("重邮", F0), ("西南大学", F0), ("重庆师范大学", F2),
             ("重师", F0), ("重庆医科大学", F2), ("重医", F0), ("重医附一院", F2), ("儿童医院", F2)]:
    N(n, "university/hospital named as partner, not designated as carrier", [f])
N("成渝金融法院", "court (institution anchoring 重庆中央法务区), not a carrier", [F0])
N("股转中心", "institution (区域性股权市场)", [F0])
N("重庆国际商事仲裁中心", "institution to be set up; no site", [F1])
N("国家知识产权保护中心", "institution applied for; no site", [F1])
N("开放原子开源基金会", "foundation", [F2])
for n, f in [("智博会", F2), ("西洽会", F2), ("中国工业软件大会", F2), ("环重医生态圈创新创业大赛", F2),
             ("江北嘴新金融大会", F3), ("空天信息产业国际生态大会", F3), ("智博杯工业设计大赛", F3)]:
    N(n, "event", [f])
for n, f in [("渝中融", F2), ("山城链", F2), ("“产科金”服务平台", F2), ("飞渝企服平台", F2),
             ("数字化楼宇管理平台", F2), ("两江新区NQI平台", F1), ("新能源汽车品牌评价与促进中心", F1),
             ("两江新区科技标准协同创新示范区", F1), ("西部算电协同创新中心", F0), ("西部算力调度平台", F3),
             ("卫星互联网产业创新中心", F0), ("卫星数据交易专区", F0), ("数据要素专区", F2),
             ("工业设计公共服务平台", F0), ("跨境电商应用服务中心", F0), ("科创金融服务中心", F1),
             ("一站式快审服务中心", F1), ("数据跨境一站式服务中心", F1), ("开源产业服务中心", F2),
             ("开源项目协同孵化中心", F2), ("西部金融传播中心", F0), ("渝中生命健康产科金融合平台", F0),
             ("中新(重庆)国际互联网数据专用通道", F1), ("一体化算力网络成渝国家枢纽节点", F4),
             ("西部陆海新通道物流和运营组织中心", F4), ("工业互联网大数据中心", F0)]:
    N(n, "platform / service function without a site", [f])
for n, f in [("西部金融中心主承载区", F0), ("科创中心特色功能区", F0), ("现代物流总部基地", F0),
             ("城市生活物流示范区", F0), ("国家物流枢纽经济区", F0), ("国际货代集聚区", F0),
             ("国家检验检测认证公共服务平台示范区", F1), ("国家检验检测高技术服务业集聚区", F4),
             ("国家知识产权服务业高质量集聚发展试验区", F1), ("国家专利导航服务基地", F1),
             ("西部金融中心创新示范区", F1), ("科技创新中心核心承载区", F1), ("中国软件名城", F4),
             ("国家人工智能创新应用先导区", F4), ("全球设计之都", F4), ("国际会展名城", F4),
             ("自贸试验区", F0), ("跨境电商综合试验区", F1), ("绿色金融改革创新试验区", F1),
             ("科创金融改革试验区", F4), ("西部金融开放先行区", F4), ("全域金融安全区", F4),
             ("成渝地区工业互联网一体化发展示范区", F0), ("国家服务外包示范城市", F4),
             ("内陆现代服务业发展先行区", F4), ("中国软件名园", F0)]:
    N(n, "title / designation of a whole district or city, or a policy framework, not a site", [f])
for n, f in [("一批特色鲜明的软件园区", F1), ("特色产业楼宇", F0), ("专业特色楼宇", F0), ("“满天星”示范楼宇", F2),
             ("环大学创新生态圈", F1), ("数据要素产业集聚区", F4), ("人力资源服务产业园", F4),
             ("生产性租赁服务集聚区", F4), ("商务服务集聚区", F4), ("算力特色产业园区", F4),
             ("12个具有一定规模的跨境电商产业园", F4), ("元宇宙产业园区或特色楼宇", F0), ("现代服务产业园", F0),
             ("创意设计基地", F0), ("大宗商品交易中心", F0), ("市级生产性服务业集聚区", F0), ("众创空间", F3),
             ("绿色分拣中心", F1), ("链网平台工厂", F1), ("国际多式联运示范基地", F4),
             ("现代农业产业园区", F4), ("区域农业综合服务中心", F0), ("大健康产业服务生态圈", F0),
             ("一批市级、国家级电子商务示范基地（园区）", F2)]:
    N(n, "generic / plural phrase, no specific site", [f])
for n, f in [("新疆哈密市", F0), ("成都市锦江区", F2), ("金牛区", F2), ("成都市中心城区", F2)]:
    N(n, "place outside Chongqing (partner region)", [f])
N("重庆高铁站", "transport infrastructure; the carrier is 菜园坝滨江新城", [F0])
N("现代化国际航空物流枢纽", "generic infrastructure project", [F3])
N("龙兴", "location qualifier of a distributed-energy project (「龙兴、水土等分布式能源项目」)", [F1])
N("原木期货交割库", "unnamed warehouse, no site given", [F3])
N("大石化管委会", "administrative body named as responsible unit", [F0])
N("渝中区", "document jurisdiction (whole district), not a carrier within it", [F0, F2])
for n, f in [("中新互联互通项目", F0), ("西部陆海新通道", F0), ("成渝地区双城经济圈", F2), ("双城链", F2),
             ("星火·链网", F2), ("软件人才“超级工厂”", F1), ("国家区块链创新应用综合性试点", F2)]:
    N(n, "programme / corridor / network, not a site", [f])

# ---------------------------------------------------------------- validation
def load(f):
    with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
        return fh.read().replace("\n", "")
TEXT = {f: load(f) for f in (F0, F1, F2, F3, F4)}
errs = []
names = Counter()
for p in PLACES:
    for n in [p["name"]] + p["aliases"]:
        names[n] += 1
    if not any(p["evidence"] in TEXT[f] for f in p["files"]):
        errs.append(f"evidence not found: {p['name']}: {p['evidence']}")
    for s in p["sector_phrases"]:
        if not any(s in TEXT[f] for f in p["files"]):
            errs.append(f"sector phrase not found: {p['name']}: {s}")
    if p["parent"] and p["parent"] not in {q["name"] for q in PLACES}:
        errs.append(f"parent not a place: {p['name']} -> {p['parent']}")
    if p["kind"] not in {"park", "zone", "building", "port", "landmark", "facility", "district"}:
        errs.append(f"bad kind {p['kind']}")
for n, c in names.items():
    if c > 1:
        errs.append(f"duplicate name/alias: {n}")
pn = set(names)
for x in NOT:
    if x["name"] in pn:
        errs.append(f"not_place clashes with place: {x['name']}")
if errs:
    print("\n".join(errs)); sys.exit(1)

out = {"documents": DOCUMENTS, "places": PLACES, "not_places": NOT}
with open(os.path.join(ROOT, "seeds.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(f"ok: {len(PLACES)} places, {len(NOT)} not_places")
