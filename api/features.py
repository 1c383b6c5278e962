"""OGC API – Features Part 1 (Core, GeoJSON, HTML, OpenAPI 3.0): the landing page,
conformance, the API definition, collections and their items.

Collections are the fixed set ``source.COLLECTIONS``; every answer comes from the one
atlas version the request holds (``AtlasSource.reading()``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.responses import Response

import clustermap
from api import html
from api.http import (
    GEOJSON,
    HTML,
    JSON,
    OPENAPI,
    ApiError,
    Format,
    Versioned,
    absolute,
    conditional,
    describe_errors,
    json_bytes,
    link,
    self_links,
    url_with,
    wants_html,
)
from api.models import (
    Collection,
    Collections,
    Conformance,
    ExceptionReport,
    FeatureCollection,
    LandingPage,
)
from api.models import Feature as FeatureModel
from api.snapshot import Snapshot
from api.source import COLLECTIONS, AtlasSource, AtlasView, CollectionView, FilterError, Page
from extract.model import kind as carrier_kind
from extract.taxonomy import Taxonomy
from geo import admin
from layers.atlas import LAYER_OF_KIND
from layers.stores import Query as Filters

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
]
DEFAULT_LIMIT = 10
MAX_LIMIT = 10_000
"""Largest page; a larger ``limit`` is clamped to it (not an error), as Part 1 asks."""
MAX_MAPPED = 2_000
"""Features drawn on an HTML page's map at most."""
TITLE = "Cluster Atlas · 重庆产业载体地图"
DESCRIPTION = (
    "Industrial carriers (parks, zones, featured buildings, ports …) of Chongqing named in "
    "industrial-policy documents, located and tagged with the sectors the plans give them."
)

router = APIRouter(tags=["OGC API – Features"])

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ExceptionReport, "description": "Invalid parameter"},
    500: {"model": ExceptionReport, "description": "Server error"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ExceptionReport, "description": "No such collection or feature"}
}


HTML_ALTERNATIVE: dict[str, Any] = {
    "content": {HTML: {"schema": {"type": "string"}}},
    "description": "OK",
}
"""The 200 answer's HTML form, for ``responses=``."""


async def current_snapshot(request: Request) -> Snapshot:
    """The whole atlas in memory, for answers that need all of it; taken once when the
    request starts (in the threadpool when that asks a database)."""
    atlas = source(request)
    if atlas.blocking:
        return await run_in_threadpool(atlas.current)
    return atlas.current()


def source(request: Request) -> AtlasSource:
    """Where the atlas is read from; ``reading()`` holds one version for a request."""
    return request.app.state.source


async def on_atlas(request: Request, answer: Callable[[AtlasView], Response]) -> Response:
    """``answer`` given the atlas version the request holds: on the event loop for a
    snapshot in memory, in the threadpool for a database, whose calls block (on the loop,
    a database that stopped answering froze every request, ``/api`` too, for 30 s)."""
    atlas_source = source(request)

    def run() -> Response:
        with atlas_source.reading() as atlas:
            return answer(atlas)

    if atlas_source.blocking:
        return await run_in_threadpool(run)
    return run()


SERVICE_VERSION = Versioned(
    f"service-{clustermap.__version__}", datetime.now(UTC).replace(microsecond=0)
)
"""The ETag seed and date of answers that depend on the service alone (conformance)."""


SnapshotDep = Annotated[Snapshot, Depends(current_snapshot)]
FormatParam = Annotated[
    Format | None,
    Query(description="Answer format; by default the Accept header decides, else JSON"),
]
CollectionId = Annotated[
    str,
    Path(
        description="One of the collections listed at /collections",
        json_schema_extra={"enum": list(COLLECTIONS)},
    ),
]


def _layer(atlas: AtlasView, collection_id: str) -> CollectionView:
    layer = atlas.layers.get(collection_id)
    if layer is None:
        raise ApiError(404, f"no collection {collection_id!r}; see /collections")
    return layer


# --- landing page, conformance, API -----------------------------------------------


@router.get(
    "/",
    response_model=LandingPage,
    summary="Landing page",
    responses={**ERRORS, 200: HTML_ALTERNATIVE},
)
async def landing(request: Request, f: FormatParam = None) -> Response:
    return await on_atlas(request, lambda atlas: _landing(request, atlas, wants_html(request, f)))


def _landing(request: Request, atlas: AtlasView, as_html: bool) -> Response:
    links = [
        *self_links(request, as_html, JSON, "this page"),
        link(
            absolute(request, "/api"), "service-desc", OPENAPI, "the API definition (OpenAPI 3.0)"
        ),
        link(absolute(request, "/api?f=html"), "service-doc", HTML, "the API documentation"),
        link(absolute(request, "/conformance"), "conformance", JSON, "conformance classes"),
        link(absolute(request, "/collections"), "data", JSON, "the collections"),
        link(absolute(request, "/sectors"), "related", JSON, "the sector taxonomy with counts"),
        link(absolute(request, "/search"), "search", JSON, "places by name or alias"),
        link(absolute(request, "/maps/overview"), "related", HTML, "the interactive map"),
    ]
    body = {"title": TITLE, "description": DESCRIPTION, "links": links}

    def render() -> Response:
        if not as_html:
            return Response(json_bytes(body), media_type=JSON)
        rows = [
            [
                html.a(absolute(request, f"/collections/{cid}/items?f=html"), layer.info.title),
                html.cell(len(layer)),
            ]
            for cid, layer in atlas.layers.items()
        ]
        built = atlas.meta.get("built", "")
        status = (
            f"<p>Atlas built {html.escape(built)}.</p>"
            if atlas.exists
            else '<p class="muted">No atlas yet: run <code>clustermap build</code>.</p>'
        )
        content = (
            f"<p>{html.escape(DESCRIPTION)}</p>{status}<h2>Collections</h2>"
            f"{html.table(('collection', 'features'), rows)}"
            f'<form method=get action="{html.escape(absolute(request, "/search"))}">'
            '<input name="q" placeholder="名称 / name"><input type="hidden" name="f" value="html">'
            "<button>Search</button></form><h2>Links</h2>" + html.links_list(links)
        )
        return HTMLResponse(html.page(TITLE, content, json_href=url_with(request, f="json")))

    return conditional(request, atlas, render)


@router.get(
    "/conformance",
    response_model=Conformance,
    summary="Conformance classes",
    responses={**ERRORS, 200: HTML_ALTERNATIVE},
)
async def conformance(request: Request, f: FormatParam = None) -> Response:
    """Needs no atlas: answered while the database is away too."""

    def render() -> Response:
        if not wants_html(request, f):
            return Response(json_bytes({"conformsTo": CONFORMANCE}), media_type=JSON)
        items = "".join(f"<li>{html.escape(c)}</li>" for c in CONFORMANCE)
        crumbs = [(absolute(request, "/"), "Home")]
        return HTMLResponse(
            html.page("Conformance", f"<ul>{items}</ul>", crumbs, url_with(request, f="json"))
        )

    return conditional(request, SERVICE_VERSION, render)


@router.get(
    "/api",
    summary="The API definition (OpenAPI 3.0)",
    responses={
        **ERRORS,
        200: {
            "content": {
                OPENAPI: {"schema": {"type": "object"}},
                HTML: {"schema": {"type": "string"}},
            },
            "description": "The OpenAPI document",
        },
    },
)
async def api_definition(request: Request, f: FormatParam = None):
    document = request.app.openapi()
    if not wants_html(request, f):
        return Response(request.app.state.openapi_bytes, media_type=OPENAPI)
    rows = [
        [
            html.escape(method.upper()),
            html.escape(path),
            html.escape(op.get("summary", "")),
            html.escape(", ".join(p["name"] for p in op.get("parameters", []))),
        ]
        for path, item in document["paths"].items()
        for method, op in item.items()
    ]
    body = (
        f"<p>{html.escape(document['info'].get('description', ''))}</p>"
        f"<p>{html.a(url_with(request, f='json'), 'The OpenAPI 3.0 document')}</p>"
        + html.table(("method", "path", "summary", "parameters"), rows)
    )
    crumbs = [(absolute(request, "/"), "Home")]
    return HTMLResponse(html.page("API", body, crumbs, url_with(request, f="json")))


# --- collections ----------------------------------------------------------------------


def collection_body(request: Request, layer: CollectionView, as_html: bool = False) -> dict:
    cid = layer.info.id
    base = absolute(request, f"/collections/{cid}")
    links = [
        link(f"{base}?f=json", "self" if not as_html else "alternate", JSON, "this collection"),
        link(f"{base}?f=html", "alternate" if not as_html else "self", HTML, "this collection"),
        link(f"{base}/items?f=json", "items", GEOJSON, f"{layer.info.title} as GeoJSON"),
        link(f"{base}/items?f=html", "items", HTML, f"{layer.info.title} as HTML"),
    ]
    body: dict = {
        "id": cid,
        "title": layer.info.title,
        "description": layer.info.description,
        "links": links,
        "itemType": "feature",
        "crs": [CRS84],
        "numberOfFeatures": len(layer),
    }
    if layer.bounds is not None:
        body["extent"] = {"spatial": {"bbox": [list(layer.bounds)], "crs": CRS84}}
        dates = layer.date_range
        if dates:
            body["extent"]["temporal"] = {
                "interval": [[f"{dates[0]}T00:00:00Z", f"{dates[1]}T23:59:59Z"]],
                "trs": "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
            }
    return body


@router.get(
    "/collections",
    response_model=Collections,
    summary="The collections",
    responses={**ERRORS, 200: HTML_ALTERNATIVE},
)
async def collections(request: Request, f: FormatParam = None) -> Response:
    as_html = wants_html(request, f)
    return await on_atlas(request, lambda atlas: _collections(request, atlas, as_html))


def _collections(request: Request, atlas: AtlasView, as_html: bool) -> Response:

    def render() -> Response:
        docs = [collection_body(request, layer) for layer in atlas.layers.values()]
        if not as_html:
            body = {
                "links": self_links(request, False, JSON, "the collections"),
                "collections": docs,
            }
            return Response(json_bytes(body), media_type=JSON)
        rows = [
            [
                html.a(absolute(request, f"/collections/{d['id']}?f=html"), d["title"]),
                html.cell(d["description"]),
                html.cell(d["numberOfFeatures"]),
                html.a(absolute(request, f"/collections/{d['id']}/items?f=html"), "browse"),
            ]
            for d in docs
        ]
        content = html.table(("collection", "description", "features", "items"), rows)
        crumbs = [(absolute(request, "/"), "Home")]
        return HTMLResponse(html.page("Collections", content, crumbs, url_with(request, f="json")))

    return conditional(request, atlas, render)


@router.get(
    "/collections/{collectionId}",
    response_model=Collection,
    summary="One collection",
    responses={**ERRORS, **NOT_FOUND, 200: HTML_ALTERNATIVE},
)
async def collection(
    request: Request,
    collectionId: CollectionId,
    f: FormatParam = None,
) -> Response:
    as_html = wants_html(request, f)
    return await on_atlas(request, lambda atlas: _collection(request, atlas, collectionId, as_html))


def _collection(request: Request, atlas: AtlasView, collection_id: str, as_html: bool) -> Response:
    layer = _layer(atlas, collection_id)

    def render() -> Response:
        body = collection_body(request, layer, as_html)
        if not as_html:
            return Response(json_bytes(body), media_type=JSON)
        extent = body.get("extent", {}).get("spatial", {}).get("bbox", [[]])[0]
        content = (
            f"<p>{html.escape(layer.info.description)}</p>"
            f"<p>{len(layer)} features; extent {html.escape(', '.join(f'{v:.4f}' for v in extent))}"
            f" (CRS84).</p>" + html.links_list(body["links"])
        )
        crumbs = [
            (absolute(request, "/"), "Home"),
            (absolute(request, "/collections?f=html"), "Collections"),
        ]
        return HTMLResponse(
            html.page(layer.info.title, content, crumbs, url_with(request, f="json"))
        )

    return conditional(request, atlas, render)


# --- items ----------------------------------------------------------------------------


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``minx,miny,maxx,maxy`` (or with heights, ``minx,miny,minz,maxx,maxy,maxz``) in
    CRS84; raises ``ApiError(400)`` saying what is wrong."""
    try:
        values = [float(v) for v in text.split(",")]
    except ValueError:
        raise ApiError(400, f"bbox {text!r}: expected 4 or 6 comma-separated numbers") from None
    if len(values) not in (4, 6) or not all(v == v and abs(v) != float("inf") for v in values):
        raise ApiError(400, f"bbox {text!r}: expected 4 or 6 finite numbers, got {len(values)}")
    if len(values) == 6:
        values = [values[0], values[1], values[3], values[4]]
    minx, miny, maxx, maxy = values
    if not (-180 <= minx <= 180 and -180 <= maxx <= 180):
        raise ApiError(400, f"bbox {text!r}: longitudes must lie in -180..180")
    if not (-90 <= miny <= 90 and -90 <= maxy <= 90):
        raise ApiError(400, f"bbox {text!r}: latitudes must lie in -90..90")
    if minx > maxx or miny > maxy:
        raise ApiError(400, f"bbox {text!r}: expected minx,miny,maxx,maxy with min <= max")
    return minx, miny, maxx, maxy


def parse_datetime(text: str) -> tuple[str, str]:
    """An instant or an interval (``start/end``, ``..`` or empty for an open end) as the
    dates ``(start, end)`` it covers (``""`` = open)."""
    parts = text.split("/")
    if len(parts) > 2 or (len(parts) == 2 and all(p in ("", "..") for p in parts)):
        raise ApiError(400, f"datetime {text!r}: expected an instant or start/end")
    dates = []
    for part in parts:
        if part in ("", ".."):
            dates.append("")
            continue
        try:
            dates.append(datetime.fromisoformat(part.replace("z", "Z")).date().isoformat())
        except ValueError:
            raise ApiError(400, f"datetime {text!r}: {part!r} is not an RFC 3339 date") from None
    start, end = dates if len(dates) == 2 else (dates[0], dates[0])
    if start and end and start > end:
        raise ApiError(400, f"datetime {text!r}: the start is after the end")
    return start, end


def item_filters(
    bbox: str | None,
    datetime_: str | None,
    sector: str | None,
    district: str | None,
    kind: str | None,
    q: str | None,
) -> Filters:
    return Filters(
        bbox=parse_bbox(bbox) if bbox else None,
        dates=parse_datetime(datetime_) if datetime_ else None,
        sector=Taxonomy.load().resolve(sector).id if sector else None,
        district=admin.area(district) if district else None,
        kind=carrier_kind(kind).id if kind else None,
        text=q.strip() or None if q else None,
    )


def query_parameters(model: type[BaseModel]) -> list[dict]:
    """OpenAPI query parameter objects for the fields of ``model``."""
    schema = model.model_json_schema()
    return [
        {
            "name": name,
            "in": "query",
            "required": name in schema.get("required", ()),
            "schema": prop,
            **({"description": prop["description"]} if "description" in prop else {}),
        }
        for name, prop in schema["properties"].items()
    ]


class ItemsQuery(BaseModel):
    """The query parameters of ``/collections/{collectionId}/items``; any other is 400."""

    model_config = ConfigDict(extra="forbid")

    limit: int = Field(
        DEFAULT_LIMIT,
        ge=1,
        json_schema_extra={"maximum": MAX_LIMIT},
        description=f"Page size; over {MAX_LIMIT} counts as {MAX_LIMIT}",
    )
    offset: int = Field(0, ge=0, le=2**31, description="Features to skip")
    bbox: str | None = Field(
        None,
        description="minx,miny,maxx,maxy (or 6 numbers with heights) in CRS84",
        examples=["106.45,29.50,106.60,29.60"],
    )
    datetime: str | None = Field(
        None,
        description="An RFC 3339 instant or interval (start/end, .. for open): places a "
        "plan names between their first and latest date",
    )
    sector: str | None = Field(
        None,
        max_length=100,
        description="Sector id or Chinese name; sub-sectors and "
        "umbrellas that include it match too (see /sectors)",
    )
    district: str | None = Field(None, max_length=50, description="District, e.g. 渝中区")
    kind: str | None = Field(
        None, description="Kind of carrier", json_schema_extra={"enum": list(LAYER_OF_KIND)}
    )
    q: str | None = Field(None, max_length=100, description="Text in the name or an alias")
    f: Format | None = Field(
        None, description="Answer format; by default the Accept header decides, else JSON"
    )


@router.get(
    "/collections/{collectionId}/items",
    response_model=FeatureCollection,
    response_class=Response,
    summary="Features of a collection, filtered and paged",
    responses={
        **ERRORS,
        **NOT_FOUND,
        200: {
            "content": {
                GEOJSON: {"schema": {"$ref": "#/components/schemas/FeatureCollection"}},
                HTML: {"schema": {"type": "string"}},
            },
            "description": "The features (GeoJSON FeatureCollection)",
        },
    },
    openapi_extra={"parameters": query_parameters(ItemsQuery)},
)
async def items(request: Request, collectionId: CollectionId) -> Response:
    # The parameters are validated here, in one pydantic call, rather than by FastAPI field
    # by field: a third of the time of a whole request at 100,000 places.
    try:
        params = ItemsQuery.model_validate(dict(request.query_params))
    except ValidationError as exc:
        raise ApiError(400, describe_errors(exc.errors())) from None
    return await on_atlas(request, lambda atlas: _items(request, atlas, collectionId, params))


def _items(request: Request, atlas: AtlasView, collection_id: str, params: ItemsQuery) -> Response:
    layer = _layer(atlas, collection_id)
    offset = params.offset
    filters = item_filters(
        params.bbox, params.datetime, params.sector, params.district, params.kind, params.q
    )
    limit = min(params.limit, MAX_LIMIT)
    as_html = wants_html(request, params.f)

    def render() -> Response:
        try:
            page = layer.page(filters, offset, limit)
        except FilterError as exc:
            raise ApiError(400, str(exc)) from None
        links = _page_links(request, as_html, page.matched, offset, limit, len(page.features))
        if as_html:
            return HTMLResponse(_items_page(request, atlas, layer, page, links))
        head = json.dumps(
            {
                "type": "FeatureCollection",
                "numberMatched": page.matched,
                "numberReturned": len(page.features),
                "timeStamp": datetime_now(),
                "links": links,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        features = ",".join(feature.json for feature in page.features)
        return Response(f'{head[:-1]},"features":[{features}]}}'.encode(), media_type=GEOJSON)

    return conditional(request, atlas, render)


def datetime_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _page_links(
    request: Request, as_html: bool, matched: int, offset: int, limit: int, returned: int
) -> list[dict]:
    kind = HTML if as_html else GEOJSON
    links = self_links(request, as_html, GEOJSON, "this page")
    if offset + returned < matched:
        links.append(
            link(url_with(request, offset=offset + limit, limit=limit), "next", kind, "next page")
        )
    if offset > 0:
        links.append(
            link(
                url_with(request, offset=max(0, offset - limit), limit=limit),
                "prev",
                kind,
                "previous page",
            )
        )
    cid = request.path_params["collectionId"]
    links.append(
        link(absolute(request, f"/collections/{cid}"), "collection", JSON, "the collection")
    )
    return links


def _items_page(
    request: Request, atlas: AtlasView, layer: CollectionView, page: Page, links: list[dict]
) -> str:
    cid = layer.info.id

    def href(fid: str) -> str:
        return absolute(request, f"/collections/{cid}/items/{_quote(fid)}?f=html")

    shapes = [
        (f.geometry, href(f.id), str(f.properties.get("name") or f.id))
        for f in page.features[:MAX_MAPPED]
    ]
    nav = " · ".join(html.a(x["href"], x["title"]) for x in links if x["rel"] in ("prev", "next"))
    params = {k: v for k, v in request.query_params.items() if k != "f"}
    content = (
        html.filter_form(absolute(request, f"/collections/{cid}/items"), params, layer.is_places)
        + f"<p>{page.matched} matched, {len(page.features)} shown. {nav}</p>"
        + html.svg_map(atlas.outlines(), shapes)
        + html.items_table(page.features, layer.is_places, href)
        + f"<p>{nav}</p>"
    )
    crumbs = [
        (absolute(request, "/"), "Home"),
        (absolute(request, "/collections?f=html"), "Collections"),
        (absolute(request, f"/collections/{cid}?f=html"), layer.info.title),
    ]
    return html.page(f"{layer.info.title}: items", content, crumbs, url_with(request, f="json"))


def _quote(fid: str) -> str:
    return quote(fid, safe="")


@router.get(
    "/collections/{collectionId}/items/{featureId}",
    response_model=FeatureModel,
    response_class=Response,
    summary="One feature",
    responses={
        **ERRORS,
        **NOT_FOUND,
        200: {
            "content": {
                GEOJSON: {"schema": {"$ref": "#/components/schemas/Feature"}},
                HTML: {"schema": {"type": "string"}},
            },
            "description": "The feature (GeoJSON Feature)",
        },
    },
)
async def item(
    request: Request,
    collectionId: CollectionId,
    featureId: Annotated[str, Path(description="The feature's id")],
    f: FormatParam = None,
) -> Response:
    as_html = wants_html(request, f)
    return await on_atlas(
        request, lambda atlas: _item(request, atlas, collectionId, featureId, as_html)
    )


def _item(
    request: Request, atlas: AtlasView, collection_id: str, feature_id: str, as_html: bool
) -> Response:
    layer = _layer(atlas, collection_id)
    feature = layer.find(feature_id)
    if feature is None:
        raise ApiError(404, f"no feature {feature_id!r} in collection {collection_id!r}")

    def render() -> Response:
        links = [
            *self_links(request, as_html, GEOJSON, "this feature"),
            link(
                absolute(request, f"/collections/{collection_id}"),
                "collection",
                JSON,
                layer.info.title,
            ),
        ]
        if not as_html:
            body = f'{feature.json[:-1]},"links":{json.dumps(links, ensure_ascii=False)}}}'
            return Response(body.encode(), media_type=GEOJSON)
        title = str(feature.properties.get("name") or feature_id)
        content = html.svg_map(
            atlas.outlines(), [(feature.geometry, url_with(request), title)]
        ) + html.properties_table(feature.properties)
        crumbs = [
            (absolute(request, "/"), "Home"),
            (absolute(request, "/collections?f=html"), "Collections"),
            (absolute(request, f"/collections/{collection_id}/items?f=html"), layer.info.title),
        ]
        return HTMLResponse(html.page(title, content, crumbs, url_with(request, f="json")))

    return conditional(request, atlas, render)
