"""The coverage analysis written out: JSON (everything), CSV (the sector × district
matrix), XLSX (a sheet per table) and a self-contained HTML report with charts, a
district map and links from every figure to the clauses behind it."""

from __future__ import annotations

import html
import json
import os
import tempfile
from pathlib import Path

import pandas as pd
import shapely

from layers.coverage._analysis import SERVICE_RADIUS_M, Coverage
from layers.exports import csv_safe, xlsx_safe

FORMATS = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html; charset=utf-8",
}
"""The formats the analysis is written in, each with the media type the API serves it as:
the CLI's ``--format`` choices and the API's ``format`` enum."""
SVG_NS = "http://www.w3.org/2000/svg"


def tables(coverage: Coverage) -> dict[str, pd.DataFrame]:
    """Every table of the analysis by name, in report order."""
    return {
        "targets": coverage.targets,
        "matrix": coverage.matrix,
        **{f"gap_{k}": v for k, v in coverage.gaps.items()},
        "plan_overlaps": coverage.overlaps,
        "neighbouring_zones": coverage.neighbours,
        "spatial_coverage": coverage.spatial,
        "isolated_carriers": coverage.isolated,
        "places": coverage.places,
    }


def write(coverage: Coverage, fmt: str, out: Path, *, title: str = "") -> Path:
    """Write ``coverage`` as ``fmt`` to ``out`` through a temporary file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".coverage-", suffix=out.suffix)
    os.close(fd)
    try:
        if fmt == "json":
            data = {
                k: json.loads(v.to_json(orient="records", force_ascii=False))
                for k, v in tables(coverage).items()
            }
            Path(tmp).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        elif fmt == "csv":
            csv_safe(coverage.matrix).to_csv(tmp, index=False, encoding="utf-8-sig")
        elif fmt == "xlsx":
            with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
                for name, frame in tables(coverage).items():
                    frame.to_excel(writer, sheet_name=name[:31], index=False)
                for sheet in writer.book.worksheets:
                    xlsx_safe(sheet)
        else:
            Path(tmp).write_text(render_html(coverage, title), encoding="utf-8")
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return out


# --- HTML -------------------------------------------------------------------------------

STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;
max-width:1100px;color:#222;line-height:1.5}
h1{font-size:1.6em}h2{border-bottom:2px solid #2b6cb0;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0}
th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#edf2f7}td.num{text-align:right}a{color:#2b6cb0}
.gap-pos{color:#c53030;font-weight:bold}.gap-neg{color:#2f855a}
.quote{color:#555;font-size:.85em}figure{margin:1em 0}
"""


def render_html(coverage: Coverage, title: str = "") -> str:
    """A self-contained HTML report: no script, no external resource."""
    title = title or "生产性服务业载体覆盖分析 Coverage of industrial carriers"
    e = html.escape
    parts = [
        f"<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>{e(title)}</title>",
        f"<style>{STYLE}</style></head><body><h1>{e(title)}</h1>",
        _nothing_here(coverage),
        "<h2>目标与已命名载体 Targets against named carriers</h2>",
        _targets_chart(coverage.targets),
        _table(
            coverage.targets,
            ["plan", "sector_phrase", "kind", "year", "target", "named", "gap", "quote"],
            links="place_ids",
        ),
        "<h2>行业 × 区县 Sectors by district</h2>",
        _matrix_chart(coverage.matrix),
        "<h2>覆盖地图 Coverage map</h2>",
        _district_map(coverage),
        f"<p>Shading: located carriers per district; the area within {SERVICE_RADIUS_M} m of a "
        "sector's carriers is in the table below (computed in UTM 48N).</p>",
        _table(coverage.spatial, ["sector_zh", "district", "served_km2", "share"]),
        "<h2>缺口 Gaps</h2><h3>目标行业无载体 Targeted sectors without carriers</h3>",
        _table(coverage.gaps["targeted_without_carriers"], ["sector_zh", "targets", "quote"]),
        "<h3>无行业载体 Carriers without a sector</h3>",
        _table(
            coverage.gaps["carriers_without_sector"], ["name", "kind", "district"], link_id=True
        ),
        "<h3>无楼宇的片区与园区 Zones and parks with no building named inside</h3>",
        _table(
            coverage.gaps["zones_without_buildings"], ["name", "kind", "district"], link_id=True
        ),
        "<h2>市区规划重叠 Places in both the city plan and a district plan</h2>",
        _table(
            coverage.overlaps,
            ["name", "district", "city_sectors", "district_sectors", "only_city", "only_district"],
            link_id=True,
        ),
        "<h2>相邻同业片区 Neighbouring zones planned for one sector</h2>",
        _table(coverage.neighbours, ["a_name", "b_name", "distance_m", "sectors"]),
        "<h2>孤立载体 Isolated carriers</h2>",
        _table(coverage.isolated, ["name", "district", "nearest_same_sector_m"], link_id=True),
        "<h2>未定位 Not located</h2>",
        _table(
            coverage.places[coverage.places["lon"].isna()],
            ["name", "kind", "district"],
            link_id=True,
        ),
        "<h2>载体与政策原文 Carriers and the clauses that name them</h2>",
        _clauses(coverage.places),
        "</body></html>",
    ]
    return "\n".join(parts)


def _table(
    frame: pd.DataFrame, columns: list[str], *, links: str = "", link_id: bool = False
) -> str:
    """An HTML table; place ids become links to the clauses section."""
    if frame.empty:
        return "<p><em>none</em></p>"
    e = html.escape
    head = "".join(f"<th>{e(c)}</th>" for c in columns) + ("<th>places</th>" if links else "")
    rows = []
    for _, r in frame.iterrows():
        cells = []
        for c in columns:
            value = r[c]
            css = "num" if isinstance(value, int | float) and not isinstance(value, bool) else ""
            if c == "gap":
                css += " gap-pos" if value > 0 else " gap-neg"
            text = e("" if pd.isna(value) else str(value))
            if c == "quote":
                text = f"<span class='quote'>{text}</span>"
            if link_id and c == columns[0] and "id" in r:
                text = f"<a href='#place-{e(r['id'])}'>{text}</a>"
            cells.append(f"<td class='{css.strip()}'>{text}</td>")
        if links:
            ids = [i for i in str(r[links]).split("|") if i]
            cells.append(
                "<td>"
                + " ".join(f"<a href='#place-{e(i)}'>{k + 1}</a>" for k, i in enumerate(ids))
                + "</td>"
            )
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _bars(items: list[tuple[str, float, float | None, str]], title: str) -> str:
    """A horizontal bar chart as inline SVG: (label, value, marker, link) per bar."""
    if not items:
        return ""
    width, bar, gap, label_w = 900, 16, 6, 330
    top = max(max(v, m or 0) for _, v, m, _ in items) or 1
    height = len(items) * (bar + gap) + 30
    e = html.escape
    out = [
        f"<figure><svg xmlns='{SVG_NS}' width='{width}' height='{height}' role='img' "
        f"aria-label='{e(title)}'>"
    ]
    for k, (label, value, marker, link) in enumerate(items):
        y = 20 + k * (bar + gap)
        w = (width - label_w - 60) * value / top
        out.append(
            f"<text x='{label_w - 6}' y='{y + 12}' text-anchor='end' font-size='12'>"
            f"{e(label)}</text>"
        )
        rect = (
            f"<rect x='{label_w}' y='{y}' width='{w:.1f}' height='{bar}' "
            f"fill='#4299e1'><title>{e(label)}: {value:g}</title></rect>"
        )
        out.append(f"<a href='{e(link)}'>{rect}</a>" if link else rect)
        out.append(f"<text x='{label_w + w + 4:.1f}' y='{y + 12}' font-size='11'>{value:g}</text>")
        if marker is not None:
            x = label_w + (width - label_w - 60) * marker / top
            out.append(
                f"<line x1='{x:.1f}' x2='{x:.1f}' y1='{y - 2}' y2='{y + bar + 2}' "
                f"stroke='#c53030' stroke-width='3'><title>target {marker:g}</title></line>"
            )
    out.append(
        f"<text x='{label_w}' y='12' font-size='11' fill='#555'>{e(title)}</text></svg></figure>"
    )
    return "".join(out)


def _nothing_here(coverage: Coverage) -> str:
    """A first line that says so when there is nothing to analyse."""
    if len(coverage.places) or len(coverage.targets):
        return ""
    return (
        "<p class='empty'><strong>这里没有载体，也没有目标。Nothing here:</strong> the atlas "
        "(or the sector and district asked for) holds no carrier and no target.</p>"
    )


def _targets_chart(targets: pd.DataFrame) -> str:
    items = [
        (
            f"{str(r['plan'])[:6]}… {r['sector_phrase']} · {r['kind']}",
            r["named"],
            r["target"],
            "#place-" + str(r["place_ids"]).split("|")[0] if r["place_ids"] else "",
        )
        for _, r in targets.iterrows()
    ]
    return _bars(items, "blue: carriers the plan names · red: the plan's target")


def _matrix_chart(matrix: pd.DataFrame) -> str:
    top = (
        matrix[matrix["level"] == "top"]
        .groupby("sector_zh")["place_ids"]
        .agg(lambda ids: {i for group in ids for i in group.split("|") if i})
    )
    items: list[tuple[str, float, float | None, str]] = sorted(
        ((s, len(ids), None, "#place-" + sorted(ids)[0]) for s, ids in top.items()),
        key=lambda item: -item[1],
    )
    return _bars(items, "carriers by top-level sector (all districts)")


def _district_map(coverage: Coverage) -> str:
    """Districts shaded by their number of carriers, as inline SVG (no tiles, no script)."""
    frame = coverage.districts[~coverage.districts["approximate"].astype(bool)].copy()
    # Drawn 760 px wide, the city needs no detail finer than ~300 m.
    frame["geometry"] = frame.geometry.simplify(0.003)
    # Located places counted where their points lie (a unit elsewhere is named with its
    # city in the layer, 武汉市武昌区, where a place's district says 武昌区).
    located = coverage.places[coverage.places["lon"].notna()]
    x, y = located["lon"].to_numpy(float), located["lat"].to_numpy(float)
    inside = [int(shapely.contains_xy(g, x, y).sum()) for g in frame.geometry]
    counts = pd.Series(inside, index=frame["name"].to_numpy())
    minx, miny, maxx, maxy = frame.total_bounds
    width, height = 760, int(760 * (maxy - miny) / (maxx - minx))
    top = max(counts.max() if len(counts) else 1, 1)
    e = html.escape

    def xy(x: float, y: float) -> str:
        return f"{(x - minx) / (maxx - minx) * width:.1f},{(maxy - y) / (maxy - miny) * height:.1f}"

    paths = []
    for _, row in frame.iterrows():
        n = int(counts.get(row["name"], 0))
        shade = f"rgba(43,108,176,{0.08 + 0.92 * n / top:.2f})" if n else "#f7fafc"
        for polygon in getattr(row.geometry, "geoms", [row.geometry]):
            d = "M" + " L".join(xy(x, y) for x, y in polygon.exterior.coords) + " Z"
            paths.append(
                f"<path d='{d}' fill='{shade}' stroke='#718096' stroke-width='0.6'>"
                f"<title>{e(row['name'])}: {n}</title></path>"
            )
    legend = (
        f"<rect x='10' y='10' width='14' height='14' fill='rgba(43,108,176,1)'/>"
        f"<text x='30' y='22' font-size='12'>{top} carriers</text>"
        f"<rect x='10' y='30' width='14' height='14' fill='rgba(43,108,176,0.1)'/>"
        f"<text x='30' y='42' font-size='12'>1</text>"
    )
    return (
        f"<figure><svg xmlns='{SVG_NS}' width='{width}' height='{height}' role='img' "
        f"aria-label='coverage map'>{''.join(paths)}{legend}</svg></figure>"
    )


def _clauses(places: pd.DataFrame) -> str:
    e = html.escape
    items = [
        f"<li id='place-{e(r['id'])}'><strong>{e(r['name'])}</strong> ({e(r['kind'])}, "
        f"{e(str(r['district']))}) — {e(str(r['sectors_zh']))}<br><span class='quote'>"
        f"「{e(str(r['quote']))}」 — {e(str(r['source_document']))}</span></li>"
        for _, r in places.iterrows()
    ]
    return "<ol>" + "".join(items) + "</ol>"
