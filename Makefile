# draftkit: `make demo` and `make test` set everything up themselves on a fresh machine
# (python3, make and apt-get are all they assume).

PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup system-deps test lint typecheck unit demo bench schemas messages docs clean mutation mutation-sample snapshots

setup: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstalls only when pyproject.toml changes; otherwise a no-op.
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

# LibreOffice (to prove the Word files open in a real client), poppler (PDF -> PNG) and an Arabic font.
system-deps:
	@if command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then \
	  echo "system-deps: LibreOffice and poppler present"; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  echo "system-deps: installing libreoffice-writer-nogui and poppler-utils (apt-get, about a minute)"; \
	  ( $(SUDO) apt-get update -qq || { sleep 10; $(SUDO) apt-get update -qq; } ) && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
	    libreoffice-writer-nogui poppler-utils fonts-dejavu-core fonts-wqy-microhei >/dev/null; \
	else \
	  echo "system-deps: no apt-get here; the LibreOffice tests will be skipped and say so"; \
	fi
	@# The Arabic fonts the templates name for complex-script text (render/styles.py COMPLEX_SCRIPT_FONT).
	@if ! command -v fc-list >/dev/null 2>&1 || fc-list 2>/dev/null | grep -q "Noto Naskh Arabic"; then \
	  echo "system-deps: Arabic fonts present (or no fontconfig to ask)"; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  echo "system-deps: installing fonts-noto-core (Noto Naskh Arabic, Noto Sans Arabic; apt-get, 12 MB)"; \
	  ( $(SUDO) apt-get update -qq || { sleep 10; $(SUDO) apt-get update -qq; } ) && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq fonts-noto-core >/dev/null; \
	else \
	  echo "system-deps: no apt-get here; Arabic text renders in a fallback font"; \
	fi

lint: setup
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/ruff format --check src tests benchmarks examples
	$(BIN)/lint-imports

typecheck: setup
	$(BIN)/mypy src tests

unit: setup system-deps
	$(BIN)/pytest

test: lint typecheck unit

demo: setup
	$(BIN)/python -m draftkit.demo examples out

bench: setup
	$(BIN)/python benchmarks/run.py

# Mutation testing (long: not part of `make test`). Survivors and the figure: docs/mutation.md.
# `make mutation MUTANTS='draftkit.render.markdown*'` runs a subset.
mutation: setup
	nice $(BIN)/mutmut run $(MUTANTS)
	$(BIN)/mutmut results

# The mutation figure on a random sample of mutants (fixed seed): `make mutation-sample SAMPLE=400`.
SAMPLE ?= 400
mutation-sample: setup
	nice $(BIN)/python benchmarks/mutation.py --sample $(SAMPLE)

# Accept the bills and reports of tests/test_snapshots.py after a meant change (read them first: git diff).
snapshots: setup
	$(BIN)/python -m pytest -q tests/test_snapshots.py --snapshot-update

# Regenerate the shipped JSON Schemas after changing the models.
schemas: setup
	$(BIN)/python -m draftkit.schema

# Regenerate the format reference (docs/format.md) after changing the models or the element labels.
docs: setup
	$(BIN)/python -m draftkit.formatref docs/format.md

# Re-extract the message template (src/draftkit/i18n/locale/draftkit.pot) after changing a message.
messages: setup
	$(BIN)/python -m draftkit.i18n.extract

clean:
	rm -rf out build dist mutants .pytest_cache .mypy_cache .ruff_cache .hypothesis
