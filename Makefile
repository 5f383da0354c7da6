# Two commands do all set-up (see README): `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test install

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "CityGraph needs Python >= 3.12 (pyenv: see .python-version)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $@

# Seed the embedded store from seed/ if it is empty, then serve the API on localhost:8000.
run: $(STAMP)
	$(BIN)/citygraph serve

# Lint, format check, type check, then the whole test suite (the map tests need Chromium).
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app graph
	tests/browser/ensure-chromium.sh
	$(BIN)/pytest
