"""``clustermap build``: documents → places → geocoded layers → the atlas, with a report.

A build whose inputs (documents, taxonomy, gazetteer, overrides and the corrections kept
in an atlas database, boundaries, and this program's version) hash to the digest stored
in the current atlas is skipped: the atlas is already what it would produce.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

import clustermap
from clustermap import settings
from extract import extract
from extract.ingest import IngestError, read_paths
from extract.taxonomy import Taxonomy
from geo.gazetteer import Gazetteer
from geo.resolve import Resolver, resolve_all
from layers.atlas import assemble, place_rows
from layers.report import build_report
from layers.store import ATLAS_FILE, AtlasStore, open_store

REPORT_FILE = "build_report.json"


class BuildError(Exception):
    """The build cannot produce an atlas (no readable document); nothing was written."""


@dataclass
class BuildResult:
    path: Path | str
    """The GeoPackage written, or the PostGIS database (its URL without password)."""
    skipped: bool
    report: dict
    errors: list[IngestError]


def input_files(docs: list[Path]) -> list[Path]:
    """Every file the build reads, documents and data alike, in a stable order."""
    files = []
    for path in docs:
        if path.is_dir():
            files += sorted(
                p for p in path.rglob("*") if p.suffix.lower() in settings.DOCUMENT_SUFFIXES
            )
        else:
            files.append(path)
    data = [settings.SECTORS_FILE, settings.GAZETTEER_FILE, settings.OVERRIDES_FILE,
            settings.BOUNDARIES_FILE, settings.DATA_DIR / "districts.csv"]  # fmt: skip
    return files + [p for p in data if p.exists()]


def digest(files: list[Path], corrections: Gazetteer | None = None) -> str:
    """A hash of the inputs' contents (files, and the corrections kept in the atlas
    database) and the program version."""
    h = hashlib.sha256(clustermap.__version__.encode())
    for path in files:
        h.update(str(path.name).encode())
        h.update(path.read_bytes() if path.exists() else b"")
    for entry in corrections.entries if corrections else ():
        h.update(repr(entry).encode())
    return h.hexdigest()


def build(
    docs: list[Path] | None = None,
    out: Path | None = None,
    *,
    store: AtlasStore | None = None,
    force: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> BuildResult:
    """Build the atlas from ``docs`` (default: the built-in corpus) into ``store``
    (default: ``settings.ATLAS_DATABASE_URL`` when set, else ``atlas.gpkg`` in ``out``);
    the JSON report goes to ``out``. A database store's corrections are applied."""
    docs = [Path(p) for p in (docs or [settings.CORPUS_DIR])]
    out = Path(out or settings.ATLAS_DIR)
    store = store or open_store(settings.ATLAS_DATABASE_URL or out / ATLAS_FILE)
    corrections = store.overrides_gazetteer()
    inputs_digest = digest(input_files(docs), corrections)
    if not force and store.exists() and store.meta().get("inputs_digest") == inputs_digest:
        return BuildResult(store.path, True, _current_report(store, out), [])

    documents, errors = read_paths(docs)
    if not documents:
        raise BuildError("no readable document in " + ", ".join(map(str, docs)))
    taxonomy = Taxonomy.load()
    extraction = extract(documents, taxonomy)
    resolver = Resolver.default(corrections=corrections)
    step = (lambda i, n: progress("geocoding", i, n)) if progress else None
    resolved = {r.place_id: r for r in resolve_all(extraction.places, resolver, step)}

    places = place_rows(extraction.places, resolved, documents, taxonomy)
    report = build_report(extraction, places, resolved, errors, resolver.errors)
    atlas = assemble(places, _tables(extraction, taxonomy), taxonomy, report)
    built = datetime.now(UTC).isoformat(timespec="seconds")
    meta = {"inputs_digest": inputs_digest, "built": built, "version": clustermap.__version__,
            "documents": "|".join(d.source for d in documents)}  # fmt: skip
    store.write(atlas, meta)
    _write_json(out / REPORT_FILE, report | {"built": built})
    return BuildResult(store.path, False, report | {"built": built}, errors)


def _current_report(store: AtlasStore, out: Path) -> dict:
    """The report of the atlas in ``store``: the JSON file in ``out`` or, for a database
    atlas built from another folder, its ``build_report`` table."""
    path = out / REPORT_FILE
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    table = store.layer("build_report")
    report = {k: json.loads(v) for k, v in zip(table["key"], table["value"], strict=True)}
    return report | {"built": store.meta().get("built", "")}


def _tables(extraction, taxonomy: Taxonomy) -> dict[str, pd.DataFrame]:
    """The attribute tables: sectors, place–sector links, documents, mentions, targets."""
    sectors = pd.DataFrame([
        {"id": s.id, "parent": s.parent or "", "name_zh": s.name_zh, "name_en": s.name_en,
         "synonyms": "|".join(s.synonyms), "national_class": s.national_class,
         "members": "|".join(s.members), "top_level": taxonomy.top_level(s.id)}
        for s in taxonomy.sectors.values()
    ])  # fmt: skip
    links = pd.DataFrame([
        {"place_id": p.id, "sector_id": link.sector or "", "phrase": link.phrase,
         "doc_id": link.doc, "quote": link.quote}
        for p in extraction.places for link in p.sector_links
    ])  # fmt: skip
    documents = pd.DataFrame([d.meta() for d in extraction.documents])
    mentions = pd.DataFrame([
        {"place_id": p.id, "doc_id": m.doc, "start": m.start, "end": m.end, "quote": m.quote,
         "section": m.section}
        for p in extraction.places for m in p.mentions
    ])  # fmt: skip
    targets = pd.DataFrame([
        {"sector_id": t.sector or "", "sector_phrase": t.sector_phrase, "kind": t.kind,
         "count": t.count, "year": t.year, "at_least": t.at_least, "doc_id": t.doc,
         "quote": t.quote}
        for t in extraction.targets
    ])  # fmt: skip
    return {"sectors": sectors, "place_sectors": links, "documents": documents,
            "mentions": mentions, "targets": targets}  # fmt: skip


def _write_json(path: Path, data: dict) -> None:
    """Write ``data`` as JSON through a temporary file, so a reader never sees half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    os.chmod(f.name, 0o644)
    os.replace(f.name, path)
