"""Real clients against a real uvicorn server on loopback: GDAL's OAPIF driver (ogrinfo,
ogr2ogr), OWSLib, schemathesis over the OpenAPI document; and the atlas swapped under
concurrent requests, each of which must see one atlas whole."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import geopandas as gpd
import httpx
import pandas as pd
import pyogrio
import pytest
import shapely
import uvicorn
from backends import BACKENDS, SHARED_BACKENDS, Backend, make_backend

from api.app import create_app
from extract.taxonomy import Taxonomy
from geo import settings
from layers.atlas import PLACE_LAYERS, Atlas, assemble
from layers.build import build
from layers.stores import ATLAS_FILE

pytestmark = pytest.mark.server  # every test here talks to a real uvicorn server

BBOX = (106.40, 29.40, 106.70, 29.70)


def tool(name: str) -> str:
    """The path of a command-line tool; missing is a failure in CI, a skip elsewhere."""
    found = shutil.which(name)
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{name} (Debian's gdal-bin) is missing: `make test` installs it")
        pytest.skip(f"{name} not installed; `make test` installs gdal-bin")
    return found


def module(name: str):
    """An importable test dependency; missing is a failure in CI, a skip elsewhere."""
    if os.environ.get("CI"):
        return importlib.import_module(name)
    return pytest.importorskip(name)


@contextmanager
def live_server(app) -> Iterator[str]:
    """``app`` served by uvicorn on a free loopback port, in a thread; yields its URL."""
    # IPPROTO_TCP spelled out: asyncio sets TCP_NODELAY only on sockets that say so, and
    # without it every answer waits 40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def atlas(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("atlas")
    build(out=out, force=True)
    return out / ATLAS_FILE


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request, tmp_path_factory) -> Iterator[Backend]:
    """The built-in atlas built into each backend in turn."""
    backend = make_backend(request.param, tmp_path_factory.mktemp(request.param), request)
    backend.build()
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def server(backend, tmp_path_factory) -> Iterator[str]:
    overrides = tmp_path_factory.mktemp("data") / "overrides.csv"
    patch = pytest.MonkeyPatch()
    patch.setattr(settings, "OVERRIDES_FILE", overrides)  # schemathesis may write
    config = backend.config(api_keys={"fuzzer": "k-fuzz"})
    with live_server(create_app(config=config)) as url:
        yield url
    patch.undo()


def test_ogrinfo_lists_the_collections(server):
    out = subprocess.run(
        [tool("ogrinfo"), "-ro", "-so", f"OAPIF:{server}/"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    for layer in (*PLACE_LAYERS, "districts"):
        assert f": {layer} (title:" in out, out


def test_ogr2ogr_copies_the_buildings_inside_a_bbox(server, atlas, tmp_path):
    out = tmp_path / "buildings.json"
    subprocess.run(
        [
            tool("ogr2ogr"),
            "-f",
            "GeoJSON",
            str(out),
            f"OAPIF:{server}/",
            "buildings",
            "-spat",
            *map(str, BBOX),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    copied = json.loads(out.read_text())["features"]
    frame = pyogrio.read_dataframe(atlas, layer="buildings")
    inside = frame[frame.intersects(shapely.box(*BBOX))]
    assert len(inside) > 10  # more than one page of GDAL's
    assert sorted(f["properties"]["id"] for f in copied) == sorted(inside["id"])


def test_owslib_lists_collections_and_fetches_items(server, atlas):
    features = module("owslib.ogcapi.features")
    client = features.Features(f"{server}/")
    assert client.feature_collections() == [*PLACE_LAYERS, "districts"]
    assert "conf/oas30" in " ".join(client.conformance()["conformsTo"])
    assert client.collection("parks")["id"] == "parks"
    page = client.collection_items("buildings", bbox=list(BBOX), limit=5)
    frame = pyogrio.read_dataframe(atlas, layer="buildings")
    assert page["numberMatched"] == frame.intersects(shapely.box(*BBOX)).sum()
    assert page["numberReturned"] == len(page["features"]) == 5
    assert "/collections/{collectionId}/items" in client.api()["paths"]


def test_schemathesis_finds_no_server_error_and_no_schema_violation(server):
    module("schemathesis")
    cli = Path(sys.executable).with_name("schemathesis")
    run = subprocess.run(
        [
            str(cli),
            "run",
            f"{server}/api",
            "--max-examples",
            "8",
            "--seed",
            "1",
            "--header",
            "X-API-Key: k-fuzz",
            "--max-response-time",
            "10",
            "--checks",
            "not_a_server_error,status_code_conformance,content_type_conformance,"
            "response_headers_conformance,response_schema_conformance",
            "--suppress-health-check",
            "all",
            "--no-color",
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]


# --- atomic swap ----------------------------------------------------------------------


def _tagged(places: gpd.GeoDataFrame, tag: str) -> Atlas:
    places = places.assign(source_document=tag)
    return assemble(places, {}, Taxonomy.load(), {"places": len(places)})


@pytest.mark.parametrize("kind", BACKENDS)
def test_a_rebuilt_atlas_is_swapped_whole(kind, atlas, tmp_path, request):
    """Requests racing a stream of rebuilds each see atlas A or atlas B, whole: the
    counts of every collection, the features and their properties all of one."""
    frames = [pyogrio.read_dataframe(atlas, layer=n) for n in PLACE_LAYERS]
    places = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=frames[0].crs)
    versions = {"A": places, "B": places.iloc[::2]}
    atlases = {tag: _tagged(frame, tag) for tag, frame in versions.items()}
    served = make_backend(kind, tmp_path, request)
    served.write(atlases["A"], {"built": "A"})
    counts = {
        tag: [int((frame["kind"] == k).sum()) for k in ("park", "zone", "building")]
        for tag, frame in versions.items()
    }
    seen: dict[str, int] = {"A": 0, "B": 0}
    errors: list[str] = []
    stop = threading.Event()
    config = served.config(reload_check_s=0)

    def swap() -> None:
        i = 0
        while not stop.is_set():
            i += 1
            tag = "AB"[i % 2]
            served.write(atlases[tag], {"built": tag})
            time.sleep(0.15)

    def read(url: str) -> None:
        with httpx.Client(base_url=url, timeout=30) as client:
            while not stop.is_set():
                cols = client.get("/collections").json()["collections"]
                n = [c["numberOfFeatures"] for c in cols[:3]]
                tag = next((t for t, c in counts.items() if c == n), None)
                if tag is None:
                    errors.append(f"collections mix two atlases: {n}")
                page = client.get("/collections/buildings/items?limit=1000").json()
                tags = {f["properties"]["source_document"] for f in page["features"]}
                expected = [t for t, c in counts.items() if c[2] == page["numberMatched"]]
                if len(tags) != 1 or list(tags) != expected:
                    errors.append(f"items mix two atlases: {tags}, {page['numberMatched']}")
                else:
                    seen[tags.pop()] += 1

    with live_server(create_app(config=config)) as url:
        threads = [threading.Thread(target=read, args=(url,)) for _ in range(3)]
        swapper = threading.Thread(target=swap)
        for t in (*threads, swapper):
            t.start()
        time.sleep(4)
        stop.set()
        for t in (*threads, swapper):
            t.join(30)
    served.close()
    assert not errors, errors[:5]
    assert seen["A"] and seen["B"], seen  # both atlases were served


@pytest.mark.parametrize("backend", SHARED_BACKENDS, indirect=True)
def test_several_workers_each_take_connections(backend):
    """``clustermap serve --workers 2`` (one SO_REUSEPORT socket per worker process) starts
    and answers a burst of separate connections; with PostGIS, the workers share the
    database."""
    import subprocess
    import sys

    import httpx

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    clustermap = Path(sys.executable).with_name("clustermap")
    server = subprocess.Popen(
        [str(clustermap), "serve", "--port", str(port), "--workers", "2",
         "--atlas", backend.served_apart()],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/collections/buildings/items?limit=1&f=json"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the workers did not start"
            time.sleep(0.2)
        clients = [httpx.Client(timeout=5) for _ in range(16)]  # 16 separate connections
        answers = [c.get(url) for c in clients]
        assert all(a.status_code == 200 for a in answers)
        for c in clients:
            c.close()
    finally:
        os.killpg(server.pid, 15)
        server.wait(20)
