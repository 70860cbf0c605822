"""The load test's locustfile (devtools/locust/members.py), run as `make bench` runs it, in a
locust process of its own, for a few seconds against the live test server: its members log in
through the form, read modules and take quizzes without a failure, and it counts a failure when
there is one."""

import json
import os
import subprocess
from pathlib import Path

from django.db import connection

from devtools.courses.load import ACCOUNT_PATTERN, members_create
from devtools.locust.command import locust_command
from quizzes.models import QuizAnswer, QuizAttempt

PASSWORD = "lasttest-passord-1"


def run_locust(url: str, tmp_path: Path, *, users: int, seconds: float, password: str) -> dict:
    summary = tmp_path / "summary.json"
    command = locust_command(
        base_url=url,
        user_class="Member",
        users=users,
        rate=users,
        limit_seconds=20,
        think=(0, 0.1),
        account_pattern=ACCOUNT_PATTERN,
        measure_seconds=seconds,
        summary=summary,
        seed=1,  # the same choices every time
    )
    finished = subprocess.run(  # noqa: S603 - locust from this project's environment
        command,
        env={**os.environ, "LOAD_PASSWORD": password},
        capture_output=True,
        timeout=40,
        text=True,
        check=False,  # exits 1 when a request failed: the summary says which
    )
    assert summary.exists(), finished.stdout[-3000:] + finished.stderr[-3000:]
    return json.loads(summary.read_text())


def test_members_log_in_read_modules_and_take_quizzes(live_server, demo, tmp_path):
    # Members at the same time only where that means something: the live server shares one
    # connection to the in-memory SQLite test database, which locks whole tables.
    users = 3 if connection.vendor == "postgresql" else 1
    members_create(count=users, password=PASSWORD)

    result = run_locust(live_server.url, tmp_path, users=users, seconds=5, password=PASSWORD)

    assert result["failures_total"] == 0, result["failures"]
    assert result["logged_in"] == users
    counts = result["counts"]
    assert counts["log in (POST, password check)"] == users
    assert counts["static file"] >= 3 * users  # the stylesheet, htmx and the icon, once each
    assert counts["module"] >= 2
    assert counts["quiz answer (POST, htmx)"] >= 1
    assert counts["quiz hand-in (POST)"] >= 1
    assert result["window_requests"] > 0
    # The server recorded what the members did.
    theirs = QuizAttempt.objects.filter(user__email__startswith="last.medlem")
    assert theirs.filter(finished_at__isnull=False).count() >= 1
    assert QuizAnswer.objects.filter(attempt__in=theirs).count() >= 2


def test_a_refused_log_in_is_a_failure_and_ends_the_run(live_server, demo, tmp_path):
    members_create(count=1, password=PASSWORD)

    result = run_locust(live_server.url, tmp_path, users=1, seconds=5, password="feil-passord")

    assert result["logged_in"] == 0
    assert result["failures_total"] == 1
    [message] = result["failures"]
    assert message.startswith("log in (POST, password check): /konto/logg-inn/ answered 200")
