"""The name model (``extract/likelihood.py``): the shipped weights are what training on
the tuning labels gives, it never learned from a held-out part, and a name it sets aside
is reported, never lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from name_model import SEED_LABELS, label_files, stored_examples, train

from extract import extract, likelihood
from extract.ingest import read_file
from extract.model import Document
from extract.sections import parse_sections
from geo import settings

TESTS = Path(__file__).parent
# The third batch's tuning texts: their labeller listed 227 phrases as no place.
EVAL3_TEXT = TESTS / "eval3" / "tuning" / "docs"


@pytest.fixture(scope="module")
def retrained() -> dict:
    return train()


def test_the_shipped_weights_are_what_training_on_the_tuning_labels_gives(retrained):
    shipped = json.loads(likelihood.MODEL_FILE.read_text(encoding="utf-8"))
    assert shipped["examples"] == retrained["examples"]
    assert shipped["trained_on"] == retrained["trained_on"]
    assert shipped["intercept"] == pytest.approx(retrained["intercept"], abs=1e-4)
    assert shipped["weights"].keys() == retrained["weights"].keys()
    drift = max(abs(w - retrained["weights"][k]) for k, w in shipped["weights"].items())
    assert drift < 1e-4, "extract/name_model.json is stale: run python tests/name_model.py"


def test_the_model_learns_from_tuning_parts_and_seeds_only(retrained):
    files = retrained["trained_on"]
    assert len(files) == len(label_files()) + 1 > 60
    assert all("/tuning/labels/" in f for f in files[:-1]), files
    assert files[-1] == str(SEED_LABELS.relative_to(TESTS.parent))
    assert not any("heldout" in f for f in files)
    # Every stored example comes from one of those files, and every file gives some.
    rows = stored_examples()
    assert len(rows) == retrained["examples"]
    assert {row.file for row in rows} == set(files)


def test_on_the_labels_it_learnt_from_places_score_high_and_not_places_low():
    model = likelihood.load()
    labels = [json.loads(p.read_text(encoding="utf-8")) for p in label_files()]
    places = [p["name"] for lab in labels for p in lab["places"]]
    others = [n["name"] for lab in labels for n in lab.get("not_places", [])]
    chance = [model.likelihood(n, "", "", 1) for n in places]
    chance_others = [model.likelihood(n, "", "", 1) for n in others]
    assert sorted(chance)[len(chance) // 2] > 0.8
    assert sorted(chance_others)[len(chance_others) // 2] < 0.2


def _every_place(min_likelihood: float) -> tuple[list[str], list[tuple[str, float]]]:
    names: list[str] = []
    aside: list[tuple[str, float]] = []
    for path in sorted(EVAL3_TEXT.glob("*.txt")):
        result = extract(read_file(path), min_likelihood=min_likelihood)
        names += [f"{path.name}:{p.name}" for p in result.places]
        aside += [(f"{path.name}:{p.name}", c) for p, c in result.set_aside]
    return names, aside


def test_a_name_set_aside_is_reported_with_its_likelihood_and_nothing_is_lost():
    every, none_aside = _every_place(0)
    kept, aside = _every_place(settings.NAME_LIKELIHOOD_MIN)
    assert none_aside == []
    assert aside, "the tuning texts hold names the model doubts"
    assert all(c < settings.NAME_LIKELIHOOD_MIN for _, c in aside)
    assert sorted(kept + [n for n, _ in aside]) == sorted(every)


def test_clustermap_extract_lists_the_names_set_aside():
    # The seeds' labels call 两江新区科技标准协同创新示范区 a platform without a site; the
    # rules read a name in it, the model sets that aside.
    seed = settings.CORPUS_DIR / "001_bf5a416dda61ea80.txt"
    run = subprocess.run(
        [sys.executable, "-m", "clustermap", "extract", str(seed), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    out = json.loads(run.stdout)
    aside = {a["name"]: a for a in out["set_aside"]}
    assert "科技标准协同创新示范区" in aside
    assert aside["科技标准协同创新示范区"]["likelihood"] < settings.NAME_LIKELIHOOD_MIN
    assert "科技标准协同创新示范区" in aside["科技标准协同创新示范区"]["quote"]
    assert "科技标准协同创新示范区" not in {p["name"] for p in out["places"]}
    assert len(out["places"]) > 20
    text = subprocess.run(
        [sys.executable, "-m", "clustermap", "extract", str(seed)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "set aside as unlikely carriers" in text and "科技标准协同创新示范区 (0.0" in text


def test_a_tables_column_of_cluster_names_is_not_second_guessed_by_the_model():
    # 贵州's 2023 featured clusters (the tenth batch's tuning part): the model trained on
    # the first three batches, which learnt that names ending in 产业集群 are mostly titles,
    # gave these rows 0.003–0.07; the 「集群名称」 heading says they are names. A 「企业名称」
    # column vouches for nothing.
    text = (
        "序号 | 集群名称 | 所属产业 |\n"
        "1 | 乌当区中成药研发生产产业集群 | 健康医药 |\n"
        "2 | 贵安先进装备制造产业集群 | 装备制造 |\n"
    )
    doc = Document(id="d", source="t", title="公示", text=text, sections=parse_sections(text))
    result = extract([doc])
    assert {p.name for p in result.places} == {
        "乌当区中成药研发生产产业集群",
        "贵安先进装备制造产业集群",
    }
    assert result.set_aside == []
    # The model is asked about a 「企业名称」 column's rows: at a minimum no name reaches,
    # every row is set aside; under a 「集群名称」 heading none is.
    rows = text.replace("集群名称", "企业名称")
    doc = Document(id="d", source="t", title="公示", text=rows, sections=parse_sections(rows))
    assert {p.name for p, _ in extract([doc], min_likelihood=1.0).set_aside} == {
        "乌当区中成药研发生产产业集群",
        "贵安先进装备制造产业集群",
    }
    doc = Document(id="d", source="t", title="公示", text=text, sections=parse_sections(text))
    assert extract([doc], min_likelihood=1.0).set_aside == []
