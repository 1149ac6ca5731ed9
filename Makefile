# Quick start: `make run` opens the app on the default script; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench lint train

$(BIN)/conversation: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

run: $(BIN)/conversation
	$(BIN)/conversation practise

# The suite is shared between the machine's cores (pytest-xdist): about 2.5 minutes on 2.
test: $(BIN)/conversation
	$(BIN)/pytest -q -n auto

train: $(BIN)/conversation
	$(BIN)/python -m conversation.analysis.train

bench: $(BIN)/conversation
	$(BIN)/python -m tests.bench

lint: $(BIN)/conversation
	$(BIN)/ruff check conversation tests
	$(BIN)/mypy
