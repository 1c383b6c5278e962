"""Extraction measured against hand labels: the seeds (``tests/gold``) and documents of
other bodies and cities the extractor was not developed on (``tests/heldout``)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from scoring import StrictScore, judged, pooled, score, strict_score

from extract import extract
from extract.ingest import read_file
from extract.taxonomy import Taxonomy

TESTS = Path(__file__).parent


@pytest.fixture(scope="module")
def seed_score(corpus_docs):
    labels = json.loads((TESTS / "gold" / "seeds.json").read_text(encoding="utf-8"))
    places = [p.to_dict() for p in extract(corpus_docs).places]
    return score(places, labels["places"], Taxonomy.load())


@pytest.fixture(scope="module")
def heldout_score():
    labels = json.loads((TESTS / "heldout" / "labels.json").read_text(encoding="utf-8"))
    extracted = []
    for entry in labels["documents"]:
        docs = read_file(TESTS / "heldout" / "docs" / entry["file"])
        # Each document on its own, as a user would run it; ids kept apart per file.
        for place in extract(docs).places:
            extracted.append(dict(place.to_dict(), id=f"{entry['file']}:{place.id}"))
    return score(extracted, labels["places"], Taxonomy.load())


def test_seed_recall_of_core_places(seed_score):
    assert seed_score.recall >= 0.97, seed_score.missed


def test_seed_precision(seed_score):
    # 0.956 before an unnamed park a named one ends with became that one's kind, 0.962 after;
    # 0.969 once a sector park counted in its clause (「打造一批…园区」) became no place;
    # 0.992 with the name model, which learnt from the seeds' labels too.
    assert seed_score.precision >= 0.98, seed_score.false_positives


def test_seed_sector_phrases_found_on_matched_places(seed_score):
    # 0.907 before the stated-list frames of issue 14's second session, 0.910 after.
    assert seed_score.sector_recall >= 0.90, seed_score.missed_phrases


def test_heldout_recall(heldout_score):
    # 0.911 before the name model set doubtful names aside (extract/likelihood.py), 0.889
    # after: two of 90 core places, for three errors fewer (precision 0.940 → 0.948). On
    # the three blind held-out parts it cost no place and raised precision 0.02–0.03.
    assert heldout_score.recall >= 0.88, heldout_score.missed


def test_heldout_precision(heldout_score):
    # 0.931 before actors (开发商, 运营商) were read like companies, 0.940 after; 0.948
    # with the name model; 0.947 once names given respectively merged two pairs (session 8).
    assert heldout_score.precision >= 0.94, heldout_score.false_positives


def test_heldout_sector_phrases_found_on_matched_places(heldout_score):
    # 0.384 with the productive-service sectors alone; 0.677 with the national schemes;
    # 0.720 measured at issue 14's second session.
    assert heldout_score.sector_recall >= 0.70, heldout_score.missed_phrases


def strictly(name: str, batch: str = "eval"):
    """A part of a blind-labelled batch (tests/<batch>/<name>), each document extracted on
    its own and scored strictly: titles, companies, generic phrases, duplicates and
    unlabelled names are errors."""
    part = TESTS / batch / name
    pairs = []
    for path in sorted((part / "labels").glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        places = extract(read_file(part / "docs" / label["file"])).places
        pairs.append((label, [p.to_dict() for p in places]))
    return strict_score(pairs, Taxonomy.load())


@pytest.fixture(scope="module")
def tuning_score():
    return strictly("tuning")


@pytest.fixture(scope="module")
def blind_heldout_score():
    return strictly("heldout")


@pytest.mark.parametrize(
    ("measure", "floor", "detail"),
    [
        # 0.479 before names, titles and units were read for any province (issue 14);
        # 0.924 before units given industries and the parts of speech of words (0.986).
        ("recall", 0.98, "missed"),
        # 0.655 before titles became designations and spellings merged; 0.961 → 0.964;
        # 0.970 once an unnamed park a named one ends with became that one's kind; 0.975
        # after the generalisation session (一 as an article: 「九江一工业园区」).
        ("precision", 0.97, "errors"),
        # 0.094 before districts came from the national table of units; 0.923 before the
        # finer unit a text gives won and a text's dominant city became its unit (0.964).
        ("district", 0.96, "wrong_districts"),
        # 0.102 with the productive-service sectors alone, 0.898 with the national schemes;
        # 0.913 before stated lists kept their items whole and 繁體 phrases matched (0.971).
        ("sector_recall", 0.96, "missed_phrases"),
    ],
)
def test_tuning_corpus_scored_strictly_meets_its_floor(tuning_score, measure, floor, detail):
    assert getattr(tuning_score, measure) >= floor, getattr(tuning_score, detail)


@pytest.mark.parametrize(
    ("measure", "floor"),
    [
        # Floors against regression, not the goal: issue 14 asks 0.92 recall, 0.90
        # precision, 0.90 district and 0.80 sector phrases here. Measured at the merge of
        # session 3: 0.730, 0.637, 0.803, 0.588 (0.532, 0.500, 0.000, 0.104 before it); at
        # the end of the extraction helper's session: 0.784, 0.691, 0.765, 0.686 (district
        # fell, its floor stays); after the district-generality session: 0.784, 0.696,
        # 0.753, 0.686; at the merge of session 5's three helpers (names, sectors,
        # documents' units; each read the totals once at its end, the lead once after
        # the merge): 0.775, 0.750, 0.802, 0.714 — one place fewer found; with the name
        # model (extract/likelihood.py, session 6, read once): 0.775, 0.775, 0.802, 0.714;
        # after session 7's rules, tuned on the fourth batch (read once): 0.775, 0.782,
        # 0.802, 0.714. Two floor failures during that session (a district rule on the
        # third batch, 工业 as a generic word here) had their changes reverted unread.
        # After session 8's rules, tuned on the fifth batch (read once at its end): 0.775,
        # 0.788, 0.802, 0.714. Three of its commits failed floors here and in batches 2–4
        # (former unit names; 特色小镇 trades with aliases; a subject owning its clauses)
        # and were reverted unread. After session 9's, tuned on the sixth and seventh
        # batches (read once): the same. After session 10's (read once at its end): district
        # 0.815, the rest the same. After session 12's (read once at its end): district
        # 0.827, the rest the same. With session 14's name model (trained on every
        # batch's tuning part; read once at its end): precision 0.800, the rest the same.
        # After session 14's later rules (read once at its end): precision 0.821, sector
        # phrases 0.724.
        ("recall", 0.77),
        ("precision", 0.82),
        ("district", 0.82),
        ("sector_recall", 0.72),
    ],
)
def test_blind_heldout_corpus_keeps_its_floor(blind_heldout_score, measure, floor):
    # Only the totals are read here; no rule may be tuned on this part's details, so a
    # failure shows the figure alone (a plain float: pytest prints no score object).
    value: float = getattr(blind_heldout_score, measure)
    assert value >= floor


@functools.cache
def later_batch(batch: str, part: str) -> StrictScore:
    """A part of a later blind batch, scored strictly once per session."""
    return strictly(part, batch)


@pytest.mark.parametrize(
    ("batch", "part", "measure", "floor"),
    [
        # tests/eval2: 40 texts from 22 provinces, labelled by another blind labeller after
        # the first batch's rules were written.
        # Tuned on by the extraction session that followed its labelling: 0.805, 0.750,
        # 0.874, 0.640 before it, 0.955, 0.941, 0.933, 0.822 after; 0.955, 0.970, 0.933,
        # 0.878 at the merge of session 5.
        ("eval2", "tuning", "recall", 0.95),
        ("eval2", "tuning", "precision", 0.98),
        ("eval2", "tuning", "district", 0.93),
        ("eval2", "tuning", "sector_recall", 0.87),
        # Never tuned on (totals read six times): 0.680, 0.646, 0.795, 0.628 before that
        # session, 0.820, 0.701, 0.770, 0.674 after; 0.820, 0.705, 0.770, 0.674 after the
        # district-generality session; sector phrases 0.694 after the third batch's sector
        # session (read once); district 0.830 after the document-unit session (read
        # once); 0.820, 0.767, 0.850, 0.694 at the merge of session 5 (read once by the
        # lead); with the name model (session 6, read once): 0.820, 0.790, 0.850, 0.694;
        # after session 7's rules (read once): 0.828, 0.796, 0.851, 0.721; unchanged after
        # session 8's (read once); precision 0.801 after session 9's (read once); 0.828,
        # 0.806, 0.851, 0.728 after session 12's (read once).
        # Floors against regression; issue 14's goal is 0.92, 0.90, 0.90, 0.80.
        ("eval2", "heldout", "recall", 0.83),
        ("eval2", "heldout", "precision", 0.82),
        ("eval2", "heldout", "district", 0.86),
        ("eval2", "heldout", "sector_recall", 0.74),
        # tests/eval3: 42 texts from 16 provinces, 河北, 湖南, 安徽, 江西, 天津 among them,
        # labelled by a third blind labeller after the rules tuned on the first two
        # batches were written.
        # Both parts first read on 2026-12-06, before any rule saw them: tuning 0.667,
        # 0.560, 0.767, 0.578; held-out 0.538, 0.551, 0.620, 0.455 — what the rules of
        # two batches did on texts of provinces and sites they had not met. Floors
        # against regression; issue 14's goal is 0.92, 0.90, 0.90, 0.80.
        # Tuned on by session 5's helpers (names, sectors, documents' units): 0.925,
        # 0.849, 0.964, 0.906 at their merge; precision 0.900 once the name model had
        # learnt from this part's labels (session 6).
        ("eval3", "tuning", "recall", 0.92),
        ("eval3", "tuning", "precision", 0.90),
        ("eval3", "tuning", "district", 0.96),
        ("eval3", "tuning", "sector_recall", 0.90),
        # Never tuned on: 0.548, 0.587, 0.647, 0.487 at the merge (read by each helper
        # once at its end, by the lead once after the merge). The tuning part rose by
        # 0.26, 0.29, 0.20 and 0.33, this part by 0.01 to 0.04: what was learnt there
        # hardly carries to other texts of the same provinces. With the name model
        # (session 6, read once): 0.548, 0.604, 0.647, 0.487; after session 7's rules
        # (read once): 0.548, 0.604, 0.647, 0.500; after session 8's (read once): 0.548,
        # 0.604, 0.647, 0.551; the same after session 9's (read once); after session 11's
        # (read once) 0.548, 0.642, 0.647, 0.564.
        ("eval3", "heldout", "recall", 0.54),
        ("eval3", "heldout", "precision", 0.64),
        ("eval3", "heldout", "district", 0.64),
        ("eval3", "heldout", "sector_recall", 0.69),
        # tests/eval4: 36 texts from 20 provinces and a national list, 江苏, 上海, 北京, 吉林,
        # 内蒙古, 新疆, 甘肃, 贵州, 海南 among them, no Chongqing text; labelled by a fourth
        # blind labeller after the rules and the name model were written.
        # Both parts first read on 2026-12-07, before any rule or model saw them: tuning
        # 0.743, 0.692, 0.885, 0.250; held-out 0.847, 0.865, 0.900, 0.635. Floors against
        # regression; issue 14's goal is 0.92, 0.90, 0.90, 0.80.
        # Tuned on by session 7's rules (profiles' and catalogues' sectors, bracketed
        # lists, units in brackets, 吉林 the city): 0.814, 0.774, 0.930, 0.561; 0.814,
        # 0.781, 0.947, 0.789 after session 8's (an entry named as a sentence of its own,
        # 决定 opening a clause, plan words of the national classes).
        ("eval4", "tuning", "recall", 0.82),
        ("eval4", "tuning", "precision", 0.89),
        ("eval4", "tuning", "district", 0.94),
        ("eval4", "tuning", "sector_recall", 0.80),
        # Never tuned on: after session 7's rules (read once) 0.847, 0.865, 0.900, 0.649 —
        # the tuning part rose by 0.07 to 0.31, this part by 0 to 0.014; after session
        # 8's (read once) 0.847, 0.865, 0.900, 0.662; the same after session 9's.
        ("eval4", "heldout", "recall", 0.84),
        ("eval4", "heldout", "precision", 0.86),
        ("eval4", "heldout", "district", 0.90),
        ("eval4", "heldout", "sector_recall", 0.66),
        # tests/eval5: 38 texts from 15 provinces, 辽宁, 黑龙江, 天津, 宁夏, 青海, 西藏, 陕西 and
        # three Chongqing texts on new topics among them, 9 genres with a line table;
        # labelled by a fifth blind labeller after session 7's rules were written.
        # Both parts first read on 2026-12-07, before any rule saw them: tuning 0.776,
        # 0.637, 0.686, 0.393; held-out 0.639, 0.677, 0.870, 0.403.
        # Tuned on by session 8's rules (headings over their lines, names given
        # respectively, a work report's congress, national-level zones of a place, plan
        # words of services): 0.851, 0.750, 0.857, 0.561.
        # Session 9 (a part named without its host zone is the same place): precision
        # 0.768. Session 10 (「包括青岛的A、B」, featured trades, 我国/我省 regions, 龙泉养生
        # 特色小镇): 0.866, 0.780, 0.947, 0.672. Session 12 (lists 形成 with no count,
        # 以…为核心/为主的): sector phrases 0.716. Session 13 (「X区有A、B等百余家商务楼宇」,
        # trades closed by 等…现代服务业, 证券/期货/保险): 0.896, 0.805, 0.949, 0.765; a
        # city's bare 开发区: precision 0.815.
        ("eval5", "tuning", "recall", 0.91),
        ("eval5", "tuning", "precision", 0.89),
        ("eval5", "tuning", "district", 0.96),
        ("eval5", "tuning", "sector_recall", 0.82),
        # Never tuned on: after session 8's rules (read once) 0.639, 0.677, 0.870, 0.403 —
        # the same as before them: the tuning part rose by 0.07 to 0.17, this part by 0.
        # After session 9's and session 10's (each read once): the same again. After
        # session 11's (read once): 0.639, 0.691, 0.870, 0.478.
        ("eval5", "heldout", "recall", 0.63),
        ("eval5", "heldout", "precision", 0.69),
        ("eval5", "heldout", "district", 0.86),
        ("eval5", "heldout", "sector_recall", 0.58),
        # tests/eval6: 36 texts from 16 provinces and a national approval, 云南, 内蒙古,
        # 广西, 吉林, 新疆, 贵州, 海南, 甘肃 and three Chongqing texts (two 商圈, a table)
        # among them, 9 genres; labelled by a sixth blind labeller after session 8's rules.
        # Both parts first read on 2026-12-07, before any rule saw them: tuning 0.767,
        # 0.681, 0.903, 0.419; held-out 0.725, 0.645, 0.853, 0.610 (session 8's code and
        # session 9's first two commits gave the same figures).
        # Tuned on by session 9 (amounts and classes describe a park, counties a clause
        # joins, 以及 in a list, 重点打造 lists, 了解): 0.814, 0.754, 0.909, 0.551; session
        # 10 (featured trades, 我国/我省 regions): precision 0.766, sector phrases 0.571.
        # Session 11 (及 items; the name model retrained as its rules changed what the
        # tuning texts give): 0.837, 0.769, 0.882, 0.635. The model keeps 李家沱商圈 now,
        # whose district the text gives only through 「巴南区商务局」: the same 30 places
        # have their district, of 34 found instead of 33.
        ("eval6", "tuning", "recall", 0.83),
        # Session 13 (a park named again without its kind's words): 0.781, sectors 0.750.
        ("eval6", "tuning", "precision", 0.83),
        ("eval6", "tuning", "district", 0.88),
        ("eval6", "tuning", "sector_recall", 0.75),
        # Never tuned on: after session 9's rules (read once) the first reading again; after
        # session 10's (read once) precision 0.653.
        # Held-out, read at session 13's end: 0.745, 0.667, 0.857, 0.605.
        ("eval6", "heldout", "recall", 0.74),
        ("eval6", "heldout", "precision", 0.66),
        ("eval6", "heldout", "district", 0.85),
        ("eval6", "heldout", "sector_recall", 0.60),
        # tests/eval7: 36 texts from 13 provinces and a national text, 山东, 广东, 河南,
        # 浙江, 安徽, 江苏, 福建 among them, 商业街 and 特色小镇 lists, two Chongqing texts;
        # labelled by a seventh blind labeller after most of session 9's rules.
        # Both parts first read on 2026-12-07: tuning 0.423, 0.569, 0.812, 0.827; held-out
        # 0.733, 0.773, 0.784, 0.259 (session 8's code: the same but held-out precision
        # 0.766). Tuned on by session 9 (counts in 条 and 数千, a port named like a city):
        # precision 0.623. Session 10 (东明石化产业园 → 东明县, featured trades, 我国 regions):
        # 0.423, 0.647, 0.844, 0.846. Session 12's scorer, which compares names in one
        # script (山東青島西海岸新區 is 山东青岛西海岸新区 without its province): precision
        # 0.654 → 0.731, every other part and batch unchanged. Session 13 (a numbered list
        # of clusters headed by their units in full): 0.526, 0.763, 0.875, 0.864.
        ("eval7", "tuning", "recall", 0.60),
        ("eval7", "tuning", "precision", 0.87),
        ("eval7", "tuning", "district", 0.89),
        ("eval7", "tuning", "sector_recall", 0.88),
        # Never tuned on: after session 9's last rules (read once) the first reading again;
        # after session 10's (read once) district 0.878, the rest the same; after session
        # 11's (read once) precision 0.780.
        ("eval7", "heldout", "recall", 0.73),
        ("eval7", "heldout", "precision", 0.80),
        ("eval7", "heldout", "district", 0.87),
        ("eval7", "heldout", "sector_recall", 0.32),  # session 13: 0.321
        # tests/eval8: 36 texts from 14 provinces, 湖南, 宁夏, 山西, 广西, 湖北, 黑龙江, 西藏,
        # 江西 and two Chongqing texts among them, 9 genres with two tables new to the
        # corpus; labelled by an eighth blind labeller after session 10's first rules.
        # Both parts first read on 2026-12-07: tuning 0.660, 0.571, 0.821, 0.603; held-out
        # 0.333, 0.537, 0.812, 0.500 (session 9's code gave the same). Tuned on by session
        # 10 (该区, 一批 before a classifier, 隨著 read as 随着, 大有 a town, 我国/我省
        # regions): 0.740, 0.603, 0.844, 0.603.
        ("eval8", "tuning", "recall", 0.84),
        ("eval8", "tuning", "precision", 0.83),  # session 13: 0.638
        ("eval8", "tuning", "district", 0.86),
        ("eval8", "tuning", "sector_recall", 0.71),
        # Never tuned on: the first reading; after session 10's later rules (read once at its
        # end) the same; after session 11's (read once) precision 0.550.
        # Held-out, read at session 13's end (a numbered list of clusters headed by their
        # units in full, among that session's rules): 0.729, 0.695, 0.914, 0.545.
        ("eval8", "heldout", "recall", 0.77),
        ("eval8", "heldout", "precision", 0.72),
        ("eval8", "heldout", "district", 0.91),
        ("eval8", "heldout", "sector_recall", 0.54),
        # tests/eval9: 36 texts from 18 provinces (福建, 浙江, 四川, 广东, 云南, 河北, 河南,
        # 新疆, 海南, 吉林, 陕西, 安徽, 江苏, 山东, 内蒙古, 青海, 北京, two Chongqing texts),
        # 9 genres, 6 traditional; labelled by a ninth blind labeller during session 11.
        # Both parts first read at session 11's end: session 10's code gave tuning 0.328,
        # 0.400, 0.773, 0.455 and held-out 0.727, 0.593, 0.917, 0.552; session 11's code
        # (a list of names no longer read as hard-wrapped) tuning 0.507, 0.471, 0.853, 0.357
        # and held-out the same. Then tuned on by session 11 (a table's name with its county
        # and the text's without it are one place; a county written before a name is not
        # refined to a namesake outside it; a county's bare 开发区 is the zone of that
        # county the text names): 0.507, 0.539, 0.882, 0.643.
        # Session 12 (a verbal noun before a county's name, a count closing a list):
        # precision 0.552, sector phrases 0.732. Session 13's scorer ignores the document's
        # county written in full at a name's head (the 紫阳县 notice's 16 parks): 0.746,
        # 0.736, 0.920, 0.792.
        ("eval9", "tuning", "recall", 0.76),
        ("eval9", "tuning", "precision", 0.80),  # session 13: 0.744
        ("eval9", "tuning", "district", 0.92),
        ("eval9", "tuning", "sector_recall", 0.80),
        ("eval9", "heldout", "recall", 0.72),
        ("eval9", "heldout", "precision", 0.61),
        ("eval9", "heldout", "district", 0.91),
        ("eval9", "heldout", "sector_recall", 0.55),
        # tests/eval10: 36 texts from 15 provinces, weighted to those the corpus had few of
        # (贵州 5, 吉林 4, 辽宁 4, 山西, 广西, 甘肃 3 each, 云南, 内蒙古, 宁夏, 海南, 黑龙江,
        # 西藏, 青海), 8 genres, 6 traditional; labelled by a tenth blind labeller during
        # session 12; the hash rule put 26 texts in the held-out part, 10 in tuning. Both
        # parts first read after session 12's first rules (session 11's code gave the same):
        # tuning 0.647, 0.600, 0.727, 0.571; held-out 0.562, 0.719, 0.957, 0.643. Tuned on
        # by session 12 (a table's 集群名称 column vouches for its names, a county written in
        # full heads a row, 剑河 / 剑河县): 0.882, 0.679, 1.000, 0.640; the held-out part,
        # read once at the session's end, unchanged.
        ("eval10", "tuning", "recall", 0.88),
        ("eval10", "tuning", "precision", 0.75),
        ("eval10", "tuning", "district", 1.00),
        ("eval10", "tuning", "sector_recall", 0.64),
        ("eval10", "heldout", "recall", 0.56),
        ("eval10", "heldout", "precision", 0.83),  # session 13: 0.732
        ("eval10", "heldout", "district", 0.95),
        ("eval10", "heldout", "sector_recall", 0.64),
        # tests/eval11: 30 texts (北京 4, 天津 4, 新疆 4, 甘肃 4, 海南 3, 内蒙古, 西藏, 青海 2
        # each, 宁夏, 河南, 福建, two national), 6 genres, 8 traditional, 3 hard negatives;
        # labelled by an eleventh blind labeller during session 13. Both parts first read
        # with session 12's code and session 13's scorer: tuning 0.407, 0.744, 0.909, 0.571;
        # held-out 0.545, 0.444, 0.917, 0.318. Tuned on by session 13 (a field written before
        # a name and 「·」, a name inside a document's title or a title to strive for):
        # 0.519, 0.821, 0.929, 0.647; 兵团级 a level: 0.556, 0.846, 0.933, 0.611; a
        # congress line broken after 届: district 1.000; the trade of the firms drawn in:
        # sector phrases 0.778. Session 14, the units profiles are about: 0.667, 0.857,
        # 1.000, 0.692; the sector phrases fell because three places were found whose
        # profiles state their trades in forms no rule reads (「以農為主的半農半牧鄉」,
        # 「中國枸杞之鄉」), not because a place found before lost one.
        ("eval11", "tuning", "recall", 0.66),
        ("eval11", "tuning", "precision", 0.87),
        ("eval11", "tuning", "district", 1.00),
        ("eval11", "tuning", "sector_recall", 0.69),
        ("eval11", "heldout", "recall", 0.63),
        ("eval11", "heldout", "precision", 0.51),
        ("eval11", "heldout", "district", 0.92),
        # Session 14's name model, trained on every batch's tuning part, keeps the units
        # profiles are about that the model of the first three batches set aside: recall
        # 0.545 → 0.636, precision 0.444 → 0.512; those places' phrases are not all read,
        # so sector phrases 0.318 → 0.292. The model was chosen by cross-validation on the
        # tuning parts (``bench/cv_name_model.py``), with its adoption rule fixed before
        # this part was read: pooled held-out recall and precision no lower (0.719 → 0.724,
        # 0.729 → 0.746).
        ("eval11", "heldout", "sector_recall", 0.29),
        # tests/eval12: 33 texts (江苏 4; 云南, 山东, 广东, 广西 3 each; 吉林, 四川, 安徽,
        # 江西, 浙江, 湖北 2 each; 河北, 贵州, 陕西, 黑龙江, one national list), 8 genres, 6
        # traditional, 3 hard negatives; labelled by a twelfth blind labeller during session
        # 14. Both parts first read with the code of 23d12ae: tuning 0.369, 0.657, 0.607,
        # 0.296 (43 of its 84 core places are one national list of export processing
        # zones); held-out 0.375, 0.519, 0.750, 0.167. Tuned on by session 14 (出口加工区 a
        # kind of zone; a city's own name no county's; a side's words no name's): tuning
        # 0.762, 0.775, 0.820, 0.296; held-out unchanged. The name model has not learnt
        # from it (tests/name_model.py's BATCHES).
        ("eval12", "tuning", "recall", 0.76),
        ("eval12", "tuning", "precision", 0.79),
        ("eval12", "tuning", "district", 0.81),
        ("eval12", "tuning", "sector_recall", 0.29),
        ("eval12", "heldout", "recall", 0.37),
        ("eval12", "heldout", "precision", 0.51),
        ("eval12", "heldout", "district", 0.75),
        ("eval12", "heldout", "sector_recall", 0.16),
    ],
)
def test_later_blind_batch_keeps_its_floor(batch, part, measure, floor):
    # Only the totals are read here; no rule may be tuned on a held-out part's details, so
    # a failure shows the figure alone.
    value: float = getattr(later_batch(batch, part), measure)
    assert value >= floor


def test_pooled_parts_weigh_each_part_by_its_places():
    # bench/eval_corpus.py prints every part's counts summed over the batches: the seventh
    # tuning part (78 core places) weighs more than the eighth (50), as a mean would not.
    a, b = later_batch("eval7", "tuning"), later_batch("eval8", "tuning")
    both = pooled([a, b])
    assert (both.core, both.extracted) == (a.core + b.core, a.extracted + b.extracted)
    assert both.recall == pytest.approx((a.recall * a.core + b.recall * b.core) / both.core)
    assert both.precision == pytest.approx(
        (a.precision * a.extracted + b.precision * b.extracted) / both.extracted
    )
    assert both.sector_recall == pytest.approx(
        (a.sector_recall * a.phrases + b.sector_recall * b.phrases) / both.phrases
    )
    assert both.recall != pytest.approx((a.recall + b.recall) / 2)


def test_a_traditional_name_and_its_province_match_the_label_written_without_it():
    # The seventh batch's 山東 cluster list: the label names the host zone 青岛西海岸新区
    # (its province is the document's); the tool gives 山东青岛西海岸新区 with the text's
    # 山東青島西海岸新區 as an alias. A leading unit of the document is ignored in either
    # script, and 繁體 and simplified spellings of one name are one spelling.
    label = {
        "file": "a.txt",
        "province": "山东省",
        "city": None,
        "places": [{"name": "青島西海岸新區", "core": False}],
        "not_places": [],
    }
    extracted = [{"name": "山东青岛西海岸新区", "aliases": ["山東青島西海岸新區"]}]
    assert judged(label, extracted) == [(0, "right")]


def test_a_name_headed_by_the_documents_county_in_full_matches_the_name_without_it():
    # The ninth batch's 紫阳县 notice lists 「紫阳县飞宏现代农业园区」; the tool names the park
    # 飞宏现代农业园区 and puts it in 紫阳县. The county's short name is no such head: 鼓楼
    # also heads 鼓楼软件园, which is not the label's 软件园.
    label = {
        "file": "a.txt",
        "province": "陕西省",
        "city": "安康市",
        "county": "紫阳县",
        "places": [
            {"name": "紫阳县飞宏现代农业园区", "core": True},
            {"name": "紫阳软件园", "core": True},
        ],
        "not_places": [],
    }
    extracted = [{"name": "飞宏现代农业园区", "aliases": []}, {"name": "软件园", "aliases": []}]
    assert judged(label, extracted) == [(0, "right"), (None, "unlabelled")]
