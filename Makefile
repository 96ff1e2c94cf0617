# Task Oversight — developer commands. Every variable can be overridden:
#   make test ODOO_SRC=path/to/odoo-19.0 VENV=path/to/venv
ODOO_SRC ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/task-oversight/odoo-19.0
VENV ?= .venv
ODOO_DB ?= oversight
ODOO_PORT ?= 8069
export ODOO_SRC VENV ODOO_DB ODOO_PORT
# make load's settings (tools/load/__main__.py), from make's command line
export FAULTS LOAD_USERS LOAD_SECONDS LOAD_FAULT_USERS LOAD_FAULT_SECONDS LOAD_PROXY LOAD_REBUILD LOAD_TASKS LOAD_DIR LOAD_KEEP

ADDONS := $(patsubst %/__manifest__.py,%,$(wildcard addons/task_oversight*/__manifest__.py))

.PHONY: setup run test lint pot bench load migration-check replica-check clean

setup:  ## Odoo source and virtualenv
	@tools/setup.sh

run:  ## database "oversight" with demo data, web client on :8069
	@tools/run.sh

test:  ## throwaway database, whole suite (tours included)
	@tools/test.sh

migration-check:  ## upgrade a database of the previous release to this checkout
	@tools/migration_check.sh

lint:  ## ruff and pylint-odoo
	@tools/setup.sh
	$(VENV)/bin/ruff check $(ADDONS) tests tools conftest.py
	$(VENV)/bin/ruff format --check $(ADDONS) tests tools conftest.py
	$(VENV)/bin/pylint --rcfile=setup.cfg --disable=manifest-superfluous-key $(ADDONS)

pot:  ## regenerate the .pot templates of the addons
	@tools/export_pot.sh

bench:  ## province-scale benchmark of the scheduled jobs (see tools/bench/__main__.py)
	@tools/setup.sh
	$(VENV)/bin/python tools/bench $(BENCH_ARGS)

load:  ## the 25th under load on the benchmark province (tools/load/__main__.py); FAULTS=1: faults under load
	@tools/setup.sh
	@$(VENV)/bin/python -c "import locust, setproctitle" 2>/dev/null || $(VENV)/bin/pip install -q -r requirements-load.txt
	@$(VENV)/bin/python tools/load

replica-check:  ## primary + streaming replica + Odoo with 2 workers and 2 cron workers (deploy/README.md)
	@tools/setup.sh
	@$(VENV)/bin/python tools/replica_check

clean:
	rm -rf $(VENV) .odoo-data .pytest_cache .pytest-output.log
