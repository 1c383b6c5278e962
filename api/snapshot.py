"""The atlas as served from memory: one immutable snapshot of every layer and table of one
version of the store, with the indexes queries need, swapped whole when the store's
version changes. Any store can be served so (``SnapshotSource``).

A request takes one snapshot (``SnapshotSource.current()``) when it starts and reads only
from it, so it sees the old atlas or the new one, never a mix. A snapshot is never
changed after it is built (its only mutable parts are caches of derived values).
"""

from __future__ import annotations

import gc
import logging
import math
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from api.source import (
    COLLECTIONS,
    DISTRICTS,
    NOT_PLACES,
    CollectionInfo,
    Feature,
    FilterError,
    Outline,
    Page,
    district_outlines,
    feature_json,
)
from extract.taxonomy import Taxonomy
from geo import admin
from geo.names import normalize
from layers.atlas import CRS
from layers.stores import AtlasReader, HeldVersion, Query, StoredVersion, StoreUnavailable

log = logging.getLogger(__name__)


def text_key(text: str) -> str:
    """The form names and searches are compared in (width, separators, a leading 重庆,
    case)."""
    return normalize(text).casefold()


class Layer:
    """One collection of a snapshot: the rows, a spatial index and the filter indexes."""

    def __init__(self, info: CollectionInfo, frame: gpd.GeoDataFrame) -> None:
        self.info = info
        self.frame = frame
        self.is_places = info.id != DISTRICTS
        id_column = "id" if self.is_places else "name"
        self.ids: list[str] = frame[id_column].astype(str).tolist() if len(frame) else []
        self.index = {fid: i for i, fid in enumerate(self.ids)}
        self.geometries = frame.geometry.to_numpy()
        self.tree = shapely.STRtree(self.geometries)
        self.is_point = shapely.get_type_id(self.geometries) == 0
        self.envelopes = shapely.bounds(self.geometries).reshape(len(frame), 4)
        self.columns = [c for c in frame.columns if c != frame.geometry.name]
        self.values = {c: json_values(frame[c]) for c in self.columns}
        self.bounds = tuple(float(v) for v in frame.total_bounds) if len(frame) else None
        self._json: list[str | None] = [None] * len(frame)
        self._sector_masks: dict[str, np.ndarray] = {}
        empty = [None] * len(frame)
        self.text = [
            "\x1f".join(text_key(s) for s in [n or "", *(a or "").split("|")] if s)
            for n, a in zip(
                self.values.get("name", empty), self.values.get("aliases", empty), strict=True
            )
        ]
        self.by_district = _groups(self.values.get("district" if self.is_places else "name", []))
        self.by_kind = _groups(self.values.get("kind", []))
        rows: dict[str, list[int]] = {}
        for i, ids in enumerate(self.values.get("sector_ids", [])):
            for sid in filter(None, (ids or "").split("|")):
                rows.setdefault(sid, []).append(i)
        self.by_sector = {s: np.array(r, dtype=np.int64) for s, r in rows.items()}
        self.first = np.array([d or "" for d in self.values.get("first_date", empty)], dtype="U10")
        self.latest = np.array(
            [d or "" for d in self.values.get("latest_date", empty)], dtype="U10"
        )

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def date_range(self) -> tuple[str, str] | None:
        """The first and latest date a plan names one of the places, if any."""
        if not self.is_places or not len(self):
            return None
        first = [d for d in self.first.tolist() if d]
        latest = [d for d in self.latest.tolist() if d]
        return (min(first), max(latest)) if first and latest else None

    def select(self, query: Query) -> np.ndarray:
        """Row numbers of the features every filter of ``query`` accepts, in row order."""
        if not self.is_places and (query.sector or query.kind):
            raise FilterError(NOT_PLACES)
        rows = np.arange(len(self)) if query.bbox is None else self._in_bbox(*query.bbox)
        if query.sector is not None:
            rows = rows[self._sector_mask(query.sector)[rows]]
        if query.district is not None:
            rows = rows[self._area_mask(query.district)[rows]]
        if query.kind is not None:
            rows = rows[self._mask(self.by_kind.get(query.kind))[rows]]
        if query.dates is not None:
            rows = rows[self._date_mask(rows, *query.dates)]
        if query.text:
            key = text_key(query.text)
            rows = np.array([i for i in rows if key in self.text[i]], dtype=np.int64)
        return np.sort(rows) if query.bbox is not None else rows

    def _area_mask(self, area: admin.Area) -> np.ndarray:
        """Which rows lie in ``area``: places named so or in a unit inside it (by the
        code prefix of ``unit_code``), districts named so."""
        if not self.is_places:
            return self._mask(self.by_district.get(area.layer_name))
        empty = [""] * len(self)
        return area.matches(self.values.get("district", empty), self.values.get("unit_code", empty))

    def _in_bbox(self, minx: float, miny: float, maxx: float, maxy: float) -> np.ndarray:
        """Rows whose geometry intersects the box, in no order. The tree's envelope test
        is exact for points and for shapes whose envelope lies inside the box; only the
        other shapes are tested exactly (about 30× faster than testing every candidate)."""
        box = shapely.box(minx, miny, maxx, maxy)
        rows = self.tree.query(box)
        shapes = rows[~self.is_point[rows]]
        if len(shapes):
            b = self.envelopes[shapes]
            inside = (b[:, 0] >= minx) & (b[:, 1] >= miny) & (b[:, 2] <= maxx) & (b[:, 3] <= maxy)
            check = shapes[~inside]
            missed = check[~shapely.intersects(self.geometries[check], box)]
            return np.setdiff1d(rows, missed, assume_unique=True)
        return rows

    def _mask(self, rows: np.ndarray | None) -> np.ndarray:
        mask = np.zeros(len(self), dtype=bool)
        if rows is not None:
            mask[rows] = True
        return mask

    def _sector_mask(self, sector: str) -> np.ndarray:
        mask = self._sector_masks.get(sector)
        if mask is None:
            mask = np.zeros(len(self), dtype=bool)
            for sid in Taxonomy.load().covers(sector):
                if sid in self.by_sector:
                    mask[self.by_sector[sid]] = True
            self._sector_masks[sector] = mask
        return mask

    def _date_mask(self, rows: np.ndarray, start: str, end: str) -> np.ndarray:
        """Places whose dates (first to latest mention) meet ``start``–``end``."""
        if not self.is_places:
            return np.zeros(len(rows), dtype=bool)
        first, latest = self.first[rows], self.latest[rows]
        keep = (first != "") & (latest != "")
        if end:
            keep &= first <= end
        if start:
            keep &= latest >= start
        return keep

    def properties(self, i: int) -> dict:
        """The attributes of row ``i``, as JSON values."""
        return {c: self.values[c][i] for c in self.columns}

    def feature_json(self, i: int) -> str:
        """Row ``i`` as a GeoJSON Feature; rendered once per snapshot."""
        cached = self._json[i]
        if cached is None:
            cached = feature_json(self.ids[i], self.geometries[i], self.properties(i))
            self._json[i] = cached
        return cached

    def feature(self, i: int) -> Feature:
        """Row ``i`` as an answer shows it."""
        return Feature(self.ids[i], self.geometries[i], self.properties(i), self.feature_json(i))

    def page(self, query: Query, offset: int, limit: int) -> Page:
        """``limit`` features from ``offset`` of those ``query`` accepts, in row order."""
        rows = self.select(query)
        return Page(len(rows), [self.feature(int(i)) for i in rows[offset : offset + limit]])

    def find(self, feature_id: str) -> Feature | None:
        row = self.index.get(feature_id)
        return None if row is None else self.feature(row)


def json_values(column: pd.Series) -> list:
    """A column as JSON-ready Python values: NaN and missing are ``None``."""
    return [None if isinstance(v, float) and math.isnan(v) else v for v in column.tolist()]


def _groups(values: list) -> dict[str, np.ndarray]:
    groups: dict[str, list[int]] = {}
    for i, value in enumerate(values):
        if value:
            groups.setdefault(str(value), []).append(i)
    return {k: np.array(v, dtype=np.int64) for k, v in groups.items()}


@dataclass(frozen=True)
class SectorCount:
    """Places tagged with a sector: exactly, and with anything it ``covers`` (what the
    sector filter matches)."""

    direct: int
    total: int


class Snapshot:
    """Every layer and table of one atlas version, as it was when read."""

    def __init__(
        self,
        frames: dict[str, pd.DataFrame],
        *,
        version: str,
        modified: datetime,
        signature: object = None,
    ) -> None:
        self.signature = signature
        """What the keeper compares to see whether the atlas changed (the store's
        ``version()``); None when there was no atlas."""
        self.layers = {
            cid: Layer(info, _geoframe(frames.get(cid))) for cid, info in COLLECTIONS.items()
        }
        self.tables = {
            name: frame for name, frame in frames.items() if not isinstance(frame, gpd.GeoDataFrame)
        }
        meta = self.tables.get("atlas_meta")
        self.meta: dict[str, str] = (
            dict(zip(meta["key"], meta["value"], strict=True)) if meta is not None else {}
        )
        self.modified = modified.replace(microsecond=0)
        self.version = version
        """Changes whenever the atlas is rebuilt: the seed of every ETag."""
        self.sector_counts = _sector_counts(self)
        self._outlines: tuple[Outline, ...] | None = None

    def outlines(self) -> tuple[Outline, ...]:
        if self._outlines is None:
            layer = self.layers[DISTRICTS]
            self._outlines = district_outlines(
                layer.ids, layer.geometries, layer.values.get("level", [""] * len(layer))
            )
        return self._outlines

    @property
    def exists(self) -> bool:
        return self.signature is not None

    def place(self, place_id: str) -> tuple[Layer, int] | None:
        """The layer and row of the place with id ``place_id``, or None."""
        for layer in self.layers.values():
            if layer.is_places and place_id in layer.index:
                return layer, layer.index[place_id]
        return None


def _geoframe(frame: pd.DataFrame | None) -> gpd.GeoDataFrame:
    if isinstance(frame, gpd.GeoDataFrame):
        return frame.reset_index(drop=True)
    return gpd.GeoDataFrame({"id": [], "name": []}, geometry=[], crs=CRS)


def _sector_counts(snapshot: Snapshot) -> dict[str, SectorCount]:
    """Per sector id of the taxonomy: the places tagged with it, and with anything it
    covers (its sub-sectors; for an umbrella, its members)."""
    taxonomy = Taxonomy.load()
    places = [layer for layer in snapshot.layers.values() if layer.is_places]
    counts = {}
    for sid in taxonomy.sectors:
        direct = sum(len(layer.by_sector.get(sid, ())) for layer in places)
        total = 0
        for layer in places:
            found = [layer.by_sector[c] for c in taxonomy.covers(sid) if c in layer.by_sector]
            total += len(np.unique(np.concatenate(found))) if found else 0
        counts[sid] = SectorCount(direct, total)
    return counts


def snapshot_of(held: StoredVersion) -> Snapshot:
    """Every layer and table of the version ``held``, as a snapshot (empty with no atlas:
    every collection empty, until a build writes one)."""
    if held.version is None:
        return empty_snapshot()
    frames = {name: held.layer(name) for name in held.names()}
    modified = held.modified or datetime.fromtimestamp(0, UTC)
    return Snapshot(frames, version=held.version, modified=modified, signature=held.version)


def empty_snapshot() -> Snapshot:
    """No atlas yet: every collection empty, until a build writes one."""
    return Snapshot({}, version="0", modified=datetime.fromtimestamp(0, UTC))


class SnapshotKeeper:
    """Keeps the current atlas version whole in memory (``current()``).

    ``current()`` is what a request calls, once: it checks the store at most every
    ``check_every_s`` seconds and, when another version is there, loads it in a
    background thread, serving the old one until the new one is ready. Subclasses say
    how to see which version is there (``signature``) and how to load it (``load``).
    """

    def __init__(self, check_every_s: float, what: str) -> None:
        self.check_every_s = check_every_s
        self.what = what
        """The store, as log messages name it."""
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()
        self._loading = False
        self._snapshot: Snapshot | None = None
        self._checked = 0.0

    def signature(self) -> object:
        """What identifies the version in the store now (None: no atlas)."""
        raise NotImplementedError

    def load(self) -> Snapshot:
        """The version in the store now, whole; its ``signature`` says which it is."""
        raise NotImplementedError

    def current(self) -> Snapshot:
        snapshot = self._snapshot
        if snapshot is None:
            return self.reload()
        now = time.monotonic()
        if now - self._checked >= self.check_every_s:
            self._checked = now
            self._refresh_in_background()
        return snapshot

    def reload(self) -> Snapshot:
        """Load the store's version now if it is not the one held; return the current
        snapshot."""
        with self._lock:
            self._checked = time.monotonic()
            held = self._snapshot
            if held is None or self.signature() != held.signature:
                held = self._snapshot = self.load()
                freeze_loaded()
                log.info("serving %s (version %s)", self.what, held.version)
            return held

    def _refresh_in_background(self) -> None:
        """Check for another version, and load it, in a background thread: no request
        waits on the check (a database that stopped answering held each for the pool's
        timeout) and the version held stays served if the store cannot be reached."""
        with self._refreshing:  # not _lock: a load holds that for seconds
            if self._loading:
                return
            self._loading = True

        def run() -> None:
            try:
                held = self._snapshot
                if held is None or self.signature() != held.signature:
                    self.reload()
            except StoreUnavailable as exc:
                log.warning("%s; serving the atlas held in memory", exc)
            except Exception:  # the old atlas stays served; the next check tries again
                log.exception("reloading %s failed", self.what)
            finally:
                self._loading = False

        threading.Thread(target=run, name="atlas-reload", daemon=True).start()


class SnapshotSource(SnapshotKeeper):
    """The atlas of any store, served from a snapshot held in memory and replaced when the
    store's version changes (``AtlasSource``)."""

    blocking = False  # a version check a second; loads run in a background thread

    def __init__(self, store: AtlasReader, check_every_s: float = 1.0) -> None:
        super().__init__(check_every_s, str(store.path))
        self.store = store
        if not self.reload().exists:
            log.warning("%s holds no atlas yet: serving an empty one until it is built", store.path)

    def signature(self) -> str | None:
        return self.store.version()

    def load(self) -> Snapshot:
        with self.store.reading() as held:
            return snapshot_of(held)

    @contextmanager
    def reading(self) -> Iterator[Snapshot]:
        """The current snapshot, for one request."""
        yield self.current()


def freeze_loaded() -> None:
    """Exempt what is loaded now (the snapshot) from the cyclic garbage collector: it lives
    until the next rebuild, and walking its millions of objects in every full collection
    stalls requests for hundreds of milliseconds at 100,000 places. Earlier frozen objects
    are thawed and collected first, so a replaced snapshot is still freed."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class SnapshotStore(HeldVersion):
    """A snapshot read as a ``layers.stores.StoredVersion``, so the exporter, the maps
    and the coverage analysis read the same atlas the request does, even while a rebuild
    swaps the store's version. Frames are handed out as copies: callers may change them."""

    def __init__(self, snapshot: Snapshot) -> None:
        frames = {name: layer.frame for name, layer in snapshot.layers.items()}
        super().__init__(frames | snapshot.tables, snapshot.version, snapshot.modified)
        self.snapshot = snapshot

    def exists(self) -> bool:
        return self.snapshot.exists

    def layer(self, name: str) -> gpd.GeoDataFrame | pd.DataFrame:
        return super().layer(name).copy()

    def meta(self) -> dict[str, str]:
        return dict(self.snapshot.meta)
