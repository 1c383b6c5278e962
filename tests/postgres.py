"""A real, throwaway PostgreSQL server with PostGIS on loopback, for tests and benchmarks.

``PostgresServer`` runs ``initdb`` into a fresh folder, starts the server with
``pg_ctl`` on a free port of 127.0.0.1 (its unix socket in the same folder, password
authentication), creates PostGIS in ``template1`` so every database made later has it,
and removes everything on ``stop``. PostgreSQL refuses to run as root: as root the server
runs as the ``postgres`` system user Debian's packages create.

The ``postgis_url`` fixture (session scope) yields the URL of a database of that server.
Without the binaries or PostGIS (Debian: ``apt-get install postgresql-15-postgis-3``) the
tests that use it are skipped, and fail when ``CI`` is set.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

SERVER_USER = "postgres"
"""The system user the server runs as when the tests run as root."""
SUPERUSER = "atlas"
DATABASE = "atlas"
TEST_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}
"""Durability a throwaway server does not need; it makes the tests faster."""


class ServerUnavailable(RuntimeError):
    """PostgreSQL or PostGIS is not installed here."""


def bindir() -> Path:
    """Where ``initdb`` and ``pg_ctl`` are: ``$PG_BINDIR``, Debian's newest
    ``/usr/lib/postgresql/N/bin``, or ``PATH``."""
    candidates = [os.environ.get("PG_BINDIR", "")]
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True
    )
    found = shutil.which("initdb")
    candidates.append(str(Path(found).parent) if found else "")
    for folder in filter(None, candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    raise ServerUnavailable(
        "PostgreSQL's initdb/pg_ctl not found (Debian: apt-get install postgresql-15-postgis-3)"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """One throwaway server; ``start()``, use ``url``, ``stop()`` (or ``with``)."""

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        self.bin = bindir()
        self.settings = settings or {}
        self.password = secrets.token_urlsafe(16)
        self.port = 0
        # Not under pytest's tmp_path: that folder is private to the user running the
        # tests, and the server may run as another one.
        self.root = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
        self.data = self.root / "data"
        self._options = ""
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam(SERVER_USER)
            except KeyError:
                raise ServerUnavailable(
                    f"running as root and there is no {SERVER_USER!r} system user to run "
                    "PostgreSQL as (Debian's postgresql package creates it)"
                ) from None
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self._as_user = ["runuser", "-u", SERVER_USER, "--"]

    @property
    def url(self) -> str:
        return self.url_of(DATABASE)

    def url_of(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}:{self.password}@127.0.0.1:{self.port}/{database}"

    def start(self) -> PostgresServer:
        """Create, start and prepare the server; on any failure nothing is left behind."""
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password)
        if self._as_user:
            shutil.chown(pwfile, SERVER_USER)
        try:
            self._run(
                "initdb", "-D", self.data, "-U", SUPERUSER, "--pwfile", pwfile,
                "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8",
            )  # fmt: skip
        finally:
            pwfile.unlink()
        options = {
            "listen_addresses": "127.0.0.1", "unix_socket_directories": str(self.root),
            **self.settings,
        }  # fmt: skip
        for attempt in range(3):  # another process may take the free port first
            self.port = free_port()
            self._options = " ".join(
                f"-c {k}={v}" for k, v in {**options, "port": self.port}.items()
            )
            try:
                self._pg_start()
                break
            except subprocess.CalledProcessError:
                if attempt == 2:
                    raise
        self._psql("postgres", f"CREATE DATABASE {DATABASE}")
        for database in ("template1", DATABASE):
            try:
                self._psql(database, "CREATE EXTENSION IF NOT EXISTS postgis")
            except subprocess.CalledProcessError as exc:
                raise ServerUnavailable(
                    f"PostGIS is not installed for this PostgreSQL ({exc.stderr.strip()}); "
                    "Debian: apt-get install postgresql-15-postgis-3"
                ) from None

    def _pg_start(self) -> None:
        self._run("pg_ctl", "start", "-w", "-t", "60", "-D", self.data,
                  "-l", self.root / "server.log", "-o", self._options)  # fmt: skip

    def pause(self) -> None:
        """Stop the server as an outage would, keeping its data (``resume`` brings it back
        on the same port)."""
        self._run("pg_ctl", "stop", "-w", "-m", "fast", "-D", self.data)

    def resume(self) -> None:
        self._pg_start()

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "stop", "-w", "-m", "fast", "-D", self.data)
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _psql(self, database: str, statement: str) -> None:
        self._run(
            "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.root, "-p", str(self.port),
            "-U", SUPERUSER, "-d", database, "-c", statement,
        )  # fmt: skip

    def _run(self, tool: str, *args: object) -> None:
        command = [*self._as_user, str(self.bin / tool), *map(str, args)]
        env = {**os.environ, "PGPASSWORD": self.password}
        subprocess.run(command, check=True, capture_output=True, text=True, env=env, cwd=self.root)


def create_database(server_url: str, name: str) -> str:
    """A new empty database (with PostGIS, from ``template1``) on the server of
    ``server_url``; returns its URL."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def postgis_url() -> Iterator[str]:
    """The URL of a database with PostGIS on a throwaway server for this test session."""
    try:
        server = PostgresServer(TEST_SETTINGS).start()
    except ServerUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"{exc}: `make test` installs it")
        pytest.skip(str(exc))
    try:
        yield server.url
    finally:
        server.stop()
