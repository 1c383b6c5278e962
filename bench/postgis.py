"""Benchmark of the atlas in PostGIS against the GeoPackage: prints figures, asserts nothing.

A synthetic atlas of N places (default 1,000,000) over the 38 districts, laid out as
layers (``layers.atlas.assemble``), is written to PostGIS (``PostGISStore.write``: COPY,
indexes, swap; schema ``bench``) and to a GeoPackage (``GeoPackageStore.write``).

In process, one query after another: write times, sizes on disk, the time to read the
buildings layer whole, and the latency (p50/p99 of 200 sequential queries, each a
different bbox of central Chongqing) of a page of buildings filtered by bbox and sector
(software-info with all it covers), and by bbox alone: on PostGIS ``features()`` (a page
of 10 and the number matched), on the GeoPackage ``pyogrio.read_dataframe`` with
``bbox=`` (its R-tree) and a ``where=`` on ``sector_ids`` (every match is read: that is
how the number matched is known). Then the peak memory of this process.

Over HTTP, the service under load (``--skip-sequential`` leaves out the in-process
part): the atlas in memory is freed, then ``python -m api --workers W`` serves the
GeoPackage (``--atlas``; each worker loads the whole atlas into memory at start), then
the PostGIS database (``CLUSTERMAP_ATLAS_DATABASE_URL``, ``…_SCHEMA=bench``; SQL on
the current version per request), one after the other, each put under load by ``wrk``
(else an asyncio httpx client) at C connections (default 32) for D seconds (default 20)
on loopback, every request a different ~3 km bbox of central Chongqing (fixed seed) with
``sector=software-info&limit=10`` on ``/collections/buildings/items``. Printed per
backend: successful req/s, p50, p99, non-2xx answers and socket errors, the mean number
matched, how long the server took to start, the peak resident memory of its processes,
and how many tracebacks its log has (its tail when there are any, or errors); last,
PostGIS/GeoPackage ratios of req/s, p50 and p99. The load client, the servers and
PostgreSQL share the machine's cores.

The database: ``--url`` or ``settings.ATLAS_DATABASE_URL``, else a throwaway server
(``tests/postgres.py``) with PostgreSQL's default settings.

Run: ``.venv/bin/python bench/postgis.py [--places 1000000] [--url postgresql://…]
[--connections 32] [--workers 2] [--duration 20] [--skip-sequential]``.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib.util
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import numpy as np
import psycopg
import pyogrio
from load import Result, Server, cycling, free_port, load_httpx, load_wrk, paths_script
from synthetic import synthetic_rows, synthetic_tables

from extract.taxonomy import Taxonomy
from geo import settings
from layers.atlas import assemble, with_geometry
from layers.stores._geopackage import GeoPackageStore
from layers.stores._postgis import PostGISStore

CENTRE = (106.45, 29.50, 106.60, 29.62)
"""Central Chongqing (渝中, 江北, 南岸, 九龙坡): where the synthetic atlas is densest."""
BOX_DEGREES = 0.03
"""Side of each query's bbox (about 3 km)."""
QUERIES = 200
SECTOR = "software-info"
HTTP_PATHS = 10_000
"""Distinct requests the load cycles through."""
ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=1_000_000)
    parser.add_argument("--url", default=settings.ATLAS_DATABASE_URL)
    parser.add_argument("--connections", type=int, default=32, help="load over HTTP")
    parser.add_argument("--workers", type=int, default=2, help="server processes")
    parser.add_argument("--duration", type=int, default=20, help="seconds of load per backend")
    parser.add_argument(
        "--startup-timeout", type=int, default=900, help="seconds a server may take to start"
    )
    parser.add_argument(
        "--skip-sequential", action="store_true", help="write both stores, then only HTTP"
    )
    args = parser.parse_args()

    start = time.perf_counter()
    rows = synthetic_rows(args.places)
    places = with_geometry(rows)
    atlas = assemble(places, synthetic_tables(rows), Taxonomy.load(), {"places": len(rows)})
    del rows, places
    say(f"{args.places:,} synthetic places laid out in {time.perf_counter() - start:.0f} s "
        f"(not part of the figures); peak memory so far {peak_mb():,.0f} MB")  # fmt: skip
    buildings = len(atlas.layers["buildings"])
    sectors = sorted(Taxonomy.load().covers(SECTOR))
    boxes = query_boxes()
    sequential = not args.skip_sequential

    with database(args.url) as url, tempfile.TemporaryDirectory() as tmp:
        with PostGISStore(url, schema="bench") as store:
            start = time.perf_counter()
            store.write(atlas, {"synthetic": "yes"})
            say(f"PostGIS write: {time.perf_counter() - start:.1f} s, {pg_size_mb(store):,.0f} MB "
                "(tables and indexes)")  # fmt: skip
            if sequential:
                start = time.perf_counter()
                store.layer("buildings")
                say(f"PostGIS read of buildings ({buildings:,} rows): "
                    f"{time.perf_counter() - start:.1f} s")  # fmt: skip
                for label, sector_ids in (("bbox+sector", sectors), ("bbox", None)):

                    def page(box: tuple, sector_ids: list[str] | None = sector_ids) -> int:
                        return store.features("buildings", bbox=box, sector_ids=sector_ids)[1]

                    latencies(f"PostGIS features({label})", boxes, page)

        path = Path(tmp) / "atlas.gpkg"
        start = time.perf_counter()
        GeoPackageStore(path).write(atlas, {"synthetic": "yes"})
        say(f"GeoPackage write: {time.perf_counter() - start:.1f} s, "
            f"{path.stat().st_size / 1e6:,.0f} MB")  # fmt: skip
        if sequential:
            start = time.perf_counter()
            GeoPackageStore(path).layer("buildings")
            say(f"GeoPackage read of buildings: {time.perf_counter() - start:.1f} s")
            where = " OR ".join(f"('|' || sector_ids || '|') LIKE '%|{s}|%'" for s in sectors)
            for label, clause in (("bbox+sector", where), ("bbox", None)):

                def read(box: tuple, clause: str | None = clause) -> int:
                    frame = pyogrio.read_dataframe(path, layer="buildings", bbox=box, where=clause)
                    return len(frame)

                latencies(f"GeoPackage pyogrio({label})", boxes, read)
        say(f"peak memory of this process: {peak_mb():,.0f} MB")

        del atlas
        gc.collect()
        say("")
        # The database by CLUSTERMAP_ATLAS_DATABASE_URL: `python -m api --atlas postgresql://…`
        # takes the URL for a path (argparse's type=Path folds its "//") and serves nothing.
        servers = {
            "GeoPackage": (["--atlas", str(path)], {}),
            "PostGIS": ([], {"CLUSTERMAP_ATLAS_DATABASE_URL": url}),
        }
        http(args, Path(tmp), servers)


def http(
    args: argparse.Namespace, folder: Path, servers: dict[str, tuple[list[str], dict[str, str]]]
) -> None:
    """Each backend (name: its server's arguments and environment) served in turn and
    put under load; one line each, then the ratios."""
    paths = http_paths()
    tool = "wrk" if shutil.which("wrk") else "httpx (asyncio)"
    say(f"HTTP: {tool}, {args.connections} connections, {args.duration} s per backend, "
        f"{len(paths):,} distinct requests like {paths[0]}; `python -m api --workers "
        f"{args.workers}`; loopback, {os.cpu_count()} cores shared by all")  # fmt: skip
    results: dict[str, Result] = {}
    for name, (atlas, atlas_env) in servers.items():
        (folder / name).mkdir()
        env = {
            # A GeoPackage's server: not the caller's database (by either name).
            "ATLAS_DATABASE_URL": "",
            "CLUSTERMAP_ATLAS_DATABASE_URL": "",
            **atlas_env,
            "ATLAS_DATABASE_SCHEMA": "",
            "CLUSTERMAP_ATLAS_DATABASE_SCHEMA": "bench",  # the PostGIS atlas written above
            "CLUSTERMAP_ATLAS_DIR": str(folder / name),  # the service's own files
        }
        log_path = folder / f"{name}.log"
        port = free_port()
        command = [sys.executable, "-m", "api", "--port", str(port),
                   "--workers", str(args.workers), *atlas]  # fmt: skip
        with log_path.open("wb") as log, Server(
            command, port, env, ROOT, stderr=log, timeout=args.startup_timeout,
            ready_answers=10 * args.workers,
        ) as server:  # fmt: skip
            say(f"{name}: server started in {server.startup_s:.1f} s")
            result = results[name] = measure(server, paths, args.duration, args.connections)
            peaks = server.peak_rss_mb()
        log_text = log_path.read_text(errors="replace")
        tracebacks = log_text.count("Traceback")
        main_mb = peaks.pop(server.process.pid, 0.0)
        children = " + ".join(f"{mb:,.0f}" for mb in sorted(peaks.values(), reverse=True))
        rss = f"{children} MB under a {main_mb:,.0f} MB supervisor"
        say(f"{name:10} {result.requests_per_s:8,.0f} req/s  p50 {result.p50_ms:7.1f} ms  "
            f"p99 {result.p99_ms:7.1f} ms  non-2xx {result.errors}  "
            f"socket errors {result.socket_errors}  matched {result.matched:,} on average; "
            f"startup {server.startup_s:.1f} s; peak RSS {rss}; "
            f"log tracebacks {tracebacks}")  # fmt: skip
        if tracebacks or result.errors or result.socket_errors:
            say(f"--- tail of the {name} server's log ---")
            say("\n".join(log_text.splitlines()[-40:]))
            say("---")
    pg, gpkg = results["PostGIS"], results["GeoPackage"]
    if gpkg.requests_per_s and gpkg.p99_ms:
        say(f"PostGIS/GeoPackage: req/s {pg.requests_per_s / gpkg.requests_per_s:.2f}x, "
            f"p50 {pg.p50_ms / gpkg.p50_ms:.2f}x, p99 {pg.p99_ms / gpkg.p99_ms:.2f}x")  # fmt: skip


def measure(server: Server, paths: list[str], duration: int, connections: int) -> Result:
    """Warm up on the first paths, each on a new connection so that every worker has
    some (each must answer with numberMatched; some with features), then load cycling
    through all of them."""
    matched = []
    for path in paths[:40]:
        answer = httpx.get(server.url + path, timeout=120)
        answer.raise_for_status()
        body = answer.json()
        matched.append((body["numberMatched"], len(body["features"])))
    assert any(found for _, found in matched), matched
    if shutil.which("wrk"):
        result = load_wrk(server.url, duration, connections, paths_script(paths))
    else:
        result = load_httpx(server.url, duration, connections, cycling(paths))
    result.matched = round(statistics.mean(m for m, _ in matched))
    return result


def http_paths() -> list[str]:
    """``HTTP_PATHS`` requests: a page of 10 buildings of ``SECTOR`` in a bbox of
    ``CENTRE``, each bbox its own (fixed seed)."""
    return [
        f"/collections/buildings/items?bbox={x0:.5f},{y0:.5f},{x1:.5f},{y1:.5f}"
        f"&sector={SECTOR}&limit=10"
        for x0, y0, x1, y1 in query_boxes(HTTP_PATHS, seed=12)
    ]


def query_boxes(n: int = QUERIES, seed: int = 11) -> list[tuple[float, float, float, float]]:
    """``n`` bboxes of side ``BOX_DEGREES`` inside ``CENTRE``, the same for both stores."""
    rng = np.random.default_rng(seed)
    minx, miny, maxx, maxy = CENTRE
    xs = rng.uniform(minx, maxx - BOX_DEGREES, n)
    ys = rng.uniform(miny, maxy - BOX_DEGREES, n)
    return [(x, y, x + BOX_DEGREES, y + BOX_DEGREES) for x, y in zip(xs, ys, strict=True)]


def latencies(label: str, boxes: list, query: Callable[[tuple], int]) -> None:
    """Run ``query`` once per box, one after another; print p50/p99 and mean matches."""
    query(boxes[0])  # connections and caches warm
    times, matched = [], []
    for box in boxes:
        start = time.perf_counter()
        matched.append(query(box))
        times.append((time.perf_counter() - start) * 1000)
    p50, p99 = statistics.quantiles(times, n=100)[49], statistics.quantiles(times, n=100)[98]
    say(f"{label}: p50 {p50:.1f} ms, p99 {p99:.1f} ms ({len(boxes)} queries, "
        f"{statistics.mean(matched):,.0f} matches on average)")  # fmt: skip


@contextlib.contextmanager
def database(url: str) -> Iterator[str]:
    """``url``, or a throwaway server's for the length of the ``with``."""
    if url:
        yield url
        return
    spec = importlib.util.spec_from_file_location(
        "postgres", Path(__file__).resolve().parents[1] / "tests" / "postgres.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with module.PostgresServer() as server:
        say(f"throwaway PostgreSQL server on 127.0.0.1:{server.port} (default settings)")
        yield server.url


def pg_size_mb(store: PostGISStore) -> float:
    with store.reading() as version, psycopg.connect(store.url) as conn:
        size = conn.execute(
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = %s AND c.relkind = 'r'",
            [version.version],
        ).fetchone()[0]
    return float(size) / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def say(line: str) -> None:
    print(line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
