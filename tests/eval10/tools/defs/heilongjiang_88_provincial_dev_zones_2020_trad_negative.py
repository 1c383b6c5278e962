TEXT = """中商情報網訊:開發區是新興產業的重要聚集區、創新驅動的主陣地、區域發展的主引擎,是調整產業結構、優化產業布局、推動改革開放和高質量發展的重要平臺。開發區在黑龍江省經濟發展和對外開放全局中發揮著越來越重要的作用。
據黑龍江省商務廳,2020上半年,黑龍江省開發區經濟運行保持了平穩向好態勢,主要經濟指標好于全省平均水平。實現地區生產總值1376.95億元,同比增長3%,占全省的26.2%。其中,工業增加值803.95億元,同比增長1%;規模以上工業增加值662.69億元,同比增長11%;第三產業增加值433.08億元,同比增長7%。
上半年,全省開發區實現營業收入3856.44億元,同比增長163%。實現工業總產值3282.27億元,同比增長10%。其中,規模以上工業總產值2777.34億元,同比增長18%。新增注冊企業3059戶,實際利用國內資金額255.72億元,同比增長26%。
從開發區級別來看,據黑龍江商務廳信息,截止到2020年4月21日,黑龍江共有88個省級開發區,具體名單及主導產業如下:
"""
META = dict(title="(中商情報網:黑龍江省開發區 2020上半年運行情況及88個省級開發區名單)", issuer="中商情報網(big5.askci.com)", genre="news",
  province="黑龙江省", city=None, county=None, date="2020-08-11", script="traditional",
  source="https://big5.askci.com/news/chanye/20200811/1622261180086.shtml", provenance="excerpt",
  cut="removed the chart source line (資料來源:黑龍江商務廳、中商產業研究院整理) and the closing promotion paragraph (更多資料請參考中商產業研究院發布的…解決方案). The announced list is a chart image and is not in the stored text. Date from the URL. Hard negative: no park, zone or building is named; 開發區 appears only generically and as counts")
PLACES = []
NOT = [("中商情報網", "media"), ("黑龍江省商務廳", "agency"), ("黑龍江商務廳", "agency"), ("黑龍江省", "province (described)"),
 ("88個省級開發區", "count"), ("全省開發區", "generic"), ("開發區", "generic"), ("新增注冊企業3059戶", "count")]
