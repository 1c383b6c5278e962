"""The atlas served from PostGIS (``layers.postgis``): feature requests are answered by
SQL on the current version, with its GiST and B-tree indexes; several workers and
machines share one database.

``reading()`` holds one version for a request (one read-only transaction on a pooled
connection): its name is the ETag's seed, and every query of the request reads it. What
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

from api.snapshot import (
    COLLECTIONS,
    DISTRICTS,
    NOT_PLACES,
    CollectionInfo,
    FilterError,
    Query,
    Snapshot,
    SnapshotKeeper,
    empty_snapshot,
)
from api.source import Feature, Outline, Page, district_outlines, feature_json
from extract.taxonomy import Taxonomy
from layers.pg_read import Rows
from layers.postgis import AtlasVersion, LayerSummary, PostGISStore

EPOCH = datetime.fromtimestamp(0, UTC)


class VersionFacts:
    """What the collections of one version hold in all, read once."""

    def __init__(self, atlas: AtlasVersion) -> None:
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
                districts.geometry.to_numpy(),
                districts["level"].tolist() if "level" in districts else [""] * len(districts),
            )


class PostGISCollection:
    """One collection of the version a request holds."""

    def __init__(self, info: CollectionInfo, atlas: AtlasVersion, summary: LayerSummary) -> None:
        self.info = info
        self.is_places = info.id != DISTRICTS
        self.bounds = summary.bounds
        self.date_range = summary.dates if self.is_places else None
        self._count = summary.count
        self._atlas = atlas

    def __len__(self) -> int:
        return self._count

    def page(self, query: Query, offset: int, limit: int) -> Page:
        """The filters run in SQL, with bound parameters (``AtlasVersion.features``)."""
        if not self.is_places and (query.sector or query.kind):
            raise FilterError(NOT_PLACES)
        if not self._count:
            return Page(0, [])
        sector_ids = None
        if query.sector is not None:
            sector_ids = sorted(Taxonomy.load().covers(query.sector))
        try:
            found, matched = self._atlas.rows(
                self.info.id, bbox=query.bbox, sector_ids=sector_ids, district=query.district,
                kind=query.kind, q=query.text, dates=query.dates, limit=limit, offset=offset,
            )  # fmt: skip
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


class PostGISView:
    """The version one request reads: ``AtlasView`` over SQL."""

    def __init__(self, atlas: AtlasVersion, facts: VersionFacts | None) -> None:
        self.version = atlas.version or "0"
        self.modified = (atlas.swapped or EPOCH).replace(microsecond=0)
        self.exists = atlas.version is not None
        self.meta = facts.meta if facts else {}
        self._outlines = facts.outlines if facts else ()
        self.layers = {
            cid: PostGISCollection(
                info, atlas, facts.summaries[cid] if facts else LayerSummary(0, None, None)
            )
            for cid, info in COLLECTIONS.items()
        }

    def outlines(self) -> tuple[Outline, ...]:
        return self._outlines


class PostGISSource(SnapshotKeeper):
    """The atlas in a PostGIS database, as the service reads it (``AtlasSource``). The
    whole atlas (``current()``) is loaded on first use, not at start."""

    blocking = True

    def __init__(self, store: PostGISStore, check_every_s: float = 1.0) -> None:
        super().__init__(check_every_s, store.path)
        self.store = store
        self._facts: dict[str, VersionFacts] = {}

    @contextmanager
    def reading(self) -> Iterator[PostGISView]:
        with self.store.reading() as atlas:
            yield PostGISView(atlas, self._facts_of(atlas))

    def signature(self) -> str | None:
        with self.store.reading() as atlas:
            return atlas.version

    def load(self) -> Snapshot:
        with self.store.reading() as atlas:
            if atlas.version is None:
                return empty_snapshot()
            frames = {name: atlas.layer(name) for name in atlas.names()}
            return Snapshot(
                frames, version=atlas.version, modified=atlas.swapped or EPOCH,
                signature=atlas.version,
            )  # fmt: skip

    def _facts_of(self, atlas: AtlasVersion) -> VersionFacts | None:
        if atlas.version is None:
            return None
        facts = self._facts.get(atlas.version)
        if facts is None:
            facts = VersionFacts(atlas)
            if len(self._facts) > 4:
                self._facts.clear()  # versions replaced long ago
            self._facts[atlas.version] = facts
        return facts
