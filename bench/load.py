"""Load-testing pieces shared by the HTTP benchmarks (``bench/api.py``, ``bench/postgis.py``).

``Server`` runs a server in a subprocess and waits until ``/`` answers; ``load_wrk`` puts
a URL under load with ``wrk`` (one URL, or the paths of a Lua script from
``paths_script``); ``load_httpx`` does the same with a bounded asyncio httpx client when
wrk is not installed (one URL, or a callable giving the next path: ``cycling``).

Not a benchmark itself: imported by the scripts of this folder (``bench/`` is their
``sys.path[0]``).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import socket
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx


@dataclass
class Result:
    requests_per_s: float
    """Successful (2xx) answers per second."""
    p50_ms: float
    p99_ms: float
    errors: int
    """Answers that were not 2xx (wrk: not 2xx or 3xx)."""
    matched: int | None = None
    """numberMatched of the query's answer."""
    socket_errors: int = 0
    """Requests without an answer: connect, read or write errors and timeouts (wrk)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A server in a subprocess, ready when ``/`` answers; stopped on exit.

    ``stderr``: a file the server's standard error goes to (default: a pipe, read only
    if it fails to start). ``timeout``: seconds to wait for it. ``ready_answers``: how
    many answers to ``/`` in a row, each on a new connection, make it ready (with
    several SO_REUSEPORT workers, each lands on a worker chosen by the kernel: many in a
    row means every worker has started). ``startup_s``: how long it took.
    """

    def __init__(
        self,
        command: list[str],
        port: int,
        env: dict[str, str],
        cwd: Path,
        *,
        stderr: IO | None = None,
        timeout: float = 180,
        ready_answers: int = 1,
    ) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.timeout = timeout
        self.ready_answers = ready_answers
        self.startup_s = 0.0
        self.stderr = stderr
        self.began = time.monotonic()
        self.process = subprocess.Popen(
            command,
            env={**os.environ, **env},
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE if stderr is None else stderr,
        )

    def __enter__(self) -> Server:
        deadline = self.began + self.timeout
        answered = 0
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                if self.process.stderr:
                    tail = self.process.stderr.read().decode()
                else:
                    tail = Path(self.stderr.name).read_text(errors="replace")
                raise RuntimeError(f"server exited ({self.process.returncode}): {tail[-2000:]}")
            try:
                ok = httpx.get(self.url + "/", timeout=2).status_code == 200
            except httpx.HTTPError:
                ok = False
            answered = answered + 1 if ok else 0
            if answered >= self.ready_answers:
                self.startup_s = time.monotonic() - self.began
                return self
            if not ok:
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError(f"{self.url} did not start in {self.timeout:.0f} s")

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def peak_rss_mb(self) -> dict[int, float]:
        """Peak resident memory (``VmHWM``) of the server and each process under it, by
        pid (Linux; empty elsewhere). Read while it runs."""
        pids = [self.process.pid, *descendants(self.process.pid)]
        peaks = {}
        for pid in pids:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
            if found:
                peaks[pid] = int(found.group(1)) / 1024
        return peaks


def descendants(pid: int) -> list[int]:
    """The processes under ``pid`` (children, theirs, …), from ``/proc``."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def paths_script(paths: Sequence[str]) -> str:
    """A wrk Lua script asking ``paths`` in turn (each wrk thread from the first)."""
    quoted = ",\n".join(f'  "{p}"' for p in paths)
    return (
        f"local paths = {{\n{quoted}\n}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        '  return wrk.format("GET", paths[i])\n'
        "end\n"
    )


def cycling(paths: Sequence[str]) -> Callable[[], str]:
    """The next of ``paths`` at each call, from the first again after the last."""
    return itertools.cycle(paths).__next__


def load_wrk(url: str, duration: int, connections: int, script: str | None = None) -> Result:
    """``wrk`` on ``url`` for ``duration`` seconds at ``connections``; with ``script``
    (Lua, e.g. ``paths_script``), ``url`` is the server's and the script says what to ask."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "10s"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        if script is not None:
            lua.write(script)
            lua.flush()
            command += ["-s", lua.name]
        out = subprocess.run(
            [*command, url], capture_output=True, text=True, check=True, timeout=duration + 60
        ).stdout

    def ms(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 1e-3, "ms": 1.0, "s": 1e3}[unit]

    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = int(non_2xx.group(1)) if non_2xx else 0
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    socket_errors = sum(map(int, sockets.groups())) if sockets else 0
    done, seconds, unit = re.search(r"(\d+) requests in ([\d.]+)(m?s)", out).groups()
    elapsed = float(seconds) / (1000 if unit == "ms" else 1)
    rps = (int(done) - errors) / elapsed  # answers that succeeded, per second
    return Result(rps, ms("50%"), ms("99%"), errors, socket_errors=socket_errors)


def load_httpx(
    url: str, duration: int, connections: int, next_path: Callable[[], str] | None = None
) -> Result:
    """The same measure with a bounded asyncio client (when wrk is not installed); with
    ``next_path``, each request asks ``url`` + its next answer."""

    async def run() -> Result:
        latencies: list[float] = []
        errors = 0
        stop = time.perf_counter() + duration
        limits = httpx.Limits(max_connections=connections)
        async with httpx.AsyncClient(limits=limits, timeout=10) as client:

            async def worker() -> None:
                nonlocal errors
                while time.perf_counter() < stop:
                    target = url + next_path() if next_path else url
                    start = time.perf_counter()
                    answer = await client.get(target)
                    latencies.append((time.perf_counter() - start) * 1e3)
                    errors += answer.status_code != 200

            began = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(connections)))
            elapsed = time.perf_counter() - began
        cuts = statistics.quantiles(latencies, n=100)
        return Result(len(latencies) / elapsed, cuts[49], cuts[98], errors)

    return asyncio.run(run())
