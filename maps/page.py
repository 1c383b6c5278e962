"""A view drawn as a folium map on a basemap, and written as one HTML page.

The view's data are shifted into the basemap's CRS here (``maps.data``), packed for the
browser (``maps.layers``), and the page gets its controls: basemaps, grouped layer
control, legend, search, fullscreen, minimap, scale bar and measure tool. Every front-end
asset is then made local (``maps.assets``) and the page written atomically.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import folium
import numpy as np
from branca.element import Figure
from folium import plugins

from extract.model import KINDS
from geo.model import APPROXIMATE, PRECISIONS
from maps import assets
from maps.basemaps import GCJ02, Basemap, choices
from maps.data import in_crs, lonlat_in_crs
from maps.i18n import text, texts
from maps.layers import AtlasLayer, collection, encode, place_collection
from maps.style import FOCUS_COLOUR, SERVICE_COLOUR
from maps.views import View

UNCLUSTERED_PLACE_MAP = 300
"""A place map with at most this many places shows each one, unclustered."""


def place_groups(view: View) -> list[list[str]]:
    """Each place's colour groups: a forced ``group`` (context), else its sectors'."""
    forced = view.places["group"].tolist() if "group" in view.places else None
    return [
        [forced[j]] if forced and forced[j] else view.grouping.of_place(ids)
        for j, ids in enumerate(view.places["sector_ids"].fillna("").tolist())
    ]


def _districts(view: View, crs: str):
    """The view's districts in ``crs``, label points too."""
    districts = in_crs(view.districts, crs)
    lon, lat = view.districts["label_lon"].to_numpy(), view.districts["label_lat"].to_numpy()
    lon, lat = lonlat_in_crs(lon, lat, crs)
    return districts.assign(label_lon=np.round(lon, 5), label_lat=np.round(lat, 5))


def _data(view: View, crs: str, taxonomy, clauses) -> tuple[dict, dict]:
    """The view's data in ``crs`` as sent to the browser, and the groups and kinds
    that occur in it (the entries of the layer control and legend)."""
    places = view.places
    groups = place_groups(view)
    used = {g for keys in groups for g in keys}
    group_keys = [g.key for g in view.grouping.groups if g.key in used]
    index = {k: i for i, k in enumerate(group_keys)}
    kind_keys = [k for k in KINDS if k in set(places["kind"])]
    lon, lat = lonlat_in_crs(places["lon"].to_numpy(float), places["lat"].to_numpy(float), crs)
    data = {
        "places": place_collection(
            places, lon, lat, [[index[g] for g in keys] for keys in groups],
            clauses=clauses, taxonomy=taxonomy,
            kind_index={k: i for i, k in enumerate(kind_keys)},
        ),
        "districts": collection(
            _districts(view, crs),
            {"name": "n", "functional": "f", "count": "c", "shade": "h", "focus": "z",
             "label_lon": "lx", "label_lat": "ly"},
        ),
        "service": collection(in_crs(view.service, crs), {}) if view.service is not None else None,
        "ring": collection(in_crs(view.ring, crs), {}) if view.ring is not None else None,
    }  # fmt: skip
    return data, {"groups": group_keys, "kinds": kind_keys}


def _legend(view: View, lang: str) -> dict:
    """Legend sections beyond the sectors and kinds: choropleth, service area, ring."""
    legend: dict = {}
    if view.shades:
        legend["choropleth"] = {
            "title": view.choropleth_title,
            "classes": [{"label": c.label(), "colour": c.colour} for c in view.shades],
        }
    if view.service is not None:
        legend["service"] = {
            "label": text("service", lang),
            "note": text("service_area", lang, km2=f"{view.service_km2:,.1f}"),
            "colour": SERVICE_COLOUR,
        }
    if view.ring is not None:
        km = f"{view.ring_km:g}"
        legend["ring"] = {
            "label": text("ring", lang, km=km),
            "nearby": text("nearby", lang, km=km),
            "colour": FOCUS_COLOUR,
        }
    return legend


def _unlocated(view: View, lang: str) -> dict | None:
    """The view's places that nothing locates, for the list beside the map."""
    if view.unlocated is None or view.unlocated.empty:
        return None
    frame = view.unlocated
    return {
        "title": text("not_located", lang, n=f"{len(frame):,}"),
        "places": [
            {"n": name, "k": KINDS[kind].label(lang), "d": district or ""}
            for name, kind, district in zip(
                frame["name"], frame["kind"], frame["district"].fillna(""), strict=True
            )
        ],
    }


def config(view: View, basemap: Basemap, lang: str, built: str, taxonomy, clauses) -> dict:
    """Everything the page script needs to draw the view."""
    data, present = _data(view, basemap.crs, taxonomy, clauses)
    groups = {g.key: g for g in view.grouping.groups}
    x0, y0, x1, y1 = view.bounds
    (w, e), (s, n) = lonlat_in_crs(np.array([x0, x1]), np.array([y0, y1]), basemap.crs)
    subtitle = [text("count", lang, n=f"{len(view.places):,}")]
    if built:
        subtitle.append(text("built", lang, date=built))
    return {
        "lang": lang,
        "text": texts(lang),
        "title": view.title,
        "subtitle": " · ".join(subtitle),
        "crs": text("crs_gcj02" if basemap.crs == GCJ02 else "crs_wgs84", lang),
        "gcj02": basemap.crs == GCJ02,
        "source": text("source", lang),
        "basemaps": [b.config() for b in choices(basemap, lang)],
        "groups": [
            {"key": k, "label": groups[k].label, "colour": groups[k].colour}
            for k in present["groups"]
        ],
        "kinds": [
            {
                "key": k,
                "label": KINDS[k].label(lang),
                "shape": KINDS[k].shape,
                "size": KINDS[k].marker_px,
            }
            for k in present["kinds"]
        ],
        "precisions": [
            {"key": p, "label": text(f"precision_{p}", lang), "approximate": p in APPROXIMATE}
            for p in PRECISIONS
        ],
        "legend": _legend(view, lang),
        "empty": text("nothing_here", lang) if view.places.empty else "",
        "unlocated": _unlocated(view, lang),
        "focus": view.focus,
        "cluster": view.focus is None or len(view.places) > UNCLUSTERED_PLACE_MAP,
        "bounds": [[float(s), float(w)], [float(n), float(e)]],
        "data": encode(data),
    }


def _minimap(basemap: Basemap, lang: str) -> plugins.MiniMap | None:
    if not basemap.tiles:
        return None
    tiles = basemap.tiles[0]
    layer = folium.TileLayer(
        tiles.url, attr=basemap.attribution, subdomains=tiles.subdomains or "abc",
        max_native_zoom=tiles.max_native_zoom,
    )  # fmt: skip
    return plugins.MiniMap(
        tile_layer=layer, position="bottomright", toggle_display=True,
        zoom_level_offset=-5, width=150, height=150,
        strings={"hideText": text("minimap_hide", lang), "showText": text("minimap_show", lang)},
    )  # fmt: skip


def build(view: View, basemap: Basemap, lang: str, *, built: str, taxonomy, clauses) -> folium.Map:
    """The folium map of ``view`` on ``basemap``, its CDN links not yet replaced."""
    m = folium.Map(
        location=[(view.bounds[1] + view.bounds[3]) / 2, (view.bounds[0] + view.bounds[2]) / 2],
        zoom_start=11, tiles=None, max_zoom=19, control_scale=False, zoom_control=False,
    )  # fmt: skip
    _figure(m).title = html.escape(view.title)
    AtlasLayer(config(view, basemap, lang, built, taxonomy, clauses)).add_to(m)
    plugins.Fullscreen(
        position="topleft",
        title=text("fullscreen", lang),
        title_cancel=text("fullscreen_exit", lang),
    ).add_to(m)
    plugins.MeasureControl(
        position="topleft", primary_length_unit="kilometers", secondary_length_unit="meters",
        primary_area_unit="hectares", secondary_area_unit="sqmeters",
        localization="en" if lang == "en" else "cn",
    ).add_to(m)  # fmt: skip
    minimap = _minimap(basemap, lang)
    if minimap:
        minimap.add_to(m)
    return m


def page(m: folium.Map, *, standalone: bool, asset_url: str | None) -> str:
    """The HTML page of ``m``, its assets inlined (``standalone``) or linked under
    ``asset_url``."""
    figure = _figure(m)
    assets.localise(figure, standalone=standalone, asset_url=asset_url)
    return figure.render()


def _figure(m: folium.Map) -> Figure:
    """The page ``m`` is drawn in (branca types a root as any ``Element``; a map's is the
    ``Figure`` folium.Map creates)."""
    root = m.get_root()
    if not isinstance(root, Figure):
        raise TypeError(f"the map is drawn in a {type(root).__name__}, not a page")
    return root


def write(markup: str, out: Path) -> Path:
    """Write ``markup`` to ``out`` atomically: a temporary file beside it, then one
    ``os.replace``, so a reader never sees half a page."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(markup, encoding="utf-8")
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out
