# Two commands on a fresh machine with only python3 (>= 3.11) and make:
#   make demo   - set up .venv, migrate SQLite, seed demo content, serve on http://127.0.0.1:8000
#   make test   - everything CI checks
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
LOCK := requirements/dev.lock
INSTALLED := $(VENV)/.installed-from-lock
TEST_SETTINGS := DJANGO_SETTINGS_MODULE=skolering.settings.test

.PHONY: demo test lint format check messages install serve clean bench

$(INSTALLED): $(LOCK)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r $(LOCK)
	@touch $@

install: $(INSTALLED)

# The demo runs with DEBUG off (skolering/settings/demo.py): the site's own error pages, and
# --insecure so that runserver still serves the static files.
DEMO_SETTINGS := DJANGO_SETTINGS_MODULE=skolering.settings.demo
demo: $(INSTALLED)
	@mkdir -p var
	$(DEMO_SETTINGS) $(PY) manage.py migrate --noinput
	$(DEMO_SETTINGS) $(PY) manage.py seed_demo
	@echo "Serving on http://127.0.0.1:8000 (Ctrl+C stops it)"
	$(DEMO_SETTINGS) $(PY) manage.py runserver --insecure 127.0.0.1:8000

serve: $(INSTALLED)
	$(PY) manage.py runserver 127.0.0.1:8000

lint: $(INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(INSTALLED)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check: $(INSTALLED)
	$(TEST_SETTINGS) $(PY) manage.py check --fail-level WARNING
	$(TEST_SETTINGS) $(PY) manage.py makemigrations --check --dry-run
	$(TEST_SETTINGS) $(PY) manage.py check_messages

test: lint check
	$(VENV)/bin/pytest --durations=20

# Server time of the busiest member and leader pages, beside a bare Wagtail page (the floor), on a
# freshly seeded database of its own: a SQLite file, or with BENCH_DB=postgres://user@host:port a
# database `skolering_bench` made on that server. Then the leader dashboard on a 60 000-member and
# a 600-member organisation, each in a new database (SQLite files, or on BENCH_DB's server); before
# them, the register sync of 60 000 members beside a plain bulk insert of the same rows.
BENCH_DB ?= sqlite:///$(CURDIR)/var/bench.sqlite3
# The load test (locust against gunicorn: 300 members with think time, then capacity beside the
# floor; about 4 minutes) makes its database on this PostgreSQL server; empty for SQLite.
LOAD_SERVER ?= postgres://postgres@127.0.0.1:5432
BENCH_SCALE_SERVER ?= $(if $(findstring postgres,$(BENCH_DB)),--server $(BENCH_DB),)
bench: $(INSTALLED)
	@mkdir -p var
	@url=$$($(TEST_SETTINGS) $(PY) manage.py bench_database "$(BENCH_DB)") && \
	$(TEST_SETTINGS) DATABASE_URL=$$url $(PY) manage.py migrate --noinput -v0 && \
	$(TEST_SETTINGS) DATABASE_URL=$$url $(PY) manage.py seed_demo > /dev/null && \
	$(TEST_SETTINGS) DATABASE_URL=$$url $(PY) manage.py bench
	$(TEST_SETTINGS) $(PY) manage.py bench_register $(BENCH_SCALE_SERVER)
	$(TEST_SETTINGS) $(PY) manage.py bench_scale $(BENCH_SCALE_SERVER) $(if $(BENCH_SCALE_SIZES),--sizes $(BENCH_SCALE_SIZES),)
	$(TEST_SETTINGS) $(PY) manage.py load_test $(if $(LOAD_SERVER),--server $(LOAD_SERVER),)

# Re-extract the UI strings into locale/nb and compile them (needs GNU gettext).
messages: $(INSTALLED)
	$(PY) manage.py makemessages -l nb -l nn -l en -l se --no-obsolete --no-location -i ".venv/*" -i "var/*" -i "tests/*" -i "devtools/*"
	$(PY) manage.py compilemessages -l nb -l nn -l en -l se -i ".venv"

clean:
	rm -rf $(VENV) var/test-artifacts .pytest_cache .ruff_cache
