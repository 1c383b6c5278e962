"""Sector assignment measured on hand labels, per corpus: how many labelled sector phrases of
found places the extractor gives the place, how many it at least reports in
``unmapped_sectors``, how many it loses (neither), and how many sector links it gives a
place that no label of that place supports (false matches: 临港 of a place name read as
port economy, 金融 of a neighbour's clause).

Also times the sector scoping of one sentence naming 4,000, 8,000 and 16,000 parks (each
with its own clause): it should grow linearly.

Run: ``.venv/bin/python bench/sector_quality.py [-v]`` (``EVAL_DIR`` as for
``bench/eval_corpus.py``; the seeds, ``tests/heldout`` and the corpus' tuning part).
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(TESTS))

from scoring import spellings  # noqa: E402

from extract import extract  # noqa: E402
from extract.ingest import read_file, read_paths  # noqa: E402
from extract.model import Document  # noqa: E402
from extract.places import normalize  # noqa: E402
from extract.sectors import SectorReader  # noqa: E402
from extract.taxonomy import Taxonomy  # noqa: E402
from geo import settings  # noqa: E402

EVAL_DIR = Path(os.environ.get("EVAL_DIR", TESTS / "eval"))


@dataclass
class Tally:
    phrases: int = 0
    assigned: int = 0
    reported: int = 0
    links: int = 0
    unsupported: int = 0
    lost: list[str] = field(default_factory=list)
    false_links: list[str] = field(default_factory=list)

    def summary(self) -> str:
        share = lambda a, b: a / b if b else 1.0  # noqa: E731
        return (
            f"phrases {self.phrases}: assigned {share(self.assigned, self.phrases):.3f}, "
            f"only reported unmapped {share(self.reported, self.phrases):.3f}, "
            f"lost {share(len(self.lost), self.phrases):.3f}; "
            f"links {self.links}: unsupported by labels {share(self.unsupported, self.links):.3f}"
        )


def tally(pairs: list[tuple[list[dict], object]], taxonomy: Taxonomy) -> Tally:
    """``pairs``: (labelled places of a document, the extraction of that document)."""
    out = Tally()
    for labelled, extraction in pairs:
        places = [p.to_dict() for p in extraction.places]
        unmapped = {normalize(u["phrase"]) for u in extraction.unmapped_sectors}
        index: dict[str, list[dict]] = {}
        for p in places:
            for key in spellings(p["name"], p["aliases"]):
                index.setdefault(key, []).append(p)
        for gold in labelled:
            gold_phrases = gold.get("sector_phrases", [])
            keys = spellings(gold["name"], gold.get("aliases"))
            hits = list({id(p): p for k in keys for p in index.get(k, [])}.values())
            if not hits or not gold_phrases:
                continue
            raw = {normalize(s) for p in hits for s in p["raw_sectors"]}
            canon = {s for p in hits for s in p["sectors"]}
            gold_ids = {s.id for s in map(taxonomy.match, gold_phrases) if s}
            gold_raw = {normalize(p) for p in gold_phrases}
            for phrase in gold_phrases:
                out.phrases += 1
                sector = taxonomy.match(phrase)
                if normalize(phrase) in raw or (sector and sector.id in canon):
                    out.assigned += 1
                elif normalize(phrase) in unmapped:
                    out.reported += 1
                else:
                    out.lost.append(f"{gold['name']}: {phrase}")
            for link in [link for p in hits for link in p["sector_links"]]:
                out.links += 1
                if normalize(link["phrase"]) in gold_raw or link["sector"] in gold_ids:
                    continue
                out.unsupported += 1
                out.false_links.append(f"{gold['name']}: {link['phrase']}")
    return out


def scoping_seconds(parks: int, taxonomy: Taxonomy) -> float:
    """Seconds to scope the sectors of every park of one sentence naming ``parks`` parks."""
    names = [f"{chr(0x4E00 + i % 5000)}{chr(0x4E00 + i * 7 % 5000)}产业园" for i in range(parks)]
    text = "重点建设" + "、".join(f"{n}，聚焦金融" for n in names) + "。"
    reader = SectorReader(Document(id="bench", source="", title=""), text, taxonomy)
    spans, at = [], 0
    for name in names:
        at = text.index(name, at)
        spans.append((at, at + len(name)))
        at += len(name)
    reader.know_carriers(spans)
    started = time.perf_counter()
    for start, end in spans:
        reader.in_clause(start, end)
    return time.perf_counter() - started


def main() -> None:
    verbose = "-v" in sys.argv
    taxonomy = Taxonomy.load()
    docs, _ = read_paths([settings.CORPUS_DIR])
    seeds = json.loads((TESTS / "gold" / "seeds.json").read_text(encoding="utf-8"))
    corpora = {"seeds": [(seeds["places"], extract(docs, taxonomy))]}
    held = json.loads((TESTS / "heldout" / "labels.json").read_text(encoding="utf-8"))
    by_file: dict[str, list[dict]] = {}
    for place in held["places"]:
        by_file.setdefault(place.get("file", ""), []).append(place)
    corpora["held-out"] = [
        (
            by_file.get(e["file"], []),
            extract(read_file(TESTS / "heldout" / "docs" / e["file"]), taxonomy),
        )
        for e in held["documents"]
    ]
    tuning = []
    for path in sorted((EVAL_DIR / "tuning" / "labels").glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        docs = read_file(EVAL_DIR / "tuning" / "docs" / label["file"])
        tuning.append((label["places"], extract(docs, taxonomy)))
    corpora["tuning"] = tuning
    for name, pairs in corpora.items():
        result = tally(pairs, taxonomy)
        print(f"{name:9}", result.summary())
        if verbose:
            print("  lost:", "、".join(result.lost))
            print("  unsupported links:", "、".join(result.false_links))
    for parks in (4000, 8000, 16000):
        print(f"scoping one sentence of {parks} parks: {scoping_seconds(parks, taxonomy):.2f} s")


if __name__ == "__main__":
    main()
