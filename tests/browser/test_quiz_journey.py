"""A member fails a quiz, tries again and passes, using the keyboard only: with JavaScript
(answers one question at a time through htmx, feedback announced) and without it (plain
forms). The result is announced by moving focus to its heading."""

import re

from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, browser_test

pytestmark = browser_test

MODULE = "/kurs/grunnkurs/fra-sak-til-vedtak/"
# The demo quiz "Quiz: Medlem i partiet", question by question, in the editor's order.
WRONG = [
    ["Sentralstyret"],
    ["Sant"],
    ["Å få se medlemslistene til andre lag"],
    ["Sende saken rett til ordføreren"],
    ["Å utsette det"],
    ["Usant"],
]
RIGHT = [
    ["Landsmøtet"],
    ["Usant"],
    ["Å stemme på medlemsmøter", "Å stille til valg i laget", "Å fremme forslag til medlemsmøtet"],
    ["Skrive et kort forslag og melde det til neste medlemsmøte"],
    ["Å oversende det"],
    ["Sant"],
]


def press(locator, key="Enter"):
    """Operate a control from the keyboard: give it focus, then press the key."""
    locator.focus()
    expect(locator).to_be_focused()
    locator.press(key)


def choose(page, number, labels):
    question = page.locator("fieldset.question").nth(number)
    for label in labels:
        press(question.get_by_label(label, exact=True), "Space")


def start_quiz(page, name="Start quizen"):
    press(page.get_by_role("button", name=name))
    page.wait_for_url("**/quiz/forsok/**")
    expect(page.locator("h1")).to_have_text("Quiz: Medlem i partiet")
    expect(page).to_have_title(re.compile(r"^Quiz: Medlem i partiet – Forsøk \d+ – Skolering$"))


def try_again_and_pass(page):
    press(page.get_by_role("button", name="Prøv igjen"))
    page.wait_for_url("**/quiz/forsok/**")
    for number, labels in enumerate(RIGHT):
        choose(page, number, labels)
    press(page.get_by_role("button", name="Lever"))
    page.wait_for_url("**/resultat/")
    expect(page.locator("h1")).to_have_text("Du besto «Quiz: Medlem i partiet»")


def test_member_fails_then_passes_with_javascript(browsing, demo):
    session = browsing()
    page = session.page
    session.log_in_as("medlem@example.org")
    session.goto(MODULE)
    assert "Bestå quizen i modulen for å fullføre den." in page.locator("#status").inner_text()
    start_quiz(page)
    assert page.locator("fieldset.question legend").count() == 6
    assert_accessible(page)

    # The first question alone, through htmx: feedback at once, announced, focus kept nearby.
    page.evaluate("window.stillTheSamePage = true")
    choose(page, 0, WRONG[0])
    press(
        page.locator("fieldset.question")
        .nth(0)
        .get_by_role("button", name="Svar på dette spørsmålet")
    )
    expect(page.locator("#announcer")).to_have_text("Svaret ditt er registrert.")
    outcome = page.locator("fieldset.question").nth(0).locator(".question__outcome")
    expect(outcome).to_be_focused()
    assert "Ikke riktig." in outcome.inner_text()
    assert outcome.inner_text().startswith("Du svarte: ")  # the choice, not only a grey radio
    expect(page.locator("#quiz-progress-label")).to_have_text("1 av 6 spørsmål besvart")
    assert page.evaluate("window.stillTheSamePage") is True
    assert_accessible(page)

    for number, labels in enumerate(WRONG[1:], start=1):
        choose(page, number, labels)
    press(page.get_by_role("button", name="Lever"))
    page.wait_for_url("**/resultat/")
    heading = page.locator("h1")
    expect(heading).to_have_text("Du besto ikke «Quiz: Medlem i partiet» denne gangen")
    expect(heading).to_be_focused()
    assert "0 av 7 poeng (0 %)" in page.locator(".result").inner_text()
    assert_accessible(page)

    try_again_and_pass(page)
    expect(page.locator("h1")).to_be_focused()
    assert "Modulen er registrert som fullført." in page.locator(".result").inner_text()
    assert_accessible(page)

    press(page.get_by_role("link", name="Tilbake til modulen").first)
    page.wait_for_url(f"**{MODULE}**")
    assert "Du har fullført denne modulen." in page.locator("#status").inner_text()


def test_member_fails_then_passes_without_javascript(browsing, demo):
    session = browsing(javascript=False)
    page = session.page
    session.log_in_as("medlem@example.org")
    session.goto(MODULE)
    start_quiz(page)

    # Answering one question posts the whole form and comes back to that question.
    choose(page, 0, WRONG[0])
    press(
        page.locator("fieldset.question")
        .nth(0)
        .get_by_role("button", name="Svar på dette spørsmålet")
    )
    page.wait_for_load_state()
    assert "Ikke riktig." in page.locator("fieldset.question").nth(0).inner_text()

    # Handing in with questions unanswered names them, and records nothing more.
    choose(page, 1, WRONG[1])
    press(page.get_by_role("button", name="Lever"))
    alert = page.locator("[role=alert]")
    assert "Svar på alle spørsmålene før du leverer. Se spørsmål 3, 4, 5, 6." in alert.inner_text()
    expect(page.locator("h1")).to_be_focused()

    for number, labels in enumerate(WRONG[2:], start=2):
        choose(page, number, labels)
    press(page.get_by_role("button", name="Lever"))
    page.wait_for_url("**/resultat/")
    expect(page.locator("h1")).to_have_text("Du besto ikke «Quiz: Medlem i partiet» denne gangen")

    try_again_and_pass(page)
    assert "Modulen er registrert som fullført." in page.locator(".result").inner_text()
