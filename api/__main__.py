"""``python -m api [--host H] [--port P] [--workers N] [--atlas PATH|URL]``: serve the
atlas (what ``clustermap serve`` runs)."""

from __future__ import annotations

import argparse

from api.app import serve


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m api", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--atlas",
        default=None,
        help="a postgresql:// URL, the GeoPackage to serve, or its folder",
    )
    args = parser.parse_args()
    serve(args.host, args.port, args.atlas, args.workers)


if __name__ == "__main__":
    main()
