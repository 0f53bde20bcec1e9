# `make run` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: run test test-slow lint bench gazetteer clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,ray,web]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/khronika extract examples/ --published 2025-09-08 -o out/examples.jsonl
	$(BIN)/python scripts/summarize.py out/examples.jsonl

test: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy src/khronika
	$(BIN)/python -m pytest -q

test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts

# The throughput and memory benchmark of docs/scaling.md (slow: ~2,000 articles per configuration). BENCH_ARGS="--quick" for a smoke run,
# BENCH_ARGS="--scale" to add the 10,000-article growth run.
bench: $(STAMP)
	$(BIN)/python scripts/bench.py --shared $(SHARED) $(BENCH_ARGS)

gazetteer: $(STAMP)
	$(BIN)/python scripts/build_gazetteer.py --shared $(SHARED)

clean:
	rm -rf $(VENV) out .pytest_cache
