"""The application: ``create_app`` wires the snapshot of the atlas, the routes, the
middleware and the OpenAPI 3.0 document; ``serve`` runs it with uvicorn."""

from __future__ import annotations

import asyncio
import ctypes
import json
import logging
import multiprocessing
import multiprocessing.process
import os
import select
import signal
import socket
import threading
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from uvicorn.protocols.http.h11_impl import H11Protocol

import clustermap
from api import coverage, exports, extras, features, maps, review_writes, workbench, writes
from api.auth import WriteGuard
from api.config import ApiConfig
from api.http import PageCache, install_error_handlers
from api.jobs import Builder, JobStore
from api.middleware import HeadAsGet, NegotiatedGZip, SecurityHeaders, redact_access_log
from api.openapi import openapi30
from api.source import open_source
from geo import settings
from layers.stores import absolute, open_store

log = logging.getLogger(__name__)

ATLAS_ENV = settings.SETTINGS["ATLAS"].variable
"""The variable of ``settings.ATLAS``: how ``serve`` tells its worker processes, which
read it when they import the settings."""


def create_app(atlas: str | Path | None = None, *, config: ApiConfig | None = None) -> FastAPI:
    """The service for ``atlas``, a path or URL a backend of ``layers.stores`` opens
    (default: ``settings.ATLAS``, else ``layers.stores.default_target()``); or as
    ``config`` says."""
    if config is None:
        atlas = atlas or settings.ATLAS
        config = ApiConfig(atlas=atlas) if atlas else ApiConfig()
    store = open_store(config.atlas, folder=config.folder)
    config = replace(config, folder=store.folder)
    source = open_source(store, config.reload_check_s)
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
    app.state.page_cache = PageCache(config.page_cache_bytes)
    app.add_middleware(NegotiatedGZip, minimum_size=1024)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(WriteGuard)  # before anything reads a body
    app.add_middleware(HeadAsGet)  # outermost: every layer sees the GET it stands for
    redact_access_log()
    install_error_handlers(app)
    for module in (features, extras, exports, maps, coverage, writes, review_writes, workbench):
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


class DrainingServer(uvicorn.Server):
    """uvicorn's server, which on a stop first takes every connection already waiting in
    the listen queue and lets each new one send its request, then stops listening.

    Closing a listening socket resets the connections the kernel completed but the
    server had not taken yet, and uvicorn closes a connection that has not sent its
    request yet as if idle: with 168 clients and SIGTERM 50 ms later, 11 to 31 of 168
    were cut where they could have been answered. Now only those arriving in the
    microseconds between the last look and the close are."""

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        listening = [s for server in self.servers for s in server.sockets] + list(sockets or [])
        deadline = time.monotonic() + DRAIN_LIMIT_S
        poller = select.poll()
        for sock in listening:
            poller.register(sock.fileno(), select.POLLIN)
        # The event loop's accept handler takes the queued connections while this waits.
        while poller.poll(0) and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        while self._connections_without_a_request() and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        await super().shutdown(sockets)

    def _connections_without_a_request(self) -> bool:
        """Whether a connection was taken whose first request has not arrived yet (an idle
        keep-alive connection has served one and is closed at once, as before)."""
        return any(
            isinstance(connection, H11Protocol) and connection.cycle is None
            for connection in self.server_state.connections
        )


DRAIN_LIMIT_S = 1.0
"""Seconds a stopping server waits at most for queued connections and their first
requests: clients that keep arriving, or connect and never ask, must not hold it open."""


def serve(
    host: str = "127.0.0.1", port: int = 8000, atlas: str | Path | None = None, workers: int = 1
) -> None:
    """Serve ``atlas`` (as ``create_app`` takes it) on ``host:port`` with ``workers``
    processes until SIGTERM or SIGINT (with a GeoPackage, each worker holds its own
    snapshot; with PostGIS, they share the database).

    A stop is graceful and bounded: requests in progress are answered for up to
    ``settings.GRACEFUL_TIMEOUT_S``, then cut. With several workers the parent stops
    them all and kills any still there after that; a worker whose parent dies is sent
    SIGTERM by the kernel, so no orphan keeps serving the port."""
    logging.basicConfig(level=logging.INFO)
    if atlas is not None:
        settings.ATLAS = absolute(atlas)  # this process's app
        os.environ[ATLAS_ENV] = settings.ATLAS  # its workers'

    graceful_s = settings.GRACEFUL_TIMEOUT_S
    if workers <= 1:
        # In this process: uvicorn's own SIGTERM/SIGINT handlers work as PID 1 too.
        DrainingServer(_uvicorn_config(host, port, graceful_s)).run()
        return
    # One listening socket per worker with SO_REUSEPORT: the kernel spreads connections
    # evenly. With uvicorn's one shared socket, a burst of keep-alive connections can all
    # land on the worker that wakes first, leaving the others idle.
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        # Handled, not left to the default: as PID 1 of a container a signal without a
        # handler is ignored, and outside one the default kills this process alone.
        stop.set()

    for signum in STOP_SIGNALS:
        signal.signal(signum, on_signal)
    context = multiprocessing.get_context("spawn")
    procs = [
        context.Process(target=_worker, args=(host, port, os.getpid(), graceful_s))
        for _ in range(workers)
    ]
    for proc in procs:
        proc.start()
    while not stop.wait(0.2) and any(proc.is_alive() for proc in procs):
        pass
    _stop_workers(procs, graceful_s + STOP_MARGIN_S)


STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
"""What stops the service (SIGHUP: the terminal that started it went away)."""
STOP_MARGIN_S = 2.0
"""Seconds a worker gets beyond the graceful timeout to exit before it is killed."""


def _stop_workers(procs: Sequence[multiprocessing.process.BaseProcess], timeout_s: float) -> None:
    """SIGTERM every worker still running, wait up to ``timeout_s`` in all, kill the rest."""
    for proc in procs:
        if proc.is_alive() and proc.pid is not None:
            os.kill(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    for proc in procs:
        proc.join(max(0.0, deadline - time.monotonic()))
    for proc in procs:
        if proc.is_alive():
            log.warning("worker %s did not stop in %.0f s: killed", proc.pid, timeout_s)
            proc.kill()
            proc.join()


def _uvicorn_config(host: str, port: int, graceful_s: float) -> uvicorn.Config:
    return uvicorn.Config(
        "api.app:create_app", factory=True, host=host, port=port, http=NoDelayH11Protocol,
        proxy_headers=True,
        # Declared int; uvicorn waits with asyncio, which takes fractions of a second.
        timeout_graceful_shutdown=graceful_s,  # type: ignore[arg-type]
    )  # fmt: skip


def _worker(host: str, port: int, parent: int, graceful_s: float) -> None:
    """One server process on its own SO_REUSEPORT socket, stopped with its parent."""
    _die_with_parent(parent)
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    DrainingServer(_uvicorn_config(host, port, graceful_s)).run(sockets=[sock])


PR_SET_PDEATHSIG = 1
"""``prctl`` option: the signal this process gets when its parent dies (linux/prctl.h)."""


def _die_with_parent(parent: int) -> None:
    """Have the kernel send this process SIGTERM (a graceful stop) when ``parent`` dies,
    whatever kills it; stop now if it is already gone."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"prctl(PR_SET_PDEATHSIG): {os.strerror(err)}")
    if os.getppid() != parent:  # the parent died before prctl: nobody would signal us
        raise SystemExit(f"worker {os.getpid()}: the server process {parent} is gone")
