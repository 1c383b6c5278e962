"""Basemaps, and the coordinate system each one is drawn in.

A map is drawn in one coordinate system, the one its chosen basemap uses: OpenStreetMap,
CartoDB Positron, Tianditu (CGCS2000, treated as WGS-84, see ``geo.crs``) and a plain
background are WGS-84; Amap (高德) is GCJ-02, so its map shifts every overlay into GCJ-02.
The layer control offers the other basemaps of the same system only.

Any XYZ URL template (an intranet tile server) is a basemap too:
``https://tiles.example/{z}/{x}/{y}.png`` is taken as WGS-84, and
``gcj02:https://…/{z}/{x}/{y}.png`` as GCJ-02.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from geo import settings
from maps.errors import MapError

WGS84 = "WGS-84"
GCJ02 = "GCJ-02"
GCJ02_PREFIX = "gcj02:"


@dataclass(frozen=True)
class Tiles:
    """One XYZ tile layer; a basemap may stack several (Tianditu: base, then labels)."""

    url: str
    subdomains: str = ""
    max_native_zoom: int = 18


@dataclass(frozen=True)
class Basemap:
    """A basemap as the page script draws it."""

    key: str
    name: str
    tiles: tuple[Tiles, ...]
    attribution: str
    crs: str = WGS84

    def config(self) -> dict:
        """The basemap for the page script."""
        return {
            "key": self.key,
            "name": self.name,
            "attribution": self.attribution,
            "tiles": [
                {"url": t.url, "subdomains": t.subdomains, "maxNativeZoom": t.max_native_zoom}
                for t in self.tiles
            ],
        }


OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
NAMES = {
    "osm": ("OpenStreetMap", "OpenStreetMap"),
    "positron": ("CartoDB 浅色", "CartoDB Positron"),
    "tianditu": ("天地图 矢量", "Tianditu map"),
    "tianditu-img": ("天地图 影像", "Tianditu imagery"),
    "amap": ("高德地图", "Amap"),
    "amap-img": ("高德 影像", "Amap imagery"),
    "blank": ("空白底图", "Blank"),
    "xyz": ("自定义瓦片", "Custom tiles"),
}
"""Basemap names in Chinese and English, by key (``xyz``: a tile URL's)."""
NAMED = tuple(k for k in NAMES if k != "xyz")
"""The basemaps ``--basemap`` and ``basemap=`` name; anything else is an XYZ URL."""


def _tianditu(layer: str, labels: str, key: str) -> tuple[Tiles, ...]:
    def wmts(name: str) -> Tiles:
        url = (
            f"https://t{{s}}.tianditu.gov.cn/{name}_w/wmts?SERVICE=WMTS&REQUEST=GetTile"
            f"&VERSION=1.0.0&LAYER={name}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles"
            f"&TILEMATRIX={{z}}&TILEROW={{y}}&TILECOL={{x}}&tk={quote(key)}"
        )
        return Tiles(url, "01234567")

    return wmts(layer), wmts(labels)


def _amap(style: int, lang: str, host: str = "webrd") -> Tiles:
    language = "en" if lang == "en" else "zh_cn"
    return Tiles(
        f"https://{host}0{{s}}.is.autonavi.com/appmaptile?lang={language}&size=1&scale=1"
        f"&style={style}&x={{x}}&y={{y}}&z={{z}}",
        "1234",
    )


def _named(key: str, lang: str) -> Basemap:
    name = NAMES[key][1 if lang == "en" else 0]
    tk = settings.TIANDITU_KEY
    if key == "osm":
        tiles: tuple[Tiles, ...] = (
            Tiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", max_native_zoom=19),
        )
        return Basemap(key, name, tiles, OSM_ATTRIBUTION)
    if key == "positron":
        url = "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png"
        return Basemap(key, name, (Tiles(url, "abcd", 20),), f"{OSM_ATTRIBUTION} © CARTO")
    if key in ("tianditu", "tianditu-img"):
        if not tk:
            raise MapError("the Tianditu basemap needs a key: set CLUSTERMAP_TIANDITU_KEY")
        labels = "eva" if lang == "en" else "cva"
        layers = ("vec", labels) if key == "tianditu" else ("img", labels.replace("v", "i"))
        return Basemap(key, name, _tianditu(*layers, tk), "© 天地图 Tianditu")
    if key == "amap":
        return Basemap(key, name, (_amap(8, lang),), "© 高德地图 AutoNavi", GCJ02)
    if key == "amap-img":
        tiles = (_amap(6, lang, "webst"), _amap(8, lang, "webst"))
        return Basemap(key, name, tiles, "© 高德地图 AutoNavi", GCJ02)
    return Basemap(key, name, (), "")


def _xyz(spec: str, lang: str) -> Basemap:
    crs = GCJ02 if spec.startswith(GCJ02_PREFIX) else WGS84
    url = spec.removeprefix(GCJ02_PREFIX)
    name = NAMES["xyz"][1 if lang == "en" else 0]
    return Basemap("xyz", name, (Tiles(url),), name, crs)


def is_xyz(spec: str) -> bool:
    """Whether ``spec`` is an XYZ tile URL template rather than a basemap name."""
    return all(part in spec for part in ("{z}", "{x}", "{y}"))


def resolve(spec: str, lang: str = "zh") -> Basemap:
    """The basemap ``spec`` names (a key of ``NAMES`` or an XYZ URL template);
    ``MapError`` for anything else, or for Tianditu without a key."""
    if is_xyz(spec):
        return _xyz(spec, lang)
    if spec not in NAMED:
        known = ", ".join(NAMED)
        raise MapError(f"unknown basemap {spec!r}; expected one of {known}, or an XYZ URL")
    return _named(spec, lang)


def choices(chosen: Basemap, lang: str = "zh") -> list[Basemap]:
    """The basemaps a map offers: ``chosen`` first, then every other one drawn in the same
    coordinate system that can be used (Tianditu only with a key)."""
    offered = [chosen]
    for key in NAMED:
        if key == chosen.key or (key.startswith("tianditu") and not settings.TIANDITU_KEY):
            continue
        other = _named(key, lang)
        if other.crs == chosen.crs or not other.tiles:  # a blank background fits any
            offered.append(other)
    return offered
