"""The leader pages on a phone (375 by 812): the people list and the status table stack into one
card per row, every cell inside the screen, and stay tables for screen readers."""

from playwright.sync_api import expect

from skolering.models import Branch
from tests.browser.helpers import assert_accessible, assert_reflows, browser_test
from tests.browser.test_leader_journey import watch_console

pytestmark = browser_test

LEADER = "fylkesleder@example.org"
PHONE = {"width": 375, "height": 812}


def assert_on_screen(locator):
    box = locator.bounding_box()
    assert box is not None and box["width"] > 0, f"{locator} is not shown"
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (locator, box)


def assert_first_rows_on_screen(table, *, rows=3):
    """The name (row heading) and every cell, the status among them, of the first rows."""
    body_rows = table.locator("tbody tr")
    assert body_rows.count() >= 1
    for row in body_rows.all()[:rows]:
        assert_on_screen(row.locator("th"))
        cells = row.locator("td")
        assert cells.count() >= 1
        for cell in cells.all():
            assert_on_screen(cell)


def chromium_roles(session) -> set[str]:
    """The roles in Chromium's own accessibility tree, which screen readers read (Playwright's
    role locators look at the markup instead)."""
    cdp = session.context.new_cdp_session(session.page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    return {node["role"]["value"] for node in nodes if "role" in node}


def test_the_leader_tables_fit_a_phone(browsing, demo):
    session = browsing(viewport=PHONE)
    page = session.page
    errors = watch_console(page)
    session.log_in_as(LEADER)

    session.goto("/leder/")
    summary = page.get_by_role("table", name="Status per lag og krav")
    expect(summary).to_contain_text("Bergen Arbeiderparti")
    assert_first_rows_on_screen(summary)
    # Each cell says which requirement it counts, from the column's heading.
    first_cell = summary.locator("tbody tr").first.locator("td").first
    heading = summary.locator("thead th").nth(1).inner_text()
    label = first_cell.evaluate("cell => getComputedStyle(cell, '::before').content")
    assert " ".join(heading.split()) in label
    assert_reflows(page)
    assert_accessible(page)
    assert {"table", "row", "rowheader", "columnheader"} <= chromium_roles(session)

    bergen = Branch.objects.get(slug="bergen")
    session.goto(f"/leder/personer/?lag={bergen.pk}&status=forfalt")
    people = page.get_by_role("table", name="Personer og status")
    expect(people).to_contain_text("Forfalt")
    assert_first_rows_on_screen(people)
    status = people.locator("tbody tr").first.locator("td").last
    expect(status).to_contain_text("Forfalt")
    assert_on_screen(status.locator(".status-tag"))
    assert_reflows(page)
    assert_accessible(page)
    roles = chromium_roles(session)
    assert {"table", "row", "rowheader", "columnheader", "cell"} <= roles, roles

    # The column headings are hidden on a phone until the keyboard reaches a sort link there.
    sort_by_name = people.get_by_role("link", name="Navn")
    sort_by_name.focus()
    expect(sort_by_name).to_be_focused()
    assert_on_screen(sort_by_name)
    assert sort_by_name.bounding_box()["height"] > 10
    assert not errors, errors
