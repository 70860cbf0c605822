"""A member uses the site with the keyboard only: Tab, Shift+Tab, Enter and Space."""

from tests.browser.helpers import browser_test

pytestmark = browser_test

FOCUS_STATE = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim(),
        visible: outline || shadow,
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    };
}"""


def focus(page):
    return page.evaluate(FOCUS_STATE)


def tab_until(page, text, *, limit=40):
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = focus(page)
        if state["text"] == text:
            return state
    raise AssertionError(f"Tab never reached {text!r}")


def test_keyboard_journey(browsing, demo):
    session = browsing()
    page = session.page
    session.goto("/")

    # The first Tab lands on the skip link, which becomes visible; Enter moves focus to <main>.
    page.keyboard.press("Tab")
    first = focus(page)
    assert first["text"] == "Gå til hovedinnholdet"
    assert first["visible"] and first["onScreen"]
    page.keyboard.press("Enter")
    assert focus(page)["id"] == "main"

    # Tabbing on reaches every control, each with a visible focus indicator, and leaves the
    # page again (no focus trap): the sequence ends back at the browser, i.e. <body>.
    seen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        state = focus(page)
        if state["tag"] == "body":
            break
        assert state["visible"], f"no visible focus on {state}"
        seen.append(state["text"])
    else:
        raise AssertionError(f"focus never left the page: {seen}")
    assert "Logg inn for å begynne" in seen and "Tilgjengelighetserklæring" in seen

    # Shift+Tab walks back in the same order.
    page.keyboard.press("Shift+Tab")
    assert focus(page)["text"] == seen[-1]
    page.keyboard.press("Shift+Tab")
    assert focus(page)["text"] == seen[-2]

    # Log in with the keyboard alone.
    session.goto("/")
    tab_until(page, "Logg inn")
    page.keyboard.press("Enter")
    page.wait_for_url("**/konto/logg-inn/")
    assert focus(page)["id"] == "id_username"  # the email field has autofocus
    page.keyboard.type("medlem@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type("skolering-demo")
    page.keyboard.press("Enter")
    page.wait_for_url("**/mine-kurs/")
    assert page.locator("h1").inner_text() == "Mine kurs"

    # Space activates the log-out button.
    tab_until(page, "Logg ut")
    page.keyboard.press("Space")
    page.wait_for_url(session.base_url + "/")
    assert page.get_by_role("link", name="Logg inn", exact=True).is_visible()
