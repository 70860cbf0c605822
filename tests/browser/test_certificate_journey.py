"""A member completes a course and downloads the kursbevis; a visitor checks its code."""

import re

from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, browser_test

pytestmark = browser_test


def test_member_gets_a_kursbevis_and_a_visitor_verifies_it(browsing, demo):
    session = browsing()
    page = session.page
    session.log_in_as("medlem@example.org")
    for module in ("hvem-mangler", "mangfoldskompetanse-i-ledelse"):
        session.goto(f"/kurs/mangfold-og-representasjon/{module}/")
        page.get_by_role("button", name="Merk som fullført").click()
        expect(page.locator("#announcer")).not_to_be_empty()

    session.goto("/mine-kurs/")
    link = page.get_by_role(
        "link", name=re.compile(r"^Kursbevis \(PDF\).*Mangfold og representasjon")
    )
    href = link.get_attribute("href")
    code = re.search(r"kursbevis/([0-9A-Z-]{14})\.pdf", href).group(1)
    pdf = page.request.get(session.base_url + href)
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")
    assert_accessible(page)
    session.close()

    visitor = browsing()
    visitor.goto("/kursbevis/")
    visitor.page.get_by_label("Kode").fill(code.lower())
    visitor.page.get_by_role("button", name="Kontroller").click()
    expect(visitor.page.locator("h1")).to_have_text("Kursbeviset er gyldig")
    details = visitor.page.locator("main").inner_text()
    assert "Mangfold og representasjon" in details and "Ingrid Solberg" in details
    assert "medlem@example.org" not in visitor.page.content()
    assert_accessible(visitor.page)
