"""Interactive maps of the atlas: ``render(kind, store, out, ...)``.

The kinds of map (``KINDS``, from the registry ``maps.views.VIEWS``: ``overview``,
``sector S``, ``district D``, ``place ID``, ``coverage S``), on a basemap of
``maps.basemaps.NAMES`` or any XYZ URL, in Chinese (default) or English. A standalone
page inlines every script, style sheet and icon, so one file works offline (map tiles
aside); a served page links them under ``asset_url``, where the web server serves
``maps.assets.asset_files()``. No page loads anything from a CDN.
"""

from __future__ import annotations

from pathlib import Path

from extract.taxonomy import Taxonomy
from maps import basemaps, page
from maps.assets import asset_files
from maps.data import load
from maps.errors import MapError
from maps.i18n import check_lang
from maps.views import VIEWS

__all__ = ["KINDS", "MapError", "asset_files", "render", "render_html"]

KINDS = tuple(VIEWS)
"""The kinds of map ``render`` makes: the CLI's ``map`` choices, the API's ``/maps/{kind}``."""


def render_html(
    kind: str,
    store,
    *,
    target: str | None = None,
    basemap: str = "osm",
    lang: str = "zh",
    standalone: bool = True,
    asset_url: str | None = None,
    radius_km: float = 3.0,
) -> str:
    """The HTML page of a map of the atlas in ``store`` (a ``layers.store`` store).

    ``target`` is the sector (id or name) of a ``sector`` or ``coverage`` map, the
    district of a ``district`` map, the place (id or unique name) of a ``place`` map,
    whose neighbours within ``radius_km`` it shows. ``MapError`` for an unknown kind,
    target, basemap or language.
    """
    if kind not in VIEWS:
        raise MapError(f"unknown map {kind!r}; expected one of {', '.join(KINDS)}")
    check_lang(lang)
    chosen = basemaps.resolve(basemap, lang)
    if not standalone and not asset_url:
        raise MapError("a served map (standalone=False) needs asset_url, e.g. /static/")
    data = load(store)
    taxonomy = Taxonomy.load()
    view = VIEWS[kind](data, taxonomy, lang, target=target, radius_km=radius_km)
    m = page.build(view, chosen, lang, built=data.built, taxonomy=taxonomy, clauses=data.clauses)
    return page.page(m, standalone=standalone, asset_url=asset_url)


def render(
    kind: str,
    store,
    out: Path,
    *,
    target: str | None = None,
    basemap: str = "osm",
    lang: str = "zh",
    standalone: bool = True,
    asset_url: str | None = None,
    radius_km: float = 3.0,
) -> Path:
    """Write the map ``render_html`` makes to ``out`` (atomically) and return ``out``."""
    markup = render_html(
        kind, store, target=target, basemap=basemap, lang=lang,
        standalone=standalone, asset_url=asset_url, radius_km=radius_km,
    )  # fmt: skip
    return page.write(markup, Path(out))
