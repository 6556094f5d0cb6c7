# newsdesk: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_DB ?= demo.db

.PHONY: demo test test-services lint install browser clean bench-serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall when the declared dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newsdesk --db $(DEMO_DB) demo
	@echo "newsdesk is serving at http://$(HOST):$(PORT)/  (Ctrl-C stops it)"
	$(BIN)/newsdesk --db $(DEMO_DB) serve --host $(HOST) --port $(PORT)

# PostgreSQL for the tests, started by scripts/test-services.sh on loopback.
TEST_PG_PORT ?= 55432
NEWSDESK_TEST_PG ?= postgresql+psycopg://postgres@127.0.0.1:$(TEST_PG_PORT)/newsdesk_test

# System services the tests use (headless Chromium, PostgreSQL); never fails the run.
test-services:
	@NEWSDESK_TEST_PG_PORT=$(TEST_PG_PORT) sh scripts/test-services.sh start

test: $(STAMP) test-services
	NEWSDESK_TEST_PG=$(NEWSDESK_TEST_PG) $(BIN)/python -m pytest -q; status=$$?; \
	NEWSDESK_TEST_PG_PORT=$(TEST_PG_PORT) sh scripts/test-services.sh stop; exit $$status

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache test-output

# Story clustering on ../shared/bench/stories/uci-dev.csv: accuracy and assignment speed.
bench-stories: $(STAMP)
	$(BIN)/python bench/stories.py

# Dateline splitter on real article openings (../shared/bench/extraction), for review.
bench-datelines: $(STAMP)
	$(BIN)/python bench/datelines.py

# WARC streaming: peak RSS and speed on a generated WARC of at least 200 MB (deleted after).
bench-warc: $(STAMP)
	$(BIN)/python bench/warc.py $(ARGS)

# Geocoding accuracy on ../shared/bench/geo/GWN.xml and analyse-stage speed vs bare spaCy.
bench-geo: $(STAMP)
	$(BIN)/python bench/geo.py $(ARGS)

# Serving latency with 10,000 synthetic articles: p95 of /api/search and the article page.
bench-serve: $(STAMP)
	$(BIN)/python bench/serve.py $(ARGS)

# PLOVER event coding on ../shared/bench/events/plover_gsr (type, quad, actor/recipient
# countries, location; dev/test halves) and coder time vs the analyse stage.
bench-events: $(STAMP)
	$(BIN)/python bench/events.py $(ARGS)

# HTML extraction vs trafilatura 2.3 on ../shared/bench/extraction (scrapinghub, wcxb-dev,
# htmldate): body P/R/F1, title/author/date accuracy, pages/s; writes bench/RESULTS.md.
bench-extract: $(STAMP)
	$(BIN)/python -W ignore bench/extraction.py $(ARGS)
