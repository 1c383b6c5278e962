"""``clustermap build``: documents → places → geocoded layers → the atlas, with a report.

A build whose inputs (documents, taxonomy, gazetteer, overrides file, the corrections
log kept with the atlas, boundaries, and this program's version) hash to the digest stored
in the current atlas is skipped: the atlas is already what it would produce.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

import clustermap
from extract import extract
from extract.ingest import IngestError, Skipped, read_paths
from extract.model import Document
from extract.taxonomy import Taxonomy
from geo import admin, settings
from geo.gazetteer import Gazetteer
from geo.resolve import Resolver, document_regions, region_of, resolve_all
from layers import place_edits
from layers.atlas import assemble, place_rows, unit_columns
from layers.corpus import Added, CorpusDocument, add_paths, materialise
from layers.report import build_report
from layers.stores import AtlasStore, default_target, open_store
from layers.stores.edits import Edit, locations

REPORT_FILE = "build_report.json"


class BuildError(Exception):
    """The build cannot produce an atlas (no readable document); nothing was written."""


@dataclass
class BuildResult:
    path: Path | str
    """Where the atlas was written (``AtlasReader.path``: a database's URL without its
    password)."""
    skipped: bool
    report: dict
    errors: list[IngestError]
    added: Added = field(default_factory=Added)
    """What this build added to the atlas's corpus (and found duplicate or skipped)."""


def data_files() -> list[Path]:
    """The data every build reads besides its documents, in a stable order."""
    data = [settings.SECTORS_FILE, settings.GAZETTEER_FILE, settings.OVERRIDES_FILE,
            settings.BOUNDARIES_FILE, settings.DATA_DIR / "districts.csv"]  # fmt: skip
    return [p for p in data if p.exists()]


BUILDING_PACKAGES = ("extract", "geo", "layers")
"""The packages whose code decides what an atlas holds (maps and the API read it)."""


BUILD_SETTINGS = (
    "TRADITIONAL_CONVERSION", "NAME_LIKELIHOOD_MIN",
    "GEOCODERS", "AMAP_URL", "TIANDITU_URL", "NOMINATIM_URL",
)  # fmt: skip
"""The settings (``geo.settings``) that decide what a build extracts and where it places
it: an atlas built under others is rebuilt. Keys are not among them: a key lets a provider
answer, and whether one is set is read with ``GEOCODERS`` (``_build_settings``)."""

PROGRAM_HOME = Path(__file__).resolve().parents[1]
"""The folder holding ``BUILDING_PACKAGES``."""


@functools.cache
def program_digest() -> str:
    """``source_digest`` of this program, once per process."""
    return source_digest(PROGRAM_HOME)


def source_digest(home: Path) -> str:
    """A hash of the program version and the source and package data (the name model's
    weights) of ``BUILDING_PACKAGES`` in ``home``: an atlas built by other code is
    rebuilt, even when its documents and data are the same (the version stayed 0.1.0
    through changes that moved recall by 0.05)."""
    h = hashlib.sha256(clustermap.__version__.encode())
    for package in BUILDING_PACKAGES:
        for path in sorted(p for p in (home / package).rglob("*") if p.suffix in (".py", ".json")):
            h.update(path.relative_to(home).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def digest(
    documents: list[CorpusDocument],
    files: list[Path],
    corrections: Gazetteer | None = None,
    edits: Sequence[Edit] = (),
) -> str:
    """A hash of the inputs' contents (the corpus, the data files, the corrections and the
    reviewers' edits in effect), the settings extraction reads and the program that builds
    (``program_digest``)."""
    h = hashlib.sha256(program_digest().encode())
    h.update(_build_settings().encode())
    for document in documents:
        h.update(f"{document.key}|{document.filename}".encode())
    for path in files:
        h.update(str(path.name).encode())
        h.update(path.read_bytes() if path.exists() else b"")
    for entry in corrections.entries if corrections else ():
        h.update(repr(entry).encode())
    for edit in edits:
        h.update(json.dumps([edit.id, edit.kind, edit.place, dict(edit.data)]).encode())
    return h.hexdigest()


def _build_settings() -> str:
    """The values of ``BUILD_SETTINGS``, and which geocoders' keys are set, as one string."""
    values = {name: getattr(settings, name) for name in BUILD_SETTINGS}
    values["keys set"] = [bool(settings.AMAP_KEY), bool(settings.TIANDITU_KEY)]
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


def build(
    docs: list[Path] | None = None,
    out: Path | None = None,
    *,
    store: AtlasStore | None = None,
    force: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
    who: str = "command line",
) -> BuildResult:
    """Add ``docs`` (files and folders) to the corpus of the atlas in ``store`` and build
    the atlas from that whole corpus. An atlas's first build with no ``docs`` starts from
    the built-in corpus. ``store`` defaults to the atlas ``default_target(out)`` names;
    the JSON report goes to ``out`` (default: the store's folder). The store's corrections
    log is applied. Files that cannot be read are reported in ``BuildResult.errors``; the
    build goes on without them."""
    store = store or open_store(default_target(out), folder=out)
    with store.building():  # builds of one atlas, from any process, one at a time
        return _build(docs, Path(out or store.folder), store, force, progress, who)


def _build(
    docs: list[Path] | None,
    out: Path,
    store: AtlasStore,
    force: bool,
    progress: Callable[[str, int, int], None] | None,
    who: str,
) -> BuildResult:
    """``build``, holding ``store.building()``."""
    corpus = store.corpus()
    added = add_paths(corpus, docs, who) if docs else Added()
    kept = corpus.documents()
    if not kept and not docs:
        added = add_paths(corpus, [settings.CORPUS_DIR], "built-in corpus")
        kept = corpus.documents()
    if not kept:
        why = "".join(f"\n  {error}" for error in [*added.errors, *added.skipped])
        raise BuildError("no readable document in " + ", ".join(map(str, docs or [])) + why)
    edits = place_edits.in_effect(store.corrections().history())
    corrections = locations(edits)
    inputs_digest = digest(kept, data_files(), corrections, edits)
    if not force and store.exists() and store.meta().get("inputs_digest") == inputs_digest:
        return BuildResult(store.path, True, _current_report(store, out), added.errors, added)

    corpus_read = _read_corpus(kept)
    documents = corpus_read.documents
    taxonomy = Taxonomy.load()
    extraction = extract(documents, taxonomy)
    edited = place_edits.apply(extraction.places, edits, taxonomy)
    extraction.places = edited.places
    region = region_of(d.jurisdiction for d in documents)
    resolver = Resolver.default(
        corrections=corrections, region=region, document_regions=document_regions(documents)
    )
    step = (lambda i, n: progress("geocoding", i, n)) if progress else None
    resolved = {r.place_id: r for r in resolve_all(extraction.places, resolver, step)}

    places = place_rows(extraction.places, resolved, documents, taxonomy)
    errors = added.errors + corpus_read.errors
    report = build_report(extraction, places, resolved, errors, resolver.errors) | {
        "corpus": _corpus_report(kept, added) | {"repeated": corpus_read.repeated},
        "edits": {
            "applied": edited.applied,
            "not_a_place": edited.suppressed,
            "unmatched": edited.unmatched,
        },
    }
    atlas = assemble(places, _tables(extraction, taxonomy, corpus_read.origin), taxonomy, report)
    built = datetime.now(UTC).isoformat(timespec="seconds")
    meta = {"inputs_digest": inputs_digest, "built": built, "version": clustermap.__version__,
            "documents": "|".join(d.source for d in documents)}  # fmt: skip
    store.write(atlas, meta)
    _write_json(out / REPORT_FILE, report | {"built": built})
    return BuildResult(store.path, False, report | {"built": built}, errors, added)


def _read_corpus(kept: list[CorpusDocument]) -> CorpusRead:
    """The documents of the corpus, each named by the file name it was added under; a
    document that a second file holds too (004's city plan inside a longer file) is read
    once (``read_paths`` skips the copy)."""
    with tempfile.TemporaryDirectory(prefix="atlas-corpus-") as folder:
        files = materialise(kept, Path(folder))
        read, errors = read_paths(files)
    corpus = CorpusRead()
    for error in errors:  # copies skipped; failures (limits may have changed since)
        error.path = files[Path(error.path)].filename
        if isinstance(error, Skipped):
            corpus.repeated.append(str(error))
        else:
            corpus.errors.append(error)
    for document in read:
        entry = files[Path(document.source)]
        document.source = entry.filename
        corpus.origin[document.id] = entry
        corpus.documents.append(document)
    return corpus


@dataclass
class CorpusRead:
    """The documents a build reads, and what reading the atlas's corpus found."""

    documents: list[Document] = field(default_factory=list)
    origin: dict[str, CorpusDocument] = field(default_factory=dict)
    """The corpus entry of each document, by document id."""
    errors: list[IngestError] = field(default_factory=list)
    repeated: list[str] = field(default_factory=list)
    """Documents found again in a second file, read once."""


def _corpus_report(kept: list[CorpusDocument], added: Added) -> dict:
    """What the corpus holds (its files; the ``documents`` table has the rest) and what
    this build added, found duplicate or skipped."""
    return {
        "files": [d.filename for d in kept],
        "added": [d.filename for d in added.added],
        "duplicates": [
            {"file": path, "duplicate_of": d.filename, "key": d.key} for path, d in added.duplicates
        ],
        "skipped": [str(e) for e in added.skipped],
    }


def _current_report(store: AtlasStore, out: Path) -> dict:
    """The report of the atlas in ``store``: the JSON file in ``out`` or, for a database
    atlas built from another folder, its ``build_report`` table."""
    path = out / REPORT_FILE
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    table = store.layer("build_report")
    report = {k: json.loads(v) for k, v in zip(table["key"], table["value"], strict=True)}
    return report | {"built": store.meta().get("built", "")}


TABLE_COLUMNS = {
    "sectors": ["id", "parent", "name_zh", "name_en", "synonyms", "national_class", "members",
                "top_level"],
    "place_sectors": ["place_id", "sector_id", "phrase", "doc_id", "quote"],
    "documents": ["id", "source", "title", "issuer", "date", "doc_number", "jurisdiction",
                  "province", "city", "county", "unit_code", "corpus_key", "format",
                  "sha256", "added", "added_by", "text"],
    "mentions": ["place_id", "doc_id", "start", "end", "quote", "section"],
    "targets": ["sector_id", "sector_phrase", "kind", "count", "year", "at_least", "doc_id",
                "quote"],
}  # fmt: skip
"""The attribute tables and their columns: an empty table keeps them (a corpus with no
targets still has a ``targets`` table a GIS can open)."""


def _tables(
    extraction, taxonomy: Taxonomy, origin: dict[str, CorpusDocument]
) -> dict[str, pd.DataFrame]:
    """The attribute tables: sectors, place–sector links, documents (with the corpus entry
    each was read from, and its text), mentions, targets."""
    rows: dict[str, list[dict]] = {
        "sectors": [
            {"id": s.id, "parent": s.parent or "", "name_zh": s.name_zh, "name_en": s.name_en,
             "synonyms": "|".join(s.synonyms), "national_class": s.national_class,
             "members": "|".join(s.members), "top_level": taxonomy.top_level(s.id)}
            for s in taxonomy.sectors.values()
        ],
        "place_sectors": [
            {"place_id": p.id, "sector_id": link.sector or "", "phrase": link.phrase,
             "doc_id": link.doc, "quote": link.quote}
            for p in extraction.places for link in p.sector_links
        ],
        "documents": [
            d.meta() | unit_columns(_unit_of(d.jurisdiction)) | _origin(origin.get(d.id))
            | {"text": d.text}
            for d in extraction.documents
        ],
        "mentions": [
            {"place_id": p.id, "doc_id": m.doc, "start": m.start, "end": m.end,
             "quote": m.quote, "section": m.section}
            for p in extraction.places for m in p.mentions
        ],
        "targets": [
            {"sector_id": t.sector or "", "sector_phrase": t.sector_phrase, "kind": t.kind,
             "count": t.count, "year": t.year, "at_least": t.at_least, "doc_id": t.doc,
             "quote": t.quote}
            for t in extraction.targets
        ],
    }  # fmt: skip
    return {name: _frame(rows[name], columns) for name, columns in TABLE_COLUMNS.items()}


def _unit_of(jurisdiction: str) -> admin.Unit | None:
    """The unit a document governs, when its jurisdiction names exactly one."""
    code = region_of([jurisdiction])
    return admin.by_code(code[0]) if code else None


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """``rows`` as a table of ``columns``; with no rows, an empty table of text columns
    (GeoPackage fields need a type)."""
    if rows:
        return pd.DataFrame(rows, columns=columns)
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def _origin(entry: CorpusDocument | None) -> dict[str, str]:
    """The corpus entry a document was read from, as ``documents`` columns."""
    if entry is None:
        return {"corpus_key": "", "format": "", "sha256": "", "added": "", "added_by": ""}
    return {"corpus_key": entry.key, "format": entry.suffix.lstrip("."), "sha256": entry.sha256,
            "added": entry.added.isoformat(timespec="seconds"), "added_by": entry.who}  # fmt: skip


def _write_json(path: Path, data: dict) -> None:
    """Write ``data`` as JSON through a temporary file, so a reader never sees half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    os.chmod(f.name, 0o644)
    os.replace(f.name, path)
