"""A member takes a course from the catalogue to completion: with JavaScript (htmx, no full page
loads, focus moved and results announced) and without it (plain forms)."""

from playwright.sync_api import expect

from devtools.courses.demo_content.diversity import WHO_IS_MISSING
from tests.browser.helpers import assert_accessible, browser_test

pytestmark = browser_test

COURSE = "Mangfold og representasjon"
# The first module's reflection question, as the demo writes it.
REFLECTION = next(block for block in WHO_IS_MISSING[4] if block["type"] == "reflection")
PROMPT = REFLECTION["value"]["prompt"]


def announcer(page):
    return page.locator("#announcer")


def test_member_completes_a_course_with_javascript(browsing, demo):
    session = browsing()
    page = session.page
    session.log_in_as("medlem@example.org")
    session.goto("/kurs/")
    page.get_by_role("link", name=COURSE).click()
    page.get_by_role("link", name="Start kurset").click()
    assert page.locator("h1").inner_text() == "Hvem er vi, og hvem mangler?"
    # A marker on the window survives only as long as no full page load happens.
    page.evaluate("window.stillTheSamePage = true")

    page.get_by_label(PROMPT).fill("Flere unge og flere fra Loddefjord.")
    page.get_by_role("button", name="Lagre refleksjonen").click()
    saved = page.locator(".reflection .status--done")
    expect(saved).to_have_text("Refleksjonen er lagret. Bare du kan se den.")
    expect(saved).to_be_focused()
    expect(announcer(page)).to_have_text("Refleksjonen er lagret. Bare du kan se den.")

    page.get_by_role("button", name="Merk som fullført").click()
    expect(announcer(page)).to_have_text("Modulen er fullført.")
    assert "Du har fullført denne modulen." in page.locator("#status").inner_text()
    assert "1 av 3 moduler fullført" in page.locator("#status").inner_text()
    expect(
        page.get_by_role("link", name="Neste modul Mangfoldskompetanse i ledelse")
    ).to_be_focused()
    assert_accessible(page)

    page.keyboard.press("Enter")
    page.wait_for_url("**/kurs/mangfold-og-representasjon/mangfoldskompetanse-i-ledelse/")
    heading = page.locator("h1")
    expect(heading).to_have_text("Mangfoldskompetanse i ledelse")
    expect(heading).to_be_focused()
    expect(page).to_have_title(
        "Mangfoldskompetanse i ledelse – Mangfold og representasjon – Skolering"
    )

    page.get_by_role("button", name="Merk som fullført").click()
    expect(announcer(page)).to_have_text(f"Du har fullført kurset «{COURSE}».")
    assert page.evaluate("window.stillTheSamePage") is True

    page.get_by_role("link", name="Se kursene dine").click()
    completed = page.get_by_role("table", name="Fullførte kurs").inner_text()
    assert COURSE in completed and "Utløper ikke" in completed

    # The reflection was saved for real: it is there after a full page load.
    session.goto("/kurs/mangfold-og-representasjon/hvem-mangler/")
    assert page.locator("textarea").input_value() == "Flere unge og flere fra Loddefjord."


def test_member_completes_a_course_without_javascript(browsing, demo):
    session = browsing(javascript=False)
    page = session.page
    session.log_in_as("medlem@example.org")
    session.goto("/kurs/")
    page.get_by_role("link", name=COURSE).click()
    page.get_by_role("link", name="Start kurset").click()

    page.get_by_label(PROMPT).fill("Flere unge.")
    page.get_by_role("button", name="Lagre refleksjonen").click()
    assert "Refleksjonen er lagret" in page.locator(".messages").inner_text()
    assert page.locator("textarea").input_value() == "Flere unge."

    page.get_by_role("button", name="Merk som fullført").click()
    assert "Modulen er fullført." in page.locator(".messages").inner_text()
    assert page.url.endswith("/hvem-mangler/#status")

    page.get_by_role("link", name="Neste modul Mangfoldskompetanse i ledelse").click()
    assert page.locator("h1").inner_text() == "Mangfoldskompetanse i ledelse"
    page.get_by_role("button", name="Merk som fullført").click()
    assert f"Du har fullført kurset «{COURSE}»." in page.locator(".messages").inner_text()

    session.goto("/mine-kurs/")
    assert COURSE in page.get_by_role("table", name="Fullførte kurs").inner_text()
    session.goto("/kurs/")
    card = page.locator(".course-card", has_text=COURSE)
    assert "Fullført" in card.inner_text()


def test_an_overlong_reflection_is_refused_accessibly(browsing, demo):
    session = browsing()
    page = session.page
    session.log_in_as("medlem@example.org")
    session.goto("/kurs/mangfold-og-representasjon/hvem-mangler/")
    textarea = page.locator("textarea")
    # The browser stops typing at 5000 characters; a tampered form can still send more.
    textarea.evaluate("el => el.removeAttribute('maxlength')")
    textarea.fill("x" * 5001)
    page.get_by_role("button", name="Lagre refleksjonen").click()
    expect(page.locator(".field__errors")).to_have_text("Svaret er for langt: høyst 5000 tegn.")
    expect(page.locator("textarea")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("textarea")).to_be_focused()
    assert_accessible(page)
