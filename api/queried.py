"""The atlas served from a store whose versions answer feature queries themselves
(``layers.stores.QueryingReader``; PostGIS answers them in SQL with its GiST and B-tree
indexes): several workers and machines share one store, and a request reads only the
rows it answers with.

``reading()`` holds one version for a request (with PostGIS, one read-only transaction
on a pooled connection): its name is the ETag's seed, and every query of the request
reads it. What
a version's collections hold in all (counts, extents, dates, district outlines) is read
once per version and kept. Answers that need the whole atlas (``current()``) read it into
an ``api.snapshot.Snapshot``, once per version, in the background after the first.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import shapely

from api.snapshot import Snapshot, SnapshotKeeper, snapshot_of
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
from layers.stores import LayerSummary, Query, QueryingReader, QueryingVersion, Rows

EPOCH = datetime.fromtimestamp(0, UTC)


class VersionFacts:
    """What the collections of one version hold in all, read once."""

    def __init__(self, atlas: QueryingVersion) -> None:
        self.summaries: dict[str, LayerSummary] = {
            cid: atlas.summary(cid) if cid in atlas.names() else LayerSummary(0, None, None)
            for cid in COLLECTIONS
        }
        self.meta = atlas.meta()
        districts = atlas.layer(DISTRICTS) if DISTRICTS in atlas.names() else None
        self.outlines: tuple[Outline, ...] = ()
        if districts is not None and len(districts):
            self.outlines = district_outlines(
                districts["name"].tolist(),
                list(districts.geometry),
                districts["level"].tolist() if "level" in districts else [""] * len(districts),
            )


class QueriedCollection:
    """One collection of the version a request holds."""

    def __init__(self, info: CollectionInfo, atlas: QueryingVersion, summary: LayerSummary) -> None:
        self.info = info
        self.is_places = info.id != DISTRICTS
        self.bounds = summary.bounds
        self.date_range = summary.dates if self.is_places else None
        self._count = summary.count
        self._atlas = atlas

    def __len__(self) -> int:
        return self._count

    def page(self, query: Query, offset: int, limit: int) -> Page:
        """The filters run in the store (PostGIS: in SQL, with bound parameters)."""
        if not self.is_places and (query.sector or query.kind):
            raise FilterError(NOT_PLACES)
        if not self._count:
            return Page(0, [])
        try:
            found, matched = self._atlas.rows(self.info.id, query, limit=limit, offset=offset)
        except ValueError as exc:
            raise FilterError(str(exc)) from None
        return Page(matched, self._features(found))

    def find(self, feature_id: str) -> Feature | None:
        if not self._count:
            return None
        found, _ = self._atlas.rows(self.info.id, ids=[feature_id], limit=1)
        features = self._features(found)
        return features[0] if features else None

    def _features(self, found: Rows) -> list[Feature]:
        """Rows as answers show them (no DataFrame: a page is a few rows), values
        JSON-ready as a snapshot's are."""
        id_at = found.columns.index("id" if self.is_places else "name")
        geometries = shapely.from_wkb([row[-1] for row in found.rows])
        features = []
        for row, geometry in zip(found.rows, geometries, strict=True):
            props = {c: _json_ready(v) for c, v in zip(found.columns, row, strict=False)}
            fid = str(row[id_at])
            features.append(Feature(fid, geometry, props, feature_json(fid, geometry, props)))
        return features


def _json_ready(value: object) -> object:
    """NaN (a missing number) as None, as ``api.snapshot.json_values`` makes it."""
    return None if isinstance(value, float) and math.isnan(value) else value


class QueriedView:
    """The version one request reads: ``AtlasView`` over the store's queries."""

    def __init__(self, atlas: QueryingVersion, facts: VersionFacts | None) -> None:
        self.version = atlas.version or "0"
        self.modified = (atlas.modified or EPOCH).replace(microsecond=0)
        self.exists = atlas.version is not None
        self.meta = facts.meta if facts else {}
        self._outlines = facts.outlines if facts else ()
        self.layers = {
            cid: QueriedCollection(
                info, atlas, facts.summaries[cid] if facts else LayerSummary(0, None, None)
            )
            for cid, info in COLLECTIONS.items()
        }

    def outlines(self) -> tuple[Outline, ...]:
        return self._outlines


class QueriedSource(SnapshotKeeper):
    """A store whose versions answer queries, as the service reads it (``AtlasSource``).
    The whole atlas (``current()``) is loaded on first use, not at start."""

    blocking = True

    def __init__(self, store: QueryingReader, check_every_s: float = 1.0) -> None:
        super().__init__(check_every_s, str(store.path))
        self.store = store
        self._facts: dict[str, VersionFacts] = {}

    @contextmanager
    def reading(self) -> Iterator[QueriedView]:
        with self.store.querying() as atlas:
            yield QueriedView(atlas, self._facts_of(atlas))

    def signature(self) -> str | None:
        with self.store.querying() as atlas:
            return atlas.version

    def load(self) -> Snapshot:
        with self.store.querying() as atlas:
            return snapshot_of(atlas)

    def _facts_of(self, atlas: QueryingVersion) -> VersionFacts | None:
        if atlas.version is None:
            return None
        facts = self._facts.get(atlas.version)
        if facts is None:
            facts = VersionFacts(atlas)
            if len(self._facts) > 4:
                self._facts.clear()  # versions replaced long ago
            self._facts[atlas.version] = facts
        return facts
