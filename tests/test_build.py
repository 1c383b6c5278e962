"""``clustermap build``: the atlas read back with GDAL, stable ids, safe and skipped builds."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyogrio
import pytest

from extract import extract
from geo import settings
from layers import build as build_module
from layers.atlas import LAYER_OF_KIND, PLACE_LAYERS
from layers.build import (
    BUILDING_PACKAGES,
    REPORT_FILE,
    build,
    digest,
    program_digest,
    source_digest,
)
from layers.stores import ATLAS_FILE, open_store
from layers.stores import _geopackage as store_module

REPO = Path(__file__).resolve().parents[1]

CLUSTERMAP = Path(sys.executable).with_name("clustermap")
TABLES = ("sectors", "place_sectors", "documents", "mentions", "targets", "build_report")


def ogrinfo() -> str:
    found = shutil.which("ogrinfo")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("ogrinfo (Debian's gdal-bin) is missing: `make test` installs it")
        pytest.skip("ogrinfo not installed; `make test` installs gdal-bin")
    return found


@pytest.fixture(scope="module")
def atlas_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("atlas")
    build(out=out, force=True)
    return out


@pytest.fixture(scope="module")
def expected_counts(corpus_docs) -> Counter:
    return Counter(LAYER_OF_KIND[p.kind] for p in extract(corpus_docs).places)


def test_ogrinfo_lists_every_layer_with_its_count(atlas_dir, expected_counts):
    out = subprocess.run(
        [ogrinfo(), "-ro", "-so", "-al", str(atlas_dir / ATLAS_FILE)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    for layer in (*PLACE_LAYERS, "districts", *TABLES):
        assert f"Layer name: {layer}\n" in out
    blocks = {b.split("\n", 1)[0]: b for b in out.split("Layer name: ")[1:]}
    for layer in PLACE_LAYERS:
        assert f"Feature Count: {expected_counts[layer]}\n" in blocks[layer]
    assert "Feature Count: 41\n" in blocks["districts"]  # 38 districts and counties + 3 areas


def test_layers_read_back_with_pyogrio(atlas_dir, expected_counts):
    path = atlas_dir / ATLAS_FILE
    listed = dict(pyogrio.list_layers(path))
    for layer in PLACE_LAYERS:
        frame = pyogrio.read_dataframe(path, layer=layer)
        assert len(frame) == expected_counts[layer]
        assert frame.crs.to_epsg() == 4326
        assert {"id", "name", "sector_ids", "precision", "provider", "confidence", "review"} <= set(
            frame
        )
    assert listed["sectors"] is None and listed["districts"] == "MultiPolygon"
    districts = pyogrio.read_dataframe(path, layer="districts")
    assert districts.loc[districts["name"] == "渝中区", "carriers"].item() > 40


def test_every_place_has_a_row_with_provenance(atlas_dir, corpus_docs):
    store = open_store(atlas_dir / ATLAS_FILE)
    rows = {r["id"]: r for layer in PLACE_LAYERS for _, r in store.layer(layer).iterrows()}
    places = extract(corpus_docs).places
    assert set(rows) == {p.id for p in places}
    links = store.layer("place_sectors")
    assert set(links["place_id"]) <= set(rows)
    assert links["quote"].str.len().min() > 0
    laifushi = next(r for r in rows.values() if r["name"] == "凯德来福士")
    assert laifushi["first_date"] == "2024-11-25" and laifushi["source_crs"] == "WGS-84"


def test_ids_are_stable_across_rebuilds_and_new_documents(atlas_dir, tmp_path):
    before = set(open_store(atlas_dir / ATLAS_FILE).layer("buildings")["id"])
    docs = tmp_path / "docs"
    shutil.copytree(settings.CORPUS_DIR, docs)
    extra = Path(__file__).parent / "heldout" / "docs"
    shutil.copy(next(extra.glob("08_*")), docs)
    build([docs], tmp_path / "out", force=True)
    after = set(open_store(tmp_path / "out" / ATLAS_FILE).layer("buildings")["id"])
    assert before <= after and len(after) > len(before)


def test_unchanged_inputs_skip_the_build(tmp_path):
    first = build(out=tmp_path, force=True)
    stamp = (tmp_path / ATLAS_FILE).stat().st_mtime_ns
    again = build(out=tmp_path)
    assert again.skipped and (tmp_path / ATLAS_FILE).stat().st_mtime_ns == stamp
    assert again.report["places"] == first.report["places"]


def test_an_atlas_built_by_other_code_is_rebuilt_though_its_inputs_are_the_same(
    tmp_path, monkeypatch
):
    home = tmp_path / "program"
    for package in BUILDING_PACKAGES:
        shutil.copytree(
            REPO / package, home / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    assert source_digest(home) == program_digest()
    weights = home / "extract" / "name_model.json"
    weights.write_text(weights.read_text(encoding="utf-8").replace("0", "1", 1), encoding="utf-8")
    retrained = source_digest(home)
    assert retrained != program_digest()
    with (home / "extract" / "carriers.py").open("a", encoding="utf-8") as source:
        source.write("# a changed rule\n")
    assert source_digest(home) not in (program_digest(), retrained)

    build(out=tmp_path / "atlas", force=True)
    monkeypatch.setattr(build_module, "program_digest", lambda: source_digest(home))
    assert not build(out=tmp_path / "atlas").skipped


def test_an_atlas_built_with_another_name_likelihood_minimum_is_rebuilt(tmp_path, monkeypatch):
    first = build(out=tmp_path, force=True)
    monkeypatch.setattr(settings, "NAME_LIKELIHOOD_MIN", 0.0)
    again = build(out=tmp_path)
    assert not again.skipped
    # Nothing set aside: the places are the first build's and the names it set aside.
    assert again.report["set_aside"] == []
    assert again.report["places"] == first.report["places"] + len(first.report["set_aside"]) > 0
    assert first.report["set_aside"]


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("GEOCODERS", ("nominatim",)),
        ("NOMINATIM_URL", "http://127.0.0.1:9/"),
        ("AMAP_URL", "http://127.0.0.1:9/amap"),
        ("TRADITIONAL_CONVERSION", "hk2s"),
        ("AMAP_KEY", "a key"),
    ],
)
def test_a_setting_that_decides_where_places_go_changes_the_build_digest(
    setting, value, monkeypatch
):
    before = digest([], [])
    monkeypatch.setattr(settings, setting, value)
    assert digest([], []) != before


def test_a_key_changed_for_another_leaves_the_build_digest_alone(monkeypatch):
    monkeypatch.setattr(settings, "AMAP_KEY", "one key")
    before = digest([], [])
    monkeypatch.setattr(settings, "AMAP_KEY", "another key")
    assert digest([], []) == before


def test_an_atlas_built_for_another_geocoding_endpoint_is_rebuilt(tmp_path, monkeypatch):
    build(out=tmp_path, force=True)
    assert build(out=tmp_path).skipped
    # No geocoder is asked (GEOCODERS is empty), but the endpoint is part of what was set.
    monkeypatch.setattr(settings, "NOMINATIM_URL", "http://127.0.0.1:9/")
    assert not build(out=tmp_path).skipped


def test_failed_build_leaves_the_previous_atlas_untouched(tmp_path, monkeypatch):
    build(out=tmp_path, force=True)
    before = (tmp_path / ATLAS_FILE).read_bytes()
    written = []
    real = store_module.write_layer

    def fail_halfway(path, name, frame):
        if len(written) == len(PLACE_LAYERS) // 2:
            raise RuntimeError("injected failure after half the layers")
        written.append(name)
        real(path, name, frame)

    monkeypatch.setattr(store_module, "write_layer", fail_halfway)
    with pytest.raises(RuntimeError, match="injected"):
        build(out=tmp_path, force=True)
    assert (tmp_path / ATLAS_FILE).read_bytes() == before
    assert len(pyogrio.list_layers(tmp_path / ATLAS_FILE)) > len(PLACE_LAYERS)
    kept = sorted([ATLAS_FILE, REPORT_FILE, "atlas.documents"])  # no temporary left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == kept


def test_a_build_beside_a_stale_temporary_of_its_own_pid_publishes_each_place_once(
    atlas_dir, tmp_path
):
    """A build killed half-way leaves ``.building-<pid>-atlas.gpkg``; in a container every
    build is PID 1, so the next one once appended to that file and published 54 parks
    as 108. The planted file is a whole atlas, as fresh as can be (not swept by age)."""
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f"{store_module.TMP_PREFIX}{os.getpid()}-{ATLAS_FILE}"
    shutil.copy(atlas_dir / ATLAS_FILE, stale)
    build(out=out, force=True)
    built = open_store(out / ATLAS_FILE)
    for layer in PLACE_LAYERS:
        ids = built.layer(layer)["id"]
        expected = open_store(atlas_dir / ATLAS_FILE).layer(layer)["id"]
        assert not ids.duplicated().any(), f"{layer}: duplicate ids"
        assert sorted(ids) == sorted(expected)
    assert stale.exists()  # young: maybe another build's; left, never read


def test_report_counts_add_up(atlas_dir):
    report = json.loads((atlas_dir / REPORT_FILE).read_text(encoding="utf-8"))
    assert sum(report["by_layer"].values()) == report["places"]
    assert sum(report["by_precision"].values()) == report["places"]
    assert report["targets"] and report["unmapped_sectors"]
    assert all(f["reasons"] for f in report["flagged"])
    table = open_store(atlas_dir / ATLAS_FILE).layer("build_report")
    assert json.loads(table.set_index("key").loc["places", "value"]) == report["places"]


def test_cli_build_without_documents_fails_and_writes_nothing(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = subprocess.run(
        [str(CLUSTERMAP), "build", "--docs", str(empty), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 1 and "no readable document" in proc.stderr
    assert not (tmp_path / "out" / ATLAS_FILE).exists()


def test_a_build_of_unreadable_files_only_says_why_each_was_refused_in_one_line(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 truncated")  # no EOF marker
    (tmp_path / "blank.txt").write_bytes(b"")
    files = [str(tmp_path / "scan.pdf"), str(tmp_path / "blank.txt")]
    proc = subprocess.run(
        [str(CLUSTERMAP), "build", "--docs", *files, "--out", str(tmp_path / "out")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"clustermap: no readable document in {', '.join(files)}",
        f"  {files[0]}: not a readable PDF (corrupt, encrypted, or another format)",
        f"  {files[1]}: the file is empty",
    ]


def test_cli_build_reports_and_skips(tmp_path):
    args = [str(CLUSTERMAP), "build", "--out", str(tmp_path)]
    first = subprocess.run(args, capture_output=True, text=True, check=False)
    assert (
        first.returncode == 0
        and "built" in first.stdout
        and "places from 6 documents" in first.stdout
    )
    second = subprocess.run(args, capture_output=True, text=True, check=False)
    assert "up to date" in second.stdout
