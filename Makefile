# One place for every command a person or CI types. Run from the repository root.
# The virtual environment's bin/ goes first on PATH in every recipe (nbgrader calls `alembic`).
SHELL := /bin/bash
VENV ?= .venv
BIN := $(abspath $(VENV))/bin
export PATH := $(BIN):$(PATH)
PYTHON ?= python3

.PHONY: all setup system-deps book book-ci serve exercises demo test lint format bench clean

## all: set up, build the book, and run a demo grading run (the README's first command)
all: setup book demo

## setup: the virtual environment (.venv) with the pinned requirements, and the system packages
setup: $(VENV)/.installed system-deps

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -r requirements.txt
	$(BIN)/pip install --no-deps --no-build-isolation -e .
	touch $@

system-deps:
	bash scripts/install-system-deps.sh

## book: build the book into _build/html (executed notebooks are cached in _build/.jupyter_cache)
book: setup
	jupyter-book build .

## book-ci: the strict build CI uses: every warning is an error
book-ci: setup
	jupyter-book build . --all -W -n --keep-going

## serve: serve the built book at http://localhost:8000
serve:
	$(BIN)/python -m http.server --directory _build/html 8000

## test: set up, then run the whole test suite (the README's second command; what CI runs)
test: setup
	$(BIN)/python -m pytest

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: setup
	for f in bench/bench_*.py; do $(BIN)/python $$f || exit 1; done

clean:
	rm -rf _build
