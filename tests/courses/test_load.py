"""The load test's members (devtools/courses/load.py) against the live test server: their journeys
reach real pages, take real quizzes, and count failures as errors."""

from django.db import connection

from devtools.courses.load import Member, Timings, prepare, run, summary
from quizzes.models import QuizAnswer, QuizAttempt


def test_members_browse_and_take_quizzes_without_errors(live_server, demo):
    # Members at the same time only where that means something: the in-memory SQLite test
    # database locks whole tables.
    plan = prepare(members=3 if connection.vendor == "postgresql" else 1)
    timings = run(live_server.url, plan, seconds=3)
    result = summary(timings, 3)
    assert result["errors"] == 0, timings.errors
    assert {"catalogue", "course", "module", "quiz start (POST)"} <= result["by_kind"].keys()
    started = QuizAttempt.objects.filter(user__email__startswith="last").count()
    assert started >= 1
    assert QuizAnswer.objects.filter(attempt__user__email__startswith="last").exists()


def test_a_session_the_server_does_not_accept_is_an_error(live_server, demo):
    timings = Timings()
    Member(live_server.url, "ukjent-sesjon", timings).request("module", "GET", "/moduler/si-fra/")
    assert timings.errors == ["GET /moduler/si-fra/: sent to log in, the session was not accepted"]


def test_a_failing_page_is_an_error(live_server, demo):
    timings = Timings()
    plan = prepare(members=1)
    Member(live_server.url, plan["sessions"][0], timings).request("x", "GET", "/finnes-ikke/")
    assert timings.errors == ["GET /finnes-ikke/: 404"]
