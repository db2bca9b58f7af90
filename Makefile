# Every target does its own setup: only Python 3.11+ and make are assumed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test lint migrate bench eval clean

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

bench: $(VENV)/.dev
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_geo.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
