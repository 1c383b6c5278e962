"""The build report: what the atlas holds and what needs a reviewer's eye."""

from __future__ import annotations

from collections import Counter

import geopandas as gpd

from extract.ingest import IngestError
from geo.resolve import ADMINISTRATIVE, Resolved
from layers.atlas import LAYER_OF_KIND


def build_report(
    extraction,
    places: gpd.GeoDataFrame,
    resolved: dict[str, Resolved],
    ingest_errors: list[IngestError],
    geocode_errors: list[str],
) -> dict:
    """Counts by layer, kind, sector and district; unmapped sector phrases; places located
    only roughly or flagged; district mismatches; the plans' targets."""
    sectors: Counter[str] = Counter()
    for ids in places["sector_ids"]:
        sectors.update(s for s in ids.split("|") if s)
    flagged = [
        {"id": r.place_id, "name": r.name, "district": r.district, "reasons": r.notes,
         "codes": [f.reason for f in r.flags]}
        for r in resolved.values()
        if r.flags
    ]  # fmt: skip
    return {
        "documents": len(extraction.documents),
        "places": len(places),
        "by_layer": dict(Counter(places["kind"].map(LAYER_OF_KIND))),
        "by_kind": dict(Counter(places["kind"])),
        "by_sector": dict(sectors.most_common()),
        "by_district": dict(Counter(d or "(unknown)" for d in places["district"])),
        "by_precision": dict(Counter(p or "not located" for p in places["precision"])),
        "by_provider": dict(Counter(places["provider"])),
        "unmapped_sectors": extraction.unmapped_sectors,
        "set_aside": extraction.set_aside_rows,
        "low_precision": [
            {"id": r["id"], "name": r["name"], "precision": r["precision"]}
            for _, r in places.iterrows()
            if r["precision"] in ADMINISTRATIVE
        ],
        "not_located": [
            {"id": r.place_id, "name": r.name, "district": r.district}
            for r in resolved.values()
            if r.location is None
        ],
        "flagged": flagged,
        "district_mismatches": [f for f in flagged if "mismatch" in f["codes"]],
        "targets": [
            {
                "sector": t.sector,
                "phrase": t.sector_phrase,
                "kind": t.kind,
                "count": t.count,
                "year": t.year,
                "at_least": t.at_least,
                "doc": t.doc,
                "quote": t.quote,
            }
            for t in extraction.targets
        ],
        "input_errors": [str(e) for e in ingest_errors],
        "geocoder_errors": geocode_errors,
    }


def summary(report: dict) -> str:
    """The report as a few readable lines for the terminal."""
    lines = [
        f"{report['places']} places from {report['documents']} documents",
        "layers: "
        + (
            ", ".join(f"{k} {v}" for k, v in sorted(report["by_layer"].items()))
            or "no places found"
        ),
        "precision: " + (", ".join(f"{k} {v}" for k, v in report["by_precision"].items()) or "-"),
        f"not located (no geometry): {len(report['not_located'])}",
        f"flagged for review: {len(report['flagged'])} "
        f"(district mismatches: {len(report['district_mismatches'])})",
        f"unmapped sector phrases: {len(report['unmapped_sectors'])}",
        f"names set aside as unlikely carriers: {len(report['set_aside'])}"
        + "".join(f"\n  {a['name']} ({a['likelihood']:.2f})" for a in report["set_aside"][:20]),
        f"targets: {len(report['targets'])}",
    ]
    for error in report["input_errors"] + report["geocoder_errors"]:
        lines.append(f"error: {error}")
    return "\n".join(lines)
