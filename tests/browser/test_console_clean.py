"""htmx must never write a style attribute: the Content-Security-Policy (style-src 'self')
refuses it and the browser logs an error. It did when a member had resized a text box (the
browser keeps the new size as the element's style) and then saved: htmx's settle step copied
the old style onto the new element. The browsing fixture fails any test with a console error or
a CSP report; these tests set up the states in which htmx used to do it."""

from playwright.sync_api import expect

from devtools.courses.demo_content.diversity import WHO_IS_MISSING
from tests.browser.helpers import browser_test

pytestmark = browser_test

REFLECTION = next(block for block in WHO_IS_MISSING[4] if block["type"] == "reflection")
PROMPT = REFLECTION["value"]["prompt"]


def test_htmx_is_configured_to_leave_style_attributes_alone(browsing, demo):
    session = browsing()
    session.goto("/")
    config = session.page.evaluate(
        "() => ({settle: htmx.config.attributesToSettle,"
        " indicator: htmx.config.includeIndicatorStyles})"
    )
    assert "style" not in config["settle"]
    assert config["indicator"] is False


def test_saving_a_reflection_from_a_resized_text_box_breaks_no_policy(browsing, demo):
    session = browsing()
    page = session.page
    session.log_in_as("medlem@example.org")
    session.goto("/kurs/mangfold-og-representasjon/hvem-mangler/")
    box = page.get_by_label(PROMPT)
    # What dragging the resize handle does: the browser sets the element's style (CSSOM, which
    # the policy allows).
    box.evaluate("(element) => { element.style.height = '14rem'; }")
    box.fill("Flere fra Årstad og Loddefjord, og flere samiske medlemmer.")
    page.get_by_role("button", name="Lagre refleksjonen").click()
    expect(page.locator(".reflection .status--done")).to_be_visible()
    # Saved twice: the second swap settles over the first one's element.
    page.get_by_label(PROMPT).evaluate("(element) => { element.style.height = '16rem'; }")
    page.get_by_role("button", name="Lagre refleksjonen").click()
    expect(page.locator(".reflection .status--done")).to_be_visible()
    page.wait_for_timeout(300)  # the settle step runs after the swap
