"""Load benchmark of the API: prints figures, asserts nothing.

For the built-in atlas and a synthetic atlas of N places (default 100,000), serves the
GeoPackage with Cluster Atlas (``python -m api``, W uvicorn workers) and, when a pygeoapi
install is given (``--pygeoapi VENV``), with pygeoapi's SQLite/GPKG provider (its Flask
app under gunicorn, W sync workers: its usual deployment), and puts each under load on
loopback: ``wrk`` when installed (``apt-get install wrk``), otherwise a bounded asyncio
httpx client. Reports successful requests per second, p50 and p99 latency, errors, and
the ratio of our req/s to pygeoapi's.

The pygeoapi venv: ``/usr/bin/python3 -m venv /tmp/pygeoapi-venv`` (a Python whose sqlite3
loads extensions) and ``pip install pygeoapi gunicorn``, with Debian's
``libsqlite3-mod-spatialite``.

Queries: ``/collections/buildings/items?bbox=…&sector=software-info`` (bbox and sector
with its sub-sectors, which pygeoapi cannot express) and the same bbox alone, which both
answer: the like-for-like ratio. Each at 8 connections and at one per worker.

Run: ``.venv/bin/python bench/api.py [--places 100000] [--duration 10] [--connections 8]
[--workers 2] [--pygeoapi /tmp/pygeoapi-venv]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from load import Result, Server, free_port, load_httpx, load_wrk
from synthetic import synthetic_rows, synthetic_tables

from extract.taxonomy import Taxonomy
from layers.atlas import assemble, with_geometry
from layers.build import build
from layers.stores import ATLAS_FILE, open_store

BBOX = "106.45,29.50,106.60,29.62"
"""Central Chongqing (渝中, 江北, 南岸, 九龙坡): where the synthetic atlas is densest."""
QUERIES = {
    "bbox+sector": f"/collections/buildings/items?bbox={BBOX}&sector=software-info",
    "bbox": f"/collections/buildings/items?bbox={BBOX}",
}
PYGEOAPI_CONFIG = """\
server:
  bind: {{host: 127.0.0.1, port: {port}}}
  url: http://127.0.0.1:{port}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  language: en-US
  pretty_print: false
  limits: {{default_items: 10, max_items: 10000}}
  map: {{url: "https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png", attribution: "OSM"}}
logging: {{level: ERROR}}
metadata:
  identification: {{title: bench, description: bench, keywords: [bench], keywords_type: theme,
                   terms_of_service: "https://example.org", url: "https://example.org"}}
  license: {{name: CC-BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/"}}
  provider: {{name: bench, url: "https://example.org"}}
  contact: {{name: bench, position: bench, address: bench, city: bench, stateorprovince: bench,
            postalcode: "0", country: CN, phone: "0", fax: "0", email: a@example.org,
            url: "https://example.org", hours: "0", instructions: "0", role: pointOfContact}}
resources:
  buildings:
    type: collection
    title: buildings
    description: buildings
    keywords: [buildings]
    links: []
    extents: {{spatial: {{bbox: [105, 28, 110, 32],
                         crs: "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}}}}
    providers:
      - type: feature
        name: SQLiteGPKG
        data: {data}
        id_field: fid
        table: buildings
"""


def synthetic_atlas(folder: Path, n: int) -> Path:
    """A synthetic atlas of ``n`` places written as ``clustermap build`` writes one."""
    rows = synthetic_rows(n)
    atlas = assemble(with_geometry(rows), synthetic_tables(rows), Taxonomy.load(), {"places": n})
    path = folder / ATLAS_FILE
    open_store(path).write(atlas, {"synthetic": "yes", "built": time.strftime("%F")})
    return path


def ours(atlas: Path, workers: int, folder: Path) -> Server:
    """``clustermap serve``'s server (``api.serve``: uvicorn, TCP_NODELAY)."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "api",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--atlas",
        str(atlas),
    ]
    return Server(command, port, {}, Path(__file__).parents[1])


def pygeoapi(venv: Path, atlas: Path, workers: int, folder: Path) -> Server:
    port = free_port()
    config = folder / f"pygeoapi-{port}.yml"
    config.write_text(PYGEOAPI_CONFIG.format(port=port, data=atlas), encoding="utf-8")
    openapi = config.with_suffix(".openapi.yml")
    env = {"PYGEOAPI_CONFIG": str(config), "PYGEOAPI_OPENAPI": str(openapi)}
    subprocess.run(
        [
            str(venv / "bin" / "pygeoapi"),
            "openapi",
            "generate",
            str(config),
            "--output-file",
            str(openapi),
        ],
        env={**os.environ, **env},
        check=True,
        capture_output=True,
    )
    command = [
        str(venv / "bin" / "gunicorn"),
        "--workers",
        str(workers),
        "--bind",
        f"127.0.0.1:{port}",
        "pygeoapi.flask_app:APP",
    ]
    return Server(command, port, env, folder)


def measure(server: Server, path: str, duration: int, connections: int) -> Result:
    answer = httpx.get(server.url + path, timeout=60).json()  # warm up, and check it works
    assert answer["features"], answer
    for _ in range(20):
        httpx.get(server.url + path, timeout=60)
    load = load_wrk if shutil.which("wrk") else load_httpx
    result = load(server.url + path, duration, connections)
    result.matched = answer.get("numberMatched")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per load run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--pygeoapi", type=Path, default=None, help="a venv with pygeoapi and uvicorn installed"
    )
    args = parser.parse_args()
    tool = "wrk" if shutil.which("wrk") else "httpx (asyncio)"
    few = args.workers
    print(
        f"load: {tool}, {args.connections} connections (and {few}: one per worker), "
        f"{args.duration} s per run; servers with {args.workers} uvicorn workers, loopback; "
        f"{os.cpu_count()} cores"
    )
    runs = {
        "cluster-atlas": [
            ("bbox+sector", args.connections),
            ("bbox", args.connections),
            ("bbox", few),
        ],
        "pygeoapi": [("bbox", args.connections), ("bbox", few)],
    }
    results: dict[tuple[str, str, str, int], Result] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "builtin").mkdir()
        (folder / "synthetic").mkdir()
        start = time.perf_counter()
        builtin = build(out=folder / "builtin", force=True).path
        synthetic = synthetic_atlas(folder / "synthetic", args.places)
        print(f"atlases written in {time.perf_counter() - start:.0f} s")
        for label, atlas in (("built-in", builtin), (f"synthetic {args.places:,}", synthetic)):
            servers = {"cluster-atlas": lambda a=atlas: ours(a, args.workers, folder)}
            if args.pygeoapi:
                servers["pygeoapi"] = lambda a=atlas: pygeoapi(
                    args.pygeoapi, a, args.workers, folder
                )
            for name, make in servers.items():
                with make() as server:
                    for query, connections in runs[name]:
                        result = measure(server, QUERIES[query], args.duration, connections)
                        results[(label, name, query, connections)] = result
                        print(
                            f"{label:18} {name:14} {query:12} c={connections:<3}"
                            f"{result.requests_per_s:8.0f} req/s  p50 {result.p50_ms:7.1f} ms  "
                            f"p99 {result.p99_ms:7.1f} ms  errors {result.errors}  "
                            f"matched {result.matched}",
                            flush=True,
                        )
    print()
    for label in dict.fromkeys(key[0] for key in results):
        for query, connections in runs["cluster-atlas"]:
            mine = results[(label, "cluster-atlas", query, connections)]
            for theirs_c in sorted({c for _, c in runs["pygeoapi"]}):
                theirs = results.get((label, "pygeoapi", "bbox", theirs_c))
                if theirs and theirs.requests_per_s:
                    print(
                        f"{label}: cluster-atlas {query} c={connections} / pygeoapi bbox "
                        f"c={theirs_c}: {mine.requests_per_s / theirs.requests_per_s:.1f}x req/s"
                    )
    print("targets: >= 10x pygeoapi's req/s; p99 <= 50 ms at 100k places")


if __name__ == "__main__":
    main()
