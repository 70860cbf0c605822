"""Every page in the inventory, as the right user, has no axe violations on a desktop and on a
320 px wide phone, reflows without sideways scrolling, and asks nothing of other hosts."""

import pytest

from tests.browser.helpers import (
    DESKTOP,
    NARROW,
    assert_accessible,
    assert_reflows,
    browser_test,
)
from tests.browser.inventory import PAGES

pytestmark = browser_test


@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["desktop", "320px"])
@pytest.mark.parametrize("visit", PAGES, ids=str)
def test_page_is_accessible(browsing, demo, visit, viewport):
    session = browsing(viewport=viewport)
    if visit.user:
        session.log_in_as(visit.user)
    response = session.goto(visit.path)
    assert response.status == visit.status
    assert session.page.locator("h1").count() == 1
    assert_accessible(session.page)
    assert_reflows(session.page)
    assert session.foreign_requests == []


@pytest.mark.parametrize("visit", [p for p in PAGES if p.user is None][:4], ids=str)
def test_text_enlarged_to_200_percent_still_fits(browsing, demo, visit):
    """WCAG 1.4.4: with text at 200 % on a 640 px window nothing is cut off or scrolls sideways."""
    session = browsing(viewport={"width": 640, "height": 800})
    session.goto(visit.path)
    session.page.add_style_tag(content="html { font-size: 200% !important; }")
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
