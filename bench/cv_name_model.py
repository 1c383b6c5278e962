"""Leave-one-batch-out cross-validation of the name model (``extract/likelihood.py``) on
the blind labels' TUNING parts only (never a held-out part).

For each batch k of ``--folds`` (default eval4 … eval11):

* model A: trained on ``name_model.FIRST_BATCHES`` (eval, eval2, eval3) tuning parts +
  seeds, as shipped until session 14; it never saw batch k (k ≥ 4);
* model B ("more data"): trained on the tuning parts of every batch in
  ``name_model.BATCHES`` except k, + seeds;

both from the stored examples (``tests/name_model_examples.jsonl``: ``python
tests/name_model.py --examples`` reads them again from the rules of the day),

and batch k's tuning part is scored with each (``eval_corpus.evaluate``, the strict scorer
of ``bench/eval_corpus.py``, at ``settings.NAME_LIKELIHOOD_MIN`` unless the variant sets
another). Counts are pooled over the folds (``scoring.pooled``).

Variants (``--variants``, comma-separated): ``A``, ``B``, and ``B`` with a different
minimum or C, written ``B@min=0.05``, ``B@c=0.3`` (or both: ``B@c=0.3@min=0.2``).

Run::

    .venv/bin/python bench/cv_name_model.py \\
        [--variants A,B] [--folds eval4,eval5,…] [--json out.json] [--models DIR]

The weights of every model go to a temporary directory; the model under test is loaded by
pointing ``likelihood.load`` at its file (``load``'s default path is bound when the module
is imported, so setting ``likelihood.MODEL_FILE`` alone would change nothing).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))

import name_model  # noqa: E402
from eval_corpus import evaluate  # noqa: E402
from scoring import StrictScore, pooled  # noqa: E402

from extract import likelihood  # noqa: E402
from extract.taxonomy import Taxonomy  # noqa: E402
from geo import settings  # noqa: E402

TESTS = REPO / "tests"
PART = "tuning"
DEFAULT_FOLDS = tuple(b for b in name_model.BATCHES if b not in name_model.FIRST_BATCHES)
_load = likelihood.load  # the module's own cached loader


def use_model(path: Path) -> None:
    """Make the pipeline's ``likelihood.load()`` return the model stored at ``path``."""
    likelihood.MODEL_FILE = path
    _load.cache_clear()
    likelihood.load = lambda p=None: _load(p or path)  # set_aside calls load()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert likelihood.load().intercept == data["intercept"]
    assert likelihood.load().weights == data["weights"]


def parse_variant(text: str) -> dict:
    base, *opts = text.split("@")
    assert base in ("A", "B"), text
    out = {"name": text, "model": base, "c": name_model.C, "min": settings.NAME_LIKELIHOOD_MIN}
    for opt in opts:
        key, value = opt.split("=")
        assert key in ("c", "min"), text
        out[key] = float(value)
    return out


def counts(s: StrictScore) -> dict:
    return {
        "recall": s.recall, "precision": s.precision,
        "district": s.district, "sector": s.sector_recall,
        "core": s.core, "found": s.core - len(s.missed), "extracted": s.extracted,
        "right": s.extracted - len(s.errors), "checked": s.districts_checked,
        "phrases": s.phrases,
    }  # fmt: skip


def line(tag: str, s: StrictScore) -> str:
    c = counts(s)
    return (
        f"{tag:22} recall {s.recall:.3f} ({c['found']}/{c['core']})  "
        f"precision {s.precision:.3f} ({c['right']}/{c['extracted']})  "
        f"district {s.district:.3f} ({c['checked']})  sector {s.sector_recall:.3f} ({c['phrases']})"
    )


def write_model(model: dict, path: Path) -> Path:
    path.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variants", default="A,B")
    ap.add_argument("--folds", default=",".join(DEFAULT_FOLDS))
    ap.add_argument("--json", type=Path)
    ap.add_argument("--models", type=Path, help="where the weights go (default: a temp dir)")
    args = ap.parse_args()
    variants = [parse_variant(v) for v in args.variants.split(",")]
    folds = tuple(args.folds.split(","))
    assert all(f in name_model.BATCHES for f in folds), folds
    taxonomy = Taxonomy.load()
    tmp = args.models or Path(tempfile.mkdtemp(prefix="cv_name_model_"))
    tmp.mkdir(parents=True, exist_ok=True)
    shipped_min = settings.NAME_LIKELIHOOD_MIN
    scores: dict[str, list[StrictScore]] = {v["name"]: [] for v in variants}
    results: dict = {"variants": variants, "folds": {}, "pooled": {}, "examples": {}}

    models_a: dict[float, Path] = {}
    for v in variants:
        if v["model"] == "A" and v["c"] not in models_a:
            started = time.perf_counter()
            model = name_model.train(name_model.FIRST_BATCHES, v["c"])
            took = time.perf_counter() - started
            models_a[v["c"]] = write_model(model, tmp / f"A_c{v['c']}.json")
            results["examples"][f"A c={v['c']}"] = model["examples"]
            print(f"model A (c={v['c']}): trained on {len(model['trained_on'])} label files, "
                  f"{model['examples']} examples ({model['carriers']} carriers), "
                  f"{took:.1f} s")  # fmt: skip

    for k in folds:
        batches_b = tuple(b for b in name_model.BATCHES if b != k)
        assert len(batches_b) == len(name_model.BATCHES) - 1
        models_b: dict[float, Path] = {}
        results["folds"][k] = {}
        for v in variants:
            if v["model"] == "A":
                path = models_a[v["c"]]
            else:
                if v["c"] not in models_b:
                    started = time.perf_counter()
                    model = name_model.train(batches_b, v["c"])
                    took = time.perf_counter() - started
                    assert not any(f"tests/{k}/" in f for f in model["trained_on"])
                    assert not any("heldout" in f for f in model["trained_on"])
                    models_b[v["c"]] = write_model(model, tmp / f"B_{k}_c{v['c']}.json")
                    results["examples"][f"B-{k} c={v['c']}"] = model["examples"]
                    print(f"model B without {k} (c={v['c']}): {len(model['trained_on'])} "
                          f"label files, {model['examples']} examples "
                          f"({model['carriers']} carriers), {took:.1f} s")  # fmt: skip
                path = models_b[v["c"]]
            use_model(path)
            settings.NAME_LIKELIHOOD_MIN = v["min"]
            score = evaluate(PART, taxonomy, TESTS / k)
            settings.NAME_LIKELIHOOD_MIN = shipped_min
            scores[v["name"]].append(score)
            results["folds"][k][v["name"]] = counts(score)
            print(line(f"{k} {v['name']}", score), flush=True)
            # the eval_corpus.py line, to compare with `bench/eval_corpus.py K tuning`
            print(f"  {k:6} {PART:8}", score.summary(), flush=True)

    print()
    for v in variants:
        total = pooled(scores[v["name"]])
        results["pooled"][v["name"]] = counts(total)
        print(line(f"pooled {v['name']}", total))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
