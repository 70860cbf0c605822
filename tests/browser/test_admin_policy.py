"""The Wagtail admin works under its Content-Security-Policy: the editors' busiest screens
load and run their scripts without a single violation (the browsing fixture fails the test on
any), and ask nothing of other hosts."""

from courses.models import ModulePage
from quizzes.models import Quiz
from tests.browser.helpers import browser_test

pytestmark = browser_test


def test_the_editors_screens_run_under_the_policy(browsing, demo):
    module = ModulePage.objects.get(locale__language_code="nb", slug="fra-sak-til-vedtak")
    quiz = Quiz.objects.order_by("pk").first()
    session = browsing()
    session.log_in_as("admin@example.org")
    for path in (
        "/admin/",
        f"/admin/pages/{module.pk}/edit/",
        f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/",
        "/admin/reports/revisjonslogg/",
        "/admin/roleassignment/new/",
        "/admin/images/",
    ):
        response = session.goto(path)
        assert response.status == 200, path
        session.page.wait_for_load_state("networkidle")
    # The page editor's scripts ran: its StreamField is drawn by JavaScript.
    session.goto(f"/admin/pages/{module.pk}/edit/")
    session.page.wait_for_selector("[data-streamfield-stream-container], .w-panel", timeout=10_000)
    assert session.policy_violations == []
