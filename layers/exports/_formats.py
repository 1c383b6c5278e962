"""The export formats: one writer per format, each writing one ``Job`` into a staging
folder (``layers/exports/_export.py`` validates, filters and moves the files into place).

Decisions, format by format:

* GeoJSON: RFC 7946 through GDAL (``RFC7946=YES``): WGS-84 lon/lat, counter-clockwise
  exterior rings, 7 decimals, no ``crs`` member; the place id is the feature ``id``;
  provenance is one foreign member, ``metadata``.
* GeoPackage: the layer in the chosen CRS, the ``sectors``, ``documents`` (and for places
  ``place_sectors``) tables, and an ``export_meta`` key/value table like the atlas's own
  ``atlas_meta``.
* CSV: UTF-8 with a BOM and CRLF, so Excel shows the Chinese; one row per place; ``lon``
  and ``lat`` always WGS-84, ``x`` and ``y`` in the chosen CRS and a ``crs`` column naming
  it; ``wkt`` (last) is the geometry in the chosen CRS, left empty where it would pass
  Excel's cell limit. Provenance per row (``source_document``, ``quote``) and for the
  file in a sidecar ``FILE.csv.txt`` (CSV has no place for comments Excel accepts).
* XLSX: a sheet per place layer (one for the exported layer), bilingual headers, frozen
  header row and name column, filters, fitted widths; ``sectors`` and ``sources`` sheets.
* KML (LIBKML): WGS-84, a folder per place layer, placemark name and an HTML description
  (sectors, location, quote, source), the document description carries provenance.
* Shapefile: UTF-8 with a ``.cpg``, fields renamed to 10 characters by ``shapefile_fields``
  (docs/SHAPEFILE_FIELDS.md) and listed in ``FILE.fields.csv``, text cut to the DBF's 254
  bytes with a trailing …; a layer holding points and polygons is split into
  ``FILE_points.shp`` and ``FILE_polygons.shp``; provenance in ``FILE.shp.txt``.
* GCJ-02 has no EPSG code. Files with a CRS declare it honestly as a custom geographic
  CRS named GCJ-02 (``GCJ02_WKT``, WGS 84 ellipsoid, its own datum), never as EPSG:4326,
  so no GIS mistakes the shifted coordinates for WGS-84; GIS tools know no transformation
  for it and treat it as WGS-84 when reprojecting, which is what lines it up with Amap or
  Tencent tiles.
"""

from __future__ import annotations

import functools
import html
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import numpy.typing as npt
import pandas as pd
import pyogrio
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from pyproj import CRS

from extract.model import KINDS
from geo.crs import WGS84, geometry_from_wgs84, transformer, wgs84_to_gcj02
from layers.atlas import LAYER_OF_KIND, PLACE_LAYERS
from layers.gpkg import write_layer

GCJ02 = "GCJ-02"
CRS_LABELS = {
    "EPSG:4326": "WGS 84, lon/lat in degrees",
    "EPSG:4490": "CGCS2000, lon/lat in degrees",
    "EPSG:4544": "CGCS2000 / 3-degree Gauss-Kruger CM 105E, metres",
    "EPSG:32648": "WGS 84 / UTM zone 48N, metres",
    GCJ02: "Amap/Tencent offset of WGS 84, no EPSG code; lon/lat in degrees",
}
"""The CRSs an export can be written in, with what a reader needs to know of each."""
METRIC_CRS = ("EPSG:4544", "EPSG:32648")
"""The projected ones: coordinates in metres, written to the centimetre (others: 7
decimals of a degree, about 1 cm)."""
ALL_PLACES = "places"
"""The pseudo-layer of every place layer together."""
GCJ02_WKT = (
    'GEOGCRS["GCJ-02",DATUM["GCJ-02 (obfuscated WGS 84)",ELLIPSOID["WGS 84",6378137,'
    '298.257223563,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",'
    '0.0174532925199433]],CS[ellipsoidal,2],AXIS["longitude",east,ORDER[1],ANGLEUNIT['
    '"degree",0.0174532925199433]],AXIS["latitude",north,ORDER[2],ANGLEUNIT["degree",'
    "0.0174532925199433]],REMARK[\"China's GCJ-02 offset of WGS 84 (Amap, Tencent); no EPSG"
    ' code. Not WGS 84: convert back with geo.crs.gcj02_to_wgs84."]]'
)
GCJ02_NOTE = (
    "GCJ-02 has no EPSG code: the file declares a custom geographic CRS named GCJ-02 "
    "(WGS 84 ellipsoid, datum 'GCJ-02'), not EPSG:4326. GIS tools know no transformation "
    "for it and treat it as WGS 84 when reprojecting, which lines it up with Amap and "
    "Tencent tiles but puts it 400-600 m off (in Chongqing) on any other map."
)
KIND_LABELS = {k.id: f"{k.zh} {k.en}" for k in KINDS.values()}
"""A kind as a spreadsheet shows it, both languages (``extract.model.KINDS``): 园区 Park."""
EXCEL_CELL_LIMIT = 32_767
"""Characters Excel holds in one cell; a longer CSV value breaks its rows."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV
Injection"): document text is untrusted, and an uploaded clause such as
``=HYPERLINK("http://…?leak="&A2,"x")`` would otherwise run in the reader's Excel."""
DBF_TEXT_BYTES = 254
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
FIELD_NAMES = {
    "raw_sectors": "raw_sector", "location_source": "loc_source", "location_note": "loc_note",
    "review_reasons": "rev_reason", "review_codes": "rev_codes", "latest_date": "last_date",
    "source_document": "source_doc", "approximate": "approx",
}  # fmt: skip
"""Shapefile field names of the atlas columns longer than 10 characters (others: see
``shapefile_fields``)."""


@dataclass(frozen=True)
class Job:
    """One export: the chosen rows (WGS-84), the CRS to write, and their provenance."""

    layer: str
    frame: gpd.GeoDataFrame
    crs: str
    families: tuple[str, ...]
    """``points`` and/or ``polygons``: what the whole layer holds, whatever the filters
    kept, so a layer's shapefiles keep their names."""
    tables: dict[str, pd.DataFrame]
    meta: dict[str, str]
    filters: dict[str, str]


@dataclass(frozen=True)
class Format:
    """An export format: one entry of ``FORMATS``, from which the CLI's ``--format``
    choices, the API's ``format`` enum, its media types and its bundling all come."""

    title: str
    """Its name for people: ``Shapefile``."""
    suffixes: tuple[str, ...]
    """Its file suffixes; the first is added when ``out`` has none."""
    write: Callable[[Job, Path], list[Path]]
    """The writer: (job, staging path) → the files written."""
    media_type: str
    """What the API serves a download as (a bundle: ``application/zip``)."""
    wgs84_only: str = ""
    """Why it holds WGS-84 only (``by RFC 7946``), or ``""`` when it holds any CRS."""
    parts: Callable[[Path], list[Path]] | None = None
    """For a format written as several files: every file an export to ``out`` may write,
    so those an earlier export left and this one did not are removed; and the API zips
    the files of one download together (``bundle``)."""

    @property
    def bundle(self) -> bool:
        """Whether a download is the zip of every file written, not one file."""
        return self.parts is not None


# --- shared helpers -------------------------------------------------------------------


def geometry_families(frame: gpd.GeoDataFrame) -> tuple[str, ...]:
    """``points`` and/or ``polygons`` (extents), as ``frame`` holds them."""
    found = {"points" if kind == "Point" else "polygons" for kind in frame.geom_type.dropna()}
    return tuple(sorted(found)) or ("points",)


def reproject(frame: gpd.GeoDataFrame, crs: str) -> gpd.GeoDataFrame:
    """A WGS-84 ``frame`` in ``crs``; for GCJ-02 shifted vertex by vertex and declared
    with ``GCJ02_WKT``."""
    if crs != GCJ02:
        return frame.to_crs(crs)
    moved = [geometry_from_wgs84(g, GCJ02) for g in frame.geometry]
    geometry = gpd.GeoSeries(moved, index=frame.index, crs=CRS.from_wkt(GCJ02_WKT))
    return gpd.GeoDataFrame(frame.drop(columns=frame.geometry.name), geometry=geometry)


def project_xy(lon: npt.ArrayLike, lat: npt.ArrayLike, crs: str) -> tuple[np.ndarray, np.ndarray]:
    """WGS-84 ``lon``, ``lat`` as x, y in ``crs``, to the centimetre (metres) or 7 decimals;
    a missing point (a place not located) stays missing."""
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    x, y = np.full(lon.shape, np.nan), np.full(lat.shape, np.nan)
    known = np.isfinite(lon) & np.isfinite(lat)
    if crs == GCJ02:
        x[known], y[known] = wgs84_to_gcj02(lon[known], lat[known])
    else:
        x[known], y[known] = transformer(WGS84, crs).transform(lon[known], lat[known])
    digits = decimals(crs)
    return np.round(x, digits), np.round(y, digits)


def decimals(crs: str) -> int:
    """Decimals that keep centimetres in ``crs``."""
    return 2 if crs in METRIC_CRS else 7


def with_xy(frame: gpd.GeoDataFrame, crs: str) -> pd.DataFrame:
    """The attributes of ``frame`` with ``lon``/``lat`` (WGS-84: the located point, or a
    point inside a district) followed by ``x``, ``y`` and ``crs``."""
    table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    if "lon" not in table:
        inside = frame.geometry.representative_point()
        table["lon"], table["lat"] = inside.x.round(7), inside.y.round(7)
    x, y = project_xy(table["lon"], table["lat"], crs)
    at = table.columns.get_loc("lat") + 1
    for offset, (name, values) in enumerate((("x", x), ("y", y), ("crs", crs))):
        table.insert(at + offset, name, values)
    return table


def sublayers(job: Job) -> dict[str, gpd.GeoDataFrame]:
    """The job's rows by place layer for ``places``, else the one layer."""
    if job.layer == ALL_PLACES:
        layer_of = job.frame["kind"].map(LAYER_OF_KIND)
        return {name: job.frame[layer_of == name] for name in PLACE_LAYERS}
    return {job.layer: job.frame}


def provenance(job: Job) -> dict:
    """Where the rows come from: generator, build time, layer, filters, CRS, documents."""
    documents = job.tables["documents"]
    fields = ["title", "issuer", "date", "doc_number", "jurisdiction", "source"]
    return {
        "generator": f"Cluster Atlas {job.meta.get('version', '')} (clustermap export)",
        "built": job.meta.get("built", ""), "layer": job.layer, "filters": job.filters,
        "crs": job.crs, "crs_name": CRS_LABELS[job.crs], "features": len(job.frame),
        "source_documents": documents[fields].fillna("").to_dict("records"),
    }  # fmt: skip


def summary(job: Job) -> list[tuple[str, str]]:
    """The export's provenance as label/value pairs, for people (documents apart)."""
    about = provenance(job)
    pairs = [
        ("生成 generator", about["generator"]), ("构建时间 built", about["built"]),
        ("图层 layer", job.layer),
        ("筛选 filters", _filters_text(job)),
        ("要素数 features", str(about["features"])),
        ("坐标系 CRS", f"{job.crs} ({about['crs_name']})"),
    ]  # fmt: skip
    return pairs + ([("注意 note", GCJ02_NOTE)] if job.crs == GCJ02 else [])


def _filters_text(job: Job) -> str:
    """The filters for people: ``sector=software-info (软件信息 …); district=渝中区``."""
    names = job.tables["sectors"].set_index("id")["name_zh"]
    return "; ".join(
        f"{k}={v}" + (f" ({names[v]}, its sub-sectors and umbrellas)" if k == "sector" else "")
        for k, v in job.filters.items()
    ) or "none"  # fmt: skip


def provenance_lines(job: Job) -> list[str]:
    """``summary`` and the source documents as readable lines."""
    lines = [f"{label}: {value}" for label, value in summary(job)]
    lines += ["", "来源文件 source documents (title | issuer | date | 文号 | file):"]
    return lines + [
        f"- {d['title']} | {d['issuer']} | {d['date']} | {d['doc_number'] or '-'} | {d['source']}"
        for d in provenance(job)["source_documents"]
    ]


def _sidecar(target: Path) -> Path:
    """The provenance sidecar of ``target``: ``FILE.csv.txt``, ``FILE.shp.txt``."""
    return target.with_name(target.name + ".txt")


def write_text(path: Path, lines: list[str]) -> Path:
    """A UTF-8 text sidecar (with a BOM, so Windows Notepad shows the Chinese)."""
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


# --- GeoJSON, GeoPackage, CSV ---------------------------------------------------------


def write_geojson(job: Job, target: Path) -> list[Path]:
    """RFC 7946 GeoJSON with the provenance as the foreign member ``metadata``."""
    options = {
        "RFC7946": "YES", "WRITE_NAME": "NO",
        "FOREIGN_MEMBERS_COLLECTION": json.dumps({"metadata": provenance(job)}, ensure_ascii=False),
    }  # fmt: skip
    if "id" in job.frame:
        options["ID_FIELD"] = "id"
    pyogrio.write_dataframe(
        job.frame, target, driver="GeoJSON", geometry_type="Unknown", layer_options=options
    )
    return [target]


def write_gpkg(job: Job, target: Path) -> list[Path]:
    """GeoPackage 1.2 (read by GDAL and QGIS of any recent year): the layer in the
    chosen CRS, described, its tables, and an ``export_meta`` key/value table."""
    single: dict[tuple[str, ...], str] = {("points",): "Point", ("polygons",): "MultiPolygon"}
    kind = single.get(job.families, "Unknown")
    described = f"Cluster Atlas {job.layer} in {job.crs}: {CRS_LABELS[job.crs]}"
    pyogrio.write_dataframe(
        reproject(job.frame, job.crs), target, layer=job.layer, driver="GPKG",
        geometry_type=kind, promote_to_multi=kind == "MultiPolygon",
        dataset_options={"VERSION": "1.2"},
        layer_options={"DESCRIPTION": described},
    )  # fmt: skip
    for name, table in job.tables.items():
        write_layer(target, name, table)
    about = provenance(job)
    about["filters"] = json.dumps(job.filters, ensure_ascii=False)
    about["source_documents"] = " | ".join(d["title"] for d in about["source_documents"])
    if job.crs == GCJ02:
        about["crs_note"] = GCJ02_NOTE
    rows = [{"key": k, "value": str(v)} for k, v in about.items()]
    write_layer(target, "export_meta", pd.DataFrame(rows))
    return [target]


def formula_like(value: object) -> bool:
    """Whether ``value`` is text a spreadsheet could take for a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_safe(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with every text cell (and header) that a spreadsheet could take for a
    formula prefixed with a single quote, as OWASP advises; numbers stay numbers."""
    out = table.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].map(lambda v: f"'{v}" if formula_like(v) else v)
    out.columns = [f"'{c}" if formula_like(c) else c for c in out.columns]
    return out


def xlsx_safe(sheet: Worksheet) -> None:
    """Store every text cell of ``sheet`` that Excel could take for a formula as text,
    shown as written: a string cell with ``quotePrefix``, what Excel itself records when
    one types a leading single quote (openpyxl would otherwise write ``=…`` as a
    formula)."""
    for row in sheet.iter_rows():
        for cell in row:
            if formula_like(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True


def write_csv(job: Job, target: Path) -> list[Path]:
    """Excel-ready CSV and its provenance sidecar ``FILE.csv.txt``."""
    table = with_xy(job.frame, job.crs)
    wkt = reproject(job.frame, job.crs).geometry.to_wkt(rounding_precision=decimals(job.crs))
    too_long = wkt.str.len() > EXCEL_CELL_LIMIT
    table["wkt"] = wkt.where(~too_long, "")
    csv_safe(table).to_csv(target, index=False, encoding="utf-8-sig", lineterminator="\r\n")
    notes = [
        "", "columns: lon, lat = WGS-84 (EPSG:4326) degrees; x, y = the same point in the "
        "CRS named in column crs; wkt = the geometry (point or extent) in that CRS.",
    ]  # fmt: skip
    if too_long.any():
        notes.append(
            f"{int(too_long.sum())} geometries longer than Excel's {EXCEL_CELL_LIMIT}-character"
            " cell limit are left out of wkt; take them from the gpkg or geojson export."
        )
    return [target, write_text(_sidecar(target), provenance_lines(job) + notes)]


# --- XLSX -----------------------------------------------------------------------------

PLACE_COLUMNS = {
    "name": "名称 Name", "kind": "类型 Kind", "district": "区县 District",
    "sectors_zh": "行业 Sectors", "sectors_en": "Sectors (English)",
    "lon": "", "lat": "", "x": "", "y": "",
    "precision": "定位精度 Precision", "provider": "定位来源 Provider",
    "confidence": "置信度 Confidence", "review": "需核实 Review",
    "review_reasons": "核实原因 Review reasons", "quote": "原文 Quote",
    "source_document": "来源文件 Source document", "first_date": "首次提及 First mentioned",
    "latest_date": "最近提及 Last mentioned", "id": "编号 ID",
}  # fmt: skip
"""Place columns a promoter reads, with their headers (lon … y: see ``_readable``)."""
DISTRICT_COLUMNS = {
    "name": "名称 Name", "level": "级别 Level", "approximate": "边界近似 Approximate",
    "carriers": "载体数 Carriers",
}  # fmt: skip
SECTOR_COLUMNS = {
    "id": "编号 ID", "name_zh": "名称 Name", "name_en": "Name (English)", "parent": "上级 Parent",
    "top_level": "门类 Top level", "synonyms": "同义词 Synonyms",
    "national_class": "国家分类 National class", "members": "包含 Members",
}  # fmt: skip
SOURCE_COLUMNS = {
    "title": "标题 Title", "issuer": "发文机关 Issuer", "date": "日期 Date",
    "doc_number": "文号 Doc number", "jurisdiction": "地域 Jurisdiction", "source": "文件 File",
}  # fmt: skip
MAX_WIDTH = 60


def write_xlsx(job: Job, target: Path) -> list[Path]:
    """A workbook: a sheet per layer, then ``sectors`` and ``sources``."""
    book = Workbook()
    book.remove(book.active)
    for name, frame in sublayers(job).items():
        _fill(book.create_sheet(name), _readable(frame, job), freeze="B2")
    for name, columns in (("sectors", SECTOR_COLUMNS), ("sources", SOURCE_COLUMNS)):
        table = job.tables["documents" if name == "sources" else name]
        _fill(book.create_sheet(name), table[list(columns)].rename(columns=columns))
    sources = book["sources"]
    sources.append([])
    for pair in summary(job):
        sources.append(list(pair))
    book.properties.creator = "Cluster Atlas"
    book.properties.title = f"Cluster Atlas: {job.layer}"
    book.save(target)
    return [target]


def _readable(frame: gpd.GeoDataFrame, job: Job) -> pd.DataFrame:
    """``frame`` with the columns a reader wants, bilingual headers and kind labels."""
    table = with_xy(frame, job.crs)
    xy = {"lon": "经度 Lon (WGS-84)", "lat": "纬度 Lat (WGS-84)",
          "x": f"x ({job.crs})", "y": f"y ({job.crs})"}  # fmt: skip
    if "kind" in table:
        table["kind"] = table["kind"].map(KIND_LABELS)
        names = PLACE_COLUMNS | xy
    else:
        sectors = job.tables["sectors"].set_index("id")
        counts = {
            c: f"{sectors.at[c[2:], 'name_zh']} {sectors.at[c[2:], 'name_en']}"
            for c in table if c.startswith("n_")
        }  # fmt: skip
        names = DISTRICT_COLUMNS | counts | xy
    return table[list(names)].rename(columns=names)


def _fill(sheet: Worksheet, table: pd.DataFrame, freeze: str = "A2") -> None:
    """Write ``table`` with a bold, frozen, filterable header and fitted column widths."""
    sheet.append(list(table.columns))
    for row in table.astype(object).itertuples(index=False):
        sheet.append([None if pd.isna(v) else v for v in row])
    xlsx_safe(sheet)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = sheet.dimensions
    for i, column in enumerate(table.columns, start=1):
        widest = max(map(_width, [column, *table[column].dropna().astype(str)]))
        sheet.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, widest + 2)


def _width(text: str) -> int:
    """Display width: a Chinese character is two columns wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# --- KML ------------------------------------------------------------------------------

KML_FIELDS = ("id", "kind", "district", "sectors_zh", "sectors_en", "precision", "confidence",
              "level", "carriers")  # fmt: skip
"""Attributes kept as the placemarks' extended data, where the layer has them."""


def write_kml(job: Job, target: Path) -> list[Path]:
    """KML for Google Earth: a folder per layer, the provenance as the document description."""
    options = {
        "NAME": f"Cluster Atlas: {job.layer}",
        "DESCRIPTION": "<br>".join(map(html.escape, provenance_lines(job))),
    }
    for i, (name, frame) in enumerate(sublayers(job).items()):
        pyogrio.write_dataframe(
            _placemarks(frame, job), target, driver="LIBKML", layer=name, append=i > 0,
            dataset_options=None if i else options,
        )  # fmt: skip
    return [target]


def _placemarks(frame: gpd.GeoDataFrame, job: Job) -> gpd.GeoDataFrame:
    """Name, HTML description and a few attributes of each feature."""
    if "kind" in frame:
        describe = _place_html
    else:
        sectors = job.tables["sectors"].set_index("id")["name_zh"]
        describe = functools.partial(_district_html, sector_names=sectors)
    columns = {
        "name": frame["name"], "description": [describe(r) for _, r in frame.iterrows()],
        **{c: frame[c] for c in KML_FIELDS if c in frame},
    }  # fmt: skip
    return gpd.GeoDataFrame(columns, geometry=frame.geometry, crs=frame.crs)


def _html(pairs: list[tuple[str, object]]) -> str:
    """Label/value lines as HTML, values escaped; empty values left out."""
    return "<br>".join(
        f"<b>{label}</b>: {html.escape(str(value))}"
        for label, value in pairs if not pd.isna(value) and value != ""
    )  # fmt: skip


def _place_html(row: pd.Series) -> str:
    """A place's sectors, location, quote and source document."""
    located = f"{row['precision']} ({row['provider']}, confidence {row['confidence']})"
    if row["review"]:
        located += f"; 需核实 review: {row['review_reasons']}"
    return _html([
        ("行业", row["sectors_zh"]), ("Sectors", row["sectors_en"]),
        ("区县 District", row["district"]), ("定位 Location", located),
        ("原文 Quote", row["quote"]), ("来源 Source", row["source_document"]),
    ])  # fmt: skip


def _district_html(row: pd.Series, sector_names: pd.Series) -> str:
    """A district's carrier counts, in all and by sector."""
    counts = [(sector_names[c[2:]], row[c]) for c in row.index if c.startswith("n_") and row[c]]
    return _html([("载体 Carriers", row["carriers"]), *counts])


# --- Shapefile ------------------------------------------------------------------------


def write_shapefile(job: Job, target: Path) -> list[Path]:
    """UTF-8 shapefile(s) in the chosen CRS, the field mapping ``FILE.fields.csv`` and the
    provenance ``FILE.shp.txt``; points and polygons apart when the layer has both."""
    frame = reproject(job.frame, job.crs)
    fields = shapefile_fields(c for c in frame.columns if c != frame.geometry.name)
    frame = frame.rename(columns=fields)
    for name in fields.values():
        if pd.api.types.is_string_dtype(frame[name]):
            frame[name] = frame[name].map(_dbf_text)
    split = len(job.families) > 1
    shapefiles = []
    for family in job.families:
        shp = target.with_name(f"{target.stem}_{family}.shp") if split else target
        rows = frame[(frame.geom_type == "Point") == (family == "points")]
        pyogrio.write_dataframe(
            rows, shp, driver="ESRI Shapefile", layer_options={"ENCODING": "UTF-8"},
            geometry_type="Point" if family == "points" else "MultiPolygon",
            promote_to_multi=family == "polygons",
        )  # fmt: skip
        shapefiles.append(shp)
    mapping = target.with_suffix(".fields.csv")
    _field_table(shapefiles, fields).to_csv(mapping, index=False)
    notes = [
        "", f"field names are cut to 10 characters: {mapping.name} maps them to the atlas "
        "columns (docs/SHAPEFILE_FIELDS.md gives the rule).",
        f"text longer than the DBF's {DBF_TEXT_BYTES} bytes (about 84 Chinese characters) "
        "is cut and ends with …; the gpkg and csv exports hold it whole.",
    ]  # fmt: skip
    if split:
        notes.append(f"a shapefile holds one geometry type: sites are in {shapefiles[0].name}, "
                     f"extents in {shapefiles[1].name}.")  # fmt: skip
    parts = [shp.with_suffix(s) for shp in shapefiles for s in SHAPEFILE_PARTS]
    return [*parts, mapping, write_text(_sidecar(target), provenance_lines(job) + notes)]


def shapefile_fields(columns) -> dict[str, str]:
    """Column → DBF field name of at most 10 characters, stable for a given column list:
    ``FIELD_NAMES``, else a district's ``n_<sector>`` count as ``n_`` and the sector id
    without hyphens if it fits or else each hyphenated part shortened to fit 8 characters
    (``n_softinfo``), else the column itself cut to 10 characters; a name already taken
    ends in 2, 3 …"""
    out: dict[str, str] = {}
    for column in columns:
        name = base = FIELD_NAMES.get(column) or _short(column)
        n = 1
        while name.lower() in {v.lower() for v in out.values()}:
            n += 1
            name = base[: 10 - len(str(n))] + str(n)
        out[column] = name
    return out


def _short(column: str) -> str:
    """The rule part of ``shapefile_fields``."""
    if column.startswith("n_"):
        parts = column[2:].split("-")
        each = -(-8 // len(parts))
        joined = "".join(parts)
        return "n_" + (joined if len(joined) <= 8 else "".join(p[:each] for p in parts)[:8])
    return re.sub(r"\W", "_", column, flags=re.ASCII)[:10]


def _dbf_text(value: object) -> object:
    """A string cut to fit a DBF field (254 bytes of UTF-8), ending with … if cut."""
    if not isinstance(value, str) or len(value.encode()) <= DBF_TEXT_BYTES:
        return value
    return value.encode()[: DBF_TEXT_BYTES - 3].decode("utf-8", "ignore") + "…"


def _field_table(shapefiles: list[Path], fields: dict[str, str]) -> pd.DataFrame:
    """The fields GDAL wrote in each shapefile, with the atlas column each holds."""
    column_of = {v: k for k, v in fields.items()}
    rows = []
    for shp in shapefiles:
        info = pyogrio.read_info(shp)
        rows += [
            {"file": shp.name, "field": field, "column": column_of[field], "type": kind[3:]}
            for field, kind in zip(info["fields"], info["ogr_types"], strict=True)
        ]
    return pd.DataFrame(rows, columns=["file", "field", "column", "type"])


def shapefile_parts(out: Path) -> list[Path]:
    """Every part of a shapefile export to ``out``: ``NAME``, ``NAME_points`` and
    ``NAME_polygons`` (a split layer), each ``SHAPEFILE_PARTS``."""
    stems = (out.stem, f"{out.stem}_points", f"{out.stem}_polygons")
    return [out.with_name(stem + suffix) for stem in stems for suffix in SHAPEFILE_PARTS]


FORMATS = {
    "geojson": Format("GeoJSON", (".geojson", ".json"), write_geojson, "application/geo+json",
                      wgs84_only="by RFC 7946"),
    "gpkg": Format("GeoPackage", (".gpkg",), write_gpkg, "application/geopackage+sqlite3"),
    "csv": Format("CSV", (".csv",), write_csv, "text/csv; charset=utf-8"),
    "xlsx": Format("Excel workbook", (".xlsx",), write_xlsx,
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "kml": Format("KML", (".kml",), write_kml, "application/vnd.google-earth.kml+xml",
                  wgs84_only="for Google Earth"),
    "shp": Format("Shapefile", (".shp",), write_shapefile, "application/zip",
                  parts=shapefile_parts),
}  # fmt: skip
"""The formats by the name ``--format`` and the API's ``format=`` take."""
