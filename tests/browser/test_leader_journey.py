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
    page = open_bergen_people(session)
    assert_accessible(page)
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

    reminders = page.get_by_role("button", name="Send påminnelse")
    press(page, reminders)
    result = page.locator("#reminder-result")
    expect(result).to_contain_text("ble sendt")
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


def test_county_leader_without_javascript(browsing, demo):
    session = browsing(javascript=False)
    page = open_bergen_people(session)

    filter_overdue(page)
    expect(page).to_have_url(re.compile(r"status=forfalt"))
    names = overdue_names(page)
    assert "Fatima Ahmed" in names

    assert check_export(page) == len(names)

    press(page, page.get_by_role("button", name="Send påminnelse"))
    expect(page.locator(".messages")).to_contain_text("ble sendt")
    expect(page).to_have_url(re.compile(r"status=forfalt"))
    assert len(mail.outbox) == len(names)

    # Again at once: everybody was reminded a moment ago, so nobody is reminded twice.
    press(page, page.get_by_role("button", name="Send påminnelse"))
    expect(page.locator(".messages")).to_contain_text("hoppet over")
    assert len(mail.outbox) == len(names)
