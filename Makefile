# Cluster Atlas: the two commands a new user runs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Extracts the built-in corpus (data/corpus) and prints what it found.
run: install
	$(BIN)/clustermap extract data/corpus

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/extract_quality.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
