"""The extraction step end to end: documents in, places, targets and unmapped phrases out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from extract import likelihood
from extract.model import Document, Place, Target
from extract.places import find_in_document, merge
from extract.script import reading_copy, verbatim_results
from extract.tables import places_in_tables, prefer_stated_districts
from extract.targets import find_targets
from extract.taxonomy import Taxonomy
from geo import settings


@dataclass
class Extraction:
    """What the extraction step hands on to geocoding and layers."""

    documents: list[Document]
    places: list[Place]
    targets: list[Target] = field(default_factory=list)
    set_aside: list[tuple[Place, float]] = field(default_factory=list)
    """Names the rules found that the name model finds unlikely, with their likelihood."""

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

    @property
    def set_aside_rows(self) -> list[dict]:
        """The names set aside, each with its likelihood and the clause that named it."""
        return [
            {"name": p.name, "kind": p.kind, "likelihood": round(chance, 3),
             "doc": p.mentions[0].doc, "quote": p.mentions[0].quote}
            for p, chance in self.set_aside
        ]  # fmt: skip

    def to_dict(self) -> dict:
        """The shape of ``clustermap extract --json``."""
        return {
            "documents": [d.meta() for d in self.documents],
            "places": [p.to_dict() for p in self.places],
            "targets": [t.__dict__ for t in self.targets],
            "unmapped_sectors": self.unmapped_sectors,
            "set_aside": self.set_aside_rows,
        }


def find_places(read: list[Document], taxonomy: Taxonomy) -> list[Place]:
    """The places the rules find in ``read`` (documents' reading copies), merged across
    them, in the order of their first mention."""
    found = [f for doc in read for f in find_in_document(doc, taxonomy)]
    in_tables = [f for doc in read for f in places_in_tables(doc, taxonomy)]
    places = sorted(
        merge(found + in_tables, taxonomy), key=lambda p: (p.mentions[0].doc, p.mentions[0].start)
    )
    prefer_stated_districts(places, in_tables)
    return places


def extract(
    documents: list[Document],
    taxonomy: Taxonomy | None = None,
    min_likelihood: float | None = None,
) -> Extraction:
    """Extract the places and targets of ``documents``, merged across them. Names less
    likely than ``min_likelihood`` (default ``settings.NAME_LIKELIHOOD_MIN``) to name a
    carrier are set aside (:mod:`extract.likelihood`)."""
    taxonomy = taxonomy or Taxonomy.load()
    # Rules read each document's reading form (traditional characters made simplified,
    # offsets unchanged); verbatim_results then puts the documents' own text back.
    read = [reading_copy(doc) for doc in documents]
    places = find_places(read, taxonomy)
    minimum = settings.NAME_LIKELIHOOD_MIN if min_likelihood is None else min_likelihood
    places, aside = likelihood.set_aside(places, read, minimum)
    targets = [t for doc in read for t in find_targets(doc, taxonomy)]
    targets = verbatim_results(places + [p for p, _ in aside], targets, documents)
    return Extraction(documents=documents, places=places, targets=targets, set_aside=aside)
