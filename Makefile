# communique: `make demo` and `make test` are the two commands.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench docs lock clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m communique.demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/extract.py

# The documentation site (docs/ -> site/), offline; the CLI reference is written from
# the commands first, so that it cannot miss one.
docs: $(STAMP)
	$(BIN)/python -m communique.cli.reference docs/reference/cli.md
	$(BIN)/mkdocs build --strict --site-dir site

# Regenerate the lock file after changing pyproject.toml's dependencies.
lock:
	$(BIN)/pip freeze --exclude-editable | grep -v '^communique' > requirements.lock

clean:
	rm -rf $(VENV) site communique.db communique.db-* .pytest_cache .mypy_cache .ruff_cache
