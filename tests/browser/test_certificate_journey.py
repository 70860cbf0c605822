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
    assert "Mangfold og representasjon" in details and "I. S." in details
    assert "Ingrid" not in details  # the full name only for whoever types it
    assert "medlem@example.org" not in visitor.page.content()
    assert_accessible(visitor.page)

    # The visitor was handed the certificate: they type the name on it, with the keyboard.
    visitor.page.get_by_label("Navnet på kursbeviset").fill("ingrid solberg")
    visitor.page.keyboard.press("Enter")
    expect(visitor.page.locator("main")).to_contain_text(
        "Navnet stemmer: kursbeviset er utstedt til Ingrid Solberg"
    )
    assert_accessible(visitor.page)


def test_finishing_the_last_module_leads_to_the_kursbevis(browsing, demo):
    session = browsing()
    page = session.page
    session.log_in_as("medlem@example.org")
    session.goto("/kurs/mangfold-og-representasjon/hvem-mangler/")
    page.get_by_role("button", name="Merk som fullført").click()
    expect(page.locator("#announcer")).to_have_text("Modulen er fullført.")
    assert "kursbevis" not in page.locator("#status").inner_text().lower()

    session.goto("/kurs/mangfold-og-representasjon/mangfoldskompetanse-i-ledelse/")
    page.get_by_role("button", name="Merk som fullført").click()
    expect(page.locator("#announcer")).to_have_text(
        "Du har fullført kurset «Mangfold og representasjon»."
    )
    status = page.locator("#status")
    # (The course's name is for screen readers; Chromium puts a space before the hidden part.)
    pdf_link = status.get_by_role(
        "link", name=re.compile(r"^Last ned kursbeviset \(PDF\) ?: Mangfold og representasjon$")
    )
    expect(pdf_link).to_be_visible()
    assert_accessible(page)
    pdf = page.request.get(session.base_url + pdf_link.get_attribute("href"))
    assert pdf.status == 200 and pdf.body().startswith(b"%PDF")

    check = status.get_by_role("link", name=re.compile(r"kursbevis\/[0-9A-Z-]{14}\/$"))
    check.click()
    expect(page.locator("h1")).to_have_text("Kursbeviset er gyldig")
    assert "Mangfold og representasjon" in page.locator("main").inner_text()

    # The course page points to it too.
    session.goto("/kurs/mangfold-og-representasjon/")
    expect(page.get_by_role("link", name=re.compile("^Last ned kursbeviset"))).to_be_visible()
    assert_accessible(page)
    session.close()
