# `make demo` installs everything into .venv and opens the app on the sample data.
# `make test` installs everything into .venv and runs the whole test suite (what CI runs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format bench eval-risk system-deps clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,pdf,serve]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/handoff demo

system-deps:
	bash scripts/system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: $(STAMP) system-deps lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# Recall and false alarms of the risk checker on its corpus (evaluation/risk), per split.
eval-risk: $(STAMP)
	$(BIN)/python -m evaluation.risk

clean:
	rm -rf $(VENV) build dist *.egg-info
