TEXT = """山西交城经济开发区

  山西交城经济开发区其前身为吕梁夏家营生态工业园区,是山西省首批依据循环经济理论开发建设的生态工业园区。位于吕梁市交城县磁窑河以东、清徐县以西、交郑公路以北、边山以南的区域内。气候属温带大陆性半干旱气候,年平均气温7度,年降水量440—700毫米,无霜期100—165天。全年主导风向为西南风。境内河流主要有文峪河,境内流程91公里,全年流量2.12亿立方米;葫芦河境内流程26公里;西冶河全长37公里;磁窑河境内长33公里。全县水资源总量24220.6万立方米,其中地表水17938.7万立方米,地下水6281.9万立方米。全县森林面积107.73万亩,覆盖率39%。  园区原规划面积为24.7平方公里,涉及两镇十四村,人口11000人,以307国道为轴线分为南、北两区。2006年9月被国家发改委批准为省级经济开发区,并更名为山西交城经济开发区,通过审核设立,审核面积为13平方公里。开发区经过几年的建设,目前区内已有入驻企业110余户,其中规模以上企业35户,逐步发展成为以煤焦、冶金、化工、建材、机械铸造为特色的符合工业生态系统的工业企业集聚区。
"""
META = dict(title="山西交城经济开发区(园区介绍)", issuer="山西招商网站 园区库(sx.xuannaer.com.cn)", genre="investment page",
  province="山西省", city="吕梁市", county="交城县", date=None, script="simplified",
  source="https://sx.xuannaer.com.cn/yuanqu/detail/1027/intro", provenance="verbatim",
  cut="removed the investment hotline (投资咨询热线 400-…), the service menu (招商引资政策/工业用地信息/厂房租购平台/其他招商信息), the personal-space notice and the download/consult widgets after the profile; the two leading spaces before 园区原规划面积 are as stored")
A = "山西省"; C = "吕梁市"
PLACES = [
 P("山西交城经济开发区", "park", A, C, "交城县", True, ["煤焦", "冶金", "化工", "建材", "机械铸造"], ["省级经济开发区"],
   aliases=["吕梁夏家营生态工业园区"], ev="山西交城经济开发区其前身为吕梁夏家营生态工业园区,是山西省首批依据循环经济理论开发建设的生态工业园区"),
]
NOT = [("国家发改委", "agency"), ("清徐县", "boundary neighbour"), ("交郑公路", "boundary road"), ("307国道", "road"), ("南、北两区", "sub-blocks"),
 ("两镇十四村", "count"), ("文峪河", "river"), ("磁窑河", "river"), ("生态工业园区", "generic"), ("工业企业集聚区", "generic")]
