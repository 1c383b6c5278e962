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
