"""Coverage analysis on the built-in corpus: every expected figure is computed here from
the extraction of the seed documents, and a changed document changes the figures."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extract import extract
from extract.ingest import read_paths
from extract.taxonomy import Taxonomy
from geo import settings
from geo.unknown import UnknownName
from layers.build import build
from layers.coverage import analyse
from layers.coverage import write as write_report
from layers.stores import ATLAS_FILE, AtlasStore, open_store

CLUSTERMAP = Path(sys.executable).with_name("clustermap")
YUZHONG_PLAN = "000_112d826bb23675a8.txt"


@pytest.fixture(scope="module")
def atlas(tmp_path_factory) -> AtlasStore:
    out = tmp_path_factory.mktemp("atlas")
    build(out=out, force=True)
    return open_store(out / ATLAS_FILE)


def finance_buildings_named(docs) -> tuple[int, int]:
    """(target, named) of the 渝中 plan's 「成功打造金融特色楼宇N栋」, from the extraction."""
    result = extract(docs)
    plan = next(d for d in docs if d.source.endswith(YUZHONG_PLAN))
    target = next(t for t in result.targets if t.doc == plan.id and t.sector == "finance")
    covers = Taxonomy.load().covers("finance")
    named = [
        p for p in result.places
        if p.kind == "building" and any(m.doc == plan.id for m in p.mentions)
        and set(p.sectors) & covers
    ]  # fmt: skip
    return target.count, len(named)


def test_targets_against_named_carriers(atlas, corpus_docs):
    coverage = analyse(atlas)
    target, named = finance_buildings_named(corpus_docs)
    row = coverage.targets[(coverage.targets["sector_id"] == "finance")].iloc[0]
    assert (row["target"], row["named"], row["gap"]) == (target, named, target - named)
    assert "金融特色楼宇" in row["quote"]
    assert len(row["place_ids"].split("|")) == named


def test_changed_document_changes_the_figures(tmp_path, corpus_docs):
    docs = tmp_path / "docs"
    shutil.copytree(settings.CORPUS_DIR, docs)
    plan = docs / YUZHONG_PLAN
    text = plan.read_text(encoding="utf-8")
    assert "成功打造金融特色楼宇5栋" in text and "协信SFC、" in text
    plan.write_text(
        text.replace("成功打造金融特色楼宇5栋", "成功打造金融特色楼宇8栋").replace("协信SFC、", ""),
        encoding="utf-8",
    )
    build([docs], tmp_path / "out", force=True)
    changed = analyse(open_store(tmp_path / "out" / ATLAS_FILE))
    row = changed.targets[changed.targets["sector_id"] == "finance"].iloc[0]
    before_target, before_named = finance_buildings_named(corpus_docs)
    after_target, after_named = finance_buildings_named(read_paths([docs])[0])
    assert (after_target, after_named) == (8, before_named - 1)
    assert (row["target"], row["named"]) == (after_target, after_named)
    assert before_target == 5


def test_places_in_city_and_district_plans_are_listed_with_both_sector_sets(atlas, corpus_docs):
    result = extract(corpus_docs)
    city = {d.id for d in corpus_docs if d.jurisdiction == "重庆市"}
    district = {d.id for d in corpus_docs if d.jurisdiction != "重庆市"}
    both = {
        p.id for p in result.places
        if {m.doc for m in p.mentions} & city and {m.doc for m in p.mentions} & district
    }  # fmt: skip
    overlaps = analyse(atlas).overlaps
    assert set(overlaps["id"]) == both and both
    row = overlaps.set_index("name").loc["两江协同创新区"]
    assert row["city_sectors"] and row["district_sectors"]


def test_spatial_figures_are_in_a_projected_crs(atlas):
    spatial = analyse(atlas).spatial
    finance = spatial[(spatial["sector_id"] == "finance") & (spatial["district"] == "渝中区")]
    # 渝中区 is ~23 km²: the finance service areas cover a real share of it, never more.
    assert 0 < finance["served_km2"].item() <= 23.5 and 0 < finance["share"].item() <= 1


def test_sector_filter_narrows_to_its_sub_sectors(atlas):
    software = analyse(atlas, sector="软件信息")
    covers = Taxonomy.load().covers("software-info")
    assert len(software.places) > 0
    assert all(set(ids.split("|")) & covers for ids in software.places["sector_ids"])
    with pytest.raises(UnknownName, match="unknown sector '不存在的行业'"):
        analyse(atlas, sector="不存在的行业")


@pytest.mark.browser
def test_html_report_opens_in_headless_chromium(atlas, tmp_path):
    chromium = shutil.which("chromium")
    if not chromium:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: `make test` installs it")
        pytest.skip("chromium not installed")
    report = write_report(analyse(atlas), "html", tmp_path / "coverage.html")
    text = report.read_text(encoding="utf-8")
    assert "<script" not in text and "http" not in text.replace("http://www.w3.org/2000/svg", "")
    dom = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--dump-dom", report.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    assert "目标与已命名载体" in dom and "<svg" in dom
    anchors = set(re.findall(r'href="#([^"]*)"', dom))
    assert anchors and all(a and f'id="{a}"' in dom for a in anchors)  # figures link to clauses


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx", "html"])
def test_cli_writes_every_format(atlas, tmp_path, fmt):
    out = tmp_path / f"coverage.{fmt}"
    proc = subprocess.run(
        [str(CLUSTERMAP), "coverage", "--atlas", str(atlas.path), "--format", fmt, "-o", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 0
    if fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert {"targets", "matrix", "plan_overlaps", "spatial_coverage"} <= set(data)
    if fmt == "csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_cli_unknown_sector_is_a_clear_error(atlas, tmp_path):
    proc = subprocess.run(
        [str(CLUSTERMAP), "coverage", "--atlas", str(atlas.path), "--sector", "不存在的行业",
         "-o", str(tmp_path / "x.html")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 2 and "unknown sector" in proc.stderr
    assert not (tmp_path / "x.html").exists()
