"""The data a map sends to the browser, and the folium element that draws it.

Places travel as one GeoJSON FeatureCollection of points (an extent is drawn in the
browser as a circle of the place's radius, which is what the atlas stores for it) with
short property keys and shared tables for repeated strings, so 10,000 places make a
few megabytes of JSON; above ``GZIP_ABOVE`` bytes the JSON is gzipped and
base64-encoded, and the browser inflates it with ``DecompressionStream``. The page
script (``maps/static/atlas.js``) clusters the markers with Leaflet.markercluster and
builds every popup and tooltip from the feature properties with DOM text nodes, so no
text from a document is ever parsed as HTML.

Feature properties: ``i`` id, ``n`` name, ``a`` aliases, ``k`` kind (index into the
kinds), ``d`` district (index into ``strings``), ``p``/``q`` parent name and id, ``s``
sectors (indices into ``sectors``), ``g`` colour groups (indices into the groups),
``r`` radius in metres, ``x`` 1 when the radius is the place's extent, ``e`` precision
(index into the precisions), ``v``/``o`` provider and location source (indices into
``strings``), ``w`` 1 when the location awaits review, ``c`` clauses as ``[quote,
document, section]`` (indices into ``documents`` and ``strings``), ``m`` distance in
metres from the place a place map is about.
"""

from __future__ import annotations

import base64
import gzip
import json
from collections import defaultdict
from typing import Generic, TypeVar

import numpy as np
import pandas as pd
from folium.elements import JSCSSMixin
from folium.template import Template

from extract.taxonomy import Taxonomy
from geo.model import PRECISIONS
from layers.atlas import EXTENT_KINDS, EXTENT_PRECISIONS
from maps.assets import OWN_ASSETS, Raw

GZIP_ABOVE = 1_000_000
"""Bytes of JSON above which a map's data is sent gzipped."""


V = TypeVar("V", str, tuple[str, str])
"""What a table holds: strings, or (title, date) pairs of documents."""


class Table(Generic[V]):
    """A table of repeated values (strings, documents), each sent once and referred to
    by index."""

    def __init__(self) -> None:
        self.table: list[V] = []
        self._index: dict[V, int] = {}

    def __call__(self, value: V) -> int:
        if value not in self._index:
            self._index[value] = len(self.table)
            self.table.append(value)
        return self._index[value]


def _column(frame: pd.DataFrame, name: str) -> list[str]:
    """A text column as a list, missing values empty."""
    return frame[name].fillna("").astype(str).tolist()


def _clauses_by_place(
    clauses: pd.DataFrame, strings: Table[str], documents: Table[tuple[str, str]]
) -> dict:
    """Each place's clauses as ``[quote, document, section]``."""
    by_place: dict[str, list] = defaultdict(list)
    columns = [_column(clauses, c) for c in ("place_id", "quote", "section", "title", "date")]
    for place_id, quote, section, title, date in zip(*columns, strict=True):
        if quote:
            by_place[place_id].append([quote, documents((title, date)), strings(section)])
    return by_place


def _is_extent(kind: str, precision: str, radius: float) -> bool:
    """Whether the place's radius is its extent (drawn as its area), as the atlas
    decides for its polygons (``layers.atlas.with_geometry``)."""
    return kind in EXTENT_KINDS and precision in EXTENT_PRECISIONS and radius > 0


def place_collection(
    places: pd.DataFrame,
    lon: np.ndarray,
    lat: np.ndarray,
    groups: list[list[int]],
    *,
    clauses: pd.DataFrame,
    taxonomy: Taxonomy,
    kind_index: dict[str, int],
) -> dict:
    """The places as a GeoJSON FeatureCollection and the tables its properties index.

    ``lon``/``lat`` are the coordinates to draw (already in the map's CRS), ``groups``
    each place's colour groups; a ``distance_m`` column is sent as ``m``.
    """
    strings: Table[str] = Table()
    documents: Table[tuple[str, str]] = Table()
    sector_table = {sid: i for i, sid in enumerate(taxonomy.sectors)}
    precision_index = {p: i for i, p in enumerate(PRECISIONS)}
    by_place = _clauses_by_place(clauses, strings, documents)
    text = {c: _column(places, c) for c in (
        "id", "name", "aliases", "kind", "district", "parent", "parent_id", "sector_ids",
        "precision", "provider", "location_source",
    )}  # fmt: skip
    radius = np.nan_to_num(places["radius_m"].to_numpy(float)).round().astype(int).tolist()
    review = places["review"].fillna(False).astype(bool).tolist()
    distance = places["distance_m"].round().astype(int).tolist() if "distance_m" in places else None
    xy = np.column_stack([np.round(lon, 6), np.round(lat, 6)]).tolist()
    features = []
    for j, place_id in enumerate(text["id"]):
        kind, precision, sector_ids = text["kind"][j], text["precision"][j], text["sector_ids"][j]
        props = {
            "i": place_id,
            "n": text["name"][j],
            "k": kind_index[kind],
            "d": strings(text["district"][j]),
            "s": [sector_table[s] for s in sector_ids.split("|") if s in sector_table],
            "g": groups[j],
            "e": precision_index.get(precision, len(PRECISIONS) - 1),
            "v": strings(text["provider"][j]),
            "o": strings(text["location_source"][j]),
            "c": by_place.get(place_id, []),
        }
        if text["aliases"][j]:
            props["a"] = text["aliases"][j].split("|")
        if text["parent"][j]:
            props["p"], props["q"] = text["parent"][j], text["parent_id"][j]
        if radius[j]:
            props["r"] = radius[j]
        if _is_extent(kind, precision, radius[j]):
            props["x"] = 1
        if review[j]:
            props["w"] = 1
        if distance:
            props["m"] = distance[j]
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": xy[j]},
            "properties": props,
        })  # fmt: skip
    return {
        "type": "FeatureCollection",
        "features": features,
        "strings": strings.table,
        "documents": [list(d) for d in documents.table],
        "sectors": [[s.id, s.name_zh, s.name_en] for s in taxonomy.sectors.values()],
    }


def collection(frame, properties: dict[str, str]) -> dict:
    """A GeoJSON FeatureCollection of ``frame`` (in the map's CRS, coordinates to six
    decimals) with its columns renamed by ``properties`` (column → key)."""
    frame = frame.set_geometry(frame.geometry.set_precision(1e-6))
    out = json.loads(
        frame[[*properties, "geometry"]].rename(columns=properties).to_json(drop_id=True)
    )
    out.pop("crs", None)
    return out


def script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, no ``<!--``, no
    line separators that end a JavaScript string."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(char, escaped)
    return text


def encode(data: dict) -> dict:
    """The map's data as sent: ``{"json": data}``, or ``{"gzip": base64}`` when large."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    if len(raw) <= GZIP_ABOVE:
        return {"json": data}
    return {"gzip": base64.b64encode(gzip.compress(raw, compresslevel=5, mtime=0)).decode()}


class AtlasLayer(JSCSSMixin):
    """Everything Cluster Atlas draws on a folium map: places, districts, service areas,
    filters by kind and sector, search, legend and title (``maps/static/atlas.js``).

    Its script goes into the page as it is: folium would compile a macro's output as a
    Jinja template, and the data hold document text, which may contain ``{{``.
    """

    _template = Template("")

    def __init__(self, config: dict) -> None:
        super().__init__()
        self.default_js = [(p, p) for p in OWN_ASSETS if p.endswith(".js")]
        self.default_css = [(p, p) for p in OWN_ASSETS if p.endswith(".css")]
        self._name = "AtlasLayer"
        self.config = script_json(config)

    def render(self, **kwargs) -> None:  # type: ignore[override]  # branca's returns str
        super().render(**kwargs)
        parent = self._parent
        assert parent is not None, "the layer is rendered inside its map"
        call = f"window.clusterAtlas = ClusterAtlas.draw({parent.get_name()}, {self.config});"
        root = self.get_root()
        root.script.add_child(Raw(call), name=self.get_name())  # type: ignore[attr-defined]
