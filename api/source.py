"""Where the service reads the atlas from, behind one interface, whatever the backend
(``layers.stores``): a snapshot held in memory (``api.snapshot``), or, for a store whose
versions answer queries themselves, that store queried per request (``api.queried``).

A request that reads features opens ``AtlasSource.reading()`` once and reads only from
the ``AtlasView`` it yields: one whole atlas version, old or new, never a mix. Answers
that need the whole atlas at once (sectors, search, maps, exports, coverage, writes) read
``AtlasSource.current()``, an in-memory ``Snapshot``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple, Protocol

import numpy as np
import shapely

from extract.model import KINDS
from layers.atlas import PLACE_LAYERS
from layers.stores import AtlasStore, Query, QueryingReader

if TYPE_CHECKING:
    from api.snapshot import Snapshot

DISTRICTS = "districts"


@dataclass(frozen=True)
class CollectionInfo:
    """What a client is told about a collection before reading it."""

    id: str
    title: str
    description: str


COLLECTIONS: dict[str, CollectionInfo] = {
    info.id: info
    for info in (
        *(CollectionInfo(k.layer, k.title, k.description) for k in KINDS.values()),
        CollectionInfo(
            DISTRICTS,
            "区县 Districts",
            "District and county boundaries of Chongqing with the number of carriers "
            "in each, in all (carriers) and per top-level sector (n_<sector>).",
        ),
    )
}
"""The collections served, in order: the place layers, then the district boundaries."""
assert tuple(COLLECTIONS)[: len(PLACE_LAYERS)] == PLACE_LAYERS


class FilterError(ValueError):
    """A filter the collection cannot apply (the message says why)."""


NOT_PLACES = (
    "the districts collection holds boundaries with per-sector counts (n_<sector>), not "
    "places: filter a place collection by sector or kind"
)


@dataclass(frozen=True)
class Feature:
    """One feature as the items and item answers show it."""

    id: str
    geometry: shapely.Geometry | None
    properties: dict
    json: str
    """The GeoJSON Feature, coordinates to 6 decimals (about 0.1 m)."""


class Page(NamedTuple):
    """One page of a filtered collection."""

    matched: int
    """Features every filter accepts (``numberMatched``)."""
    features: list[Feature]


Outline = tuple[str, shapely.Geometry]
"""A district's name and simplified boundary, drawn under the features of HTML pages."""


class CollectionView(Protocol):
    """One collection of an atlas version."""

    @property
    def info(self) -> CollectionInfo: ...
    @property
    def is_places(self) -> bool: ...
    @property
    def bounds(self) -> tuple[float, ...] | None:
        """(minx, miny, maxx, maxy) in WGS-84; None when empty."""
        ...

    @property
    def date_range(self) -> tuple[str, str] | None: ...

    def __len__(self) -> int: ...

    def page(self, query: Query, offset: int, limit: int) -> Page:
        """``limit`` features from ``offset`` of those ``query`` accepts, in layer order;
        ``FilterError`` for a filter the collection cannot apply."""
        ...

    def find(self, feature_id: str) -> Feature | None: ...


class AtlasView(Protocol):
    """One atlas version, as a request reads it."""

    @property
    def version(self) -> str:
        """Changes with every build: the seed of every ETag."""
        ...

    @property
    def modified(self) -> datetime: ...
    @property
    def exists(self) -> bool: ...
    @property
    def meta(self) -> dict[str, str]: ...
    @property
    def layers(self) -> Mapping[str, CollectionView]: ...

    def outlines(self) -> Sequence[Outline]: ...


class AtlasSource(Protocol):
    """The atlas a service serves."""

    blocking: bool
    """Whether ``reading()`` and ``current()`` may wait on I/O (a database): the service
    then calls them off its event loop."""

    def reading(self) -> AbstractContextManager[AtlasView]:
        """The current version, held for the ``with`` block."""
        ...

    def current(self) -> Snapshot:
        """The current version whole, in memory."""
        ...

    def reload(self) -> Snapshot:
        """After a build: the new version whole, loaded now."""
        ...


def open_source(store: AtlasStore, check_every_s: float) -> AtlasSource:
    """How the service reads ``store``: per request when its versions answer queries
    themselves (a database its workers share), else from a snapshot held in memory."""
    if isinstance(store, QueryingReader):
        from api.queried import QueriedSource

        return QueriedSource(store, check_every_s)
    from api.snapshot import SnapshotSource

    return SnapshotSource(store, check_every_s)


def feature_json(feature_id: str, geometry: shapely.Geometry | None, properties: dict) -> str:
    """A GeoJSON Feature, coordinates rounded to 6 decimals."""
    shape = "null" if geometry is None else shapely.to_geojson(_rounded(geometry))
    fid = json.dumps(feature_id, ensure_ascii=False)
    props = json.dumps(properties, ensure_ascii=False)
    return f'{{"type":"Feature","id":{fid},"geometry":{shape},"properties":{props}}}'


def _rounded(geom: shapely.Geometry) -> shapely.Geometry:
    return shapely.transform(geom, lambda xy: np.round(xy, 6))


def district_outlines(
    names: Sequence[str], geometries: Sequence[shapely.Geometry | None], levels: Sequence[str]
) -> tuple[Outline, ...]:
    """District boundaries simplified to about 500 m, functional areas left out (they
    overlap the districts)."""
    return tuple(
        (name, shapely.simplify(geom, 0.005))
        for name, geom, level in zip(names, geometries, levels, strict=True)
        if geom is not None and level != "functional"
    )
