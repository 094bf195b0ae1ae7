# Rightsbot: `make run` and `make test` do all the set-up on a fresh clone.
# `make setup` alone is idempotent: a second run with nothing changed takes seconds.

SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
PO_FILES := $(wildcard locales/*/LC_MESSAGES/messages.po)
MO_FILES := $(PO_FILES:.po=.mo)
PY_SOURCES := $(shell find bot -name '*.py' 2>/dev/null)

.PHONY: help setup run test lint bench locales lock train clean

help:  ## List the targets
	@grep -E '^[a-z]+:.*## ' Makefile | sed 's/:.*## /\t/'

setup: $(VENV)/.installed $(MO_FILES) train  ## Virtualenv, dependencies, catalogs, NLU model

$(VENV)/bin/python:
	@py=$$(scripts/find-python310) || exit 1; \
	  echo "creating $(VENV) with $$py"; \
	  "$$py" -m venv $(VENV)

# One resolution, pinned with hashes in requirements.lock (see docs/dependencies.md).
$(VENV)/.installed: requirements.lock pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv pip sync --quiet --compile-bytecode --python $(BIN)/python --require-hashes requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $@

locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po $(VENV)/.installed
	@$(BIN)/pybabel compile --statistics -d locales -D messages -l $* 2>&1 | grep -v '^compiling' || true
	@# pybabel refuses to compile a catalog with only fuzzy entries; the checker reports those
	@test -f $@ || $(BIN)/python -c "from babel.messages.mofile import write_mo; from babel.messages.pofile import read_po; write_mo(open('$@','wb'), read_po(open('$<','rb')))"

train: $(VENV)/.installed  ## Train the NLU model if config.yml or nlu/ changed
	@$(BIN)/rightsbot train

run: setup  ## Start the bot: Telegram if TELEGRAM_BOT_TOKEN is set, else the terminal chat
	@$(BIN)/rightsbot run

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup lint  ## Set up, lint, check content, run the whole test suite
	$(BIN)/rightsbot content check
	$(BIN)/python -m pytest -q

bench: setup  ## Benchmarks: speed, memory, accuracy vs baselines; load, ceiling, 10-minute soak
	$(BIN)/python -m bench
	$(BIN)/python -m bench.profile
	$(BIN)/python -m bench.load
	$(BIN)/python -m bench.scrub
	$(BIN)/python -m bench.agreement

locales: $(VENV)/.installed  ## Extract interface strings and update the catalogs
	$(BIN)/pybabel extract --no-location --sort-output -F babel.cfg -k N_ -o locales/messages.pot bot
	$(BIN)/pybabel update --no-fuzzy-matching -i locales/messages.pot -d locales -D messages

lock:  ## Re-resolve every dependency into requirements.lock (one resolution)
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.10 --generate-hashes --no-header -o requirements.lock

clean:
	rm -rf $(VENV) models var
