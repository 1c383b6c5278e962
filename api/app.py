"""The application: ``create_app`` wires the snapshot of the atlas, the routes, the
middleware and the OpenAPI 3.0 document; ``serve`` runs it with uvicorn."""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import os
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from uvicorn.protocols.http.h11_impl import H11Protocol

import clustermap
from api import coverage, exports, extras, features, maps, writes
from api.auth import WriteGuard
from api.config import ApiConfig
from api.http import install_error_handlers
from api.jobs import Builder, JobStore
from api.openapi import openapi30
from api.snapshot import SnapshotHolder
from api.source import AtlasSource
from layers.store import AtlasStore, is_database_url, open_store

ATLAS_ENV = "CLUSTERMAP_ATLAS"
"""The atlas ``create_app()`` serves when given none (how ``serve`` tells its workers)."""


def open_source(config: ApiConfig, store: AtlasStore) -> AtlasSource:
    """How the service reads ``store``: a database per request, a GeoPackage as an
    in-memory snapshot."""
    if config.database_url:
        # Imported here: psycopg is needed only by those who keep the atlas in PostGIS.
        from api.postgis import PostGISSource

        return PostGISSource(store, config.reload_check_s)
    return SnapshotHolder(config.atlas_path, config.reload_check_s)


def create_app(atlas: str | Path | None = None, *, config: ApiConfig | None = None) -> FastAPI:
    """The service for ``atlas``: a ``postgresql://`` URL, a GeoPackage or a folder
    holding ``atlas.gpkg`` (default: ``$CLUSTERMAP_ATLAS``, else
    ``settings.ATLAS_DATABASE_URL``, else ``settings.ATLAS_DIR``); or as ``config`` says."""
    if config is None:
        config = ApiConfig.for_atlas(atlas or os.environ.get(ATLAS_ENV) or None)
    store = open_store(config.database_url or config.atlas_path)
    source = open_source(config, store)
    jobs = JobStore(config.jobs_dir)
    builder = Builder(config, store, source, jobs)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        builder.shutdown()

    app = FastAPI(
        title="Cluster Atlas",
        version=clustermap.__version__,
        description=features.DESCRIPTION + " OGC API – Features Part 1 (Core, GeoJSON, HTML, "
        "OpenAPI 3.0); writes need an API key (X-API-Key).",
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.store = store
    app.state.source = source
    app.state.jobs = jobs
    app.state.builder = builder
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(WriteGuard)  # outermost: before anything reads a body
    install_error_handlers(app)
    for module in (features, extras, exports, maps, coverage, writes):
        app.include_router(module.router)
    app.openapi = lambda: openapi30(app)  # type: ignore[method-assign]
    app.state.openapi_bytes = json.dumps(app.openapi(), ensure_ascii=False).encode()
    return app


class NoDelayH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with ``TCP_NODELAY`` on every connection.

    With several workers uvicorn listens on a socket asyncio does not recognise as TCP and
    leaves Nagle's algorithm on: an answer written as headers then body then waits for
    the client's delayed ACK, about 40 ms each.
    """

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)


def serve(
    host: str = "127.0.0.1", port: int = 8000, atlas: str | Path | None = None, workers: int = 1
) -> None:
    """Serve ``atlas`` (as ``create_app`` takes it) on ``host:port`` with ``workers``
    processes until interrupted (with a GeoPackage, each worker holds its own snapshot;
    with PostGIS, they share the database)."""
    logging.basicConfig(level=logging.INFO)
    if atlas is not None:
        os.environ[ATLAS_ENV] = str(atlas) if is_database_url(atlas) else str(Path(atlas).resolve())
    if workers <= 1 or not hasattr(socket, "SO_REUSEPORT"):
        uvicorn.run(
            "api.app:create_app", factory=True, host=host, port=port, workers=workers,
            http=NoDelayH11Protocol, proxy_headers=True,
        )  # fmt: skip
        return
    # One listening socket per worker with SO_REUSEPORT: the kernel spreads connections
    # evenly. With uvicorn's one shared socket, a burst of keep-alive connections can all
    # land on the worker that wakes first, leaving the others idle.
    context = multiprocessing.get_context("spawn")
    procs = [context.Process(target=_worker, args=(host, port)) for _ in range(workers)]
    for proc in procs:
        proc.start()
    try:
        for proc in procs:
            proc.join()
    except KeyboardInterrupt:
        for proc in procs:
            proc.terminate()


def _worker(host: str, port: int) -> None:
    """One server process on its own SO_REUSEPORT socket."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    config = uvicorn.Config(
        "api.app:create_app", factory=True, http=NoDelayH11Protocol, proxy_headers=True
    )
    uvicorn.Server(config).run(sockets=[sock])
