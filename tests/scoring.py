"""Scoring extracted places against hand labels (``tests/gold``, ``tests/heldout``).

A labelled place is found when an extracted place shares a spelling with it (name or
alias, compared normalised, with a leading city name ignored). Recall counts core labels
only; precision accepts any labelled place, core or not; sector recall counts the labelled
phrases of found core places that the extracted place carries verbatim or as the same
canonical sector.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.places import normalize
from extract.script import simplified_lines
from extract.taxonomy import Taxonomy

CITY_PREFIXES = ("重庆市", "重庆")


def spellings(name: str, aliases: list[str] | None = None) -> set[str]:
    """The normalised spellings a place is recognised by."""
    out = set()
    for n in [name, *(aliases or [])]:
        key = normalize(n)
        out.add(key)
        for prefix in CITY_PREFIXES:
            if key.startswith(prefix) and len(key) - len(prefix) >= 3:
                out.add(key[len(prefix) :])
    return out


@dataclass
class Score:
    recall: float
    precision: float
    sector_recall: float
    core: int
    extracted: int
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    missed_phrases: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"recall {self.recall:.3f} (core {self.core}), precision {self.precision:.3f} "
            f"({self.extracted} extracted), sector phrases {self.sector_recall:.3f}"
        )


def score(extracted: list[dict], labelled: list[dict], taxonomy: Taxonomy) -> Score:
    """Score extracted places (``Place.to_dict`` shape) against labelled places."""
    index: dict[str, list[dict]] = {}
    for p in extracted:
        for key in spellings(p["name"], p["aliases"]):
            index.setdefault(key, []).append(p)
    matched_ids: set[str] = set()
    core = [g for g in labelled if g.get("core")]
    missed, missed_phrases = [], []
    found_core = 0
    phrases_total = phrases_found = 0
    for g in labelled:
        hits = [p for key in spellings(g["name"], g.get("aliases")) for p in index.get(key, [])]
        matched_ids.update(p["id"] for p in hits)
        if not g.get("core"):
            continue
        if not hits:
            missed.append(g["name"])
            continue
        found_core += 1
        raw = {normalize(s) for p in hits for s in p["raw_sectors"]}
        canon = {s for p in hits for s in p["sectors"]}
        for phrase in g.get("sector_phrases", []):
            phrases_total += 1
            sector = taxonomy.match(phrase)
            if normalize(phrase) in raw or (sector and sector.id in canon):
                phrases_found += 1
            else:
                missed_phrases.append(f"{g['name']}: {phrase}")
    false_positives = [p["name"] for p in extracted if p["id"] not in matched_ids]
    return Score(
        recall=found_core / len(core) if core else 1.0,
        precision=(len(extracted) - len(false_positives)) / len(extracted) if extracted else 1.0,
        sector_recall=phrases_found / phrases_total if phrases_total else 1.0,
        core=len(core),
        extracted=len(extracted),
        missed=missed,
        false_positives=false_positives,
        missed_phrases=missed_phrases,
    )


# --- the blind-labelled corpus (tests/eval): strict scoring ------------------------------
#
# Labels of tests/eval/<part>/labels/*.json name, per document, its places (with the
# administrative units the text supports) and its hard negatives (``not_places``). Every
# extracted place is judged: right once per labelled place; a second copy of a place
# already found, a labelled non-place (title, company, generic phrase …) or anything
# unlabelled is an error.


@dataclass
class StrictScore:
    recall: float
    precision: float
    district: float
    """Share of found core places whose district is the finest unit the labels give
    (county, else city)."""
    sector_recall: float
    core: int
    extracted: int
    districts_checked: int
    phrases: int
    """Labelled sector phrases of found core places (the denominator of ``sector_recall``)."""
    missed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    """Each wrong prediction with why: ``duplicate``, the not_place reason, ``unlabelled``."""
    wrong_districts: list[str] = field(default_factory=list)
    missed_phrases: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"recall {self.recall:.3f} (core {self.core}), precision {self.precision:.3f} "
            f"({self.extracted} extracted), district {self.district:.3f} "
            f"({self.districts_checked} checked), sector phrases {self.sector_recall:.3f}"
        )


def pooled(scores: list[StrictScore]) -> StrictScore:
    """Several parts' scores as one: every count summed, so a part of 101 core places
    weighs as much as its places (a mean of the parts' ratios would not)."""

    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    core = sum(s.core for s in scores)
    extracted = sum(s.extracted for s in scores)
    checked = sum(s.districts_checked for s in scores)
    phrases = sum(s.phrases for s in scores)
    return StrictScore(
        recall=ratio(core - sum(len(s.missed) for s in scores), core),
        precision=ratio(extracted - sum(len(s.errors) for s in scores), extracted),
        district=ratio(checked - sum(len(s.wrong_districts) for s in scores), checked),
        sector_recall=ratio(phrases - sum(len(s.missed_phrases) for s in scores), phrases),
        core=core, extracted=extracted, districts_checked=checked, phrases=phrases,
        missed=[m for s in scores for m in s.missed],
        errors=[e for s in scores for e in s.errors],
        wrong_districts=[w for s in scores for w in s.wrong_districts],
        missed_phrases=[m for s in scores for m in s.missed_phrases],
    )  # fmt: skip


def unit_prefixes(*units: str | None, in_full: str | None = None) -> tuple[str, ...]:
    """Leading unit names a spelling may carry or drop: 杭州市 and 杭州 for 杭州市, and
    ``in_full`` as written only (a county: 紫阳县飞宏现代农业园区 = 飞宏现代农业园区; its short
    name heads names of other things as often, 鼓楼 of 鼓楼软件园 is no 软件园)."""
    out: list[str] = [in_full] if in_full else []
    for unit in units:
        if not unit:
            continue
        out.append(unit)
        short = unit.rstrip("省市")
        if len(short) >= 2 and short != unit:
            out.append(short)
    return tuple(sorted(set(out), key=len, reverse=True))


def strict_score(documents: list[tuple[dict, list[dict]]], taxonomy: Taxonomy) -> StrictScore:
    """Score ``(label document, extracted places of that document)`` pairs strictly."""
    totals = {"core": 0, "found": 0, "extracted": 0, "right": 0, "checked": 0,
              "district_right": 0, "phrases": 0, "phrases_found": 0}  # fmt: skip
    missed: list[str] = []
    errors: list[str] = []
    wrong_districts: list[str] = []
    missed_phrases: list[str] = []
    for label, extracted in documents:
        places = label["places"]
        claimed: dict[int, dict] = {}
        for p, (hit, why) in zip(extracted, judged(label, extracted), strict=True):
            totals["extracted"] += 1
            tag = f"{label['file']}: {p['name']}"
            if hit is None:
                errors.append(f"{tag} ({why})")
            elif hit in claimed:
                errors.append(f"{tag} (duplicate of {claimed[hit]['name']})")
            else:
                claimed[hit] = p
                totals["right"] += 1
        for i, gold in enumerate(places):
            if not gold.get("core"):
                continue
            totals["core"] += 1
            found = claimed.get(i)
            if found is None:
                missed.append(f"{label['file']}: {gold['name']}")
                continue
            totals["found"] += 1
            unit = gold.get("county") or gold.get("city")
            if unit:
                totals["checked"] += 1
                if normalize(found.get("district") or "") == normalize(unit):
                    totals["district_right"] += 1
                else:
                    wrong_districts.append(f"{gold['name']}: {found.get('district')!r} ≠ {unit}")
            raw = {normalize(s) for s in found.get("raw_sectors", [])}
            canon = set(found.get("sectors", []))
            for phrase in gold.get("sector_phrases", []):
                totals["phrases"] += 1
                sector = taxonomy.match(phrase)
                if normalize(phrase) in raw or (sector and sector.id in canon):
                    totals["phrases_found"] += 1
                else:
                    missed_phrases.append(f"{gold['name']}: {phrase}")

    def ratio(a: str, b: str) -> float:
        return totals[a] / totals[b] if totals[b] else 1.0

    return StrictScore(
        recall=ratio("found", "core"), precision=ratio("right", "extracted"),
        district=ratio("district_right", "checked"), sector_recall=ratio("phrases_found", "phrases"),
        core=totals["core"], extracted=totals["extracted"], districts_checked=totals["checked"],
        phrases=totals["phrases"],
        missed=missed, errors=errors, wrong_districts=wrong_districts,
        missed_phrases=missed_phrases,
    )  # fmt: skip


def judged(label: dict, extracted: list[dict]) -> list[tuple[int | None, str]]:
    """For each extracted place of one document, in order: the index of the labelled place
    it matches (``None`` for none) and why it is right or wrong (``right``, ``duplicate``,
    the not_place reason, ``unlabelled``)."""
    prefixes = unit_prefixes(
        label.get("province"), label.get("city"), *CITY_PREFIXES, in_full=label.get("county")
    )
    keys = [spellings_within(p["name"], p.get("aliases"), prefixes) for p in label["places"]]
    negatives = {
        k: n.get("why", "not a place")
        for n in label.get("not_places", [])
        for k in spellings_within(n["name"], None, prefixes)
    }
    out: list[tuple[int | None, str]] = []
    claimed: set[int] = set()
    for p in extracted:
        mine = spellings_within(p["name"], p.get("aliases"), prefixes)
        hit = next((i for i, k in enumerate(keys) if k & mine), None)
        if hit is None:
            out.append((None, next((negatives[k] for k in mine if k in negatives), "unlabelled")))
        else:
            out.append((hit, "duplicate" if hit in claimed else "right"))
            claimed.add(hit)
    return out


def spellings_within(name: str, aliases: list[str] | None, prefixes: tuple[str, ...]) -> set[str]:
    """The normalised spellings of a place in simplified script (山東 = 山东: the labels
    write a 繁體 text's names as it does, the tool reads it simplified), with and without a
    leading unit name of the document's province or city (杭州市滨江区物联网小镇 =
    滨江区物联网小镇, 山東青島西海岸新區 = 青岛西海岸新区)."""
    out = set()
    for n in [name, *(aliases or [])]:
        key = simplified_lines(normalize(n))
        out.add(key)
        for prefix in prefixes:
            if key.startswith(prefix) and len(key) - len(prefix) >= 3:
                out.add(key[len(prefix) :])
    return out
