"""``clustermap export``: one atlas layer as a file that GIS staff and investment
promoters open without help.

``export(store, layer, fmt, out, crs=…, sector=…, district=…, kind=…)`` writes a place
layer (``parks`` …), ``districts``, or ``places`` (every place layer together) as GeoJSON,
GeoPackage, CSV, XLSX, KML or Shapefile (``FORMATS``), in one of ``CRS_CHOICES``.
``layers/formats.py`` holds each format's writer and the decisions behind it.

Filters: ``sector`` (an id such as ``software-info`` or a name or synonym such as 软件信息
or 软信) keeps the places tagged with it, its sub-sectors, or an umbrella that includes
it (``Taxonomy.covers``); ``district`` (渝中区 or 渝中) and ``kind`` (``park`` …) keep the
places with that district or kind. An empty result is still a valid file; a warning is
logged on this module's logger.

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

from extract.taxonomy import Taxonomy
from geo import admin
from layers.atlas import LAYER_OF_KIND, PLACE_LAYERS, read_places
from layers.formats import (
    ALL_PLACES,
    CRS_LABELS,
    FORMATS,
    SHAPEFILE_PARTS,
    Job,
    geometry_families,
)
from layers.stores import LayerReader

__all__ = ["ALL_PLACES", "CRS_CHOICES", "FORMATS", "LAYERS", "ExportError", "export"]

CRS_CHOICES = tuple(CRS_LABELS)
"""``EPSG:4326``, ``EPSG:4490``, ``EPSG:4544``, ``EPSG:32648`` and ``GCJ-02``."""
DISTRICTS = "districts"
LAYERS = (*PLACE_LAYERS, DISTRICTS, ALL_PLACES)
"""What ``export`` accepts as ``layer``."""

log = logging.getLogger(__name__)


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

    ``out`` without a suffix gets the format's own. Raises ``ExportError`` before writing
    anything when an argument is wrong.
    """
    if not store.exists():
        raise ExportError("there is no atlas yet; run `clustermap build` first")
    fmt = _format(fmt)
    out = _target(Path(out), fmt)
    crs = _crs(crs, fmt)
    frame = _load(store, layer)
    area = resolve_district(district) if district else None
    filters = _filters(layer, sector, area, kind)
    chosen = _select(frame, filters, area).reset_index(drop=True)
    if chosen.empty:
        asked = ", ".join(f"{k}={v}" for k, v in filters.items())
        log.warning("%s: no feature of %s matches %s; the file is empty", out, layer, asked)
    job = Job(
        layer=layer, frame=chosen, crs=crs, families=geometry_families(frame),
        tables=_tables(store, chosen), meta=store.meta(), filters=filters,
    )  # fmt: skip
    written = _publish(out, lambda staged: FORMATS[fmt].write(job, staged))
    if fmt == "shp":
        _remove_stale_shapefiles(out, written)
    log.info("wrote %s", ", ".join(p.name for p in written))
    return next(p for p in written if p.suffix == ".shp") if fmt == "shp" else out


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
    if FORMATS[fmt].wgs84_only and key != "EPSG:4326":
        why = "by RFC 7946" if fmt == "geojson" else "for Google Earth"
        title = FORMATS[fmt].title
        raise ExportError(f"{title} is WGS-84 (EPSG:4326) {why}; use gpkg, shp or csv for {key}")
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
        filters["sector"] = resolve_sector(sector)
    if area is not None:
        filters["district"] = area.name
    if kind:
        if kind not in LAYER_OF_KIND:
            raise ExportError(f"unknown kind {kind!r}; choose one of {', '.join(LAYER_OF_KIND)}")
        filters["kind"] = kind
    return filters


def resolve_sector(text: str) -> str:
    """The sector id ``text`` names: an id, a Chinese name or a synonym (软信)."""
    taxonomy = Taxonomy.load()
    if text in taxonomy.sectors:
        return text
    sector = taxonomy.match(text)
    if sector:
        return sector.id
    names = {p: s.id for s in taxonomy.sectors.values() for p in (s.id, s.name_zh, *s.synonyms)}
    close = difflib.get_close_matches(text, names, n=5, cutoff=0.5)
    hint = "; did you mean " + ", ".join(f"{c} ({names[c]})" for c in close) + "?" if close else ""
    raise ExportError(f"unknown sector {text!r}{hint} (the sectors are in data/sectors.csv)")


def resolve_district(text: str) -> admin.Area:
    """The area ``text`` names (``geo.admin.area``: any unit of China or a Chongqing
    functional area, by name or code); ExportError with suggestions otherwise."""
    try:
        return admin.area(text)
    except admin.UnitError as exc:
        raise ExportError(f"unknown district: {exc}") from None


def _select(
    frame: gpd.GeoDataFrame, filters: dict[str, str], area: admin.Area | None = None
) -> gpd.GeoDataFrame:
    """The rows of ``frame`` every filter accepts: places of ``area`` (named as it or in
    a unit inside it), district boundaries by name."""
    keep = pd.Series(True, index=frame.index)
    if "sector" in filters:
        covered = Taxonomy.load().covers(filters["sector"])
        keep &= frame["sector_ids"].map(lambda ids: bool(covered.intersection(ids.split("|"))))
    if area is not None and "unit_code" in frame:
        keep &= area.matches(frame["district"], frame["unit_code"])
    elif area is not None:
        keep &= frame["name"] == area.name
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
    it wrote into ``out``'s folder (a ``.shp`` last, so a reader never pairs a new
    ``.shp`` with old parts). Returns the final paths."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".export-", dir=out.parent))
    try:
        staged = sorted(write(staging / out.name), key=lambda p: p.suffix == ".shp")
        for path in staged:
            os.replace(path, out.parent / path.name)
        return [out.parent / p.name for p in staged]
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _remove_stale_shapefiles(out: Path, written: list[Path]) -> None:
    """Remove an earlier export's shapefile parts at ``out`` that this one did not write
    (``NAME.shp`` after a split export, or ``NAME_polygons.shp`` after an unsplit one)."""
    for stem in (out.stem, f"{out.stem}_points", f"{out.stem}_polygons"):
        for suffix in SHAPEFILE_PARTS:
            path = out.with_name(stem + suffix)
            if path not in written:
                path.unlink(missing_ok=True)
