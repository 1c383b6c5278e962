"""Benchmark of the atlas in PostGIS against the GeoPackage: prints figures, asserts nothing.

A synthetic atlas of N places (default 1,000,000) over the 38 districts, laid out as
layers (``layers.atlas.assemble``), is written to PostGIS (``PostGISStore.write``: COPY,
indexes, swap) and to a GeoPackage (``GeoPackageStore.write``). Printed: write times,
sizes on disk, the time to read the buildings layer whole, and the latency (p50/p99 of
200 sequential queries, each a different bbox of central Chongqing) of a page of
buildings filtered by bbox and sector (software-info with all it covers), and by bbox
alone: on PostGIS ``features()`` (a page of 10 and the number matched), on the
GeoPackage ``pyogrio.read_dataframe`` with ``bbox=`` (its R-tree) and a ``where=`` on
``sector_ids`` (every match is read: that is how the number matched is known). Last,
the peak memory of this process.

The database: ``--url`` or ``ATLAS_DATABASE_URL``, else a throwaway server
(``tests/postgres.py``) with PostgreSQL's default settings.

Run: ``.venv/bin/python bench/postgis.py [--places 1000000] [--url postgresql://…]``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import psycopg
import pyogrio
from synthetic import synthetic_rows, synthetic_tables

from extract.taxonomy import Taxonomy
from layers.atlas import assemble, with_geometry
from layers.postgis import PostGISStore
from layers.store import GeoPackageStore

CENTRE = (106.45, 29.50, 106.60, 29.62)
"""Central Chongqing (渝中, 江北, 南岸, 九龙坡): where the synthetic atlas is densest."""
BOX_DEGREES = 0.03
"""Side of each query's bbox (about 3 km)."""
QUERIES = 200
SECTOR = "software-info"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=1_000_000)
    parser.add_argument("--url", default=os.environ.get("ATLAS_DATABASE_URL", ""))
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

    with database(args.url) as url, PostGISStore(url, schema="bench") as store:
        start = time.perf_counter()
        store.write(atlas, {"synthetic": "yes"})
        say(f"PostGIS write: {time.perf_counter() - start:.1f} s, {pg_size_mb(store):,.0f} MB "
            "(tables and indexes)")  # fmt: skip
        start = time.perf_counter()
        store.layer("buildings")
        say(f"PostGIS read of buildings ({buildings:,} rows): {time.perf_counter() - start:.1f} s")
        for label, sector_ids in (("bbox+sector", sectors), ("bbox", None)):

            def page(box: tuple, sector_ids: list[str] | None = sector_ids) -> int:
                return store.features("buildings", bbox=box, sector_ids=sector_ids)[1]

            latencies(f"PostGIS features({label})", boxes, page)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "atlas.gpkg"
        start = time.perf_counter()
        GeoPackageStore(path).write(atlas, {"synthetic": "yes"})
        say(f"GeoPackage write: {time.perf_counter() - start:.1f} s, "
            f"{path.stat().st_size / 1e6:,.0f} MB")  # fmt: skip
        start = time.perf_counter()
        GeoPackageStore(path).layer("buildings")
        say(f"GeoPackage read of buildings: {time.perf_counter() - start:.1f} s")
        where = " OR ".join(f"('|' || sector_ids || '|') LIKE '%|{s}|%'" for s in sectors)
        for label, clause in (("bbox+sector", where), ("bbox", None)):

            def read(box: tuple, clause: str | None = clause) -> int:
                return len(pyogrio.read_dataframe(path, layer="buildings", bbox=box, where=clause))

            latencies(f"GeoPackage pyogrio({label})", boxes, read)
    say(f"peak memory of this process: {peak_mb():,.0f} MB")


def query_boxes() -> list[tuple[float, float, float, float]]:
    """``QUERIES`` bboxes inside ``CENTRE``, the same for both stores."""
    rng = np.random.default_rng(11)
    minx, miny, maxx, maxy = CENTRE
    xs = rng.uniform(minx, maxx - BOX_DEGREES, QUERIES)
    ys = rng.uniform(miny, maxy - BOX_DEGREES, QUERIES)
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
