"""Every page in the inventory, as the right user, has no axe violations on a desktop and on a
320 px wide phone, reflows without sideways scrolling, and asks nothing of other hosts.

One test per viewport visits every page, so the demo is seeded twice rather than once per page;
every problem on every page is collected and reported together. The visits share one browser
page: a new context per visit costs more than the visit (a new renderer, axe compiled again), so
each visit starts by dropping the cookies instead, and sees the site as its own user only."""

import pytest

from django.conf import settings

from tests.browser.helpers import (
    DESKTOP,
    NARROW,
    assert_accessible,
    assert_reflows,
    axe_violations,
    browser_test,
    format_violations,
)
from tests.browser.inventory import PAGES

pytestmark = browser_test


def lang_problems(page, expected: str | None) -> list[str]:
    """The document's `lang` is the interface's; content in another language than that is
    marked with its own (a Bokmål module in a Nynorsk course, a Sámi page)."""
    problems = []
    document = page.locator("html").get_attribute("lang")
    if expected and document != expected:
        problems.append(f'<html lang="{document}">, expected "{expected}"')
    if page.locator(".untranslated-note").count() and not page.locator("main [lang]").count():
        problems.append("a note says the content is in Bokmål, but none of it is marked so")
    return problems


def visit_as_its_user(session, visit):
    session.context.clear_cookies()
    if visit.user:
        session.log_in_as(visit.user)
    return session.goto(visit.address())


def page_problems(session, visit, *, log_in: bool = True) -> list[str]:
    # What the session saw before this visit belongs to the pages before it.
    foreign_before = len(session.foreign_requests)
    blocked_before = len(session.policy_violations)
    problems = []
    response = visit_as_its_user(session, visit) if log_in else session.goto(visit.address())
    if response.status != visit.status:
        problems.append(f"status {response.status}, expected {visit.status}")
    if session.page.locator("h1").count() != 1:
        problems.append(f"{session.page.locator('h1').count()} h1 elements")
    problems += lang_problems(session.page, getattr(session, "expected_lang", None))
    if violations := axe_violations(session.page):
        problems.append(format_violations(violations))
    try:
        assert_reflows(session.page)
    except AssertionError as error:
        problems.append(str(error))
    if foreign := session.foreign_requests[foreign_before:]:
        problems.append(f"requests to other hosts: {foreign}")
    if blocked := session.policy_violations[blocked_before:]:
        problems.append(f"blocked by the Content-Security-Policy: {blocked}")
    if problems:
        width = session.page.viewport_size["width"]
        session.save_artifacts(f"inventory-{visit}-{width}")
    return problems


@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["desktop", "320px"])
def test_every_page_is_accessible(browsing, demo, viewport):
    session = browsing(viewport=viewport)
    report = {}
    for visit in PAGES:
        # Where the address names a language, the interface is in it (Bokmål for Sámi).
        named = visit.address().lstrip("/").split("/", 1)[0]
        session.expected_lang = {"nn": "nn", "en": "en", "se": "nb"}.get(named)
        if problems := page_problems(session, visit):
            report[f"{visit} ({visit.user or 'anonymous'})"] = problems
    assert not report, "\n".join(
        f"{name}:\n  " + "\n  ".join(problems) for name, problems in report.items()
    )


def test_every_page_is_accessible_in_nynorsk(browsing, demo):
    """The same pages with Nynorsk chosen by everyone (members on /konto/, visitors in the
    switcher): translated pages in Nynorsk, the rest in Bokmål marked as such, the interface in
    Nynorsk, except where a page's address names another language."""
    from skolering.models import User

    User.objects.update(preferred_language="nn")
    session = browsing(viewport=DESKTOP)
    report = {}
    for visit in PAGES:
        session.context.clear_cookies()
        session.context.add_cookies(
            [{"name": settings.LANGUAGE_COOKIE_NAME, "value": "nn", "url": session.base_url}]
        )
        named = visit.address().lstrip("/").split("/", 1)[0]
        session.expected_lang = {"se": "nb", "en": "en"}.get(named, "nn")
        if visit.user:
            session.log_in_as(visit.user)
        if problems := page_problems(session, visit, log_in=False):
            report[f"{visit} ({visit.user or 'anonymous'})"] = problems
    assert not report, "\n".join(
        f"{name}:\n  " + "\n  ".join(problems) for name, problems in report.items()
    )


def test_text_enlarged_to_200_percent_still_fits(browsing, demo):
    """WCAG 1.4.4: with text at 200 % on a 640 px window nothing is cut off or scrolls sideways."""
    session = browsing(viewport={"width": 640, "height": 800})
    for visit in [p for p in PAGES if p.user is None][:4] + [
        p for p in PAGES if p.name in ("module-with-reflection", "my-courses-completed")
    ]:
        visit_as_its_user(session, visit)
        # Through the CSS object model: the Content-Security-Policy refuses a <style> element.
        session.page.evaluate(
            "document.documentElement.style.setProperty('font-size', '200%', 'important')"
        )
        assert_reflows(session.page)


def test_form_errors_are_accessible(browsing, demo):
    session = browsing()
    session.goto("/konto/logg-inn/")
    session.page.get_by_label("E-postadresse").fill("medlem@example.org")
    session.page.get_by_label("Passord").fill("feil-passord")
    session.page.get_by_role("button", name="Logg inn").click()
    assert "Feil e-postadresse eller passord" in session.page.locator("[role=alert]").inner_text()
    assert_accessible(session.page)

    session.log_in_as("medlem@example.org")
    session.goto("/konto/passord/")
    session.page.get_by_label("Gammelt passord").fill("feil")
    session.page.locator("#id_new_password1").fill("kort")
    session.page.locator("#id_new_password2").fill("annet")
    session.page.get_by_role("button", name="Endre passord").click()
    assert session.page.locator(".field__errors").count() >= 1
    assert_accessible(session.page)
