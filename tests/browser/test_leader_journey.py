"""A county leader finds who is overdue, exports the list and reminds them: with the keyboard
only, with JavaScript (htmx: no full page loads, focus moved, results announced) and without it
(plain forms and links)."""

import csv
import io
import re
from pathlib import Path

from playwright.sync_api import expect

from django.core import mail

from skolering.models import Branch
from tests.browser.helpers import assert_accessible, browser_test

pytestmark = browser_test

LEADER = "fylkesleder@example.org"


def watch_console(page) -> list[str]:
    """Collect the page's console errors and uncaught exceptions, to assert there are none.
    Chromium's own request for /favicon.ico is left out: the site has none, on every page."""
    errors: list[str] = []

    def on_console(message):
        where = message.location.get("url", "")
        if message.type == "error" and not where.endswith("/favicon.ico"):
            errors.append(f"{message.text} ({where})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def press(page, locator, key="Enter"):
    locator.focus()
    expect(locator).to_be_focused()
    page.keyboard.press(key)


def open_bergen_people(session):
    page = session.page
    session.log_in_as(LEADER)
    session.goto("/")
    press(page, page.get_by_role("link", name="Ledersider"))
    expect(page.locator("h1")).to_have_text("Skoleringsoversikt")
    summary = page.get_by_role("table", name="Status per lag og krav")
    expect(summary).to_contain_text("Bergen Arbeiderparti")
    expect(summary).not_to_contain_text("Trondheim")
    press(page, summary.get_by_role("link", name="Bergen Arbeiderparti"))
    expect(page.get_by_role("navigation", name="Du er her")).to_contain_text(
        "Vestland Arbeiderparti"
    )
    press(page, page.get_by_role("link", name="Se alle personer"))
    expect(page.locator("h1")).to_have_text("Personer og status: Bergen Arbeiderparti")
    return page


def filter_overdue(page):
    status = page.get_by_label("Status", exact=True)
    status.focus()
    status.select_option(label="Forfalt")
    press(page, page.get_by_role("button", name="Vis", exact=True))


def overdue_names(page) -> list[str]:
    table = page.get_by_role("table", name="Personer og status")
    statuses = table.locator("tbody tr td .status-tag").all_inner_texts()
    assert (statuses and set(statuses) == {"! Forfalt"}) or set(statuses) == {"Forfalt"}
    return table.locator("tbody tr th").all_inner_texts()


def reminder_button(page, names: list[str]):
    """The button names the reminders (one per row) and the people, who may be fewer."""
    people = len(set(names))
    if people == len(names):
        label = f"Send påminnelse til {people} personer"
    else:
        label = f"Send {len(names)} påminnelser til {people} personer"
    return page.get_by_role("button", name=label, exact=True)


def assert_branch_names_fit(page):
    """The branch filter is as wide as its longest option, so no name is cut."""
    branch = page.get_by_role("combobox", name="Lag")
    expect(branch.locator("option", has_text="Årstad lokallag")).to_have_count(1)
    shown, needed = branch.evaluate(
        """select => {
            const shown = select.getBoundingClientRect().width;
            select.style.width = "max-content";
            const needed = select.getBoundingClientRect().width;
            select.style.width = "";
            return [shown, needed];
        }"""
    )
    assert shown >= needed, (shown, needed)


def check_export(page):
    with page.expect_download() as download:
        press(page, page.get_by_role("link", name="Last ned CSV"))
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:2] == ["Navn", "Lag"]
    assert rows[1:] and {row[6] for row in rows[1:]} == {"forfalt"}
    return len(rows) - 1


def test_county_leader_with_javascript(browsing, demo):
    session = browsing()
    errors = watch_console(session.page)
    page = open_bergen_people(session)
    assert_accessible(page)
    assert_branch_names_fit(page)
    page.evaluate("window.stillTheSamePage = true")

    filter_overdue(page)
    heading = page.get_by_role("heading", name="Resultat")
    expect(heading).to_be_focused()
    expect(page).to_have_url(re.compile(r"/leder/personer/\?lag=\d+&.*status=forfalt"))
    names = overdue_names(page)
    assert "Fatima Ahmed" in names
    assert page.evaluate("window.stillTheSamePage") is True
    assert_accessible(page)

    assert check_export(page) == len(names)

    press(page, reminder_button(page, names))
    result = page.locator("#reminder-result")
    expect(result).to_contain_text("ble sendt")
    expect(result).to_have_class(re.compile(r"\bmessage--success\b"))
    expect(result).to_be_focused()
    expect(page.locator("#announcer")).to_contain_text("ble sendt")
    assert page.evaluate("window.stillTheSamePage") is True
    assert len(mail.outbox) == len(names)

    # Down to a chapter through the branch filter: the heading and the choices follow.
    branch = page.get_by_role("combobox", name="Lag")
    branch.focus()
    branch.select_option(str(Branch.objects.get(slug="arstad").pk))
    press(page, page.get_by_role("button", name="Vis", exact=True))
    expect(page.locator("h1")).to_have_text("Personer og status: Årstad lokallag")
    expect(page.get_by_role("heading", name="Resultat")).to_be_focused()
    expect(page).to_have_title("Personer og status: Årstad lokallag – Skolering")
    expect(page.locator("#announcer")).to_contain_text("rad")
    assert page.evaluate("window.stillTheSamePage") is True

    # Sorting by name through the column heading, still without a page load.
    press(page, page.get_by_role("link", name="Navn"))
    expect(page.get_by_role("heading", name="Resultat")).to_be_focused()
    assert "sorter=navn" in page.url
    sorted_names = page.get_by_role("table", name="Personer og status").locator("tbody tr th")
    surnames = [name.split()[-1] for name in sorted_names.all_inner_texts()]
    assert surnames == sorted(surnames)
    assert page.evaluate("window.stillTheSamePage") is True
    assert not errors, errors


def test_county_leader_without_javascript(browsing, demo):
    session = browsing(javascript=False)
    errors = watch_console(session.page)
    page = open_bergen_people(session)

    filter_overdue(page)
    expect(page).to_have_url(re.compile(r"status=forfalt"))
    names = overdue_names(page)
    assert "Fatima Ahmed" in names

    assert check_export(page) == len(names)

    press(page, reminder_button(page, names))
    expect(page.locator(".messages")).to_contain_text("ble sendt")
    expect(page.locator(".messages .message--success")).to_have_count(1)
    expect(page).to_have_url(re.compile(r"status=forfalt"))
    assert len(mail.outbox) == len(names)
    # The message sits in the page's content column, not from the window's edge.
    column = page.locator("main .container").first.bounding_box()
    message = page.locator(".messages").bounding_box()
    assert column["x"] <= message["x"] and message["x"] + message["width"] <= (
        column["x"] + column["width"]
    ), (column, message)

    # Again at once: everybody was reminded a moment ago, so nobody is reminded twice, and
    # the message is plain information, not a green success.
    press(page, reminder_button(page, names))
    expect(page.locator(".messages")).to_contain_text("Ingen påminnelser ble sendt.")
    expect(page.locator(".messages")).to_contain_text("hoppet over")
    expect(page.locator(".messages .message--info")).to_have_count(1)
    expect(page.locator(".messages .message--success")).to_have_count(0)
    assert len(mail.outbox) == len(names)
    assert not errors, errors
