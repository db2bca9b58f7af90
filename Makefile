# Every target does its own setup: only Python 3.11+ and make are assumed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
COMPILED := .venv-compiled
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test lint migrate bench eval clean load crash compiled check-compiled

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps re-run the install whenever pyproject.toml changes.
$(VENV)/.runtime: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,gazetteer]'
	touch $@ $(VENV)/.runtime

migrate: $(VENV)/.runtime  ## apply the Alembic migrations to DATABASE_URL (default: ./data/events.db)
	mkdir -p data
	$(BIN)/alembic upgrade head

run: migrate  ## serve the API and the console on http://$(HOST):$(PORT)/docs
	$(BIN)/uvicorn app.main:create_app --factory --host $(HOST) --port $(PORT)

test: $(VENV)/.dev  ## the whole suite (also on PostgreSQL when TEST_DATABASE_URL is set)
	@$(BIN)/pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: treating as a failure"; exit 1; fi; \
	exit $$rc

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app

eval: $(VENV)/.runtime  ## extraction accuracy on ../shared/eval (internal evaluation data)
	$(BIN)/python -m app.evaluate ../shared/eval/dev.jsonl ../shared/eval/ar_dev.jsonl

# Not part of make test: 60 s each, real extractor, uvicorn with 2 workers on 127.0.0.1.
# LOAD_PG_URL is emptied (DROP SCHEMA public) before the run: never point it at data you keep.
LOAD_PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/loadtest
load: $(VENV)/.dev  ## 60 s concurrent load on SQLite, then on PostgreSQL (LOAD_PG_URL)
	$(BIN)/python scripts/load_test.py --db sqlite
	$(BIN)/python scripts/load_test.py --db $(LOAD_PG_URL)

# Long crash-safety run (make test runs a 1-cycle variant); CRASH_DB=<PostgreSQL URL> is emptied.
CRASH_DB ?= sqlite
crash: $(VENV)/.dev  ## SIGKILL the server mid-ingestion 5 times (real extractor), restart, audit
	$(BIN)/python scripts/crash_test.py --db $(CRASH_DB) --cycles 5 --seconds 15

bench: $(VENV)/.dev $(COMPILED)/.built  ## extraction (sources, compiled), gazetteer and query benchmarks (BENCH_N events, default 100000)
	$(BIN)/python bench/bench_extract.py
	$(COMPILED)/bin/python bench/bench_extract.py --compiled
	$(BIN)/python bench/bench_geo.py
	$(BIN)/python bench/bench_queries.py --db sqlite --n $(or $(BENCH_N),100000)

# The compiled build (setup.py): the extraction pipeline compiled with mypyc into its own venv,
# installed from a wheel as a release is. Needs a C compiler; rebuilt when a source changes.
$(COMPILED)/.built: pyproject.toml setup.py $(shell find app -name '*.py')
	rm -rf $(COMPILED) build
	$(PYTHON) -m venv $(COMPILED)
	$(COMPILED)/bin/python -m pip install --quiet --upgrade pip 'setuptools>=77' 'mypy>=1.11'
	$(COMPILED)/bin/python -m pip install --quiet .  # the dependencies mypy type-checks against
	CONFLICT_EVENTS_COMPILE=1 $(COMPILED)/bin/python -m pip install --quiet --no-build-isolation \
	  --no-deps --force-reinstall .
	touch $@

compiled: $(COMPILED)/.built  ## build the mypyc-compiled extractor into .venv-compiled

$(COMPILED)/.test: $(COMPILED)/.built
	$(COMPILED)/bin/python -m pip install --quiet 'pytest>=8,<10' 'hypothesis>=6.100,<7'
	touch $@

check-compiled: $(VENV)/.dev $(COMPILED)/.test  ## the compiled build extracts what the sources do; its tests pass
	bash scripts/check_compiled.sh

clean:
	rm -rf $(VENV) $(COMPILED) build .pytest_cache .mypy_cache .ruff_cache
