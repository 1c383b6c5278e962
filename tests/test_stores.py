"""The backend seam (``layers.stores``): the registry picks a backend by URL scheme or
path, and the GeoPackage's corrections log keeps every edit whole and in order, beside the
overrides file an existing atlas was corrected in."""

from __future__ import annotations

import csv
import hashlib
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from geo import settings
from geo.gazetteer import COLUMNS
from layers.build import build
from layers.stores import ATLAS_FILE, absolute, open_store, register
from layers.stores.edits import LOCATION, Edit

PLAN = (
    "重庆市渝中区人民政府办公室关于印发渝中区金融业发展方案的通知\n\n"
    "依托凯德来福士、重庆环球金融中心等重点楼宇，打造一批金融特色楼宇。\n"
)
RAFFLES = {"name": "凯德来福士", "district": "渝中区", "kind": "building", "lon": 106.5850,
           "lat": 29.5650, "precision": "building", "radius_m": 50, "confidence": 0.95,
           "source": "test", "note": ""}  # fmt: skip
"""A location for 凯德来福士 about 300 m from the gazetteer's."""


def location(lon: float, who: str = "officer-li", **row: object) -> Edit:
    return Edit(LOCATION, "pl-test", {**RAFFLES, "lon": lon, **row}, who, why="surveyed")


def test_the_registry_opens_paths_as_geopackages_and_names_the_schemes_it_knows(tmp_path):
    assert open_store(tmp_path).path == tmp_path / ATLAS_FILE
    assert open_store(tmp_path / "other.gpkg").path == tmp_path / "other.gpkg"
    assert open_store(tmp_path).folder == tmp_path
    assert open_store(tmp_path, folder=tmp_path / "service").folder == tmp_path / "service"
    with pytest.raises(ValueError, match=r"no atlas backend for duckdb://.*postgresql://"):
        open_store("duckdb:///atlas.db")
    assert absolute("postgresql://u:p@h/db") == "postgresql://u:p@h/db"
    assert absolute(Path("atlas.gpkg")) == str(Path.cwd() / "atlas.gpkg")


def test_a_scheme_or_the_paths_can_have_one_backend_only():
    with pytest.raises(ValueError, match="paths: served by geopackage already"):
        register("another", lambda target, folder: open_store(target, folder=folder))
    with pytest.raises(ValueError, match="postgres: served by postgis already"):
        register("another", lambda target, folder: open_store(target), ("postgres",))


def test_edits_appended_at_once_by_threads_all_land_whole_and_numbered_in_order(tmp_path):
    log = open_store(tmp_path).corrections()
    start = threading.Barrier(8)

    def save(i: int) -> Edit:
        start.wait()
        return log.append(location(106.58 + i / 1e4, who=f"officer-{i % 2}"))

    with ThreadPoolExecutor(8) as pool:
        saved = list(pool.map(save, range(40)))
    history = log.history()
    assert [e.id for e in history] == list(range(1, 41))
    assert sorted(history, key=lambda e: e.id) == sorted(saved, key=lambda e: e.id)
    assert {e.who for e in history} == {"officer-0", "officer-1"}
    lines = (tmp_path / "atlas.corrections.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == list(range(1, 41))


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (location(106.58, precision="nowhere"), "precision"),
        (location(29.56, lat=106.58), "outside China"),
        (location(106.58, colour="red"), "unknown override columns"),
        (location(106.58, who=" "), "who"),
    ],
)
def test_an_edit_the_build_could_not_apply_is_refused_and_not_logged(tmp_path, edit, message):
    log = open_store(tmp_path).corrections()
    with pytest.raises(ValueError, match=message):
        log.append(edit)
    assert log.history() == [] and not (tmp_path / "atlas.corrections.jsonl").exists()


def test_an_existing_atlas_keeps_its_overrides_file_corrections_and_a_logged_edit_wins(
    tmp_path, monkeypatch
):
    """Before the log, the service wrote a GeoPackage atlas's corrections into the
    overrides file. Every build still reads that file; a logged edit for the same place
    (name and district) takes the place of its row."""
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    overrides = tmp_path / "data" / "overrides.csv"
    overrides.parent.mkdir()
    monkeypatch.setattr(settings, "OVERRIDES_FILE", overrides)
    with overrides.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerow({**RAFFLES, "note": "from the overrides file"})
    out = tmp_path / "atlas"

    def raffles() -> tuple[float, str, str]:
        buildings = open_store(out).layer("buildings").set_index("name")
        return buildings.geometry["凯德来福士"].x, *buildings.loc[
            "凯德来福士", ["provider", "location_note"]
        ]

    build([plan], out, force=True)
    assert raffles() == (pytest.approx(106.5850), "override", "from the overrides file")
    open_store(out).corrections().append(location(106.5870, note="moved on site"))
    assert not build(None, out).skipped  # the log is an input: it changed
    assert raffles() == (pytest.approx(106.5870), "override", "moved on site")


def test_a_corpus_index_written_before_it_held_sizes_and_digests_still_lists_them(tmp_path):
    own = tmp_path / "plan.txt"
    own.write_text(PLAN, encoding="utf-8")
    build([own], tmp_path / "atlas", force=True)
    corpus = open_store(tmp_path / "atlas").corpus()
    index = corpus.folder / corpus.INDEX
    rows = json.loads(index.read_text(encoding="utf-8"))
    assert [(r["bytes"], r["sha256"]) for r in rows] == [(len(PLAN.encode()), sha256(PLAN))]
    index.write_text(
        json.dumps([{k: v for k, v in r.items() if k not in ("bytes", "sha256")} for r in rows]),
        encoding="utf-8",
    )
    assert [(e.size, e.sha256) for e in corpus.entries()] == [(len(PLAN.encode()), sha256(PLAN))]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
