"""The ``clustermap`` command: one sub-command per step of the pipeline."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from clustermap import settings


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
    if not documents and not errors:
        print("clustermap: no documents found", file=sys.stderr)
        return 1
    return 1 if errors else 0


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
    unmapped = result.unmapped_sectors
    if unmapped:
        lines.append("")
        lines.append("unmapped sector phrases: " + "、".join(u["phrase"] for u in unmapped))
    return "\n".join(lines)


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``clustermap``; returns the exit status."""
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
