"""Any corpus builds into a working atlas: each single document of the test corpora (the
seeds, the held-out texts, edge cases), and random subsets of them. On every atlas,
coverage in every format, every map kind, every export format and the API's collections
answer; places nothing locates have no geometry and are listed, never drawn at a point
that belongs to something else."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import docx
import pyogrio
import pytest
from fastapi.testclient import TestClient

import maps
from api.app import create_app
from api.config import ApiConfig
from extract import extract
from extract.ingest import read_file
from geo import settings
from layers.atlas import NOT_LOCATED, PLACE_LAYERS
from layers.build import TABLE_COLUMNS, build
from layers.coverage import analyse
from layers.coverage import write as write_report
from layers.exports import FORMATS, export
from layers.stores import ATLAS_FILE, AtlasStore, open_store
from maps.errors import MapError

TESTS = Path(__file__).parent
EDGE = TESTS / "corpora" / "edge"
SINGLE_DOCUMENTS = [
    *sorted(settings.CORPUS_DIR.glob("*.txt")),
    *sorted((TESTS / "heldout" / "docs").glob("*.txt")),
    *sorted(EDGE.glob("*.txt")),
]


def three_formats(folder: Path) -> Path:
    """One text (the edge case with places and no target) as .txt, .html and .docx."""
    text = (EDGE / "no_targets.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.splitlines() if p.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "plan.txt").write_text(text, encoding="utf-8")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    (folder / "plan.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(folder / "plan.docx")
    return folder


def check_atlas(store: AtlasStore, tmp: Path) -> dict:
    """Run every reader of an atlas on ``store``; the counts it found."""
    names = dict(pyogrio.list_layers(store.path))
    for layer in (*PLACE_LAYERS, "districts", *TABLE_COLUMNS):
        assert layer in names, layer
        assert pyogrio.read_info(store.path, layer=layer)["fields"].size, layer  # a schema
    for table, columns in TABLE_COLUMNS.items():
        assert list(store.layer(table).columns) == columns
    places = [store.layer(layer) for layer in PLACE_LAYERS]
    located = sum(int(p.geometry.notna().sum()) for p in places)
    total = sum(len(p) for p in places)
    report = json.loads((store.path.parent / "build_report.json").read_text(encoding="utf-8"))
    assert report["places"] == total and len(report["not_located"]) == total - located

    coverage = analyse(store)
    for fmt in ("json", "csv", "xlsx", "html"):
        assert write_report(coverage, fmt, tmp / f"coverage.{fmt}").exists()
    if total == 0:
        assert "nothing here" in (tmp / "coverage.html").read_text(encoding="utf-8").lower()

    for fmt in FORMATS:
        assert export(store, "places", fmt, tmp / f"places.{fmt}").exists()

    rows = [r for p in places for _, r in p.iterrows()]
    sector = next((s for r in rows for s in r["sector_ids"].split("|") if s), "software-info")
    district = next((r["district"] for r in rows if r["district"]), "渝中区")
    for kind, target in (("overview", None), ("sector", sector), ("district", district),
                         ("coverage", sector)):  # fmt: skip
        page = maps.render_html(kind, store, target=target, standalone=False, asset_url="/s/")
        assert "clusterAtlas" in page
    sited = next((r for r in rows if r.geometry is not None), None)
    if sited is not None:
        maps.render_html("place", store, target=sited["id"], standalone=False, asset_url="/s/")
    unsited = next((r for r in rows if r.geometry is None), None)
    if unsited is not None:
        with pytest.raises(MapError, match="not located"):
            maps.render_html("place", store, target=unsited["id"], standalone=False,
                             asset_url="/s/")  # fmt: skip
        overview = maps.render_html("overview", store, standalone=False, asset_url="/s/")
        assert NOT_LOCATED.split(" / ")[0] in overview

    with TestClient(create_app(config=ApiConfig(atlas=store.path))) as client:
        collections = client.get("/collections").json()["collections"]
        served = 0
        for collection in collections:
            answer = client.get(f"/collections/{collection['id']}/items?limit=10000")
            assert answer.status_code == 200, answer.text
            if collection["id"] in PLACE_LAYERS:
                features = answer.json()["features"]
                served += len(features)
                # Not located: in the collection, with a null geometry, so named in HTML …
                if any(f["geometry"] is None for f in features):
                    page = client.get(f"/collections/{collection['id']}/items?f=html&limit=10000")
                    assert NOT_LOCATED in page.text
                assert all(f["geometry"] is None for f in features if f["properties"]["lon"]
                           is None)  # fmt: skip
        assert served == total
        # … and never in a bbox answer (a box over the whole of China).
        boxed = sum(
            client.get(f"/collections/{layer}/items?bbox=73,18,135,54&limit=10000").json()[
                "numberMatched"]
            for layer in PLACE_LAYERS
        )  # fmt: skip
        assert boxed == located
        assert client.get("/coverage?format=json").status_code == 200
        assert client.get("/maps/overview").status_code == 200
        # The workbench: the queue holds the unlocated places, each place's page opens.
        queue = client.get("/review?f=json").json()
        assert queue["numberQueued"] >= total - located
        assert client.get("/review?f=html").status_code == 200
        for place in queue["places"][:3]:
            assert client.get(f"/review/{place['id']}?f=html").status_code == 200
        assert client.get("/documents?f=html").status_code == 200
    return {"places": total, "located": located}


@pytest.mark.parametrize("path", SINGLE_DOCUMENTS, ids=lambda p: p.name)
def test_each_single_document_builds_an_atlas_every_reader_can_use(path, tmp_path):
    result = build([path], tmp_path / "atlas")
    assert not result.errors and not result.skipped
    counts = check_atlas(open_store(tmp_path / "atlas" / ATLAS_FILE), tmp_path)
    assert counts["places"] == len(extract(read_file(path)).places)


def test_one_text_in_three_formats_is_one_document(tmp_path):
    result = build([three_formats(tmp_path / "docs")], tmp_path / "atlas")
    report = result.report["corpus"]
    assert len(report["files"]) == 1 and len(report["duplicates"]) == 2
    assert result.report["documents"] == 1
    check_atlas(open_store(tmp_path / "atlas" / ATLAS_FILE), tmp_path)


def test_a_folder_reports_the_files_it_does_not_read(tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(EDGE, folder)
    (folder / "old-format.doc").write_bytes(b"\xd0\xcf\x11\xe0 not read")
    result = build([folder], tmp_path / "atlas")
    skipped = " ".join(map(str, result.added.skipped))
    assert "old-format.doc" in skipped and "README.md" in skipped
    assert result.report["corpus"]["skipped"] and not result.errors


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_subsets_of_the_corpora_build(seed, tmp_path):
    chooser = random.Random(seed)
    subset = chooser.sample(SINGLE_DOCUMENTS, chooser.randint(2, 6))
    result = build(subset, tmp_path / "atlas")
    assert not result.errors
    expected = extract([d for p in subset for d in read_file(p)]).places
    assert result.report["places"] == len(expected)
    check_atlas(open_store(tmp_path / "atlas" / ATLAS_FILE), tmp_path)
