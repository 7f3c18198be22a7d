# govhub — the two commands of the README, and the steps they are made of.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DJANGO_SETTINGS_MODULE := govhub.settings

.PHONY: run test install lint types checks pytest messages catalogues browser-deps system-deps clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"

$(STAMP): $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

install: $(STAMP)

## Debian packages the hub itself needs: gettext for catalogues, Pango for PDF reports.
system-deps:
	@missing=""; \
	command -v msgfmt >/dev/null 2>&1 || missing="$$missing gettext"; \
	ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || missing="$$missing libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

## Compile the translation catalogues (.mo files are built, never committed).
messages: install system-deps
	cd src/govhub && ../../$(BIN)/django-admin compilemessages --ignore=.venv -v0

## Start the hub with demo data on http://127.0.0.1:8000 (gunicorn + task worker).
run: messages
	$(BIN)/govhub migrate --no-input -v0
	$(BIN)/govhub createcachetable
	$(BIN)/govhub collectstatic --no-input -v0
	$(BIN)/govhub demo --quiet-logins
	$(BIN)/govhub serve --print-demo-logins

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

types: install
	$(BIN)/mypy

checks: messages
	GOVHUB_ENV=test $(BIN)/govhub makemigrations --check --dry-run
	$(BIN)/python -m govhub.translation.catalogue_check

browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }

pytest: messages browser-deps
	GOVHUB_ENV=test $(BIN)/pytest -n 2 --dist loadfile -q

## Everything: lint, types, migrations and catalogues, then unit, integration and browser tests.
test: lint types checks pytest

clean:
	rm -rf $(VENV) var

## Add newly marked strings to the fr, es and pt catalogues (then translate them).
messages-update: install
	cd src/govhub && ../../$(BIN)/django-admin makemessages --no-obsolete --no-location -l fr -l es -l pt
