"""``--atlas postgresql://…`` on the installed command, as a real subprocess against the
throwaway PostGIS server: build, export, map and coverage read the database as they read
the GeoPackage; an unreachable database is a message and a non-zero exit from the
command, a 503 from the service."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyogrio
import pytest
from fastapi.testclient import TestClient
from postgres import create_database, free_port

from api.app import create_app
from api.config import ApiConfig

CLUSTERMAP = Path(sys.executable).with_name("clustermap")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CLUSTERMAP), *args], capture_output=True, text=True, timeout=300, check=False,
        env=env,
    )  # fmt: skip


@pytest.fixture(scope="module")
def database(postgis_url, tmp_path_factory) -> str:
    """The built-in atlas built by ``clustermap build --atlas URL``."""
    url = create_database(postgis_url, "cli_tests")
    out = tmp_path_factory.mktemp("report")
    built = run("build", "--atlas", url, "--out", str(out))
    assert built.returncode == 0, built.stderr
    assert "built" in built.stdout and "password" not in built.stdout
    again = run("build", "--atlas", url, "--out", str(out))
    assert again.returncode == 0 and "up to date" in again.stdout
    return url


def test_export_from_the_database_equals_the_geopackage_export(database, tmp_path):
    gpkg = tmp_path / "gpkg"
    assert run("build", "--out", str(gpkg)).returncode == 0
    for atlas, name in ((database, "pg"), (str(gpkg), "file")):
        done = run("export", "buildings", "--atlas", atlas, "--format", "geojson",
                   "--sector", "finance", "-o", str(tmp_path / f"{name}.geojson"))  # fmt: skip
        assert done.returncode == 0, done.stderr
    pg = pyogrio.read_dataframe(tmp_path / "pg.geojson").sort_values("id", ignore_index=True)
    file = pyogrio.read_dataframe(tmp_path / "file.geojson").sort_values("id", ignore_index=True)
    assert len(pg) and pg["id"].tolist() == file["id"].tolist()
    assert pg.geometry.geom_equals_exact(file.geometry, 1e-9).all()


def test_map_and_coverage_read_the_database(database, tmp_path):
    made = run("map", "sector", "金融", "--atlas", database, "--out", str(tmp_path / "m.html"))
    assert made.returncode == 0, made.stderr
    assert "平安金融中心" in (tmp_path / "m.html").read_text(encoding="utf-8")
    out = tmp_path / "coverage.json"
    covered = run("coverage", "--atlas", database, "--format", "json", "-o", str(out))
    assert covered.returncode == 0, covered.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["targets"]


def test_an_unreachable_database_is_a_message_and_exit_1(tmp_path):
    url = f"postgresql://nobody:wrong@127.0.0.1:{free_port()}/atlas"
    for args in (
        ("build", "--out", str(tmp_path)),
        ("export", "buildings", "-f", "geojson", "-o", str(tmp_path / "x.geojson")),
    ):
        done = run(*args, "--atlas", url)
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith("clustermap: the atlas database:")
        assert "Traceback" not in done.stderr and "wrong" not in done.stderr
    assert not list(tmp_path.iterdir())


def test_the_service_answers_503_while_the_database_is_unreachable(tmp_path):
    url = f"postgresql://nobody:wrong@127.0.0.1:{free_port()}/atlas"
    config = ApiConfig(atlas=url, folder=tmp_path)
    with TestClient(create_app(config=config), raise_server_exceptions=False) as client:
        for path in ("/collections/buildings/items", "/sectors"):
            answer = client.get(path)
            assert answer.status_code == 503, answer.text
            assert answer.json()["code"] == "ServiceUnavailable"
            assert answer.headers["retry-after"] == "5" and "wrong" not in answer.text
