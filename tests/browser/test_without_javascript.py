"""The core journeys work with JavaScript turned off."""

from tests.browser.helpers import browser_test

pytestmark = browser_test


def test_member_logs_in_reads_changes_password_and_logs_out_without_javascript(browsing, demo):
    session = browsing(javascript=False)
    page = session.page
    session.goto("/")
    page.get_by_role("link", name="Logg inn", exact=True).click()
    page.get_by_label("E-postadresse").fill("medlem@example.org")
    page.get_by_label("Passord").fill("skolering-demo")
    page.get_by_role("button", name="Logg inn").click()
    page.wait_for_url("**/mine-kurs/")  # log-in lands on the member's courses
    session.goto("/konto/")
    assert "Bergen Arbeiderparti" in page.locator("main").inner_text()

    page.get_by_role("link", name="Endre passord").click()
    page.locator("#id_old_password").fill("skolering-demo")
    page.locator("#id_new_password1").fill("et-helt-nytt-passord")
    page.locator("#id_new_password2").fill("et-helt-nytt-passord")
    page.get_by_role("button", name="Endre passord").click()
    assert page.locator("h1").inner_text() == "Passordet er endret"

    page.get_by_role("button", name="Logg ut").click()
    page.wait_for_url(session.base_url + "/")
    session.goto("/konto/")
    assert "/konto/logg-inn/" in page.url


def test_password_reset_request_without_javascript(browsing, demo):
    session = browsing(javascript=False)
    page = session.page
    session.goto("/konto/logg-inn/")
    page.get_by_role("link", name="Glemt passordet?").click()
    page.get_by_label("E-postadresse").fill("medlem@example.org")
    page.get_by_role("button", name="Send lenke").click()
    assert page.locator("h1").inner_text() == "Sjekk e-posten din"
