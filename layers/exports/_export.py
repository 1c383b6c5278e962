"""``clustermap export``: one atlas layer as a file that GIS staff and investment
promoters open without help.

``export(store, layer, fmt, out, crs=…, sector=…, district=…, kind=…)`` writes a place
layer (``parks`` …), ``districts``, or ``places`` (every place layer together) in any of
``FORMATS`` (GeoJSON, GeoPackage, CSV, XLSX, KML, Shapefile), in one of ``CRS_CHOICES``.
``layers/exports/_formats.py`` holds each format's writer and the decisions behind it.

Filters: ``sector`` (what ``Taxonomy.resolve`` reads: an id such as ``software-info``, a
name or synonym such as 软件信息 or 软信, an English name) keeps the places tagged with it,
its sub-sectors, or an umbrella that includes it (``Taxonomy.covers``); ``district``
(what ``geo.admin.area`` reads: 渝中区, 渝中, 杭州市, 330108) the places in that area;
``kind`` (``park`` …) the places of that kind. An unknown sector or district raises
``UnknownName`` with the closest names, as everywhere else. An empty result is still a
valid file; a warning is logged on the ``layers.exports`` logger.

Nothing is ever half-written: every file of an export (a shapefile's parts and
sidecars too) is written into a temporary folder beside the target and moved into place
with ``os.replace``, a shapefile's ``.shp`` last; on failure the folder is removed and
whatever was at the target before is untouched.
"""

from __future__ import annotations

import difflib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pandas as pd

from extract.model import kind as carrier_kind
from extract.taxonomy import Taxonomy
from geo import admin
from layers.atlas import PLACE_LAYERS, read_places
from layers.exports._formats import (
    ALL_PLACES,
    CRS_LABELS,
    FORMATS,
    Job,
    geometry_families,
)
from layers.stores import LayerReader

CRS_CHOICES = tuple(CRS_LABELS)
"""``EPSG:4326``, ``EPSG:4490``, ``EPSG:4544``, ``EPSG:32648`` and ``GCJ-02``."""
DISTRICTS = "districts"
LAYERS = (*PLACE_LAYERS, DISTRICTS, ALL_PLACES)
"""What ``export`` accepts as ``layer``."""

log = logging.getLogger("layers.exports")
"""The package's logger (the CLI shows it on stderr), whichever module logs."""


class ExportError(ValueError):
    """The export cannot be made as asked (unknown layer, format, CRS or filter); the
    message says what would work. Nothing was written."""


def export(
    store: LayerReader,
    layer: str,
    fmt: str,
    out: Path,
    *,
    crs: str = "EPSG:4326",
    sector: str | None = None,
    district: str | None = None,
    kind: str | None = None,
) -> Path:
    """Write ``layer`` of the atlas in ``store`` as ``fmt`` to ``out``; return the file
    written (for a shapefile the ``.shp``; a layer of points and polygons is split into
    ``NAME_points.shp`` and ``NAME_polygons.shp`` and the points one is returned).

    ``out`` without a suffix gets the format's own. Raises ``ExportError`` (or
    ``UnknownName`` for a sector or district) before writing anything when an argument
    is wrong.
    """
    if not store.exists():
        raise ExportError("there is no atlas yet; run `clustermap build` first")
    fmt = _format(fmt)
    out = _target(Path(out), fmt)
    crs = _crs(crs, fmt)
    frame = _load(store, layer)
    area = admin.area(district) if district else None
    filters = _filters(layer, sector, area, kind)
    chosen = _select(frame, filters, area).reset_index(drop=True)
    if chosen.empty:
        asked = ", ".join(f"{k}={v}" for k, v in filters.items())
        log.warning("%s: no feature of %s matches %s; the file is empty", out, layer, asked)
    job = Job(
        layer=layer, frame=chosen, crs=crs, families=geometry_families(frame),
        tables=_tables(store, chosen), meta=store.meta(), filters=filters,
    )  # fmt: skip
    chosen_format = FORMATS[fmt]
    written = _publish(out, lambda staged: chosen_format.write(job, staged))
    if chosen_format.parts is not None:  # an earlier export's parts this one did not write
        for path in set(chosen_format.parts(out)) - set(written):
            path.unlink(missing_ok=True)
    log.info("wrote %s", ", ".join(p.name for p in written))
    # A layer split into several files (NAME_points.shp, NAME_polygons.shp): the first.
    return out if out in written else next(p for p in written if _same_suffix(p, out))


# --- arguments ------------------------------------------------------------------------


def _format(fmt: str) -> str:
    """The format key of ``fmt`` (case-insensitive)."""
    key = fmt.strip().lower().lstrip(".")
    if key not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return key


def _target(out: Path, fmt: str) -> Path:
    """``out`` with the format's suffix added if it has none; a different one is refused."""
    suffixes = FORMATS[fmt].suffixes
    if not out.suffix:
        return out.with_suffix(suffixes[0])
    if out.suffix.lower() not in suffixes:
        title = FORMATS[fmt].title
        raise ExportError(f"{out}: a {title} file must end with {' or '.join(suffixes)}")
    return out


def _crs(crs: str, fmt: str) -> str:
    """The ``CRS_CHOICES`` entry ``crs`` names (``epsg:4544``, ``4544``, ``gcj02`` …), one
    the format can carry."""
    key = crs.strip().upper().replace("GCJ02", "GCJ-02")
    key = f"EPSG:{key}" if key.isdigit() else key
    if key not in CRS_CHOICES:
        raise ExportError(f"unknown CRS {crs!r}; choose one of {', '.join(CRS_CHOICES)}")
    why = FORMATS[fmt].wgs84_only
    if why and key != "EPSG:4326":
        others = ", ".join(name for name, f in FORMATS.items() if not f.wgs84_only)
        title = FORMATS[fmt].title
        raise ExportError(f"{title} is WGS-84 (EPSG:4326) {why}; use {others} for {key}")
    return key


def _load(store: LayerReader, layer: str) -> gpd.GeoDataFrame:
    """The layer ``layer`` of the atlas, every place layer together for ``places``."""
    if layer not in LAYERS:
        close = difflib.get_close_matches(layer, LAYERS, n=3)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise ExportError(f"unknown layer {layer!r}{hint} (layers: {', '.join(LAYERS)})")
    if layer != ALL_PLACES:
        return store.layer(layer)
    return read_places(store)


# --- filters --------------------------------------------------------------------------


def _filters(
    layer: str, sector: str | None, area: admin.Area | None, kind: str | None
) -> dict[str, str]:
    """The filters asked for, as the export's provenance names them: a sector id, the
    area's full name, a kind."""
    if layer == DISTRICTS and (sector or kind):
        raise ExportError(
            "the districts layer has per-sector counts (n_<sector> columns), not places; "
            "filter a place layer (or 'places') by --sector or --kind instead"
        )
    filters = {}
    if sector:
        filters["sector"] = Taxonomy.load().resolve(sector).id
    if area is not None:
        filters["district"] = area.name
    if kind:
        filters["kind"] = carrier_kind(kind).id
    return filters


def _select(
    frame: gpd.GeoDataFrame, filters: dict[str, str], area: admin.Area | None = None
) -> gpd.GeoDataFrame:
    """The rows of ``frame`` every filter accepts: places of ``area`` (in a unit inside it,
    or named as it), district boundaries by their name in the layer."""
    keep = pd.Series(True, index=frame.index)
    if "sector" in filters:
        covered = Taxonomy.load().covers(filters["sector"])
        keep &= frame["sector_ids"].map(lambda ids: bool(covered.intersection(ids.split("|"))))
    if area is not None and "unit_code" in frame:
        keep &= area.matches(frame["district"], frame["unit_code"])
    elif area is not None:
        keep &= frame["name"] == area.layer_name
    if "kind" in filters:
        keep &= frame["kind"] == filters["kind"]
    return frame[keep]


# --- provenance -----------------------------------------------------------------------


def _tables(store: LayerReader, chosen: gpd.GeoDataFrame) -> dict[str, pd.DataFrame]:
    """The tables an export carries: the sector taxonomy, the documents behind the rows
    (all for districts, whose counts come from every document; file names only, never the
    build machine's paths), and for places their sector links."""
    documents = store.layer("documents")
    documents = documents.assign(source=documents["source"].map(lambda p: Path(p).name))
    tables = {"sectors": store.layer("sectors")}
    if "id" in chosen:  # places
        mentions = store.layer("mentions")
        cited = set(mentions.loc[mentions["place_id"].isin(chosen["id"]), "doc_id"])
        documents = documents[documents["id"].isin(cited)]
        links = store.layer("place_sectors")
        tables["place_sectors"] = links[links["place_id"].isin(chosen["id"])]
    tables["documents"] = documents
    return {name: frame.reset_index(drop=True) for name, frame in tables.items()}


# --- writing --------------------------------------------------------------------------


def _publish(out: Path, write: Callable[[Path], list[Path]]) -> list[Path]:
    """Run ``write`` on a path in a temporary folder beside ``out``, then move every file
    it wrote into ``out``'s folder (the main file, with ``out``'s suffix, last: a reader
    never pairs a new ``.shp`` with old parts). Returns the final paths."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".export-", dir=out.parent))
    try:
        staged = sorted(write(staging / out.name), key=lambda p: _same_suffix(p, out))
        for path in staged:
            os.replace(path, out.parent / path.name)
        return [out.parent / p.name for p in staged]
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _same_suffix(path: Path, out: Path) -> bool:
    """Whether ``path`` is a main file of an export to ``out`` (its suffix, any case)."""
    return path.suffix.lower() == out.suffix.lower()
