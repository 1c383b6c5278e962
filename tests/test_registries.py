"""The registries drive every list of choices: export and coverage formats, layers, map
kinds, languages, geocoding sources and carrier kinds are offered by the CLI and the API
exactly as their registries hold them, and a format registered in ``FORMATS`` alone is
offered, written, served with its media type and bundled."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient

import maps
from api.app import create_app
from api.config import ApiConfig
from clustermap.cli import build_parser, main
from extract.model import KINDS
from geo.resolve import SOURCES
from layers import coverage
from layers.build import build
from layers.exports import FORMATS, LAYERS
from layers.exports._formats import Format, Job
from layers.stores import AtlasStore, open_store
from maps.basemaps import NAMED
from maps.i18n import LANGS


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> AtlasStore:
    """The atlas of the built-in corpus."""
    return open_store(build(out=tmp_path_factory.mktemp("atlas"), force=True).path)


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(config=ApiConfig(atlas=store.path))) as c:
        yield c


def cli_command(command: str):
    """The parser of ``clustermap COMMAND``."""
    commands = next(a for a in build_parser()._actions if a.dest == "command").choices
    assert isinstance(commands, dict)
    return commands[command]


def cli_choices(command: str, option: str) -> list[str]:
    """The choices ``clustermap COMMAND`` offers for ``option`` (a flag or a positional's
    name)."""
    actions = cli_command(command)._actions
    action = next(a for a in actions if option in (*a.option_strings, a.dest))
    assert action.choices is not None, f"{command} {option} offers no choices"
    return list(action.choices)


def api_enum(client, path: str, name: str) -> list[str]:
    parameters = client.get("/api").json()["paths"][path]["get"]["parameters"]
    return next(p for p in parameters if p["name"] == name)["schema"]["enum"]


def test_the_cli_and_the_api_offer_exactly_what_the_registries_hold(client):
    assert cli_choices("export", "--format") == api_enum(client, "/export/{layer}", "format")
    assert cli_choices("export", "--format") == list(FORMATS)
    assert cli_choices("export", "layer") == api_enum(client, "/export/{layer}", "layer")
    assert cli_choices("export", "layer") == list(LAYERS)
    assert api_enum(client, "/export/{layer}", "kind") == list(KINDS)
    assert cli_choices("coverage", "--format") == api_enum(client, "/coverage", "format")
    assert cli_choices("coverage", "--format") == list(coverage.FORMATS)
    assert cli_choices("map", "kind") == api_enum(client, "/maps/{kind}", "kind")
    assert cli_choices("map", "kind") == list(maps.KINDS)
    assert cli_choices("map", "--lang") == api_enum(client, "/maps/{kind}", "lang")
    assert cli_choices("map", "--lang") == list(LANGS)
    assert cli_choices("geocode", "--provider") == list(SOURCES)
    assert cli_choices("export", "--crs") == api_enum(client, "/export/{layer}", "crs")
    # --basemap also takes XYZ URLs, so it lists the named basemaps in its help.
    assert api_enum(client, "/maps/{kind}", "basemap") == list(NAMED)
    assert ", ".join(NAMED) in " ".join(cli_command("map").format_help().split())
    summary = client.get("/api").json()["paths"]["/export/{layer}"]["get"]["summary"]
    assert all(f.title in summary for f in FORMATS.values())


def write_tsv(job: Job, target: Path) -> list[Path]:
    """A tab-separated table and a note beside it: a format of two files."""
    job.frame.drop(columns="geometry").to_csv(target, sep="\t", index=False)
    note = target.with_name(target.name + ".txt")
    note.write_text(f"{len(job.frame)} rows of {job.layer}\n", encoding="utf-8")
    return [target, note]


def tsv_parts(out: Path) -> list[Path]:
    return [out, out.with_name(out.name + ".txt")]


def test_a_format_registered_only_in_formats_is_offered_written_served_and_bundled(
    store, client, tmp_path, monkeypatch, capsys
):
    tsv = Format("Tab-separated values", (".tsv",), write_tsv, "application/zip", parts=tsv_parts)
    monkeypatch.setitem(FORMATS, "tsv", tsv)
    out = tmp_path / "parks.tsv"
    assert main(["export", "parks", "--format", "tsv", "-o", str(out), "--atlas",
                 str(store.path)]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == str(out)
    parks = pd.read_csv(out, sep="\t")
    assert len(parks) == len(store.layer("parks")) > 0
    assert (tmp_path / "parks.tsv.txt").read_text(encoding="utf-8").startswith(f"{len(parks)} ")

    answer = client.get("/export/parks?format=tsv")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/zip"
    assert ".zip" in answer.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(answer.content)) as zf:
        assert sorted(zf.namelist()) == ["export.tsv", "export.tsv.txt"]
        assert zf.read("export.tsv") == out.read_bytes()


def test_the_cli_imports_a_registry_only_when_a_command_needs_it():
    # The maps' registry costs 4 s of imports (folium): `clustermap extract` must not pay.
    probe = (
        "import sys; from clustermap.cli import build_parser; "
        "build_parser().parse_args(['extract']); "
        "print(sorted(m for m in ('maps', 'layers.exports', 'layers.coverage', 'geo.resolve') "
        "if m in sys.modules))"
    )
    quiet = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           check=True)  # fmt: skip
    assert quiet.stdout.strip() == "[]"
    probe = probe.replace("['extract']", "['map', 'overview', '-o', 'x.html']")
    asked = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           check=True)  # fmt: skip
    assert "'maps'" in asked.stdout  # checking `overview` imported the map kinds
