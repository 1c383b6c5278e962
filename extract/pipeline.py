"""The extraction step end to end: documents in, places, targets and unmapped phrases out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from extract.model import Document, Place, Target
from extract.places import find_in_document, merge
from extract.script import reading_copy, verbatim_results
from extract.tables import places_in_tables, prefer_stated_districts
from extract.targets import find_targets
from extract.taxonomy import Taxonomy


@dataclass
class Extraction:
    """What the extraction step hands on to geocoding and layers."""

    documents: list[Document]
    places: list[Place]
    targets: list[Target] = field(default_factory=list)

    @property
    def unmapped_sectors(self) -> list[dict]:
        """Sector phrases no canonical sector matches, with how often and where: reported,
        never dropped."""
        counts: Counter[str] = Counter()
        docs: dict[str, set[str]] = {}
        for place in self.places:
            for link in place.sector_links:
                if link.sector is None:
                    counts[link.phrase] += 1
                    docs.setdefault(link.phrase, set()).add(link.doc)
        for target in self.targets:
            if target.sector is None and target.sector_phrase:
                counts[target.sector_phrase] += 1
                docs.setdefault(target.sector_phrase, set()).add(target.doc)
        return [{"phrase": p, "count": n, "docs": sorted(docs[p])} for p, n in counts.most_common()]

    def to_dict(self) -> dict:
        """The shape of ``clustermap extract --json``."""
        return {
            "documents": [d.meta() for d in self.documents],
            "places": [p.to_dict() for p in self.places],
            "targets": [t.__dict__ for t in self.targets],
            "unmapped_sectors": self.unmapped_sectors,
        }


def extract(documents: list[Document], taxonomy: Taxonomy | None = None) -> Extraction:
    """Extract the places and targets of ``documents``, merged across them."""
    taxonomy = taxonomy or Taxonomy.load()
    # Rules read each document's reading form (traditional characters made simplified,
    # offsets unchanged); verbatim_results then puts the documents' own text back.
    read = [reading_copy(doc) for doc in documents]
    found = [f for doc in read for f in find_in_document(doc, taxonomy)]
    in_tables = [f for doc in read for f in places_in_tables(doc, taxonomy)]
    places = sorted(
        merge(found + in_tables, taxonomy), key=lambda p: (p.mentions[0].doc, p.mentions[0].start)
    )
    prefer_stated_districts(places, in_tables)
    targets = [t for doc in read for t in find_targets(doc, taxonomy)]
    targets = verbatim_results(places, targets, documents)
    return Extraction(documents=documents, places=places, targets=targets)
