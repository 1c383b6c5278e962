TEXT = """2021年宣漢縣人民政府工作報告

2021年1月19日在宣漢縣第十八屆人民代表大會第六次會議上、2021年9月24日在宣漢縣第十九屆人民代表大會第一次會議上

各位代表:

現在,我代表縣人民政府,向大會報告工作,請予審議,並請縣政協委員提出意見。

一、2020年工作回顧

2020年,是宣漢發展歷程上極不平常、極其難忘的一年。在市委市政府和縣委的堅強領導下,在縣人大、縣政協的監督支持下,縣政府堅定貫徹習近平新時代中國特色社會主義思想,團結帶領全縣人民,統籌推進疫情防控和經濟社會發展,紮實做好「六穩」[1]工作,全面落實「六保」[2]任務,深入實施「三大戰略」,強力推進「雙核雙區」,繁榮美麗新宣漢建設邁上新台階。

預計全年實現地區生產總值400億元、同比增長5.5%,三次產業結構比調整為18.6∶38.4∶43,規上工業增加值增長6.2%,地方一般公共預算收入20.53億元、增長2.5%,全社會固定資產投資增長10%,社會消費品零售總額167.7億元、增長1%,服務業增加值172億元、增長3%,城鎮居民人均可支配收入33110元、增長6.5%,農村居民人均可支配收入13673元、增長9%。

(一)突出轉型強支撐,縣域經濟穩增長

——新型工業加速發展。玻纖產業園不斷壯大,不溶性硫磺、邁科隆二期等5個項目竣工投產,中石化普光分公司入選全省100戶大企業大集團;鋰鉀綜合開發產業園進展明顯,礦權爭取、土地指標、資金籌措取得實質性突破,恆成鉀鹽完成溶采中試;柳池工業園有效提升,銅基新材料一期、攀科醫藥等13個項目竣工投產;
"""
META = dict(title="2021年宣漢縣人民政府工作報告", issuer="宣漢縣人民政府(維基文庫 zh.wikisource.org)", genre="work report",
  province="四川省", city="达州市", county="宣汉县", date="2021-01-19", script="traditional",
  source="https://zh.wikisource.org/zh-hant/2021%E5%B9%B4%E5%AE%A3%E6%B1%89%E5%8E%BF%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A", provenance="excerpt",
  cut="removed the wiki navigation and metadata lines (跳至內容 / 維基文庫,自由的圖書館 / the previous-next report line / 作者:… / 本作品收錄於… / 馮永剛版 / [編輯]); cut after 13個項目竣工投產; (the stored copy breaks off in the next item, 南壩…). Footnote markers [1] [2] kept as stored. Clean traditional script (wikisource zh-hant). County from the text; city 达州市 by the unit rule. Date: the first of the two sessions in the date line")
A = "四川省"; C = "达州市"; X = "宣汉县"
PLACES = [
 P("玻纖產業園", "park", A, C, X, True, ["玻纖"], []),
 P("鋰鉀綜合開發產業園", "park", A, C, X, True, ["鋰鉀綜合開發"], []),
 P("柳池工業園", "park", A, C, X, True, [], []),
]
NOT = [("宣漢縣", "county (issuer)"), ("中石化普光分公司", "company"), ("恆成鉀鹽", "company"), ("攀科醫藥", "company"), ("不溶性硫磺", "project"),
 ("邁科隆二期", "project"), ("銅基新材料一期", "project"), ("「雙核雙區」", "layout formula"), ("「三大戰略」", "strategy")]
