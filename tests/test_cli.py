"""The ``clustermap extract`` contract, run as a real subprocess of the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from geo import settings

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


def test_an_atlas_keeps_its_documents_through_add_list_and_remove(tmp_path):
    atlas = tmp_path / "atlas"
    one = tmp_path / "one.txt"
    one.write_text("支持建设龙兴工业园区，重点发展汽车制造。", encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text("依托重庆国金中心、重庆环球金融中心等重点楼宇，发展金融服务。", encoding="utf-8")
    built = run("build", "--docs", str(one), "--out", str(atlas))
    assert built.returncode == 0, built.stderr
    # A later build with another document keeps the first one.
    added = run("documents", "add", str(two), str(tmp_path / "one.txt"), "--atlas", str(atlas))
    assert added.returncode == 0, added.stderr
    assert "added to the atlas's documents: two.txt" in added.stdout
    assert "same text as 'one.txt'" in added.stderr
    listed = json.loads(run("documents", "--json", "--atlas", str(atlas)).stdout)
    assert sorted(d["filename"] for d in listed) == ["one.txt", "two.txt"]
    rebuilt = run("build", "--out", str(atlas), "--force")
    assert "from 2 documents" in rebuilt.stdout, rebuilt.stdout
    # Removing one by its key prefix rebuilds without its places.
    key = next(d["key"] for d in listed if d["filename"] == "one.txt")
    removed = run("documents", "remove", key[:8], "--atlas", str(atlas))
    assert removed.returncode == 0 and "removed one.txt" in removed.stdout, removed.stderr
    extracted = run("export", "places", "--format", "csv", "-o", str(tmp_path / "p.csv"),
                    "--atlas", str(atlas))  # fmt: skip
    assert extracted.returncode == 0, extracted.stderr
    names = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert "重庆国金中心" in names and "龙兴工业园区" not in names
    unknown = run("documents", "remove", "abcdef12", "--atlas", str(atlas))
    assert unknown.returncode == 1 and "abcdef12" in unknown.stderr
    assert run("documents", "add", "--atlas", str(atlas)).returncode == 2


def test_a_folder_build_reports_what_it_skips_and_keeps_one_copy_of_a_text(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "支持建设龙兴工业园区，重点发展汽车制造。"
    (docs / "plan.txt").write_text(text, encoding="utf-8")
    (docs / "plan.html").write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    (docs / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    proc = run("build", "--docs", str(docs), "--out", str(tmp_path / "atlas"))
    assert proc.returncode == 0, proc.stderr
    assert "skipped" in proc.stderr and "old.doc" in proc.stderr
    assert "same text as 'plan.html'" in proc.stderr
    assert "1 places from 1 documents" in proc.stdout


def test_a_build_on_a_full_disk_says_so_in_words(full_disk):
    # Once a 10-frame pyogrio traceback that never said "no space".
    proc = run("build", "--out", str(full_disk), "--force")
    assert proc.returncode == 1
    assert "no space left on device" in proc.stderr and "Traceback" not in proc.stderr


def test_a_reader_that_stops_early_ends_the_command_quietly():
    """`clustermap extract --json | head -c 100`: the pipe closes after 100 bytes, and the
    command stops as a shell tool killed by SIGPIPE would, with no traceback."""
    shell = f"{CLUSTERMAP} extract --json | head -c 100 > /dev/null; echo ${{PIPESTATUS[0]}}"
    proc = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=300)
    assert proc.stdout.strip() == "141"
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr
