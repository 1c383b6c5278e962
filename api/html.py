"""HTML pages of the service: a person browses collections and features, with a small map
drawn as inline SVG (no script, nothing loaded from elsewhere). Every value from the
atlas or the request is escaped."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from html import escape

import shapely

from api.source import Feature, Outline
from layers.atlas import NOT_LOCATED

STYLE = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#222}
header{background:#1d3557;color:#fff;padding:.6em 1.2em}header a{color:#fff}
main{padding:1em 1.2em;max-width:1200px}table{border-collapse:collapse;font-size:.9em}
td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f1f1f1}nav.crumbs{font-size:.9em}nav.crumbs a{color:#fff}
.map{border:1px solid #bbb;background:#eef3f7;max-width:100%;height:auto}
.map .d{fill:#fff;stroke:#9aa;stroke-width:.6}.map .f{fill:#e63946;fill-opacity:.35;
stroke:#e63946;stroke-width:1}.map .p{fill:#e63946;stroke:#fff;stroke-width:.8}
form.filters input,form.filters select{margin-right:.6em}.muted{color:#666}
"""


def page(
    title: str,
    body: str,
    crumbs: Sequence[tuple[str, str]] = (),
    json_href: str = "",
    *,
    head: str = "",
    lang: str = "zh-CN",
) -> str:
    """A whole page: ``crumbs`` are (href, label) pairs leading to this one; ``head`` is
    markup for the head (a page's own scripts and styles), ``lang`` its language tag."""
    trail = " / ".join(f'<a href="{escape(h)}">{escape(t)}</a>' for h, t in crumbs)
    alternate = (
        f'<link rel="alternate" type="application/json" href="{escape(json_href)}">'
        if json_href
        else ""
    )
    json_link = f' · <a href="{escape(json_href)}">JSON</a>' if json_href else ""
    return (
        f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title)} · Cluster Atlas</title>{alternate}<style>{STYLE}</style>"
        f'{head}</head><body><header><nav class="crumbs">{trail}{json_link}</nav>'
        f"<h1>{escape(title)}</h1></header><main>{body}</main></body></html>"
    )


def a(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


def table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A table; ``rows`` hold HTML already escaped (use :func:`cell`)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def cell(value: object) -> str:
    """A value as escaped table text (``None`` as empty, floats trimmed)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return escape(f"{value:.6g}")
    return escape(str(value))


def links_list(links: Iterable[dict]) -> str:
    items = "".join(
        f"<li>{a(link['href'], link.get('title') or link['rel'])} "
        f'<span class="muted">({escape(link["rel"])}, {escape(link.get("type") or "")})</span></li>'
        for link in links
    )
    return f"<ul>{items}</ul>"


# --- the map --------------------------------------------------------------------------


def svg_map(
    outlines: Sequence[Outline],
    shapes: Sequence[tuple[shapely.Geometry, str, str]],
    width: int = 720,
) -> str:
    """An SVG map of ``shapes`` (geometry, link, label) over the district ``outlines``."""
    geoms = [g for g, _, _ in shapes if g is not None]
    if not geoms:
        return '<p class="muted">Nothing to map.</p>'
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    pad = max(maxx - minx, maxy - miny, 0.02) * 0.15
    minx, miny, maxx, maxy = minx - pad, miny - pad, maxx + pad, maxy + pad
    kx = math.cos(math.radians((miny + maxy) / 2))
    scale = width / ((maxx - minx) * kx)
    height = max(120, round((maxy - miny) * scale))

    def path(geom: shapely.Geometry) -> str:
        parts = []
        for polygon in getattr(geom, "geoms", [geom]):
            for ring in (polygon.exterior, *polygon.interiors):
                xy = " ".join(
                    f"{(x - minx) * kx * scale:.1f},{(maxy - y) * scale:.1f}"
                    for x, y in ring.coords
                )
                parts.append(f"M{xy}Z")
        return "".join(parts)

    view = shapely.box(minx, miny, maxx, maxy)
    out = [
        f'<svg class="map" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="map">'
    ]
    for name, outline in outlines:
        if not outline.intersects(view):
            continue
        clipped = shapely.clip_by_rect(outline, minx, miny, maxx, maxy)
        if clipped.geom_type in ("Polygon", "MultiPolygon") and not clipped.is_empty:
            out.append(f'<path class="d" d="{path(clipped)}"><title>{escape(name)}</title></path>')
    for geom, href, label in shapes:
        if geom is None:
            continue
        title = f"<title>{escape(label)}</title>"
        if geom.geom_type == "Point":
            x, y = (geom.x - minx) * kx * scale, (maxy - geom.y) * scale
            mark = f'<circle class="p" cx="{x:.1f}" cy="{y:.1f}" r="5">{title}</circle>'
        else:
            mark = f'<path class="f" d="{path(geom)}">{title}</path>'
        out.append(f'<a href="{escape(href)}">{mark}</a>')
    out.append("</svg>")
    return "".join(out)


# --- pages ----------------------------------------------------------------------------

PLACE_COLUMNS = ("name", "kind", "district", "sectors_zh", "precision", "confidence", "review")
DISTRICT_COLUMNS = ("name", "level", "carriers")


def items_table(features: Sequence[Feature], is_places: bool, item_href) -> str:
    columns = PLACE_COLUMNS if is_places else DISTRICT_COLUMNS
    body = []
    for feature in features:
        values = [cell(feature.properties.get(c)) for c in columns]
        values[0] = a(item_href(feature.id), str(feature.properties.get(columns[0])))
        if is_places and not feature.properties.get("precision"):
            values[columns.index("precision")] = escape(NOT_LOCATED)  # no geometry
        body.append(values)
    return table(columns, body)


def filter_form(action: str, params: dict[str, str], is_places: bool) -> str:
    fields = [("q", "name or alias"), ("district", "e.g. 渝中区")]
    if is_places:
        fields.insert(1, ("sector", "id or 中文名, e.g. software-info"))
    fields.append(("bbox", "minx,miny,maxx,maxy"))
    inputs = "".join(
        f'<label>{escape(name)} <input name="{escape(name)}" placeholder="{escape(hint)}" '
        f'value="{escape(params.get(name, ""))}"></label>'
        for name, hint in fields
    )
    return (
        f'<form class="filters" method="get" action="{escape(action)}">{inputs}'
        '<input type="hidden" name="f" value="html"><button>Filter</button></form>'
    )


def properties_table(properties: dict) -> str:
    return table(("property", "value"), ([escape(k), cell(v)] for k, v in properties.items()))
