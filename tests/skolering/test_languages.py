"""Which language a page is answered in, the switcher, and Northern Sámi's interface falling
back to Bokmål: through the test client, against the database."""

import re

import pytest

from django.conf import settings

from skolering.languages import negotiate
from tests.courses.builders import make_course, make_module, translate_page

COOKIE = settings.LANGUAGE_COOKIE_NAME


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)">', response.content.decode())[1]


@pytest.fixture
def account_page(client, member):
    """/konto/ as the member: an app page, whose address names no language."""
    client.force_login(member)
    return lambda **headers: client.get("/konto/", **headers)


def test_the_language_in_the_address_comes_before_everything(client, rf, member, site_pages):
    member.preferred_language = "en"
    request = rf.get("/nn/kurs/", HTTP_ACCEPT_LANGUAGE="se", HTTP_COOKIE=f"{COOKIE}=en")
    request.user = member
    assert negotiate(request) == "nn"


def test_then_the_members_choice_then_the_cookie_then_the_browser_then_bokmal(
    client, account_page, member
):
    member.preferred_language = "en"
    member.save(update_fields=["preferred_language"])
    client.cookies[COOKIE] = "nn"
    assert html_lang(account_page(HTTP_ACCEPT_LANGUAGE="se")) == "en"

    member.preferred_language = ""
    member.save(update_fields=["preferred_language"])
    response = account_page(HTTP_ACCEPT_LANGUAGE="en")
    assert html_lang(response) == "nn" and response["Content-Language"] == "nn"

    del client.cookies[COOKIE]
    assert html_lang(account_page(HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")) == "en"
    assert html_lang(account_page(HTTP_ACCEPT_LANGUAGE="no")) == "nb"  # Norwegian: Bokmål
    assert html_lang(account_page(HTTP_ACCEPT_LANGUAGE="nn-NO,nb;q=0.5")) == "nn"
    assert html_lang(account_page(HTTP_ACCEPT_LANGUAGE="de,fr;q=0.9")) == "nb"
    assert html_lang(account_page()) == "nb"
    assert "Accept-Language" in account_page()["Vary"]


def test_the_interface_is_in_the_chosen_language(client, account_page):
    assert "Kontoen min" in account_page(HTTP_ACCEPT_LANGUAGE="nn").content.decode()
    assert "My account" in account_page(HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Min konto" in account_page().content.decode()


def test_northern_sami_falls_back_to_bokmal_marked_as_bokmal(client, site_pages):
    module = make_module("organisasjon", title="Slik er partiet organisert")
    make_course("grunnkurs", [module])
    translate_page(module, "se", title="Nu lea bellodat organiserejuvvon")
    client.cookies[COOKIE] = "se"
    response = client.get("/se/moduler/organisasjon/")
    # A visitor is sent to log in; the log-in page is the Bokmål interface, marked as such.
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert '<html lang="nb">' in page and "Logg inn" in page
    # The switcher names each language in itself, in its own language.
    assert '<button type="submit" name="language" value="se" lang="se"' in page
    assert 'aria-current="true">Davvisámegiella</button>' in page


def test_the_sami_page_marks_its_content_and_the_interface_stays_bokmal(client, member, site_pages):
    module = make_module("organisasjon", title="Slik er partiet organisert")
    course = make_course("grunnkurs", [module])
    translate_page(module, "se", title="Nu lea bellodat organiserejuvvon")
    translate_page(course, "se", title="Vuođđokursa")
    member.preferred_language = "se"
    member.save(update_fields=["preferred_language"])
    client.force_login(member)
    page = client.get("/se/kurs/grunnkurs/organisasjon/").content.decode()
    assert '<html lang="nb">' in page  # no reviewed Sámi interface: Bokmål, marked as such
    assert ' lang="se">Nu lea bellodat organiserejuvvon</h1>' in page
    assert "Merk som fullført" in page  # the Bokmål interface


def test_the_switcher_remembers_the_members_choice_and_goes_to_the_translation(
    client, member, site_pages
):
    course = make_course("grunnkurs", [make_module("organisasjon")])
    translate_page(course, "nn", title="Grunnkurs")
    client.force_login(member)
    response = client.post("/sprak/", {"language": "nn", "next": "/kurs/grunnkurs/"})
    assert response.status_code == 302 and response["Location"] == "/nn/kurs/grunnkurs/"
    assert response.cookies[COOKIE].value == "nn"
    member.refresh_from_db()
    assert member.preferred_language == "nn"
    # Back to Bokmål from the Nynorsk page: its original.
    response = client.post("/sprak/", {"language": "nb", "next": "/nn/kurs/grunnkurs/"})
    assert response["Location"] == "/kurs/grunnkurs/"
    # A page with no translation into the language: the original, in the new interface.
    response = client.post("/sprak/", {"language": "en", "next": "/kurs/grunnkurs/organisasjon/"})
    assert response["Location"] == "/kurs/grunnkurs/organisasjon/"
    # The query string goes along.
    response = client.post("/sprak/", {"language": "nb", "next": "/nn/kurs/grunnkurs/?side=2"})
    assert response["Location"] == "/kurs/grunnkurs/?side=2"
    # Not a page: the same address.
    response = client.post("/sprak/", {"language": "en", "next": "/mine-kurs/?side=2"})
    assert response["Location"] == "/mine-kurs/?side=2"


def test_a_visitors_choice_is_kept_in_the_cookie_and_becomes_theirs_when_they_log_in(
    client, member, site_pages
):
    response = client.post("/sprak/", {"language": "en", "next": "/"})
    assert response.cookies[COOKIE].value == "en"
    member.set_password("rett-passord-123")
    member.save()
    client.post("/konto/logg-inn/", {"username": member.email, "password": "rett-passord-123"})
    member.refresh_from_db()
    assert member.preferred_language == "en"


@pytest.mark.parametrize(
    "data",
    [
        {"language": "de", "next": "/"},
        {"language": "", "next": "/"},
        {"language": "nn" * 500, "next": "/"},
        {},
    ],
)
def test_a_language_not_offered_is_refused_in_words(client, site_pages, data):
    response = client.post("/sprak/", data)
    assert response.status_code == 400
    assert "Skolering finnes på bokmål, nynorsk, engelsk og nordsamisk." in (
        response.content.decode()
    )


def test_the_switcher_sends_nobody_away_from_the_site(client, site_pages):
    for away in ("https://example.com/", "//example.com/", "javascript:alert(1)"):
        response = client.post("/sprak/", {"language": "nn", "next": away})
        assert response.status_code == 302 and response["Location"] == "/"


def test_the_switcher_works_without_javascript_as_a_plain_form(client, site_pages):
    page = client.get("/").content.decode()
    form = re.search(r'<form class="language-switcher" method="post" action="/sprak/"[^>]*>', page)
    assert form and 'aria-label="Språk"' in form[0]
    assert 'name="csrfmiddlewaretoken"' in page
    names = re.findall(r'name="language" value="(\w+)" lang="(\w+)"', page)
    assert names == [("nb", "nb"), ("nn", "nn"), ("en", "en"), ("se", "se")]


def test_the_account_page_offers_the_languages_each_in_itself(client, account_page, member):
    member.preferred_language = "nn"
    member.save(update_fields=["preferred_language"])
    page = account_page().content.decode()
    assert '<label for="language-nn" lang="nn">Nynorsk</label>' in page
    assert 'value="nn" id="language-nn" checked' in page


def test_the_admin_stays_bokmal_for_an_editor_who_reads_nynorsk(client, site_pages):
    from devtools.factories import UserFactory

    editor = UserFactory(email="redaktor@example.org", is_superuser=True, is_staff=True)
    editor.preferred_language = "nn"
    editor.save()
    client.force_login(editor)
    page = client.get("/admin/").content.decode()
    assert re.search(r'<html[^>]* lang="nb"', page)
    # ... while the member pages are in their language.
    assert '<html lang="nn">' in client.get("/konto/").content.decode()
