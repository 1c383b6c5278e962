"""``clustermap serve`` as a real process: what an anonymous client can make it hold, how
it stops (SIGTERM and SIGINT, as PID 1 of a PID namespace and not, with one worker or
several), and that a stalled client cannot keep it alive."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
import pytest

from layers.build import ATLAS_FILE, build

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
    """Whether nothing listens on ``port`` any more (a bind without SO_REUSEPORT fails
    while any socket, a forgotten worker's too, holds it)."""
    with socket.socket() as probe:
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
    atlas: Path, *args: str, prefix: tuple[str, ...] = (), env: dict[str, str] | None = None
) -> Iterator[tuple[subprocess.Popen, str, int]]:
    """``clustermap serve`` on a free port (in a session of its own, so whatever is left
    can be found and killed); yields the process, its URL and port."""
    port = free_port()
    command = [*prefix, str(CLUSTERMAP), "serve", "--port", str(port), "--atlas", str(atlas)]
    environment = {**os.environ, "CLUSTERMAP_API_KEYS": f"tester:{KEY}", **(env or {})}
    proc = subprocess.Popen(
        [*command, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True, env=environment,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url)
        yield proc, url, port
    finally:
        for pid in session_members(proc.pid):
            kill(pid)
        proc.wait(10)


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
