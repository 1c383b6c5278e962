"""The ``clustermap extract`` contract, run as a real subprocess of the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clustermap import settings

CLUSTERMAP = Path(sys.executable).with_name("clustermap")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CLUSTERMAP), *args], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def corpus_json() -> dict:
    proc = run("extract", str(settings.CORPUS_DIR), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_json_contract(corpus_json):
    assert set(corpus_json) >= {"documents", "places", "targets", "unmapped_sectors"}
    doc_ids = {d["id"] for d in corpus_json["documents"]}
    for d in corpus_json["documents"]:
        assert set(d) >= {"id", "source", "title", "issuer", "date", "doc_number", "jurisdiction"}
    for p in corpus_json["places"]:
        keys = {"id", "name", "aliases", "kind", "district", "parent", "raw_sectors", "sectors"}
        assert set(p) >= keys | {"mentions"}
        for m in p["mentions"]:
            assert set(m) >= {"doc", "start", "end", "quote", "section"}
            assert m["doc"] in doc_ids
    city = next(d for d in corpus_json["documents"] if d["doc_number"] == "渝府发〔2024〕18号")
    assert city["jurisdiction"] == "重庆市" and city["date"] == "2024-07-26"
    assert city["source"].endswith("004_337a744b882e9f57.txt")


def test_mention_offsets_index_the_document_text(corpus_json, corpus_docs):
    texts = {d.id: d.text for d in corpus_docs}
    for p in corpus_json["places"]:
        for m in p["mentions"]:
            named = texts[m["doc"]][m["start"] : m["end"]]
            assert named and named in m["quote"]


def test_place_ids_are_stable_across_runs(corpus_json):
    again = json.loads(run("extract", str(settings.CORPUS_DIR), "--json").stdout)
    assert [p["id"] for p in again["places"]] == [p["id"] for p in corpus_json["places"]]


def test_default_input_is_the_built_in_corpus(corpus_json):
    proc = run("extract", "--json")
    assert proc.returncode == 0
    assert len(json.loads(proc.stdout)["places"]) == len(corpus_json["places"])


def test_readable_table():
    proc = run("extract", str(settings.CORPUS_DIR))
    assert proc.returncode == 0
    assert "凯德来福士" in proc.stdout and "building" in proc.stdout
    assert "places in 6 documents" in proc.stdout


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path):
    good = tmp_path / "plan.txt"
    shutil.copyfile(settings.CORPUS_DIR / "000_112d826bb23675a8.txt", good)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    proc = run(
        "extract", str(good), str(empty), str(binary), str(tmp_path / "missing.txt"), "--json"
    )
    assert proc.returncode != 0
    for name in ("empty.txt", "image.txt", "missing.txt"):
        assert name in proc.stderr
    places = json.loads(proc.stdout)["places"]
    assert any(p["name"] == "凯德来福士" for p in places)


def test_folder_with_nothing_readable_fails(tmp_path):
    proc = run("extract", str(tmp_path))
    assert proc.returncode != 0
    assert "no documents" in proc.stderr


def test_reading_commands_on_an_unbuilt_atlas_say_so(tmp_path):
    for args in (
        ("map", "overview", "--out", str(tmp_path / "m.html")),
        ("coverage", "--format", "json", "-o", str(tmp_path / "c.json")),
    ):
        done = run(*args, "--atlas", str(tmp_path))
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith(f"clustermap: no atlas at {tmp_path / 'atlas.gpkg'}")
    assert not list(tmp_path.iterdir())
