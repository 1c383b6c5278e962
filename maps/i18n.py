"""The words on the maps, in Chinese (the default) and English.

Python uses them for titles and legends; the page script receives the table of its
language (``texts(lang)``) for popups, search and controls.
"""

from __future__ import annotations

from maps.errors import MapError

LANGS = ("zh", "en")

TEXT: dict[str, tuple[str, str]] = {
    # titles
    "overview": ("产业载体总览", "Industrial carriers: overview"),
    "sector": ("{name}产业载体分布", "Carriers of {name}"),
    "district": ("{name}产业载体", "Industrial carriers of {name}"),
    "place": ("{name}及周边 {km} 公里载体", "{name} and carriers within {km} km"),
    "coverage": ("{name}产业载体覆盖", "Coverage of {name} carriers"),
    "count": ("{n} 处载体", "{n} carriers"),
    "built": ("数据更新 {date}", "data of {date}"),
    "source": ("来源：Cluster Atlas（政策文件提取）", "Source: Cluster Atlas (policy documents)"),
    # coordinate systems
    "crs_wgs84": ("坐标系 WGS-84", "WGS-84 coordinates"),
    "crs_gcj02": (
        "坐标系 GCJ-02（数据已由 WGS-84 偏移以对齐高德底图）",
        "GCJ-02 coordinates (data shifted from WGS-84 to match Amap)",
    ),
    # controls
    "search": ("搜索名称、别名或产业…", "Search name, alias or sector…"),
    "no_match": ("无匹配结果", "No match"),
    "nothing_here": ("这里没有载体", "Nothing here: no carrier on this map"),
    "not_located": ("未定位 / not located：{n} 处", "Not located (未定位): {n}"),
    "basemaps": ("底图", "Basemap"),
    "by_kind": ("载体类型", "By kind"),
    "by_sector": ("产业", "By sector"),
    "reference": ("参考图层", "Reference"),
    "legend": ("图例", "Legend"),
    "fullscreen": ("全屏", "Full screen"),
    "fullscreen_exit": ("退出全屏", "Exit full screen"),
    "minimap_show": ("显示鹰眼图", "Show overview map"),
    "minimap_hide": ("隐藏鹰眼图", "Hide overview map"),
    "zoom_in": ("放大", "Zoom in"),
    "zoom_out": ("缩小", "Zoom out"),
    "districts": ("区县边界", "District boundaries"),
    "service": ("1 公里服务范围", "1 km service area"),
    "service_area": ("覆盖面积 {km2} 平方公里", "{km2} km² covered"),
    "ring": ("{km} 公里范围", "Within {km} km"),
    "nearby": ("周边载体（{km} 公里内）", "Nearby carriers (within {km} km)"),
    "choropleth": ("各区县{name}载体数", "{name} carriers per district"),
    "approximate": ("位置为近似（虚线为不确定范围）", "Approximate location (dashed: uncertainty)"),
    "extent": ("园区、片区范围", "Extent of a park or zone"),
    "context": ("所在园区 / 片区", "Parent park or zone"),
    "no_sector": ("未标注产业", "No sector given"),
    "umbrella": ("综合类（专业服务、科创服务等）", "Umbrella terms (professional services …)"),
    "general": ("{name}（未细分）", "{name} (general)"),
    "nodata": ("无数据", "none"),
    # popups
    "kind": ("类型", "Kind"),
    "district_label": ("区县", "District"),
    "parent": ("所属", "Part of"),
    "aliases": ("又称", "Also"),
    "sectors": ("产业", "Sectors"),
    "clauses": ("政策条款", "Policy clauses"),
    "more_clauses": ("另有 {n} 条", "{n} more"),
    "location": ("定位", "Location"),
    "provider": ("来源", "source"),
    "radius": ("误差约 {m}", "± {m}"),
    "review": ("待人工核实", "to be reviewed"),
    "distance": ("距{name} {d}", "{d} from {name}"),
    "carriers_in": ("{n} 处载体", "{n} carriers"),
    "metres": ("{n} 米", "{n} m"),
    "kilometres": ("{n} 公里", "{n} km"),
    # precisions
    "precision_building": ("精确到楼栋", "to the building"),
    "precision_block": ("精确到街区", "to the block"),
    "precision_area": ("片区级近似", "approximate (area)"),
    "precision_town": ("乡镇街道级近似", "approximate (town)"),
    "precision_county": ("区县级近似", "approximate (county)"),
    "precision_city": ("地市级近似", "approximate (city)"),
    "precision_province": ("省级近似", "approximate (province)"),
}


def check_lang(lang: str) -> str:
    """``lang`` if the maps speak it; ``MapError`` otherwise."""
    if lang not in LANGS:
        raise MapError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    return lang


def text(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    zh, en = TEXT[key]
    return (en if lang == "en" else zh).format(**values)


def texts(lang: str) -> dict[str, str]:
    """Every text in ``lang``, placeholders left for the page script to fill."""
    return {key: (en if lang == "en" else zh) for key, (zh, en) in TEXT.items()}
