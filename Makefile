# `make run` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: run serve test test-slow lint bench bench-web gazetteer chromium screenshots fuzz fuzz-read clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,ray,web]'
	touch $(STAMP)

EXAMPLES_DB := out/examples.duckdb
# apt-get needs root: sudo when we are not
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

run: $(STAMP)
	$(BIN)/khronika extract examples/ --published 2025-09-08 -o out/examples.jsonl
	$(BIN)/python scripts/summarize.py out/examples.jsonl
	rm -f $(EXAMPLES_DB)
	$(BIN)/khronika ingest out/examples.jsonl --analysed --db $(EXAMPLES_DB)
	@echo
	@echo "Browse the examples: make serve    (then open http://127.0.0.1:8000)"

# The examples' chronicle in a browser, on this machine only.
serve: $(STAMP)
	@test -f $(EXAMPLES_DB) || $(MAKE) run
	$(BIN)/khronika serve --db $(EXAMPLES_DB)

# Debian's chromium for the browser tests (Playwright drives it; no browser download); nothing when present.
chromium:
	@test -x /usr/bin/chromium || ($(SUDO) apt-get update && $(SUDO) apt-get install -y chromium)

# The README's screenshots (docs/img), taken by the browser tests.
screenshots: $(STAMP) chromium
	KHRONIKA_SCREENSHOTS=docs/img $(BIN)/python -m pytest -q tests/web/test_browser.py

test: $(STAMP) chromium
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

# The web load benchmark of docs/web.md: a million generated events, concurrent clients (slow, not in make test).
bench-web: $(STAMP)
	$(BIN)/python scripts/bench_web.py $(BENCH_ARGS)

# 10,000 malformed inputs through extract and ingest (docs/live.md; slow: mostly analysis, about an
# hour on two free cores); fuzz-read: the same inputs through the readers and checks only (minutes).
FUZZ_ARGS ?= --count 10000 --seed 1
fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py $(FUZZ_ARGS) --report docs/fuzz-figures.md

fuzz-read: $(STAMP)
	$(BIN)/python scripts/fuzz.py $(FUZZ_ARGS) --read-only --report docs/fuzz-read-figures.md

gazetteer: $(STAMP)
	$(BIN)/python scripts/build_gazetteer.py --shared $(SHARED)

clean:
	rm -rf $(VENV) out .pytest_cache
