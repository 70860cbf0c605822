"""Axe on the project's own admin views: the module and course edit forms, the quiz form, the
requirement form and list, and the quiz report.

The rule: a violation fails the test when any of its nodes lies in markup the project renders
itself, which is everything inside an element marked `data-skolering` (the module usage panel,
the requirement impact panel, the quiz report's cells and help). Everything else on these pages
(sidebar, header, the form widgets Wagtail draws for the project's fields and blocks, editors,
block picker, choosers) is Wagtail's: those violations are collected and printed, and listed in
the accessibility statement."""

from courses.models import CoursePage, ModulePage
from quizzes.models import Quiz
from tests.browser.helpers import axe_violations, browser_test, format_violations

pytestmark = browser_test

OWN_MARKUP = "[data-skolering]"


def own_nodes(page, violation) -> list[str]:
    """The selectors of the violation's nodes that lie in the project's own markup."""
    own = []
    for node in violation["nodes"]:
        selector = " ".join(node["target"])
        inside = page.evaluate(
            "([selector, own]) => { const el = document.querySelector(selector);"
            " return !!(el && el.closest(own)); }",
            [selector, OWN_MARKUP],
        )
        if inside:
            own.append(selector)
    return own


def test_the_projects_admin_views_have_no_violations_of_their_own(browsing, demo):
    module = ModulePage.objects.get(locale__language_code="nb", slug="fra-sak-til-vedtak")
    course = CoursePage.objects.get(locale__language_code="nb", slug="grunnkurs")
    quiz = Quiz.objects.order_by("pk").first()
    bergen_quiz = Quiz.objects.get(branch__slug="bergen")
    bergen_module = ModulePage.objects.get(
        locale__language_code="nb", slug="slik-jobber-vi-i-bergen"
    )
    bergen_course = CoursePage.objects.get(locale__language_code="nb", slug="ny-i-bergen")
    views = {
        "redaktor@example.org": [
            f"/admin/pages/{module.pk}/edit/",
            f"/admin/pages/{course.pk}/edit/",
            f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/",
            "/admin/reports/quizer/",
            f"/admin/reports/quizer/{quiz.pk}/",
        ],
        "lokalredaktor@example.org": [
            f"/admin/pages/{bergen_module.pk}/edit/",
            f"/admin/pages/{bergen_course.pk}/edit/",
            f"/admin/snippets/quizzes/quiz/edit/{bergen_quiz.pk}/",
            "/admin/reports/quizer/",
            f"/admin/reports/quizer/{bergen_quiz.pk}/",
        ],
        "sentralt@example.org": [
            "/admin/course_requirements/",
            "/admin/course_requirements/new/",
        ],
    }
    ours, wagtails = [], {}
    # One browser page for the three editors (a new one costs more than a visit), with the
    # cookies of the one before dropped.
    session = browsing()
    for email, paths in views.items():
        session.context.clear_cookies()
        session.log_in_as(email)
        for path in paths:
            response = session.goto(path)
            assert response.status == 200, path
            for violation in axe_violations(session.page):
                if own_nodes(session.page, violation):
                    ours.append(f"{path}\n{format_violations([violation])}")
                else:
                    targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
                    wagtails.setdefault(violation["id"], set()).add(f"{path} {targets}")
        if email == "sentralt@example.org":
            # The requirement form after a first save: whom it applies to, before saving.
            page = session.page
            page.select_option("select[name=course]", label="Grunnkurs for medlemmer")
            page.select_option("select[name=audience]", value="tillitsvalgt")
            page.fill("input[name=due_within_days]", "30")
            page.locator("form#w-editor-form button[type=submit]").first.click()
            page.wait_for_selector("#impact-title")
            for violation in axe_violations(page):
                if own_nodes(page, violation):
                    ours.append(f"impact panel\n{format_violations([violation])}")
    print("Violations in Wagtail's own markup (listed in the accessibility statement):")
    for rule, paths in sorted(wagtails.items()):
        print(f"  {rule}: {', '.join(sorted(paths))}")
    assert not ours, "\n".join(ours)
