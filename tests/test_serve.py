"""``clustermap serve`` as a real process: what an anonymous client can make it hold, how
it stops (SIGTERM and SIGINT, as PID 1 of a PID namespace and not, with one worker or
several), and that a stalled client cannot keep it alive."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
import pytest

from layers.build import build
from layers.stores import ATLAS_FILE

pytestmark = pytest.mark.server  # every test here runs `clustermap serve`

CLUSTERMAP = Path(sys.executable).with_name("clustermap")
KEY = "s3cret-serve"
MB = 1024 * 1024


@pytest.fixture(scope="module")
def atlas(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("atlas")
    build(out=out, force=True)
    return out / ATLAS_FILE


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_is_free(port: int) -> bool:
    """Whether a restarted server could listen on ``port``: a bind with SO_REUSEADDR (as
    uvicorn's) and without SO_REUSEPORT fails while any socket, a forgotten worker's too,
    listens there (connections closing in TIME_WAIT do not count)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def wait_until_up(url: str, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if httpx.get(f"{url}/conformance", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.2)


@contextmanager
def serving(
    atlas: Path | str,
    *args: str,
    prefix: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
    log: Path | None = None,
) -> Iterator[tuple[subprocess.Popen, str, int]]:
    """``clustermap serve`` on a free port (in a session of its own, so whatever is left
    can be found and killed), its output written to ``log``; yields the process, its URL
    and port."""
    port = free_port()
    command = [*prefix, str(CLUSTERMAP), "serve", "--port", str(port), "--atlas", str(atlas)]
    environment = {**os.environ, "CLUSTERMAP_API_KEYS": f"tester:{KEY}", **(env or {})}
    output = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(
        [*command, *args], stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
        env=environment,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url)
        yield proc, url, port
    finally:
        for pid in session_members(proc.pid):
            kill(pid)
        proc.wait(10)
        if log:
            output.close()


def session_members(sid: int) -> list[int]:
    """Every process of session ``sid`` still alive."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if int(fields[3]) == sid and fields[0] != "Z":  # field 6 of stat: the session
            members.append(int(entry.name))
    return members


def kill(pid: int) -> None:
    """Kill ``pid`` if still there (a test that failed must leave nothing behind)."""
    with suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def memory_kb(pid: int, field: str) -> int:
    """``VmRSS`` or ``VmHWM`` (the peak) of ``pid``, in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} for {pid}")


# --- memory -----------------------------------------------------------------------------


def test_an_anonymous_100_mb_patch_is_refused_without_holding_its_body(atlas):
    """The key is checked before the body is read: 100 MB sent with no key (or a keyed
    one past the body limit) are refused while the server's memory stays flat; the
    peak (VmHWM) grows by less than 50 MB."""
    size = 100 * MB

    def body() -> Iterator[bytes]:
        chunk = b'{"lon": 106.5, "lat": 29.5, "note": "' + b"x" * (MB - 40)
        for _ in range(size // len(chunk)):
            yield chunk
        yield b" " * (size - (size // len(chunk)) * len(chunk))

    with serving(atlas) as (proc, url, _):
        place = httpx.get(f"{url}/collections/buildings/items?limit=1").json()["features"][0]
        before = memory_kb(proc.pid, "VmHWM")
        headers = {"Content-Type": "application/json", "Content-Length": str(size)}
        target = f"{url}/places/{place['id']}/location"
        anonymous = httpx.patch(target, content=body(), headers=headers, timeout=60)
        growth_mb = (memory_kb(proc.pid, "VmHWM") - before) / 1024
        assert growth_mb < 50, f"the server grew by {growth_mb:.0f} MB"
        assert anonymous.status_code == 401, anonymous.text
        keyed = httpx.patch(target, content=body(), headers={**headers, "X-API-Key": KEY})
        assert keyed.status_code == 413 and keyed.json()["code"] == "PayloadTooLarge"
        growth_mb = (memory_kb(proc.pid, "VmHWM") - before) / 1024
        assert growth_mb < 50, f"the server grew by {growth_mb:.0f} MB"
        assert httpx.get(f"{url}/conformance").status_code == 200


def test_a_key_in_the_query_string_is_neither_accepted_nor_logged(atlas, tmp_path):
    log = tmp_path / "server.log"
    with serving(atlas, log=log) as (proc, url, _):
        place = httpx.get(f"{url}/collections/buildings/items?limit=1").json()["features"][0]
        target = f"{url}/places/{place['id']}/location"
        correction = {"lon": 106.57, "lat": 29.56, "precision": "block"}
        for name in ("api_key", "X-API-Key", "apikey", "token"):
            refused = httpx.patch(f"{target}?{name}={KEY}", json=correction)
            assert refused.status_code == 401
        assert httpx.get(f"{url}/conformance?f=json&api_key={KEY}").status_code == 200
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(20)
    logged = log.read_text()
    assert "/conformance?f=json&api_key=REDACTED" in logged, logged[-2000:]
    assert KEY not in logged


# --- stopping -------------------------------------------------------------------------

NAMESPACE = ("unshare", "--pid", "--fork", "--mount-proc")
"""Runs the server as PID 1 of a new PID namespace, as in a container."""


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def namespace_pid(pid: int) -> int:
    """The PID of ``pid`` in its own (innermost) PID namespace."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("NSpid:"):
            return int(line.split()[-1])
    raise AssertionError(f"no NSpid for {pid}")


def can_unshare() -> bool:
    if os.geteuid() != 0:
        return False
    done = subprocess.run([*NAMESPACE, "true"], capture_output=True, check=False)
    return done.returncode == 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("as_pid_1", [False, True], ids=["process", "pid-1"])
def test_a_signal_stops_every_process_and_frees_the_port_within_10_s(
    atlas, signum, workers, as_pid_1
):
    """Outside a container the parent once exited and left its workers serving the port;
    as PID 1 (where a signal without a handler is ignored) SIGTERM did nothing."""
    if as_pid_1 and not can_unshare():
        pytest.skip("needs root and unshare(1) to make a PID namespace")
    prefix = NAMESPACE if as_pid_1 else ()
    with serving(atlas, "--workers", str(workers), prefix=prefix) as (proc, _url, port):
        server = children(proc.pid)[0] if as_pid_1 else proc.pid  # PID 1 inside
        if as_pid_1:
            assert namespace_pid(server) == 1
        processes = 1 + (workers if workers > 1 else 0) + as_pid_1  # parent, workers, unshare
        assert len(session_members(proc.pid)) >= processes
        os.kill(server, signum)
        deadline = time.monotonic() + 10
        while session_members(proc.pid) or not port_is_free(port):
            assert time.monotonic() < deadline, (
                f"still there after 10 s: processes {session_members(proc.pid)}, "
                f"port {'free' if port_is_free(port) else 'taken'}"
            )
            time.sleep(0.1)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_stalled_upload_does_not_keep_the_server_past_its_graceful_timeout(atlas, workers):
    """A client that sends half an upload and stops once kept a stopping server alive for
    minutes; now it is cut after ``CLUSTERMAP_GRACEFUL_TIMEOUT_S`` (2 s here)."""
    graceful_s = 2
    env = {"CLUSTERMAP_GRACEFUL_TIMEOUT_S": str(graceful_s)}
    with serving(atlas, "--workers", str(workers), env=env) as (proc, _url, port):
        stalled = []
        for _ in range(4 * workers):  # SO_REUSEPORT spreads them over the workers
            client = socket.create_connection(("127.0.0.1", port))
            client.sendall(
                b"POST /documents HTTP/1.1\r\nHost: x\r\nX-API-Key: " + KEY.encode() + b"\r\n"
                b"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 50000\r\n\r\n"
                b"--b\r\n" + b"x" * 1000
            )
            stalled.append(client)
        time.sleep(0.5)
        stopped = time.monotonic()
        os.kill(proc.pid, signal.SIGTERM)
        deadline = stopped + graceful_s + 4
        while session_members(proc.pid) or not port_is_free(port):
            assert time.monotonic() < deadline, "the stalled uploads kept the server alive"
            time.sleep(0.1)
        took = time.monotonic() - stopped
        for client in stalled:
            client.close()
    assert took >= graceful_s - 0.5, f"stopped in {took:.1f} s: the uploads were not waited for"


def test_workers_whose_parent_is_killed_stop_and_free_the_port(atlas):
    """A parent killed outright (SIGKILL: no handler runs) takes its workers with it: the
    kernel signals them (PR_SET_PDEATHSIG), so none keeps serving the port."""
    with serving(atlas, "--workers", "2") as (proc, _url, port):
        workers = children(proc.pid)
        assert len(workers) >= 2
        os.kill(proc.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while any(Path(f"/proc/{w}").exists() and not zombie(w) for w in workers) or not (
            port_is_free(port)
        ):
            assert time.monotonic() < deadline, "orphaned workers still serve the port"
            time.sleep(0.1)


def zombie(pid: int) -> bool:
    try:
        return (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]) == "Z"
    except FileNotFoundError:
        return False


# --- a database outage ----------------------------------------------------------------


def timed_get(url: str, **kwargs) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    answer = httpx.get(url, timeout=60, **kwargs)
    return answer, time.monotonic() - started


@pytest.mark.postgis
def test_a_database_outage_gives_prompt_503s_and_the_rest_keeps_answering(tmp_path):
    """With its database stopped while serving, the PostGIS service once froze: items
    answered after 30 s, ``/api`` (no database needed) 29 s, ``/conformance`` 59 s. Now
    items answer 503 with Retry-After within 2 s while ``/conformance``, ``/api``,
    ``/search`` (the atlas held in memory) and map assets answer within 1 s, under
    concurrent item requests too; and the service recovers by itself."""
    from postgres import PostgresServer, ServerUnavailable

    from layers.stores._postgis import PostGISStore

    try:
        server = PostgresServer({"fsync": "off"}).start()
    except ServerUnavailable as exc:
        pytest.skip(str(exc))
    try:
        with PostGISStore(server.url) as store:
            build(out=tmp_path, store=store, force=True)
        with serving(server.url, "--workers", "1") as (_, url, _port):
            items = f"{url}/collections/buildings/items?limit=2"
            assert httpx.get(items, timeout=30).status_code == 200
            assert httpx.get(f"{url}/search?q=大厦", timeout=30).status_code == 200
            asset = next(
                a
                for a in httpx.get(f"{url}/maps/overview", timeout=60).text.split('"')
                if "/maps/static/" in a
            )
            server.pause()
            with ThreadPoolExecutor(8) as pool:
                pending = [pool.submit(timed_get, items) for _ in range(8)]
                time.sleep(0.1)  # the item requests are waiting on the database now
                for path in ("/conformance", "/api", "/search?q=大厦", asset.replace(url, "")):
                    answer, took = timed_get(url + path)
                    assert answer.status_code == 200 and took < 1, (path, answer.status_code, took)
                for future in pending:
                    answer, took = future.result()
                    assert answer.status_code == 503 and took < 2, (answer.status_code, took)
                    assert answer.headers["Retry-After"] and answer.json()["code"]
            server.resume()
            deadline = time.monotonic() + 20
            while httpx.get(items, timeout=30).status_code != 200:
                assert time.monotonic() < deadline, "the service did not recover"
                time.sleep(0.5)
    finally:
        server.stop()


RESETS = ("RemoteProtocolError", "ReadError")
"""httpx's two words for a connection closed before its answer (by where the client was)."""


@pytest.mark.parametrize("workers", [1, 2])
def test_requests_accepted_before_a_stop_are_answered_not_reset(atlas, workers):
    """168 clients connect at once and SIGTERM follows 50 ms later: the requests the
    server took are answered, the rest find the port closed (refused, which a client or
    balancer retries). Once 27 of 168 were reset, and 31 in CI when a stop closed the
    listen queue with connections in it. A connection that arrives between the server's
    last look at its queue and the close is still reset, which no server can prevent:
    0 to 3 of 168 in 58 runs, 28 of them with both cores busy; more than 5 % would mean
    requests cut half-way again."""
    with serving(atlas, "--workers", str(workers)) as (proc, url, _):
        outcomes: list[object] = []

        def ask() -> None:
            try:
                answer = httpx.get(f"{url}/collections/buildings/items?limit=50", timeout=30)
                outcomes.append(answer.status_code)
            except httpx.TransportError as exc:
                outcomes.append(type(exc).__name__)

        with ThreadPoolExecutor(168) as pool:
            for _ in range(168):
                pool.submit(ask)
            time.sleep(0.05)
            os.kill(proc.pid, signal.SIGTERM)
        proc.wait(20)
    answered = outcomes.count(200)
    resets = sum(outcomes.count(reset) for reset in RESETS)
    assert answered and set(outcomes) <= {200, "ConnectError", *RESETS}, Counter(outcomes)
    assert resets <= 168 * 0.05, Counter(outcomes)


@pytest.mark.parametrize("as_pid_1", [False, True], ids=["process", "pid-1"])
def test_a_stop_during_a_rebuild_is_bounded_and_its_job_ends(atlas, tmp_path, as_pid_1):
    """A correction starts a rebuild; SIGTERM right after: the server waits for the build
    at most the graceful timeout (1 s here; it once waited for it whole, and as PID 1
    for ever after), and the job's record agrees with the atlas: rebuilt and succeeded,
    or untouched and failed saying the server stopped."""
    served = tmp_path / "atlas"
    served.mkdir()
    shutil.copy(atlas, served / ATLAS_FILE)
    before = (served / ATLAS_FILE).read_bytes()
    env = {
        "CLUSTERMAP_GRACEFUL_TIMEOUT_S": "1",
        "CLUSTERMAP_DATA_DIR": str(copy_data(tmp_path)),  # the overrides file written
    }
    if as_pid_1 and not can_unshare():
        pytest.skip("needs root and unshare(1) to make a PID namespace")
    prefix = NAMESPACE if as_pid_1 else ()
    with serving(served / ATLAS_FILE, env=env, prefix=prefix) as (proc, url, port):
        server = children(proc.pid)[0] if as_pid_1 else proc.pid
        place = httpx.get(f"{url}/collections/buildings/items?limit=1").json()["features"][0]
        answer = httpx.patch(
            f"{url}/places/{place['id']}/location",
            json={"lon": 106.57, "lat": 29.56, "precision": "block"},
            headers={"X-API-Key": KEY},
        )
        assert answer.status_code == 202, answer.text
        job_id = answer.json()["job"]["id"]
        time.sleep(0.3)  # the build is under way
        stopped = time.monotonic()
        os.kill(server, signal.SIGTERM)
        while session_members(proc.pid) or not port_is_free(port):
            assert time.monotonic() - stopped < 5, "the stop waited for the build"
            time.sleep(0.1)
    job = json.loads((served / "jobs" / f"{job_id}.json").read_text())
    rebuilt = (served / ATLAS_FILE).read_bytes() != before  # a temporary is never published
    if rebuilt:
        assert job["state"] == "succeeded", job
    else:
        assert job["state"] == "failed" and "stopped" in job["message"], job


def copy_data(tmp_path: Path) -> Path:
    """The shipped data folder, copied so a test's corrections land in the copy."""
    from geo import settings

    data = tmp_path / "data"
    shutil.copytree(settings.DATA_DIR, data, ignore=shutil.ignore_patterns("atlas", "cache"))
    return data
