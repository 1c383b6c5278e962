"""Front-end assets: Leaflet and its plugins from the npm registry, never from a CDN.

Folium and its plugins link Leaflet, jQuery, Bootstrap and plugins from foreign CDNs; on
a government intranet such a map is blank. Here every (name, URL) an element of a map
declares in ``default_js`` / ``default_css`` is looked up in ``CDN`` and replaced by the
same file installed with ``npm ci`` (``package.json`` / ``package-lock.json`` at the
repository root, into ``node_modules/``), or dropped when no Cluster Atlas map needs it
(jQuery, Bootstrap, Font Awesome, awesome-markers). A URL missing from the table is an
error, so a folium upgrade can never slip a CDN link back in.

A *served* map links the files under a URL prefix (``asset_url``, e.g. ``/static/``) and
the web server serves ``asset_files()`` there. A *standalone* map inlines them: scripts
and style sheets in the page, and the images a style sheet uses as data URIs, so one file
works anywhere (map tiles aside).
"""

from __future__ import annotations

import base64
import functools
import html
import mimetypes
import os
import re
from pathlib import Path

from branca.element import Element, Figure

from geo import settings
from maps.errors import MapError

STATIC_DIR = Path(__file__).resolve().parent / "static"
"""Cluster Atlas's own script and style sheet."""

OWN_PREFIX = "cluster-atlas/"
"""URL path prefix of the files in ``STATIC_DIR``."""

_JSDELIVR = "https://cdn.jsdelivr.net"
_CDNJS = "https://cdnjs.cloudflare.com/ajax/libs"

CDN: dict[str, str | None] = {
    # folium.Map
    f"{_JSDELIVR}/npm/leaflet@1.9.3/dist/leaflet.js": "leaflet/dist/leaflet.js",
    f"{_JSDELIVR}/npm/leaflet@1.9.3/dist/leaflet.css": "leaflet/dist/leaflet.css",
    "https://code.jquery.com/jquery-3.7.1.min.js": None,
    f"{_JSDELIVR}/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js": None,
    f"{_JSDELIVR}/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css": None,
    "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css": None,
    f"{_JSDELIVR}/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css": None,
    f"{_CDNJS}/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.js": None,
    f"{_CDNJS}/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.css": None,
    f"{_JSDELIVR}/gh/python-visualization/folium/folium/templates/leaflet.awesome.rotate.min.css": (
        None
    ),
    # folium.plugins.Fullscreen
    f"{_JSDELIVR}/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js": (
        "leaflet.fullscreen/Control.FullScreen.js"
    ),
    f"{_JSDELIVR}/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.css": (
        "leaflet.fullscreen/Control.FullScreen.css"
    ),
    # folium.plugins.MiniMap
    f"{_CDNJS}/leaflet-minimap/3.6.1/Control.MiniMap.js": (
        "leaflet-minimap/dist/Control.MiniMap.min.js"
    ),
    f"{_CDNJS}/leaflet-minimap/3.6.1/Control.MiniMap.css": (
        "leaflet-minimap/dist/Control.MiniMap.min.css"
    ),
    # folium.plugins.MeasureControl
    f"{_JSDELIVR}/gh/ljagis/leaflet-measure@2.1.7/dist/leaflet-measure.min.js": (
        "leaflet-measure/dist/leaflet-measure.min.js"
    ),
    f"{_JSDELIVR}/gh/ljagis/leaflet-measure@2.1.7/dist/leaflet-measure.min.css": (
        "leaflet-measure/dist/leaflet-measure.css"
    ),
}
"""Every CDN URL the folium elements of a Cluster Atlas map declare → the npm file that
replaces it (``None``: not needed by these maps, dropped)."""

OWN_ASSETS = (
    "leaflet.markercluster/dist/leaflet.markercluster.js",
    "leaflet.markercluster/dist/MarkerCluster.css",
    "leaflet-groupedlayercontrol/dist/leaflet.groupedlayercontrol.min.js",
    "leaflet-groupedlayercontrol/dist/leaflet.groupedlayercontrol.min.css",
    f"{OWN_PREFIX}atlas.js",
    f"{OWN_PREFIX}atlas.css",
)
"""Files the atlas layer itself uses, by URL path (``maps.layers.AtlasLayer``)."""

_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


def local_path(url: str) -> str | None:
    """The URL path (under the asset prefix) that replaces ``url``: the npm file of a
    known CDN URL, ``url`` itself for a local asset, ``None`` for a dropped one.

    ``MapError`` for an unknown URL: add it to ``CDN`` rather than let it through.
    """
    if url in CDN:
        return CDN[url]
    if url in OWN_ASSETS:
        return url
    raise MapError(f"front-end asset {url!r} has no local copy; map it in maps/assets.py CDN")


def file_of(url_path: str) -> Path:
    """The file on disk behind an asset URL path; ``MapError`` if it is not installed."""
    if url_path.startswith(OWN_PREFIX):
        path = STATIC_DIR / url_path.removeprefix(OWN_PREFIX)
    else:
        path = settings.NODE_MODULES / url_path
    if not path.is_file():
        raise MapError(f"front-end asset {path} is missing: run `npm ci` in {settings.REPO_DIR}")
    return path


def _used_paths() -> list[str]:
    """URL paths of every script and style sheet a map may link, in a stable order."""
    paths = [p for p in CDN.values() if p] + list(OWN_ASSETS)
    return list(dict.fromkeys(paths))


def _css_references(url_path: str) -> list[str]:
    """URL paths of the files (images) a style sheet refers to, relative to itself."""
    folder = url_path.rsplit("/", 1)[0]
    found = []
    for _, ref in _CSS_URL.findall(file_of(url_path).read_text(encoding="utf-8")):
        if not ref.startswith(("#", "data:")):
            found.append(os.path.normpath(f"{folder}/{ref}"))
    return found


def asset_files() -> dict[str, Path]:
    """Every file a served map requests, by URL path under the asset prefix: mount each
    at ``asset_url + path`` (for example ``/static/leaflet/dist/leaflet.js``)."""
    files = {}
    for url_path in _used_paths():
        files[url_path] = file_of(url_path)
        if url_path.endswith(".css"):
            files.update({ref: file_of(ref) for ref in _css_references(url_path)})
    return files


@functools.cache
def _inline_script(url_path: str) -> str:
    code = file_of(url_path).read_text(encoding="utf-8").replace("</script", "<\\/script")
    return f"<script>/* {url_path} */\n{code}\n</script>"


@functools.cache
def _inline_style(url_path: str) -> str:
    """A style sheet with each ``url(file)`` it uses turned into a data URI."""
    folder = url_path.rsplit("/", 1)[0]

    def data_uri(match: re.Match) -> str:
        ref = match.group(2)
        if ref.startswith(("#", "data:")):
            return match.group(0)
        path = file_of(os.path.normpath(f"{folder}/{ref}"))
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return f"url(data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()})"

    css = _CSS_URL.sub(data_uri, file_of(url_path).read_text(encoding="utf-8"))
    css = css.replace("</style", "<\\/style")
    return f"<style>/* {url_path} */\n{css}\n</style>"


class Raw(Element):
    """Markup put into the page as it is, never compiled as a Jinja template: inlined
    code and document text may hold ``{{`` or ``{%``."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self._markup = markup

    def render(self, **kwargs) -> str:
        return self._markup


def _elements(element: Element):
    yield element
    for child in element._children.values():
        yield from _elements(child)


def _take_links(figure: Figure) -> tuple[list[str], list[str]]:
    """The local URL paths of every script and style sheet the figure's elements
    declare, in declaration order; the elements' own CDN links are removed."""
    scripts: dict[str, None] = {}
    sheets: dict[str, None] = {}
    for element in _elements(figure):
        for attribute, found in (("default_js", scripts), ("default_css", sheets)):
            links = getattr(element, attribute, None)
            if not links:
                continue
            for _, url in links:
                path = local_path(url)
                if path:
                    found[path] = None
            setattr(element, attribute, [])
    return list(scripts), list(sheets)


def localise(figure: Figure, *, standalone: bool, asset_url: str | None) -> None:
    """Replace every CDN link of ``figure`` by local assets: inlined when ``standalone``,
    else linked under ``asset_url`` (a prefix such as ``/static/``)."""
    scripts, sheets = _take_links(figure)
    if standalone:
        markup = [_inline_style(p) for p in sheets] + [_inline_script(p) for p in scripts]
    else:
        if not asset_url:
            raise MapError("a served map needs asset_url, the prefix its assets are served at")
        prefix = html.escape(asset_url if asset_url.endswith("/") else asset_url + "/")
        for path in sheets + scripts:
            file_of(path)  # fail now, not in the browser
        markup = [f'<link rel="stylesheet" href="{prefix}{p}"/>' for p in sheets]
        markup += [f'<script src="{prefix}{p}"></script>' for p in scripts]
    figure.header.add_child(Raw("\n".join(markup)), name="cluster_atlas_assets")
