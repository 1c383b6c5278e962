"""``layers.postgis``: the atlas in a real PostGIS server (``tests/postgres.py``): the
layers and tables the GeoPackage has, filtered pages as a Python reference computes them,
the GiST index used, atomic version swaps, failed writes, concurrent overrides, and
filter values that stay values."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import geopandas as gpd
import numpy as np
import pandas as pd
import psycopg
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal
from pandas.testing import assert_frame_equal
from postgres import create_database
from psycopg import sql

from geo import settings
from geo.admin import Area
from geo.gazetteer import load
from geo.names import normalize
from geo.resolve import Resolver
from layers.atlas import PLACE_LAYERS, Atlas, with_geometry
from layers.build import REPORT_FILE, build
from layers.stores import ATLAS_FILE, META_TABLE, AtlasStore, open_store
from layers.stores import _postgis_write as pg_write
from layers.stores._postgis import PostGISStore
from layers.stores._postgis_read import filters
from layers.stores.edits import LOCATION, Edit, locations

TABLES = ("sectors", "place_sectors", "documents", "mentions", "targets")
INJECTION = "'); DROP TABLE buildings; --"
CENTRE = (106.50, 29.54, 106.58, 29.57)
"""A bbox over 渝中区, where the built-in atlas is densest."""
GIST_SCANS = ("Index Scan using buildings_geom_idx", "Bitmap Index Scan on buildings_geom_idx")


@pytest.fixture(scope="module")
def database(postgis_url) -> str:
    return create_database(postgis_url, "store_tests")


@pytest.fixture(scope="module")
def geopackage(tmp_path_factory) -> AtlasStore:
    return open_store(build(out=tmp_path_factory.mktemp("gpkg"), force=True).path)


@pytest.fixture(scope="module")
def built(database, tmp_path_factory):
    """The built-in atlas built into PostGIS by ``build`` (``ATLAS_DATABASE_URL`` set):
    the store, the report folder and the build's result."""
    out = tmp_path_factory.mktemp("pg")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(settings, "ATLAS_DATABASE_URL", database)
        result = build(out=out, force=True)
    with PostGISStore(database) as store:
        yield store, out, result


@pytest.fixture(scope="module")
def store(built) -> PostGISStore:
    return built[0]


@pytest.fixture(scope="module")
def atlas(geopackage) -> Atlas:
    """The built-in atlas as layers in memory, to write versions of."""
    layers = {name: geopackage.layer(name) for name in (*PLACE_LAYERS, "districts")}
    return Atlas(layers, {name: geopackage.layer(name) for name in TABLES}, {"places": 1})


def cut(atlas: Atlas, buildings: int) -> Atlas:
    """``atlas`` with only its first ``buildings`` buildings: versions told apart."""
    layers = {**atlas.layers, "buildings": atlas.layers["buildings"].head(buildings)}
    return Atlas(layers, atlas.tables, atlas.report)


def version_schemas(url: str, schema: str) -> list[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE %s ORDER BY 1",
            [schema + r"\_v%"],
        )
        return [r[0] for r in rows]


# --- the build and the round trip ---------------------------------------------------------


def test_build_writes_to_the_database_and_the_report_to_the_folder(built, database):
    store, out, result = built
    assert result.path == store.path and "@127.0.0.1:" in store.path
    assert store.url.split("@")[0].split(":")[-1] not in store.path  # no password shown
    assert (out / REPORT_FILE).exists() and not (out / ATLAS_FILE).exists()
    assert store.exists() and store.meta()["inputs_digest"]


def test_unchanged_inputs_skip_the_build_from_any_folder(built, database, tmp_path, monkeypatch):
    _, out, first = built
    monkeypatch.setattr(settings, "ATLAS_DATABASE_URL", database)
    here = build(out=out)
    elsewhere = build(out=tmp_path)  # no report file there: read from the database
    assert here.skipped and elsewhere.skipped
    assert here.report == elsewhere.report == first.report


def test_every_layer_and_table_matches_the_geopackage(store, geopackage):
    assert store.names() == geopackage.names()
    for name in geopackage.names():
        expected, got = geopackage.layer(name), store.layer(name)
        if name == META_TABLE:  # built a few seconds apart
            assert {**store.meta(), "built": ""} == {**geopackage.meta(), "built": ""}
        elif name in (*PLACE_LAYERS, "districts"):
            assert_geodataframe_equal(got, expected, check_less_precise=False)
        elif name == "documents":  # each atlas's corpus received them a few seconds apart
            assert_frame_equal(got.drop(columns="added"), expected.drop(columns="added"))
        else:
            assert_frame_equal(got, expected)


def test_nulls_empty_strings_and_empty_layers_read_back_as_from_the_geopackage(database, tmp_path):
    points = gpd.GeoDataFrame(
        {"id": ["a", "b", "c"], "name": ["x", None, ""], "aliases": ["", "", "y|z"],
         "sector_ids": ["f|g", "", None], "radius_m": [1.5, None, np.nan],
         "nothing": [None, None, None], "flag": [True, False, True], "n": [1, 2, 3]},
        geometry=[shapely.Point(106.5, 29.5), None, shapely.Point(106.6, 29.6)], crs="EPSG:4326",
    )  # fmt: skip
    targets = pd.DataFrame({"sector_id": pd.Series([], dtype="str"),
                            "count": pd.Series([], dtype="int64")})  # fmt: skip
    atlas = Atlas({"buildings": points, "parks": points.iloc[:0]}, {"targets": targets}, {"x": 1})
    geopackage = open_store(tmp_path / ATLAS_FILE)
    geopackage.write(atlas, {"k": "v"})
    with PostGISStore(database, schema="edges") as store:
        store.write(atlas, {"k": "v"})
        assert store.names() == geopackage.names()
        for name in ("buildings", "parks"):
            assert_geodataframe_equal(store.layer(name), geopackage.layer(name))
        for name in ("targets", "build_report", META_TABLE):
            assert_frame_equal(store.layer(name), geopackage.layer(name))


def test_geometry_types_are_those_of_the_geopackage(store, geopackage):
    for name in (*PLACE_LAYERS, "districts"):
        types = set(geopackage.layer(name).geom_type.dropna())  # null: not located
        assert set(store.layer(name).geom_type.dropna()) == types, name
    assert set(store.layer("districts").geom_type) == {"MultiPolygon"}
    assert set(store.layer("parks").geom_type.dropna()) == {"Point", "Polygon"}


def test_open_store_picks_the_backend(database, tmp_path, monkeypatch):
    assert isinstance(open_store(database), PostGISStore)
    assert open_store(tmp_path).path == tmp_path / ATLAS_FILE
    assert open_store(tmp_path / "other.gpkg").path == tmp_path / "other.gpkg"
    monkeypatch.setattr(settings, "ATLAS_DATABASE_URL", "")
    assert open_store().path == settings.ATLAS_DIR / ATLAS_FILE
    monkeypatch.setattr(settings, "ATLAS_DATABASE_URL", database)
    assert isinstance(open_store(), PostGISStore)


def test_an_empty_database_has_no_atlas_and_gains_no_tables(database):
    with PostGISStore(database, schema="nothing_yet") as empty:
        assert not empty.exists()
        assert (empty.names(), empty.meta(), empty.corrections().history()) == ([], {}, [])
        with pytest.raises(KeyError):
            empty.layer("buildings")
    with psycopg.connect(database) as conn:
        assert conn.execute("SELECT to_regnamespace('nothing_yet')").fetchone()[0] is None


# --- features -------------------------------------------------------------------------------


def reference(frame, layer: str, *, bbox=None, sector_ids=None, district=None, kind=None,
              q=None, dates=None):  # fmt: skip
    """The rows ``features`` should return, computed in Python on the GeoPackage layer."""
    keep = np.ones(len(frame), dtype=bool)
    if bbox is not None:
        keep &= frame.intersects(shapely.box(*bbox)).to_numpy()
    if sector_ids is not None:
        keep &= np.array([bool(set(s.split("|")) & set(sector_ids)) for s in frame["sector_ids"]])
    if district is not None:
        keep &= (frame["district" if layer != "districts" else "name"] == district).to_numpy()
    if kind is not None:
        keep &= (frame["kind"] == kind).to_numpy()
    if q:
        key = normalize(q).casefold()
        aliases = frame["aliases"] if "aliases" in frame else [""] * len(frame)
        keep &= np.array([
            any(key in normalize(s).casefold() for s in [n, *a.split("|")] if s)
            for n, a in zip(frame["name"], aliases, strict=True)
        ])  # fmt: skip
    if dates is not None:
        start, end = dates
        first, latest = frame["first_date"], frame["latest_date"]
        ok = (first != "") & (latest != "")
        ok &= (first <= end) if end else True
        ok &= (latest >= start) if start else True
        keep &= ok.to_numpy()
    return frame[keep].reset_index(drop=True)


FILTERS = [
    ("buildings", {}),
    ("buildings", {"bbox": CENTRE}),
    ("parks", {"bbox": (106.3, 29.3, 106.55, 29.6)}),
    ("zones", {"bbox": (107.0, 29.8, 107.1, 29.9)}),
    ("buildings", {"sector_ids": ["software-info", "finance"]}),
    ("parks", {"sector_ids": ["software-info.ai"]}),
    ("parks", {"sector_ids": []}),
    ("zones", {"district": "两江新区"}),
    ("parks", {"kind": "park"}),
    ("buildings", {"kind": "park"}),
    ("buildings", {"q": "金融"}),
    ("parks", {"q": "示范基地"}),
    ("buildings", {"q": "%"}),
    ("parks", {"dates": ("2025-01-01", "")}),
    ("zones", {"dates": ("2024-08-01", "2025-06-30")}),
    ("districts", {"district": "渝中区"}),
    ("districts", {"bbox": CENTRE}),
    ("buildings", {"bbox": CENTRE, "sector_ids": ["finance", "trade"], "district": "渝中区"}),
    ("parks", {"bbox": (106.3, 29.3, 106.9, 29.9), "sector_ids": ["sci-tech-services"],
               "q": "园", "dates": ("", "2025-12-31")}),
]  # fmt: skip


@pytest.mark.parametrize(("layer", "query"), FILTERS)
def test_features_match_a_python_reference(store, geopackage, layer, query):
    expected = reference(geopackage.layer(layer), layer, **query)
    page, matched = store.features(layer, **query, limit=1000)
    assert matched == len(expected)
    # An empty page's text columns are object, as GDAL reads an empty layer.
    assert_geodataframe_equal(page, expected, check_dtype=not expected.empty)


def test_some_filters_match_something(store):
    """The reference cases are not all empty."""
    matched = [store.features(layer, **query)[1] for layer, query in FILTERS]
    assert sum(m > 0 for m in matched) >= len(FILTERS) - 4


def test_pages_cover_the_matches_in_order(store, geopackage):
    expected = reference(geopackage.layer("parks"), "parks", bbox=(106.3, 29.3, 106.9, 29.9))
    pages = [store.features("parks", bbox=(106.3, 29.3, 106.9, 29.9), limit=7, offset=o)
             for o in range(0, len(expected) + 7, 7)]  # fmt: skip
    assert all(matched == len(expected) for _, matched in pages)
    assert pd.concat([p["id"] for p, _ in pages]).tolist() == expected["id"].tolist()
    assert pages[-1][0].empty


def test_filters_a_layer_cannot_apply_are_refused(store):
    with pytest.raises(ValueError, match="districts"):
        store.features("districts", sector_ids=["finance"])
    with pytest.raises(ValueError, match="bbox"):
        store.features("parks", bbox=(106.6, 29.0, 106.5, 29.1))
    with pytest.raises(ValueError, match="limit"):
        store.features("parks", limit=-1)
    with pytest.raises(KeyError):
        store.features("sectors")


def test_a_bbox_query_on_a_big_layer_uses_the_gist_index(database, atlas):
    base = pd.DataFrame(atlas.layers["buildings"].drop(columns="geometry"))
    rows = base.sample(40_000, replace=True, random_state=1).reset_index(drop=True)
    rng = np.random.default_rng(1)
    rows["id"] = [f"pl-{i:08d}" for i in range(len(rows))]
    rows["lon"], rows["lat"] = (
        rng.uniform(105.3, 110.1, len(rows)),
        rng.uniform(28.2, 32.2, len(rows)),
    )
    with PostGISStore(database, schema="big") as big:
        big.write(Atlas({"buildings": with_geometry(rows)}, {}, {}), {})
        with big.reading() as version, psycopg.connect(database) as conn:
            table = sql.Identifier(version.version, "buildings")
            for query in ({"bbox": (106.50, 29.50, 106.55, 29.55)},
                          {"bbox": (106.50, 29.50, 106.55, 29.55), "sector_ids": ["finance"]}):  # fmt: skip
                where, params = filters("buildings", **query)
                for select in (sql.SQL("SELECT count(*) FROM {} WHERE {}"),
                               sql.SQL("SELECT * FROM {} WHERE {} ORDER BY fid LIMIT 10")):  # fmt: skip
                    plan = "\n".join(r[0] for r in conn.execute(
                        sql.SQL("EXPLAIN ") + select.format(table, where), params
                    ))  # fmt: skip
                    assert any(scan in plan for scan in GIST_SCANS), plan
            page, matched = version.features("buildings", bbox=(106.50, 29.50, 106.55, 29.55))
            assert 0 < matched < 100 and len(page) == min(matched, 10)


# --- versions -------------------------------------------------------------------------------


def test_a_reader_keeps_its_version_until_it_ends(database, atlas):
    with PostGISStore(database, schema="swap", drop_wait_s=0.2) as store:
        store.write(cut(atlas, 20), {"n": "20"})
        with store.reading() as before:
            store.write(cut(atlas, 10), {"n": "10"})
            # Read only after the swap, and still the old version, whole.
            assert before.meta()["n"] == "20" and len(before.layer("buildings")) == 20
            assert store.meta()["n"] == "10" and len(store.layer("buildings")) == 10
            assert len(version_schemas(database, "swap")) == 2  # kept for its reader
        store.write(cut(atlas, 5), {"n": "5"})
        with store.reading() as now:
            assert version_schemas(database, "swap") == [now.version]


def test_readers_never_see_a_mix_while_versions_swap(database, atlas):
    sizes = (20, 10, 25, 5, 15)
    with PostGISStore(database, schema="churn", drop_wait_s=5) as store:
        store.write(cut(atlas, sizes[0]), {"n": str(sizes[0])})
        stop, seen, errors = threading.Event(), [], []

        def read() -> None:
            while not stop.is_set():
                try:
                    with store.reading() as version:
                        n, rows = version.meta()["n"], len(version.layer("buildings"))
                except Exception as exc:  # a dropped schema, a lock error: all failures
                    errors.append(exc)
                    return
                seen.append((int(n), rows))

        readers = [threading.Thread(target=read) for _ in range(3)]
        for thread in readers:
            thread.start()
        for n in sizes[1:]:
            store.write(cut(atlas, n), {"n": str(n)})
        stop.set()
        for thread in readers:
            thread.join(timeout=30)
        assert not errors
        assert seen and all(n == rows for n, rows in seen)
        assert len({n for n, _ in seen}) >= 2
        assert len(version_schemas(database, "churn")) == 1  # dropped despite steady readers


def test_a_failed_write_leaves_the_current_atlas(database, atlas, monkeypatch):
    with PostGISStore(database, schema="failing") as store:
        store.write(cut(atlas, 20), {"n": "20"})
        before = version_schemas(database, "failing")
        real, written = pg_write.write_frame, []

        def fail_halfway(cur, schema, position, name, frame, **kwargs):
            if len(written) == len(PLACE_LAYERS) // 2:
                raise RuntimeError("injected failure after half the layers")
            written.append(name)
            real(cur, schema, position, name, frame, **kwargs)

        monkeypatch.setattr(pg_write, "write_frame", fail_halfway)
        with pytest.raises(RuntimeError, match="injected"):
            store.write(cut(atlas, 10), {"n": "10"})
        assert store.meta()["n"] == "20" and len(store.layer("buildings")) == 20
        assert version_schemas(database, "failing") == before  # nothing half-made left
        monkeypatch.undo()
        store.write(cut(atlas, 10), {"n": "10"})  # the writers' lock was released
        assert store.meta()["n"] == "10"


# --- overrides ------------------------------------------------------------------------------


def override(name: str, lon: float, **extra) -> dict:
    return {"name": name, "district": "渝中区", "kind": "building", "lon": lon, "lat": 29.5575,
            "precision": "building", "radius_m": 50, "confidence": 0.95, "source": "test",
            **extra}  # fmt: skip


def add_override(store: PostGISStore, row: dict, who: str) -> Edit:
    """Append ``row`` to the store's corrections log as ``who``'s location edit."""
    return store.corrections().append(Edit(LOCATION, "", row, who, why=row.get("note", "")))


def test_two_officers_saving_at_once_both_land(database):
    with PostGISStore(database, schema="officers") as store:
        start = threading.Barrier(2)

        def save(who: str) -> list[Edit]:
            start.wait()
            return [add_override(store, override("凯德来福士", 106.57 + i / 1e4), who)
                    for i in range(10)]  # fmt: skip

        with ThreadPoolExecutor(2) as pool:
            saved = [r for rows in pool.map(save, ["officer-a", "officer-b"]) for r in rows]
        rows = store.corrections().history()
        assert sorted(r.id for r in rows) == sorted(r.id for r in saved)
        assert len(rows) == 20 and {r.who for r in rows} == {"officer-a", "officer-b"}
        latest = locations(rows).entries
        assert len(latest) == 1 and latest[0].lon == pytest.approx(rows[-1].data["lon"])


def test_overrides_feed_the_geocoder_and_survive_rebuilds(database, atlas):
    with PostGISStore(database, schema="corrections") as store:
        store.write(cut(atlas, 5), {"n": "5"})
        first = add_override(store, override("凯德来福士", 106.5700), "officer-a")
        add_override(store, override("凯德来福士", 106.5710, note="moved again"), "officer-b")
        add_override(store, override("洪崖洞", 106.5790, source_crs="GCJ-02", kind="landmark",
                                     precision="block", radius_m=""), "officer-a")  # fmt: skip
        store.write(cut(atlas, 6), {"n": "6"})
        rows = store.corrections().history()
        assert [r.who for r in rows] == ["officer-a", "officer-b", "officer-a"]
        assert rows[0] == first and first.row()["at"].endswith("+00:00")
        assert rows[2].data["lon"] == 106.579 and rows[2].data["radius_m"] is None  # as given
        assert rows[1].why == "moved again"
        tables = {
            "override": locations(rows),
            "gazetteer": load(settings.GAZETTEER_FILE),
        }
        resolver = Resolver(tables)
        moved = resolver.locate(["凯德来福士"], district="渝中区")
        assert (moved.provider, moved.note) == ("override", "moved again")
        assert moved.lon == pytest.approx(106.571)
        gcj = resolver.locate(["洪崖洞"], district="渝中区")
        assert gcj.provider == "override" and abs(gcj.lon - 106.579) > 1e-3  # now WGS-84


def test_an_atlas_corrected_before_the_log_has_its_overrides_moved_into_it_once(database):
    """An atlas kept before the corrections log had an ``overrides`` table (the overrides
    file's columns, ``who`` and ``at``): its rows become ``location`` edits, in order, the
    first time the log is read, and the old table is kept under another name."""
    with psycopg.connect(database, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA legacy")
        conn.execute(
            "CREATE TABLE legacy.overrides (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " name text NOT NULL, aliases text NOT NULL, kind text NOT NULL,"
            " district text NOT NULL, lon double precision NOT NULL,"
            " lat double precision NOT NULL, source_crs text NOT NULL, precision text NOT NULL,"
            " radius_m double precision, confidence double precision NOT NULL,"
            " source text NOT NULL, note text NOT NULL,"
            " who text NOT NULL, at timestamptz NOT NULL DEFAULT now())"
        )
        for lon, who, note in ((106.571, "officer-a", "first"), (106.572, "officer-b", "then")):
            conn.execute(
                "INSERT INTO legacy.overrides (name, aliases, kind, district, lon, lat,"
                " source_crs, precision, radius_m, confidence, source, note, who)"
                " VALUES ('凯德来福士', '', 'building', '渝中区', %s, 29.5575, 'WGS-84',"
                " 'building', 50, 0.95, 'API', %s, %s)",
                [lon, note, who],
            )
    with PostGISStore(database, schema="legacy") as store:
        moved = store.corrections().history()
        assert [(e.kind, e.who, e.why, e.data["lon"]) for e in moved] == [
            (LOCATION, "officer-a", "first", 106.571), (LOCATION, "officer-b", "then", 106.572)
        ]  # fmt: skip
        assert locations(moved).entries[0].lon == pytest.approx(106.572)
        add_override(store, override("凯德来福士", 106.573), "officer-c")
        assert [e.id for e in store.corrections().history()] == [1, 2, 3]  # moved once
    with psycopg.connect(database) as conn:
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'legacy'"
        ).fetchall()
    assert sorted(t[0] for t in tables) == ["corpus", "current", "edits",
                                            "overrides_before_edits", "versions"]  # fmt: skip


@pytest.mark.parametrize(
    ("row", "who", "message"),
    [
        (override("凯德来福士", 106.57, precision="nowhere"), "a", "precision"),
        (override("凯德来福士", 29.55, lat=106.57), "a", "outside China"),
        (override("", 106.57), "a", "empty name"),
        (override("凯德来福士", 106.57, colour="red"), "a", "unknown override columns"),
        (override("凯德来福士", 106.57), " ", "who"),
    ],
)
def test_a_bad_override_is_refused_and_not_stored(database, row, who, message):
    with PostGISStore(database, schema="refusals") as store:
        with pytest.raises(ValueError, match=message):
            add_override(store, row, who)
        assert store.corrections().history() == []


# --- injection ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [{"sector_ids": [INJECTION]}, {"district": Area(INJECTION, INJECTION)}, {"kind": INJECTION},
     {"q": INJECTION}, {"dates": (INJECTION, INJECTION)}],
)  # fmt: skip
def test_filter_values_are_values(store, query):
    before = len(store.layer("buildings"))
    page, matched = store.features("buildings", **query)
    assert matched == 0 and page.empty
    assert len(store.layer("buildings")) == before


def test_names_outside_the_atlas_reach_no_sql(store, database):
    for name in (INJECTION, 'buildings"; DROP TABLE buildings; --', "catalog", "pg_class"):
        with pytest.raises(KeyError):
            store.layer(name)
        with pytest.raises(KeyError):
            store.features(name)
    with pytest.raises(ValueError, match="schema"):
        PostGISStore(database, schema="atlas; DROP SCHEMA atlas CASCADE")
    with pytest.raises(ValueError, match="not atlas layers"):
        store.write(Atlas({INJECTION: store.layer("buildings")}, {}, {}), {})
    with PostGISStore(database, schema="injection") as other:
        stored = add_override(other, override(INJECTION, 106.57), INJECTION)
        assert other.corrections().history() == [stored]
        assert stored.data["name"] == stored.who == INJECTION
    assert "buildings" in store.names()
