"""The review workbench in the browser: ``/review`` (the queue of places that need a look,
and one place with its evidence and actions) and the HTML face of ``/documents``
(upload several files, preview, confirm, follow the rebuild, remove).

Pages are rendered here from one atlas version; the actions run in the page's script
(``api/static/workbench.js``) against the write endpoints of ``api.writes``, with the API
key a reviewer types once: it is kept in the tab's ``sessionStorage`` for the visit only
and sent in the ``X-API-Key`` header, never in a URL (which access logs keep). A reader
without a key sees the queue and the evidence, and no action.

Chinese first; ``lang=en`` switches the page's words to English.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse
from starlette.responses import Response

from api import html
from api.auth import Writer
from api.features import ERRORS, NOT_FOUND, FormatParam, SnapshotDep
from api.http import HTML, JSON, ApiError, conditional, json_bytes, wants_html
from api.review import REASONS, Queue, QueueFilters, evidence, point_of, provider_candidates, queue
from api.snapshot import Snapshot
from extract.model import KINDS
from extract.taxonomy import Taxonomy
from geo import settings
from geo.model import PRECISIONS
from layers import place_edits as pe
from layers.stores.edits import LOCATION
from maps.basemaps import resolve as basemap

router = APIRouter(tags=["Review workbench"])

STATIC = Path(__file__).parent / "static"
ASSETS = {name: STATIC / name for name in ("workbench.js", "workbench.css")}
"""The files the workbench's pages load, by the name they are served under."""
LEAFLET = "/maps/static/leaflet/dist/"
JSON_OR_HTML = {
    "content": {JSON: {"schema": {"type": "object"}}, HTML: {"schema": {"type": "string"}}},
    "description": "OK: JSON (``f=json``) or the page (``f=html``, or a browser's Accept)",
}
Lang = Annotated[Literal["zh", "en"], Query(description="Words of the page: zh (default) or en")]

WORDS = {
    "queue": ("待核实地点", "Review queue"),
    "documents": ("文档", "Documents"),
    "key": ("API 密钥", "API key"),
    "sign_in": ("登录", "Sign in"),
    "sign_out": ("退出", "Sign out"),
    "key_note": (
        "密钥仅保存在本标签页中，关闭即清除。",
        "The key is kept in this tab only, and forgotten when it closes.",
    ),
    "name": ("名称", "Name"),
    "kind": ("类型", "Kind"),
    "district": ("区县", "District"),
    "sector": ("产业", "Sector"),
    "document": ("文档", "Document"),
    "reason": ("原因", "Reason"),
    "precision": ("精度", "Precision"),
    "confidence": ("置信度", "Confidence"),
    "targets": ("相关目标", "Targets"),
    "all": ("全部", "all"),
    "filter": ("筛选", "Filter"),
    "of": ("共", "of"),
    "none": ("没有需要核实的地点。", "Nothing needs a look."),
    "clauses": ("出处条款", "Clauses that name it"),
    "candidates": ("候选位置", "Candidate locations"),
    "ask": ("询问在线地理编码服务", "Ask the online geocoders"),
    "nearby": ("附近地点", "Nearby places"),
    "distance": ("距离", "Distance"),
    "notes": ("核实原因", "Why it is queued"),
    "unit": ("所属单位", "Unit"),
    "actions": ("操作", "Actions"),
    "drag": (
        "拖动标记或点击地图以设置点位。",
        "Drag the marker or click the map to set the point.",
    ),
    "save": ("保存点位", "Save point"),
    "accept": ("确认当前位置", "Accept current location"),
    "use": ("采用", "Use"),
    "note": ("说明", "Reason"),
    "not_located": ("未定位", "not located"),
    "upload": ("上传文档", "Upload documents"),
    "drop": (
        "将文件拖放到此处，或点击选择（.txt .html .docx .pdf）",
        "Drop files here, or click to choose (.txt .html .docx .pdf)",
    ),
    "corpus": ("图集文档", "The atlas's documents"),
    "file": ("文件", "File"),
    "added": ("添加时间", "Added"),
    "added_by": ("添加人", "Added by"),
    "remove": ("移除", "Remove"),
    "edit": ("修改地点", "Edit the place"),
    "why": ("理由（必填）", "Reason (required)"),
    "not_a_place": ("不是地点（提取错误）", "Not a place (an extraction error)"),
    "merge": ("与此地点合并", "Merge with this place"),
    "merge_with": ("同一地点", "The same place as"),
    "split": ("拆分为独立地点", "Split off as a place of its own"),
    "aliases": ("别名（每行一个）", "Aliases (one per line)"),
    "rename": ("改名", "Rename"),
    "set": ("保存", "Save"),
    "history": ("修改记录", "History"),
    "undo": ("撤销", "Undo"),
    "title": ("标题", "Title"),
    "format": ("格式", "Format"),
    "bytes": ("字节", "Bytes"),
}

EDIT_LABELS: dict[str, tuple[str, str]] = {
    LOCATION: ("点位", "location"),
    pe.NOT_A_PLACE: ("不是地点", "not a place"),
    pe.MERGE: ("合并", "merge"),
    pe.SPLIT: ("拆分", "split"),
    pe.RENAME: ("改名", "rename"),
    pe.ALIASES: ("别名", "aliases"),
    pe.KIND: ("类型", "kind"),
    pe.SECTORS: ("产业", "sectors"),
}
"""What the history calls each kind of edit (an undo names the edit it undoes)."""

PLACED_PRECISIONS = PRECISIONS[: PRECISIONS.index("county") + 1]
"""The precisions a reviewer places a point at (a city or province is no place's point;
the script reads them from the page's select)."""


def word(key: str, lang: str) -> str:
    return WORDS[key][1 if lang == "en" else 0]


def _lang_switch(request: Request, lang: str) -> str:
    other = "en" if lang == "zh" else "zh"
    params = {k: v for k, v in request.query_params.items() if k != "lang"}
    params["lang"] = other
    return html.a(f"{request.url.path}?{urlencode(params)}", "English" if other == "en" else "中文")


def _shell(request: Request, lang: str, title: str, body: str, data: dict | None = None) -> str:
    """A workbench page: the service's page with the sign-in bar, the workbench's style
    and script, and ``data`` for the script as JSON."""
    root = request.scope.get("root_path", "")
    bar = (
        f'<div class="wb-bar"><nav>{html.a(root + "/review?lang=" + lang, word("queue", lang))} · '
        f"{html.a(root + '/documents?f=html&lang=' + lang, word('documents', lang))} · "
        f"{_lang_switch(request, lang)}</nav>"
        '<form id="wb-signin" class="wb-signin" autocomplete="off">'
        f'<label>{escape(word("key", lang))} <input id="wb-key" type="password" '
        'autocomplete="off"></label>'
        f'<button type="submit">{escape(word("sign_in", lang))}</button></form>'
        f'<span id="wb-who" class="wb-who" hidden></span>'
        f'<button id="wb-signout" type="button" hidden>{escape(word("sign_out", lang))}</button>'
        f'<span class="muted wb-keynote">{escape(word("key_note", lang))}</span></div>'
        '<div id="wb-status" class="wb-status" role="status"></div>'
    )
    config = {"root": root, "lang": lang, "leaflet": root + LEAFLET, **(data or {})}
    payload = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    head = (
        f'<link rel="stylesheet" href="{escape(root)}{LEAFLET}leaflet.css">'
        f'<link rel="stylesheet" href="{escape(root)}/workbench/static/workbench.css">'
        f'<script src="{escape(root)}{LEAFLET}leaflet.js"></script>'
        f'<script id="wb-data" type="application/json">{payload}</script>'
        f'<script src="{escape(root)}/workbench/static/workbench.js" defer></script>'
    )
    return html.page(title, bar + body, head=head, lang="en" if lang == "en" else "zh-CN")


def _kind(kind: str, lang: str) -> str:
    """A carrier kind's label (``extract.model.KINDS``); an unknown one as it is."""
    return KINDS[kind].label(lang) if kind in KINDS else kind


def _reason_label(key: str, lang: str) -> str:
    _, zh, en = REASONS[key]
    return en if lang == "en" else zh


def _select(
    name: str, label: str, counts: dict[str, int], chosen: str, lang: str, labels=None
) -> str:
    options = [f'<option value="">{escape(word("all", lang))}</option>']
    for value, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        shown = labels(value) if labels else value
        selected = " selected" if value == chosen else ""
        options.append(f'<option value="{escape(value)}"{selected}>{escape(shown)} ({n})</option>')
    return f'<label>{escape(label)} <select name="{name}">{"".join(options)}</select></label>'


def _queue_json(found: Queue) -> dict:
    return {
        "numberMatched": len(found.items),
        "numberQueued": found.total,
        "counts": {facet: dict(c) for facet, c in found.counts.items()},
        "places": [{**item.__dict__, "weight": item.weight} for item in found.items],
    }


def _queue_page(request: Request, found: Queue, filters: QueueFilters, lang: str) -> str:
    root = request.scope.get("root_path", "")
    form = (
        f'<form class="filters" method="get" action="{escape(root)}/review">'
        + _select(
            "reason",
            word("reason", lang),
            dict(found.counts["reason"]),
            filters.reason,
            lang,
            lambda k: _reason_label(k, lang),
        )
        + _select(
            "district",
            word("district", lang),
            dict(found.counts["district"]),
            filters.district,
            lang,
        )
        + _select(
            "sector", word("sector", lang), dict(found.counts["sector"]), filters.sector, lang
        )
        + _select(
            "document",
            word("document", lang),
            dict(found.counts["document"]),
            filters.document,
            lang,
        )
        + f'<input type="hidden" name="lang" value="{lang}">'
        f"<button>{escape(word('filter', lang))}</button></form>"
    )
    if not found.items:
        return form + f'<p class="wb-empty">{escape(word("none", lang))}</p>'
    rows = []
    for item in found.items:
        href = f"{root}/review/{item.id}?lang={lang}"
        badges = "".join(
            f'<span class="wb-reason wb-{r}">{escape(_reason_label(r, lang))}</span>'
            for r in item.reasons
        )
        rows.append(
            [
                html.a(href, item.name),
                html.cell(_kind(item.kind, lang)),
                html.cell(item.district),
                html.cell(item.sectors_zh),
                badges,
                html.cell(item.precision or word("not_located", lang)),
                html.cell(round(item.confidence, 2)),
                html.cell(item.targets),
            ]
        )
    header = [
        word(k, lang)
        for k in (
            "name",
            "kind",
            "district",
            "sector",
            "reason",
            "precision",
            "confidence",
            "targets",
        )
    ]
    shown = f'<p class="wb-count">{len(found.items)} {word("of", lang)} {found.total}</p>'
    return form + shown + f'<div class="wb-queue">{html.table(header, rows)}</div>'


@router.get(
    "/review",
    summary="The places that need a reviewer's look, ordered by what matters (HTML or JSON)",
    responses={**ERRORS, 200: JSON_OR_HTML},
)
async def review_queue(
    request: Request,
    snapshot: SnapshotDep,
    f: FormatParam = None,
    lang: Lang = "zh",
    district: Annotated[str, Query(max_length=100)] = "",
    sector: Annotated[str, Query(max_length=100)] = "",
    document: Annotated[str, Query(max_length=300)] = "",
    reason: Annotated[str, Query(max_length=30)] = "",
) -> Response:
    filters = QueueFilters(district=district, sector=sector, document=document, reason=reason)
    try:  # an unknown district is UnknownName, answered 400 with candidates (api.http)
        found = queue(snapshot, filters)
    except ValueError as exc:  # an unknown reason
        raise ApiError(400, str(exc)) from None
    if not wants_html(request, f):
        return conditional(
            request, snapshot, lambda: Response(json_bytes(_queue_json(found)), media_type=JSON)
        )
    title = word("queue", lang)
    return conditional(
        request,
        snapshot,
        lambda: HTMLResponse(
            _shell(request, lang, title, _queue_page(request, found, filters, lang))
        ),
    )


def _edit_section(found: dict, lang: str) -> str:
    """The forms of a place's edits (hidden until a reviewer signs in): each shares the
    reason field, which every edit needs. The places to merge with start as the nearby
    ones; typing asks ``/search`` (listing every place would weigh megabytes at 100,000)."""
    place = found["place"]
    others = "".join(
        f'<option value="{escape(n["name"])} · {escape(n["id"])}"></option>'
        for n in found["nearby"]
    )
    aliases = [a for a in str(place.get("aliases") or "").split("|") if a]
    splits = "".join(
        f'<li>{escape(a)} <button type="button" class="wb-split" data-alias="{escape(a)}">'
        f"{escape(word('split', lang))}</button></li>"
        for a in aliases
    )
    kinds = "".join(
        f'<option value="{k.id}"{" selected" if k.id == place.get("kind") else ""}>'
        f"{escape(k.label(lang))}</option>"
        for k in KINDS.values()
    )
    chosen = set(str(place.get("sector_ids") or "").split("|"))
    taxonomy = Taxonomy.load()
    sectors = "".join(
        f'<option value="{escape(s.id)}"{" selected" if s.id in chosen else ""}>'
        f"{escape(s.name_zh)} · {escape(s.name_en)}</option>"
        for s in taxonomy.sectors.values()
    )
    name = escape(str(place.get("name")))
    return (
        f'<section class="wb-actions wb-edits" hidden><h2>{escape(word("edit", lang))}</h2>'
        f'<p><label>{escape(word("why", lang))} <input id="wb-why" maxlength="500" size="40">'
        "</label></p>"
        f'<p><button type="button" id="wb-not-a-place">{escape(word("not_a_place", lang))}'
        "</button></p>"
        f'<p><label>{escape(word("merge_with", lang))} <input id="wb-merge-with" '
        f'list="wb-places" size="40"></label><datalist id="wb-places">{others}</datalist> '
        f'<button type="button" id="wb-merge">{escape(word("merge", lang))}</button></p>'
        f'<ul class="wb-splits">{splits}</ul>'
        f'<p><label>{escape(word("rename", lang))} <input id="wb-name" value="{name}"></label> '
        f'<button type="button" class="wb-set" data-kind="rename">{escape(word("set", lang))}'
        "</button></p>"
        f'<p><label>{escape(word("aliases", lang))}<br><textarea id="wb-aliases" rows="3" '
        f'cols="40">{escape(chr(10).join(aliases))}</textarea></label> '
        f'<button type="button" class="wb-set" data-kind="aliases">{escape(word("set", lang))}'
        "</button></p>"
        f'<p><label>{escape(word("kind", lang))} <select id="wb-kind">{kinds}</select></label> '
        f'<button type="button" class="wb-set" data-kind="kind">{escape(word("set", lang))}'
        "</button></p>"
        f'<p><label>{escape(word("sector", lang))}<br><select id="wb-sectors" multiple size="8">'
        f"{sectors}</select></label> "
        f'<button type="button" class="wb-set" data-kind="sectors">{escape(word("set", lang))}'
        "</button></p></section>"
        f'<section><h2>{escape(word("history", lang))}</h2><table id="wb-history"><tbody>'
        "</tbody></table></section>"
    )


def _place_page(request: Request, snapshot: Snapshot, found: dict, lang: str) -> str:
    place = found["place"]
    notes = "".join(f"<li>{escape(n)}</li>" for n in found["notes"]) or "<li>—</li>"
    clauses = "".join(
        f'<li><blockquote>{escape(c["quote"])}</blockquote><span class="muted">'
        f"{escape(c['title'])} {escape(c['doc_number'])} {escape(c['date'])}</span></li>"
        for c in found["clauses"]
    )
    candidates = html.table(
        [word("name", lang), word("kind", lang), word("distance", lang), ""],
        [
            [
                html.cell(c["name"]),
                html.cell(c["kind"]),
                html.cell(f"{c['distance_m']:,} m" if c["distance_m"] is not None else "—"),
                f'<button type="button" class="wb-action wb-use" data-lon="{c["lon"]}" '
                f'data-lat="{c["lat"]}" '
                f'data-precision="{"town" if c["kind"] == "town" else "county"}" '
                f"hidden>{escape(word('use', lang))}</button>",
            ]
            for c in found["candidates"]
        ],
    )
    root = request.scope.get("root_path", "")
    nearby = html.table(
        [word("name", lang), word("kind", lang), word("distance", lang)],
        [
            [
                html.a(f"{root}/review/{n['id']}?lang={lang}", n["name"]),
                html.cell(_kind(n["kind"], lang)),
                html.cell(f"{n['distance_m']:,} m"),
            ]
            for n in found["nearby"]
        ],
    )
    unit = found["unit"]
    ask = (
        f'<p><button type="button" id="wb-ask" class="wb-action" hidden>'
        f"{escape(word('ask', lang))} ({escape(', '.join(settings.GEOCODERS))})</button></p>"
        if settings.GEOCODERS
        else ""
    )
    located = (
        f"{place.get('precision')}, r = {place.get('radius_m')} m, {place.get('provider')}"
        if found["point"]
        else word("not_located", lang)
    )
    precisions = "".join(
        f'<option value="{p}"{" selected" if p == (place.get("precision") or "block") else ""}>'
        f"{p}</option>"
        for p in PLACED_PRECISIONS
    )
    actions = (
        f'<section class="wb-actions" hidden><h2>{escape(word("actions", lang))}</h2>'
        f'<p class="muted">{escape(word("drag", lang))}</p>'
        f"<label>{escape(word('precision', lang))} "
        f'<select id="wb-precision">{precisions}</select></label> '
        f'<label>{escape(word("note", lang))} <input id="wb-note" maxlength="500"></label> '
        f'<button type="button" id="wb-save" class="wb-action" disabled>'
        f"{escape(word('save', lang))}</button> "
        f'<button type="button" id="wb-accept" class="wb-action"'
        f"{'' if found['point'] else ' disabled'}>{escape(word('accept', lang))}</button>"
        "</section>"
    )
    return (
        '<div class="wb-place">'
        f'<div id="wb-map" class="wb-map"></div>'
        '<div class="wb-side">'
        f"<p><b>{escape(str(place.get('name')))}</b> · "
        f"{escape(_kind(str(place.get('kind')), lang))} · "
        f"{escape(str(place.get('district') or ''))}</p>"
        f"<p>{escape(word('unit', lang))}: {escape(unit['name'] if unit else '—')} · "
        f'{escape(word("precision", lang))}: <span id="wb-located">{escape(located)}</span></p>'
        f"<p>{escape(word('sector', lang))}: {escape(str(place.get('sectors_zh') or '—'))}</p>"
        f'<h2>{escape(word("notes", lang))}</h2><ul class="wb-notes">{notes}</ul>'
        f"{actions}"
        f"<h2>{escape(word('candidates', lang))}</h2>"
        f'<div id="wb-candidates">{candidates}</div>{ask}'
        "</div></div>"
        f'<h2>{escape(word("clauses", lang))}</h2><ol class="wb-clauses">{clauses}</ol>'
        f"<h2>{escape(word('nearby', lang))}</h2>{nearby}"
        f"{_edit_section(found, lang)}"
    )


@router.get(
    "/review/{place_id}",
    summary="One place with the evidence a reviewer decides on (HTML or JSON)",
    responses={**ERRORS, **NOT_FOUND, 200: JSON_OR_HTML},
)
async def review_place(
    request: Request,
    snapshot: SnapshotDep,
    place_id: Annotated[str, PathParam(max_length=64)],
    f: FormatParam = None,
    lang: Lang = "zh",
) -> Response:
    found = evidence(snapshot, place_id)
    if found is None:
        raise ApiError(404, f"no place {place_id!r} in the atlas")
    if not wants_html(request, f):
        return conditional(request, snapshot, lambda: Response(json_bytes(found), media_type=JSON))
    tiles = basemap("osm", lang).config()
    data = {
        "place": found["place"]["id"],
        "point": found["point"],
        "radius": found["place"].get("radius_m"),
        "unit": found["unit"],
        "nearby": found["nearby"],
        "candidates": found["candidates"],
        "basemap": tiles,
        "edit_labels": {kind: label[lang == "en"] for kind, label in EDIT_LABELS.items()},
    }
    title = f"{word('queue', lang)} · {found['place']['name']}"
    return conditional(
        request,
        snapshot,
        lambda: HTMLResponse(
            _shell(request, lang, title, _place_page(request, snapshot, found, lang), data)
        ),
    )


def documents_page(request: Request, corpus: list[dict], lang: str) -> HTMLResponse:
    """The documents page: a drop zone for several files, their previews, and the
    atlas's documents with their removal. ``corpus`` is ``GET /documents``' list."""
    rows = [
        [
            html.cell(d["filename"]),
            "<br>".join(escape(f"{x['title']} {x['date']}") for x in d["documents"]) or "—",
            html.cell(d["format"]),
            html.cell(f"{d['bytes']:,}"),
            html.cell(d["added"]),
            html.cell(d["added_by"]),
            f'<button type="button" class="wb-action wb-remove" data-key="{escape(d["key"])}" '
            f'data-name="{escape(d["filename"])}" hidden>{escape(word("remove", lang))}</button>',
        ]
        for d in corpus
    ]
    columns = ("file", "title", "format", "bytes", "added", "added_by")
    header = [*(word(k, lang) for k in columns), ""]
    body = (
        f'<section class="wb-actions" hidden><h2>{escape(word("upload", lang))}</h2>'
        f'<label id="wb-drop" class="wb-drop">{escape(word("drop", lang))}'
        '<input id="wb-files" type="file" multiple accept=".txt,.html,.htm,.docx,.pdf"></label>'
        '<div id="wb-previews"></div></section>'
        f"<h2>{escape(word('corpus', lang))} ({len(corpus)})</h2>"
        f'<div class="wb-corpus">{html.table(header, rows)}</div>'
    )
    return HTMLResponse(_shell(request, lang, word("documents", lang), body))


@router.get(
    "/review/{place_id}/providers",
    summary="What the configured online geocoders answer for a place, with each answer's "
    "distance and whether it lies in the place's unit (needs an API key: it spends quota)",
    responses={
        **ERRORS,
        **NOT_FOUND,
        401: {"description": "No API key"},
        403: {"description": "Wrong API key"},
    },
)
def review_providers(
    who: Writer, snapshot: SnapshotDep, place_id: Annotated[str, PathParam(max_length=64)]
) -> Response:
    found = snapshot.place(place_id)
    if found is None:
        raise ApiError(404, f"no place {place_id!r} in the atlas")
    layer, row = found
    answer = provider_candidates(layer.properties(row), point_of(layer.geometries[row]))
    return Response(json_bytes(answer), media_type=JSON)


@router.get(
    "/whoami",
    summary="The name of the API key the request carries (the workbench's sign-in)",
    responses={401: {"description": "No API key"}, 403: {"description": "Wrong API key"}},
)
def whoami(who: Writer) -> Response:
    return Response(json_bytes({"name": who}), media_type=JSON)


@router.get("/workbench/static/{asset}", include_in_schema=False)
def workbench_asset(asset: str) -> Response:
    """A file the workbench's pages load, looked up by name (never a path built from the
    request)."""
    path = ASSETS.get(asset)
    if path is None:
        raise ApiError(404, f"no workbench asset {asset!r}")
    media = "text/javascript" if path.suffix == ".js" else "text/css"
    return FileResponse(path, media_type=media, headers={"Cache-Control": "no-cache"})
