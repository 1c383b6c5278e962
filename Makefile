# Cluster Atlas: the two commands a new user runs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NODE_STAMP := node_modules/.package-lock.json

.PHONY: install run test test-fast lint bench bench-api clean system-deps

install: $(STAMP) $(NODE_STAMP)

# Front-end assets of the maps (Leaflet and plugins), from the npm registry: no CDN.
$(NODE_STAMP): package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Builds the atlas from the built-in corpus (data/corpus) into data/atlas/ and serves it
# on http://127.0.0.1:8000 (OGC API – Features, maps, exports).
run: install
	$(BIN)/clustermap build
	$(BIN)/clustermap serve --host 127.0.0.1 --port 8000

# System tools the tests drive: GDAL's command-line tools (ogrinfo, ogr2ogr), a browser,
# CJK fonts so maps and reports render Chinese in screenshots, and PostgreSQL with PostGIS
# (the tests start a throwaway server on loopback).
SYSTEM_TOOLS := ogrinfo ogr2ogr chromium
SYSTEM_FILES := /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
SYSTEM_PACKAGES := gdal-bin chromium fonts-noto-cjk postgresql-15-postgis-3

system-deps:
	@missing=""; for t in $(SYSTEM_TOOLS); do command -v $$t >/dev/null || missing=1; done; \
	for f in $(SYSTEM_FILES); do [ -e $$f ] || missing=1; done; \
	ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || missing=1; \
	if [ -n "$$missing" ]; then \
	  echo "installing $(SYSTEM_PACKAGES) (Debian)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $(SYSTEM_PACKAGES); \
	fi

# Every test, after the linters (CI runs this: a lint error fails it as a test would).
test: lint system-deps
	$(BIN)/python -m pytest

# The inner loop: every test but those needing a browser, the PostGIS server or a real
# uvicorn server, and the slow modules (pytest markers in pyproject.toml); no system set-up.
# Without the hypothesis and schemathesis plugins (only test_api_clients, a server test,
# uses them): loading them took 5 s of the start.
test-fast: install
	$(BIN)/python -m pytest -p no:schemathesis -p no:hypothesispytest \
	  -m "not browser and not postgis and not server and not slow"

# Python style and annotations (ruff, mypy: [tool.mypy] in pyproject.toml) and the
# project's scripts (ESLint, pinned in package.json: eslint.config.js).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	node_modules/.bin/eslint maps/static api/static eslint.config.js
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/extract_quality.py
	$(BIN)/python bench/geocode.py
	$(BIN)/python bench/atlas_scale.py
	$(BIN)/python bench/maps.py

# API load test: wrk (Debian) against our server, and pygeoapi on the same GeoPackage.
bench-api: install
	@command -v wrk >/dev/null || (apt-get update -q && apt-get install -y -q wrk libsqlite3-mod-spatialite)
	@[ -x /tmp/pygeoapi-venv/bin/pygeoapi ] || (/usr/bin/python3 -m venv /tmp/pygeoapi-venv && \
	  /tmp/pygeoapi-venv/bin/pip install --quiet pygeoapi gunicorn)
	$(BIN)/python bench/api.py --pygeoapi /tmp/pygeoapi-venv

clean:
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache .mypy_cache *.egg-info
