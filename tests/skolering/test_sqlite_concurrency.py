"""Several processes writing to one SQLite file at once, as gunicorn's workers do in the demo and
on a single machine: with the settings' WAL journal and immediate transactions
(settings/base.py), none of them fails with "database is locked" and no write is lost.

Each process is a Python of its own with the project's settings and a DATABASE_URL naming the
file; each runs short transactions that read, then write, like a request that saves its session
and records the member's progress, all of them on one row that every process shares."""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from django.conf import settings

PROCESSES = 4
TRANSACTIONS = 50
SHARED_MODULE = 1

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="SQLite's locking: PostgreSQL locks rows, not the database",
)

SCHEMA = """
CREATE TABLE visit_session (key TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE visit_progress (
    user_id INTEGER NOT NULL, module_id INTEGER NOT NULL, visits INTEGER NOT NULL,
    PRIMARY KEY (user_id, module_id)
);
"""


def _visit(cursor, worker: int, number: int) -> None:
    """One request's writes: its session, then the member's progress in a module of their own
    and in the module everyone reads at once, each read before it is written."""
    key = f"session-{worker}"
    cursor.execute("SELECT data FROM visit_session WHERE key = %s", [key])
    if cursor.fetchone():
        cursor.execute("UPDATE visit_session SET data = %s WHERE key = %s", [str(number), key])
    else:
        cursor.execute("INSERT INTO visit_session (key, data) VALUES (%s, %s)", [key, "0"])
    for user, module in ((worker + 1, 100 + number % 5), (0, SHARED_MODULE)):
        cursor.execute(
            "SELECT visits FROM visit_progress WHERE user_id = %s AND module_id = %s",
            [user, module],
        )
        row = cursor.fetchone()
        if row:
            cursor.execute(
                "UPDATE visit_progress SET visits = %s WHERE user_id = %s AND module_id = %s",
                [row[0] + 1, user, module],
            )
        else:
            cursor.execute(
                "INSERT INTO visit_progress (user_id, module_id, visits) VALUES (%s, %s, 1)",
                [user, module],
            )


def writer(worker: int, start: str) -> None:
    """A child process: the settings it was given (its database connection needs no apps),
    then, once every process is ready, its transactions; prints what failed and the journal
    mode it found."""
    from django.db import OperationalError, connection, transaction

    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        journal = cursor.fetchone()[0]
    Path(f"{start}.{worker}").touch()
    while not Path(start).exists():
        time.sleep(0.01)
    errors = []
    for number in range(TRANSACTIONS):
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                _visit(cursor, worker, number)
        except OperationalError as error:
            errors.append(str(error))
    print(json.dumps({"journal": journal, "errors": errors}))  # the test reads it


def run_writers(database: Path, settings_module: str = "skolering.settings.test") -> list[dict]:
    """PROCESSES writers on `database`, started together; what each reported."""
    start = database.with_suffix(".start")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": settings_module,
    }
    children = [
        subprocess.Popen(  # noqa: S603 - this project's Python, this module
            [
                sys.executable,
                "-c",
                "import sys; from tests.skolering.test_sqlite_concurrency import writer; "
                "writer(int(sys.argv[1]), sys.argv[2])",
                str(worker),
                str(start),
            ],
            env=env,
            cwd=settings.BASE_DIR,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for worker in range(PROCESSES)
    ]
    try:
        deadline = time.monotonic() + 120
        while not all(Path(f"{start}.{worker}").exists() for worker in range(PROCESSES)):
            assert all(child.poll() is None for child in children), [
                child.communicate()[1][-2000:] for child in children if child.poll() is not None
            ]
            assert time.monotonic() < deadline, "the writers did not start"
            time.sleep(0.05)
        start.touch()  # all at once
        reports = []
        for child in children:
            out, err = child.communicate(timeout=120)
            assert child.returncode == 0, err[-3000:]
            reports.append(json.loads(out.strip().splitlines()[-1]))
        return reports
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()


def test_several_processes_write_at_once_without_database_is_locked(tmp_path):
    database = tmp_path / "site.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.executescript(SCHEMA)

    reports = run_writers(database)

    assert [report["errors"] for report in reports] == [[]] * PROCESSES
    assert {report["journal"] for report in reports} == {"wal"}
    with sqlite3.connect(database) as conn:
        shared = conn.execute(
            "SELECT visits FROM visit_progress WHERE user_id = 0 AND module_id = ?",
            [SHARED_MODULE],
        ).fetchone()[0]
        own = conn.execute("SELECT SUM(visits) FROM visit_progress WHERE user_id > 0").fetchone()
        sessions = conn.execute("SELECT key, data FROM visit_session ORDER BY key").fetchall()
    # Every transaction counted, none lost to another's read of the same row.
    assert shared == PROCESSES * TRANSACTIONS
    assert own[0] == PROCESSES * TRANSACTIONS
    assert sessions == [(f"session-{w}", str(TRANSACTIONS - 1)) for w in range(PROCESSES)]
