"""Beside the OGC resources: the sector taxonomy with carrier counts (``/sectors``) and a
search of places by name or alias across every place collection (``/search``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from starlette.responses import Response

from api import html
from api.features import (
    ERRORS,
    HTML_ALTERNATIVE,
    FormatParam,
    SnapshotDep,
)
from api.http import JSON, absolute, conditional, json_bytes, self_links, url_with, wants_html
from api.models import SearchResult, SectorTree
from api.snapshot import Snapshot, text_key
from extract.taxonomy import Taxonomy
from geo import admin
from layers.stores import Query as Filters

router = APIRouter(tags=["Sectors and search"])


def _node(request: Request, snapshot: Snapshot, taxonomy: Taxonomy, sid: str) -> dict:
    sector = taxonomy.get(sid)
    count = snapshot.sector_counts.get(sid)
    children = [s.id for s in taxonomy.sectors.values() if s.parent == sid]
    return {
        "id": sid,
        "name_zh": sector.name_zh,
        "name_en": sector.name_en,
        "national_class": sector.national_class or None,
        "carriers": count.direct if count else 0,
        "carriers_total": count.total if count else 0,
        "href": absolute(request, f"/search?sector={sid}"),
        "children": [_node(request, snapshot, taxonomy, c) for c in children],
        "members": list(sector.members),
    }


@router.get(
    "/sectors",
    response_model=SectorTree,
    summary="The sector taxonomy with carrier counts",
    responses={**ERRORS, 200: HTML_ALTERNATIVE},
)
async def sectors(request: Request, snapshot: SnapshotDep, f: FormatParam = None) -> Response:
    as_html = wants_html(request, f)

    def render() -> Response:
        taxonomy = Taxonomy.load()
        tops = [s for s in taxonomy.sectors.values() if s.parent is None]
        body = {
            "sectors": [
                _node(request, snapshot, taxonomy, s.id) for s in tops if not s.is_umbrella
            ],
            "umbrellas": [_node(request, snapshot, taxonomy, s.id) for s in tops if s.is_umbrella],
            "links": self_links(request, as_html, JSON, "the sectors"),
        }
        if not as_html:
            return Response(json_bytes(body), media_type=JSON)
        rows = []

        def walk(nodes: list[dict], depth: int) -> None:
            for n in nodes:
                name = "\u3000" * depth + f"{n['name_zh']} {n['name_en']}"
                rows.append(
                    [
                        html.a(n["href"] + "&f=html", name),
                        html.cell(n["id"]),
                        html.cell(n["carriers"]),
                        html.cell(n["carriers_total"]),
                    ]
                )
                walk(n["children"], depth + 1)

        walk(body["sectors"], 0)
        header = ("sector", "id", "carriers (exactly)", "carriers (with sub-sectors and umbrellas)")
        umbrellas = [
            [
                html.a(n["href"] + "&f=html", n["name_zh"]),
                html.cell(n["id"]),
                html.cell(", ".join(n["members"])),
                html.cell(n["carriers_total"]),
            ]
            for n in body["umbrellas"]
        ]
        content = (
            html.table(header, rows)
            + "<h2>Umbrella terms</h2>"
            + html.table(("term", "id", "covers", "carriers"), umbrellas)
        )
        crumbs = [(absolute(request, "/"), "Home")]
        return HTMLResponse(html.page("Sectors", content, crumbs, url_with(request, f="json")))

    return conditional(request, snapshot, render)


def _rank(key: str, text: str, name: str) -> tuple[int, int]:
    """Exact name or alias first, then a name starting with the query, then the rest;
    shorter names first within each."""
    spellings = text.split("\x1f")
    if key in spellings:
        return (0, len(name))
    if any(s.startswith(key) for s in spellings):
        return (1, len(name))
    return (2, len(name))


@router.get(
    "/search",
    response_model=SearchResult,
    summary="Places by name or alias across every place collection",
    responses={**ERRORS, 200: HTML_ALTERNATIVE},
)
async def search(
    request: Request,
    snapshot: SnapshotDep,
    q: Annotated[str, Query(max_length=100, description="Text in the name or an alias")] = "",
    sector: Annotated[str | None, Query(max_length=100, description="Sector id or name")] = None,
    district: Annotated[str | None, Query(max_length=50, description="District")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 20,
    f: FormatParam = None,
) -> Response:
    filters = Filters(
        sector=Taxonomy.load().resolve(sector).id if sector else None,
        district=admin.area(district) if district else None,
        text=q.strip() or None,
    )
    as_html = wants_html(request, f)

    def render() -> Response:
        key = text_key(q.strip())
        found = []
        for cid, layer in snapshot.layers.items():
            if not layer.is_places:
                continue
            for i in layer.select(filters):
                name = layer.values["name"][i]
                found.append((_rank(key, layer.text[i], name) if key else (0, 0), cid, layer, i))
        found.sort(key=lambda t: t[0])
        hits = []
        for _, cid, layer, i in found[:limit]:
            v = {
                c: layer.values[c][i]
                for c in (
                    "name",
                    "aliases",
                    "kind",
                    "district",
                    "sectors_zh",
                    "lon",
                    "lat",
                    "precision",
                )
            }
            hits.append(
                {
                    "collection": cid,
                    "id": layer.ids[i],
                    **v,
                    "aliases": [s for s in (v["aliases"] or "").split("|") if s],
                    "href": absolute(request, f"/collections/{cid}/items/{layer.ids[i]}"),
                }
            )
        body = {
            "query": q,
            "numberMatched": len(found),
            "numberReturned": len(hits),
            "hits": hits,
            "links": self_links(request, as_html, JSON, "these results"),
        }
        if not as_html:
            return Response(json_bytes(body), media_type=JSON)
        rows = [
            [
                html.a(h["href"] + "?f=html", h["name"]),
                html.cell(h["collection"]),
                html.cell(h["district"]),
                html.cell(h["sectors_zh"]),
                html.cell(h["precision"]),
            ]
            for h in hits
        ]
        shapes = [
            (snapshot.layers[c].geometries[i], h["href"] + "?f=html", h["name"])
            for (_, c, _, i), h in zip(found, hits, strict=False)
        ]
        form = (
            f'<form method="get" action="{html.escape(absolute(request, "/search"))}">'
            f'<input name="q" value="{html.escape(q)}" placeholder="名称 / name">'
            '<input type="hidden" name="f" value="html"><button>Search</button></form>'
        )
        content = (
            form
            + f"<p>{len(found)} places found, {len(hits)} shown.</p>"
            + html.svg_map(snapshot.outlines(), shapes)
            + html.table(("name", "collection", "district", "sectors", "precision"), rows)
        )
        crumbs = [(absolute(request, "/"), "Home")]
        return HTMLResponse(html.page("Search", content, crumbs, url_with(request, f="json")))

    return conditional(request, snapshot, render)
