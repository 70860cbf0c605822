import re

import pytest
from bs4 import BeautifulSoup

PUBLIC_PAGES = [
    "/",
    "/konto/logg-inn/",
    "/personvern/",
    "/tilgjengelighet/",
    "/konto/glemt-passord/",
]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_page_is_norwegian_accessible_and_has_no_inline_script(client, site_pages, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "nb"
    assert len(soup.find_all("h1")) == 1
    skip = soup.find("a", class_="skip-link")
    assert skip is not None and skip["href"] == "#main" and soup.find(id="main").name == "main"
    for landmark in ("header", "nav", "main", "footer"):
        assert soup.find(landmark) is not None, landmark
    inline = [s for s in soup.find_all("script") if not s.get("src")]
    assert inline == []
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"
    assert not re.search(r"https?://(?!testserver)[^\"'\s]+\.(js|css)", html), "third-party asset"


def test_account_page_shows_own_roles_only(client, member, org, make_role):
    from devtools.factories import UserFactory
    from skolering.models import Role

    make_role(member, org.bergen, Role.TILLITSVALGT)
    other = UserFactory(first_name="Annen", last_name="Person")
    make_role(other, org.voss, Role.LEDER)
    client.force_login(member)
    html = client.get("/konto/").content.decode()
    assert "Tillitsvalgt, Bergen" in html
    assert "Voss" not in html and "Annen Person" not in html


def test_account_page_empty_states(client, db):
    from devtools.factories import UserFactory

    client.force_login(UserFactory())
    html = client.get("/konto/").content.decode()
    assert "Det er ikke registrert noe medlemskap" in html
    assert "Du har ingen verv" in html


def test_unknown_page_is_a_friendly_norwegian_404(client, site_pages):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    assert "Fant ikke siden" in response.content.decode()


def test_privacy_and_accessibility_pages_have_real_content(client, site_pages):
    privacy = client.get("/personvern/").content.decode()
    assert "artikkel 9" in privacy and "Hvem som ser hva" in privacy
    statement = client.get("/tilgjengelighet/").content.decode()
    assert "WCAG 2.2" in statement and "Kjente mangler" in statement
    assert "tilgjengelighet@example.org" in statement


def test_htmx_sends_the_csrf_token(client, site_pages):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert "X-CSRFToken" in soup.body["hx-headers"]
    assert any("htmx" in s["src"] for s in soup.find_all("script", src=True))


def test_the_browser_inventory_covers_every_page_of_the_site():
    """A new URL must be added to tests/browser/inventory.py, so that axe checks it."""
    from gatherings.urls import urlpatterns as gathering_patterns
    from skolering.urls import account_patterns
    from tests.browser.inventory import NOT_PAGES, PAGES

    covered = {visit.url_name for visit in PAGES} | NOT_PAGES
    assert {pattern.name for pattern in account_patterns} | {"my_courses"} <= covered
    assert {f"gatherings:{pattern.name}" for pattern in gathering_patterns} <= covered
    paths = {visit.path for visit in PAGES}
    # One page of each Wagtail page type, and a module inside a course.
    assert {
        "/",
        "/personvern/",
        "/kurs/",
        "/kurs/grunnkurs/",
        "/kurs/grunnkurs/fra-sak-til-vedtak/",
        "/moduler/",
        "/moduler/si-fra/",
        "/lokalt/",
        "/lokalt/bergen/",
    } <= paths


def test_account_page_marks_ended_roles(client, member, org, make_role):
    from bs4 import BeautifulSoup

    from skolering.models import Role

    make_role(member, org.bergen, Role.TILLITSVALGT, days_ago=400, ends_in_days=-1)
    make_role(member, org.bergen, Role.FOLKEVALGT)
    client.force_login(member)
    items = BeautifulSoup(client.get("/konto/").content, "html.parser").select("li")
    roles = {
        li.get_text(" ", strip=True).split(",")[0]: li.get_text(" ", strip=True) for li in items
    }
    assert "avsluttet" in roles["Tillitsvalgt"]
    assert "avsluttet" not in roles["Folkevalgt"]
