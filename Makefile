# Repères — `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Two workers: the suite is I/O- and database-bound; override with PYTEST_ARGS=...
PYTEST_ARGS ?= -n auto

.PHONY: run test sweep install migrate demo otp lint check messages bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Repères needs Python 3.11 or newer."; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { echo; \
		echo "Could not create the virtualenv. On Debian/Ubuntu: sudo apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo_content

run: demo
	@echo "Repères : http://$(HOST):$(PORT)/  (administration : http://$(HOST):$(PORT)/admin/)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

otp: install
	@$(BIN)/python manage.py demo_otp

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The browser sweep: every page as every role, at 375 and 1280 px, in French and English, and
# every admin form (about 10 minutes on two cores; CI runs it after `make test`).
sweep: install
	REPERES_SWEEP=1 $(BIN)/python -m pytest tests/browser/test_sweep.py -m sweep $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .

check: install
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .

messages: install
	$(BIN)/python manage.py makemessages -l fr -l en --ignore=.venv --ignore=tests \
		--ignore=bench --ignore=static_collected
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) static_collected
