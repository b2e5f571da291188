# sobot - two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test check lint typecheck pytest eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@ $(STAMP_RUN)

## run: set up and start the terminal bot (no tokens needed)
run: $(STAMP_RUN)
	$(BIN)/sobot

## test: set up and run ruff, mypy and the test suite
test: $(STAMP_DEV)
	$(BIN)/ruff check bot tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

check: test

## eval: score the bot on the shared dev questions and the holdout sets (needs ../shared beside the clone)
eval: $(STAMP_RUN)
	$(BIN)/python ../shared/eval/score.py --bot "$(BIN)/sobot ask --jsonl" ../shared/eval/dev.yaml --show-failures
	$(BIN)/python ../shared/eval/matrix_check.py "$(BIN)/sobot ask --jsonl" ../shared
	$(BIN)/python ../shared/eval/score.py --bot "$(BIN)/sobot ask --jsonl" tests/questions/regression/*.yaml

## bench: print start-up, answer-latency, scale (cache, BM25, growth), Slack burst and Redis cost figures
bench: $(STAMP_DEV)
	$(BIN)/python benchmarks/bench_engine.py
	$(BIN)/python benchmarks/bench_scale.py
	-$(BIN)/python benchmarks/bench_slack_burst.py
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/python benchmarks/bench_redis.py
	$(BIN)/python benchmarks/bench_mcp.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
