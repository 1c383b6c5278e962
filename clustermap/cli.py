"""The ``clustermap`` command: one sub-command per step of the pipeline."""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from geo import settings

if TYPE_CHECKING:
    from layers.stores import AtlasStore


def _extract(args: argparse.Namespace) -> int:
    """``clustermap extract PATH... [--json]``."""
    from extract import extract
    from extract.ingest import read_paths

    paths = args.paths or [settings.CORPUS_DIR]
    documents, errors = read_paths(paths)
    for error in errors:
        print(f"clustermap: {error}", file=sys.stderr)
    result = extract(documents)
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(_table(result))
    if not documents and not _failed(errors):
        print("clustermap: no documents found", file=sys.stderr)
        return 1
    return 1 if _failed(errors) else 0


def _failed(errors: list) -> list:
    """The input errors that are failures: a file skipped on purpose (another type in a
    folder, a duplicate) is reported but does not make the command fail."""
    from extract.ingest import Skipped

    return [e for e in errors if not isinstance(e, Skipped)]


def _table(result) -> str:
    """A readable summary: documents, then places grouped by document of first mention."""
    lines = []
    for doc in result.documents:
        lines.append(
            f"{doc.id}  {doc.date or '----------'}  {doc.jurisdiction or '?':6}  {doc.title}"
        )
    lines.append("")
    header = f"{'kind':9} {'name':28} {'district':8} {'sectors':40} mentions"
    lines += [header, "-" * len(header)]
    for p in result.places:
        name = p.name + (" (unnamed)" if p.unnamed else "")
        sectors = "、".join(p.raw_sectors[:6]) + ("…" if len(p.raw_sectors) > 6 else "")
        lines.append(f"{p.kind:9} {name:28} {p.district or '-':8} {sectors:40} {len(p.mentions)}")
    lines.append("")
    lines.append(f"{len(result.places)} places in {len(result.documents)} documents")
    if result.targets:
        lines.append("")
        lines.append("targets:")
        for t in result.targets:
            more = "+" if t.at_least else ""
            lines.append(
                f"  {t.year or '?'}  {t.sector_phrase or '(all)'}  {t.kind}  {t.count}{more}"
            )
    if result.set_aside:
        lines.append("")
        lines.append(
            "set aside as unlikely carriers (CLUSTERMAP_NAME_LIKELIHOOD_MIN): "
            + "、".join(f"{p.name} ({chance:.2f})" for p, chance in result.set_aside)
        )
    unmapped = result.unmapped_sectors
    if unmapped:
        lines.append("")
        lines.append("unmapped sector phrases: " + "、".join(u["phrase"] for u in unmapped))
    return "\n".join(lines)


def _geocode(args: argparse.Namespace) -> int:
    """``clustermap geocode NAME [--district D] [--provider P] [--json]`` and
    ``clustermap geocode --all [PATH...]``."""
    from geo.model import GeocodeError
    from geo.resolve import Resolver, district_location, known_units

    resolver = Resolver.default(sources=args.provider or None)
    if args.paths is not None:
        return _geocode_all(args, resolver)
    if not args.name:
        print("clustermap: geocode needs a NAME, or --all [PATH...]", file=sys.stderr)
        return 2
    try:
        location = resolver.locate([args.name], district=args.district or "")
    except GeocodeError as exc:
        print(f"clustermap: {exc}", file=sys.stderr)
        return 1
    for error in resolver.errors:
        print(f"clustermap: {error}", file=sys.stderr)
    if location is None and args.district:
        location = district_location(args.name, args.district)
    if location is None:
        where = f" in {args.district}" if args.district else ""
        problem = known_units(args.district).problem if args.district else ""
        why = f" ({problem})" if problem else ""
        print(f"clustermap: no match for {args.name!r}{where}{why}", file=sys.stderr)
        return 1
    answer = {
        "name": args.name, "lon": location.lon, "lat": location.lat, "crs": "EPSG:4326",
        "precision": location.precision, "provider": location.provider,
        "source_crs": location.source_crs, "confidence": location.confidence,
        "district": location.district or args.district or "",
        "matched_name": location.matched_name, "source": location.source,
    }  # fmt: skip
    if args.json:
        print(json.dumps(answer, ensure_ascii=False))
    else:
        print(
            f"{args.name}: {location.lon:.6f}, {location.lat:.6f} (WGS-84) "
            f"{location.precision} via {location.provider}, confidence {location.confidence}"
        )
    return 0


def _geocode_all(args: argparse.Namespace, resolver) -> int:
    from extract import extract
    from extract.ingest import read_paths
    from geo.resolve import resolve_all

    documents, errors = read_paths(args.paths or [settings.CORPUS_DIR])
    for error in errors:
        print(f"clustermap: {error}", file=sys.stderr)
    places = extract(documents).places
    step = (lambda i, n: _step_progress("geocoding", i, n)) if sys.stderr.isatty() else None
    resolved = resolve_all(places, resolver, progress=step)
    for error in resolver.errors:
        print(f"clustermap: {error}", file=sys.stderr)
    if args.json:
        rows = [
            {"id": r.place_id, "name": r.name, "district": r.district, "flags": r.notes,
             **(r.location.to_dict() if r.location else {"crs": "EPSG:4326", "lon": None,
                                                         "lat": None})}
            for r in resolved
        ]  # fmt: skip
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in resolved:
            loc = r.location
            flag = "  ! " + "; ".join(r.notes) if r.flags else ""
            if loc is None:
                print(f"{r.name:28} {'未定位 / not located':22} {'':8} {'':9}{flag}")
                continue
            point = f"{loc.lon:11.6f} {loc.lat:10.6f}"
            print(f"{r.name:28} {point} {loc.precision:8} {loc.provider:9}{flag}")
        flagged = sum(r.flagged for r in resolved)
        located = sum(r.location is not None for r in resolved)
        print(f"\n{located} of {len(resolved)} places located, {flagged} flagged for review")
    return 1 if _failed(errors) else 0


def _build(args: argparse.Namespace) -> int:
    """``clustermap build [--docs DIR] [--out DIR] [--atlas URL|PATH] [--force]``."""
    from clustermap.failures import failure_text
    from layers.build import BuildError, build
    from layers.report import summary

    progress = _step_progress if sys.stderr.isatty() else None
    try:
        store = _store(args.atlas) if args.atlas else None
        result = build(
            args.docs or None, args.out, store=store, force=args.force, progress=progress
        )
    except BuildError as exc:
        print(f"clustermap: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a full disk or a read-only folder, said in words
        folder = Path(args.out or settings.ATLAS_DIR)
        reason = failure_text(exc, folder)
        if not isinstance(exc, OSError) and reason == (str(exc) or type(exc).__name__):
            raise  # not a failure to write: a bug, whose traceback is wanted
        print(f"clustermap: the atlas could not be written: {reason}", file=sys.stderr)
        return 1
    _say_added(result.added)
    for error in result.errors:
        print(f"clustermap: {error}", file=sys.stderr)
    if result.skipped:
        print(f"{result.path}: up to date (inputs unchanged; --force to rebuild)")
    else:
        print(f"{result.path}: built")
    print(summary(result.report))
    return 1 if _failed(result.errors) else 0


def _say_added(added) -> None:
    """What a build added to the atlas's corpus; duplicates and files that are not
    documents on stderr (they are not errors)."""
    if added.added:
        print("added to the atlas's documents: " + ", ".join(d.filename for d in added.added))
    for path, kept in added.duplicates:
        print(f"clustermap: {path}: same text as {kept.filename!r}, kept once", file=sys.stderr)
    for skipped in added.skipped:
        print(f"clustermap: skipped {skipped}", file=sys.stderr)


def _documents(args: argparse.Namespace) -> int:
    """``clustermap documents [list|add PATH…|remove KEY…] [--atlas A] [--json]``."""
    store = _store(args.atlas)
    if args.action == "list":
        if args.paths:
            print("clustermap: documents list takes no PATH", file=sys.stderr)
            return 2
        return _list_documents(store, args.json)
    if not args.paths:
        what = "PATH (file or folder)" if args.action == "add" else "KEY (or a file name)"
        print(f"clustermap: documents {args.action} needs a {what}", file=sys.stderr)
        return 2
    if args.action == "add":
        args.docs, args.out, args.force = [Path(p) for p in args.paths], None, False
        return _build(args)
    corpus = store.corpus()
    for key in args.paths:
        try:
            gone = corpus.remove(key)
        except KeyError:
            print(f"clustermap: no single document of {store.path} is {key!r} "
                  "(see `clustermap documents`)", file=sys.stderr)  # fmt: skip
            return 1
        print(f"removed {gone.filename} ({gone.key[:12]})")
    args.docs, args.out, args.force = None, None, False
    return _build(args)


def _list_documents(store, as_json: bool) -> int:
    """The documents an atlas is built from, as a table or JSON."""
    documents = [d.meta() for d in store.corpus().entries()]
    if as_json:
        print(json.dumps(documents, ensure_ascii=False, indent=1))
        return 0
    if not documents:
        print(f"{store.path}: no documents yet (`clustermap build` starts from the built-in "
              "corpus; `clustermap documents add PATH` adds yours)")  # fmt: skip
        return 0
    for d in documents:
        print(f"{d['key'][:12]}  {d['format']:5} {d['bytes']:>10,}  {d['added'][:10]}  "
              f"{d['added_by']:16} {d['filename']}")  # fmt: skip
    print(f"\n{len(documents)} documents in {store.path}")
    return 0


def _step_progress(step: str, done: int, total: int) -> None:
    """A one-line progress display on a terminal (CI and pipes stay quiet)."""
    end = "\n" if done == total else ""
    print(f"\r{step} {done}/{total}", end=end, file=sys.stderr, flush=True)


def _coverage(args: argparse.Namespace) -> int:
    """``clustermap coverage [--sector S] [--district D] --format F -o FILE``."""
    from layers.coverage import analyse, write

    store = _built_store(args.atlas)
    if store is None:
        return 1
    try:
        coverage = analyse(store, sector=args.sector, district=args.district)
        out = write(coverage, args.format, args.output)
    except ValueError as exc:
        print(f"clustermap: {exc}", file=sys.stderr)
        return 2
    print(f"{out}: {len(coverage.targets)} targets, {len(coverage.places)} carriers")
    return 0


def _export(args: argparse.Namespace) -> int:
    """``clustermap export LAYER --format F [--crs C] [--sector S] [--district D] [--kind K]
    -o FILE``."""
    import logging

    from layers.exports import ExportError, export

    # The empty-result warning and the list of files written go to stderr.
    log = logging.getLogger("layers.exports")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("clustermap: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    store = _store(args.atlas)
    try:
        path = export(
            store, args.layer, args.format, args.output, crs=args.crs, sector=args.sector,
            district=args.district, kind=args.kind,
        )  # fmt: skip
    except ExportError as exc:
        print(f"clustermap: {exc}", file=sys.stderr)
        return 2
    print(path)
    return 0


def _map(args: argparse.Namespace) -> int:
    """``clustermap map overview|sector S|district D|place ID|coverage S --out FILE.html``."""
    import maps

    store = _built_store(args.atlas)
    if store is None:
        return 1
    try:
        out = maps.render(
            args.kind, store, args.out, target=args.target, basemap=args.basemap, lang=args.lang,
            radius_km=args.radius_km,
        )  # fmt: skip
    except maps.MapError as exc:
        print(f"clustermap: {exc}", file=sys.stderr)
        return 2
    print(out)
    return 0


def _serve(args: argparse.Namespace) -> int:
    """``clustermap serve [--host] [--port] [--atlas] [--workers]``."""
    from api import serve

    serve(args.host, args.port, args.atlas, args.workers)
    return 0


def _store(atlas: str | None) -> AtlasStore:
    """The atlas store ``--atlas`` names (``layers.stores.open_store``: a ``postgresql://``
    URL, a folder holding ``atlas.gpkg``, or the GeoPackage itself; default:
    ``ATLAS_DATABASE_URL``, else ``data/atlas``)."""
    from layers.stores import open_store

    return open_store(atlas)


ATLAS_HELP = (
    "the atlas: a postgresql:// URL, a folder holding atlas.gpkg or the GeoPackage "
    "(default: $ATLAS_DATABASE_URL, else data/atlas)"
)


def _built_store(atlas: str | None) -> AtlasStore | None:
    """The store ``--atlas`` names when an atlas was built there; otherwise None, having
    said so."""
    store = _store(atlas)
    if not store.exists():
        hint = "run `clustermap build` first"
        print(f"clustermap: no atlas at {store.path}: {hint}", file=sys.stderr)
        return None
    return store


class Registry(Sequence[str]):
    """The names of a registry (``module.attribute``: ``layers.exports.FORMATS``) as an
    argument's ``choices``, imported only when argparse first checks a value or prints
    help: ``clustermap extract`` need not import the maps (4 s) to build its parser. An
    argument given one needs a ``metavar``, or argparse lists the choices at once."""

    def __init__(self, path: str) -> None:
        self.path = path

    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        module, _, attribute = self.path.rpartition(".")
        return tuple(getattr(importlib.import_module(module), attribute))

    def __getitem__(self, index):
        return self.names[index]

    def __len__(self) -> int:
        return len(self.names)

    def __str__(self) -> str:
        """The names, as a help text lists them (``%(names)s``)."""
        return ", ".join(self.names)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``clustermap``."""
    parser = argparse.ArgumentParser(
        prog="clustermap",
        description="Cluster Atlas: Chinese industrial-policy documents turned into maps.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser(
        "extract", help="extract the carriers (parks, zones, buildings) documents name"
    )
    extract.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (.txt .html .docx .pdf); default: the built-in corpus",
    )
    extract.add_argument("--json", action="store_true", help="print one JSON object")
    extract.set_defaults(run=_extract)

    geocode = sub.add_parser("geocode", help="locate a place (WGS-84) with its provenance")
    geocode.add_argument("name", nargs="?", metavar="NAME", help="the place to locate")
    geocode.add_argument("--district", help="the district it lies in, e.g. 渝中区")
    geocode.add_argument(
        "--provider", action="append", default=[],
        choices=Registry("geo.resolve.SOURCES"), metavar="SOURCE",
        help="ask only this source (repeatable; %(choices)s); default: the whole chain",
    )  # fmt: skip
    geocode.add_argument("--json", action="store_true", help="print JSON")
    geocode.add_argument(
        "--all", nargs="*", metavar="PATH", dest="paths", default=None,
        help="locate every place extracted from PATH (default: the built-in corpus)",
    )  # fmt: skip
    geocode.set_defaults(run=_geocode)

    build = sub.add_parser("build", help="build the atlas (GeoPackage or PostGIS) from documents")
    build.add_argument(
        "--docs", action="extend", nargs="+", type=Path, metavar="PATH",
        help="documents or folders to add to the atlas's documents (repeatable); the atlas "
        "is built from all of them (a new atlas with none: the built-in corpus)",
    )  # fmt: skip
    build.add_argument(
        "--out", type=Path, default=None, help=f"atlas folder (default: {settings.ATLAS_DIR})"
    )
    build.add_argument(
        "--atlas",
        help="where to write the atlas, as for the other commands (default: "
        "$ATLAS_DATABASE_URL, else atlas.gpkg in --out); the report goes to --out",
    )
    build.add_argument("--force", action="store_true", help="rebuild even if inputs are unchanged")
    build.set_defaults(run=_build)

    documents = sub.add_parser(
        "documents", help="list, add or remove the documents an atlas is built from"
    )
    documents.add_argument("action", nargs="?", choices=("list", "add", "remove"),
                           default="list")  # fmt: skip
    documents.add_argument(
        "paths", nargs="*", metavar="PATH|KEY",
        help="add: files or folders; remove: a document's key (6+ hex digits) or file name",
    )  # fmt: skip
    documents.add_argument("--atlas", help=ATLAS_HELP)
    documents.add_argument("--json", action="store_true", help="list as JSON")
    documents.set_defaults(run=_documents)

    coverage = sub.add_parser("coverage", help="planners' coverage analysis of the atlas")
    coverage.add_argument("--sector", help="a sector id or name (sub-sectors included)")
    coverage.add_argument("--district", help="a district, e.g. 渝中区")
    coverage.add_argument(
        "--format", type=str.lower, choices=Registry("layers.coverage.FORMATS"),
        default="html", metavar="FORMAT", help="%(choices)s (default: %(default)s)",
    )  # fmt: skip
    coverage.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    coverage.add_argument("--atlas", help=ATLAS_HELP)
    coverage.set_defaults(run=_coverage)

    exp = sub.add_parser("export", help="write an atlas layer as a file for GIS or Excel")
    exp.add_argument(
        "layer", choices=Registry("layers.exports.LAYERS"), metavar="LAYER",
        help="a layer of the atlas, or places (all place layers): %(choices)s",
    )  # fmt: skip
    exp.add_argument(
        "--format", "-f", required=True, type=str.lower,
        choices=Registry("layers.exports.FORMATS"), metavar="FORMAT", help="%(choices)s",
    )  # fmt: skip
    exp.add_argument(
        "--crs", default="EPSG:4326", type=str.upper,
        choices=Registry("layers.exports.CRS_CHOICES"), metavar="CRS",
        help="%(choices)s (default: %(default)s); a format that holds WGS-84 only refuses "
        "the others",
    )  # fmt: skip
    exp.add_argument("--sector", help="sector id or name, e.g. software-info or 软件信息")
    exp.add_argument("--district", help="e.g. 渝中区 or 渝中")
    exp.add_argument("--kind", help="a kind of carrier by id or label, e.g. park or 园区")
    exp.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    exp.add_argument("--atlas", help=ATLAS_HELP)
    exp.set_defaults(run=_export)

    map_ = sub.add_parser("map", help="an interactive map (standalone HTML, works offline)")
    map_.add_argument("kind", choices=Registry("maps.KINDS"), metavar="KIND", help="%(choices)s")
    map_.add_argument("target", nargs="?", help="the sector, district or place id the map is of")
    map_.add_argument("--out", "-o", type=Path, required=True, metavar="FILE.html")
    basemap = map_.add_argument(
        "--basemap", default="osm",
        help="%(names)s, or an XYZ URL {z}/{x}/{y} (default: %(default)s)",
    )  # fmt: skip
    basemap.names = Registry("maps.basemaps.NAMED")  # type: ignore[attr-defined]
    map_.add_argument(
        "--lang", choices=Registry("maps.i18n.LANGS"), default="zh", metavar="LANG",
        help="%(choices)s (default: %(default)s)",
    )  # fmt: skip
    map_.add_argument("--radius-km", type=float, default=3.0, help="place map: neighbours within")
    map_.add_argument("--atlas", help=ATLAS_HELP)
    map_.set_defaults(run=_map)

    serve = sub.add_parser("serve", help="serve the atlas: OGC API – Features, maps, exports")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--atlas", help=ATLAS_HELP)
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(run=_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``clustermap``; returns the exit status."""
    args = build_parser().parse_args(argv)
    from geo.unknown import UnknownName
    from layers.stores import StoreUnavailable

    try:
        return args.run(args)
    except StoreUnavailable as exc:
        print(f"clustermap: {exc}", file=sys.stderr)
        return 1
    except UnknownName as exc:  # a sector, district or kind typed on any command
        print(f"clustermap: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
