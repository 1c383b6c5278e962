"""What the maps read from an atlas, and the shift of a map's data into GCJ-02.

The atlas (``layers.store``) holds WGS-84 layers; ``load`` gathers the place layers into
one frame, the district boundaries with their counts, and each place's policy clauses
with the title and date of their document.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.crs import wgs84_to_gcj02
from layers.atlas import read_places
from maps.basemaps import GCJ02


@dataclass
class AtlasData:
    """The parts of an atlas a map draws, in WGS-84."""

    places: gpd.GeoDataFrame
    """Every located place of every place layer, one row each, with the atlas columns."""
    unlocated: pd.DataFrame
    """The places nothing locates (no geometry): listed on the maps, never drawn."""
    districts: gpd.GeoDataFrame
    """District boundaries with ``carriers`` and ``n_<top-level sector>`` counts."""
    clauses: pd.DataFrame
    """``place_id, quote, section, title, date``: the clauses naming each place, in the
    order of the documents' mentions."""
    built: str
    """When the atlas was built (ISO date), or ``""``."""


class MemoryStore:
    """An atlas held in memory, read like ``layers.store.GeoPackageStore``: for atlases
    made on the fly (synthetic ones in benchmarks, one a server keeps loaded)."""

    def __init__(self, layers: dict[str, pd.DataFrame], meta: dict[str, str] | None = None):
        self.layers = layers
        self._meta = meta or {}

    def layer(self, name: str) -> gpd.GeoDataFrame | pd.DataFrame:
        """A layer or table by name; ``KeyError`` if absent."""
        return self.layers[name]

    def meta(self) -> dict[str, str]:
        return dict(self._meta)


def _clauses(store, places: pd.DataFrame) -> pd.DataFrame:
    """The mentions joined to their documents; where the atlas has no mention table,
    each place's first clause from its own columns."""
    columns = ["place_id", "quote", "section", "title", "date"]
    try:
        mentions = store.layer("mentions")
        documents = store.layer("documents")
    except KeyError:
        own = places[["id", "quote", "source_document", "first_date"]]
        own = own.rename(
            columns={"id": "place_id", "source_document": "title", "first_date": "date"}
        )
        return own.assign(section="")[columns]
    docs = documents[["id", "title", "date"]].rename(columns={"id": "doc_id"})
    joined = mentions.merge(docs, on="doc_id", how="left").fillna({"title": "", "date": ""})
    joined = joined.drop_duplicates(["place_id", "quote"])
    return joined.assign(section=joined["section"].fillna(""))[columns].reset_index(drop=True)


def load(store) -> AtlasData:
    """The map data of an atlas store (anything with ``layer(name)`` and ``meta()``)."""
    every = read_places(store)
    located = every.geometry.notna().to_numpy()
    places = every[located].reset_index(drop=True)
    unlocated = pd.DataFrame(every[~located].drop(columns="geometry")).reset_index(drop=True)
    districts = store.layer("districts")
    built = str(store.meta().get("built", ""))[:10]
    return AtlasData(places, unlocated, districts, _clauses(store, places), built)


def shift_geometries(geometries: gpd.GeoSeries) -> gpd.GeoSeries:
    """WGS-84 geometries in GCJ-02, every vertex converted in one vectorised call."""
    values = geometries.to_numpy()
    xy = shapely.get_coordinates(values)
    if not len(xy):
        return geometries.copy()
    lon, lat = wgs84_to_gcj02(xy[:, 0], xy[:, 1])
    shifted = shapely.set_coordinates(values.copy(), np.column_stack([lon, lat]))
    return gpd.GeoSeries(shifted, index=geometries.index, crs=geometries.crs)


def in_crs(frame: gpd.GeoDataFrame, crs: str) -> gpd.GeoDataFrame:
    """``frame`` as drawn on a basemap in ``crs``: unchanged for WGS-84; for GCJ-02 with
    its geometry shifted, so overlays line up with Amap."""
    if crs != GCJ02 or frame.empty:
        return frame
    out = frame.copy()
    out.geometry = shift_geometries(frame.geometry)
    return out


def lonlat_in_crs(lon: np.ndarray, lat: np.ndarray, crs: str) -> tuple[np.ndarray, np.ndarray]:
    """WGS-84 coordinates as drawn on a basemap in ``crs`` (shifted for GCJ-02)."""
    if crs != GCJ02 or not len(lon):
        return lon, lat
    x, y = wgs84_to_gcj02(lon, lat)
    return np.asarray(x), np.asarray(y)
