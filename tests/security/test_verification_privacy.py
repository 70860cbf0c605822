"""The public check of a kursbevis confirms the certificate without revealing whose it is:
initials only, the full name (and the issuing party) only to a visitor who types it."""

import pytest

from django.urls import reverse

from certificates.models import Certificate, comparable_name
from certificates.views import GUESS_LIMIT, NAME_CHECK_LIMIT
from devtools.factories import UserFactory
from tests.certificates.conftest import complete, sami_member, valid_course  # noqa: F401

VISITOR = "203.0.113.9"


@pytest.fixture
def certificate(sami_member, valid_course, complete):  # noqa: F811
    return complete(sami_member, valid_course).certificate


def _url(certificate):
    return reverse("certificate_verify", args=[certificate.code])


def _confirm(client, certificate, name, address=VISITOR):
    return client.post(_url(certificate), {"navn": name}, REMOTE_ADDR=address)


def test_an_anonymous_visitor_sees_the_course_date_and_initials_but_not_the_name(
    client, certificate
):
    page = client.get(_url(certificate), REMOTE_ADDR=VISITOR).text
    assert "Trygge fellesskap" in page and "M. Ŋ. Đ.-Š." in page
    assert "Máret" not in page and "Ŋuvtti" not in page
    assert certificate.organisation not in page  # "issued by the party" is membership data


def test_typing_the_printed_name_confirms_it_whatever_the_case_and_accents(client, certificate):
    response = _confirm(client, certificate, "  maret NUVTTI duvcca-stza ")
    assert response.status_code == 200
    assert "Navnet stemmer" in response.text
    assert "Máret Ŋuvtti Đuvččá-Šŧžá" in response.text
    assert certificate.organisation in response.text


def test_a_wrong_name_is_refused_and_reveals_nothing(client, certificate):
    response = _confirm(client, certificate, "Ingrid Solberg")
    assert response.status_code == 200
    assert "Det er ikke navnet på dette kursbeviset" in response.text
    assert "Máret" not in response.text and certificate.organisation not in response.text


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [("", "Skriv navnet slik det står på kursbeviset"), ("Å" * 301, "Navnet er for langt")],
)
def test_an_empty_or_oversized_name_is_a_400_with_a_norwegian_message(
    client, certificate, typed, fragment
):
    response = _confirm(client, certificate, typed)
    assert response.status_code == 400
    assert fragment in response.text


def test_typed_names_are_throttled_per_address_and_per_certificate(client, certificate):
    for number in range(NAME_CHECK_LIMIT):
        _confirm(client, certificate, f"Gjett Navn {number}")
    blocked = _confirm(client, certificate, "Máret Ŋuvtti Đuvččá-Šŧžá")
    assert blocked.status_code == 429
    assert "Máret Ŋuvtti" not in blocked.text.split("</label>")[0]
    # Many addresses guessing the same certificate's name are limited too.
    elsewhere = _confirm(client, certificate, "Máret Ŋuvtti Đuvččá-Šŧžá", address="198.51.100.7")
    assert elsewhere.status_code == 429


def test_the_pages_are_not_indexed_nor_cached(client, certificate):
    for response in (
        client.get(reverse("certificate_verify_form")),
        client.get(_url(certificate)),
        _confirm(client, certificate, "Feil Navn"),
        client.get(reverse("certificate_verify", args=["AAAA-BBBB-CCCC"])),
    ):
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert response["Cache-Control"] == "no-store, private"


def test_the_holder_turns_the_public_check_off_and_on(client, certificate, sami_member):  # noqa: F811
    toggle = reverse("certificate_public_check", args=[certificate.code])
    client.force_login(sami_member)
    assert "Slå av" in client.get(reverse("my_courses")).text
    response = client.post(toggle, {"offentlig": "nei"})
    assert response.status_code == 302 and response["Location"].endswith("#kursbevis")
    client.logout()
    closed = client.get(_url(certificate))
    assert closed.status_code == 404
    assert "slått av" in closed.text and "M. Ŋ." not in closed.text
    assert _confirm(client, certificate, "Máret Ŋuvtti Đuvččá-Šŧžá").status_code == 404
    client.force_login(sami_member)
    assert "Slå på" in client.get(reverse("my_courses")).text
    client.post(toggle, {"offentlig": "ja"})
    client.logout()
    assert client.get(_url(certificate)).status_code == 200


def test_nobody_else_can_switch_a_certificate_and_tampering_is_a_400(client, certificate):
    toggle = reverse("certificate_public_check", args=[certificate.code])
    assert client.post(toggle, {"offentlig": "nei"}).status_code == 302  # to log in
    client.force_login(UserFactory(email="nysgjerrig@example.org"))
    assert client.post(toggle, {"offentlig": "nei"}).status_code == 404
    assert Certificate.objects.get(pk=certificate.pk).publicly_verifiable
    client.force_login(certificate.user)
    tampered = client.post(toggle, {"offentlig": "kanskje"})
    assert tampered.status_code == 400
    assert "offentlig" in tampered.text
    assert client.get(toggle).status_code == 405


def test_closed_codes_count_as_guesses(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(publicly_verifiable=False)
    for _ in range(GUESS_LIMIT):
        client.get(_url(certificate), REMOTE_ADDR=VISITOR)
    assert client.get(_url(certificate), REMOTE_ADDR=VISITOR).status_code == 429


def test_names_compare_without_case_accents_or_strokes():
    assert comparable_name("Åse Njåstad") == comparable_name("ase njastad")
    assert comparable_name("Søren Ødegård-Ŧŋđ") == comparable_name("soren odegard tnd")
    assert comparable_name("Ingrid Solberg") != comparable_name("Ingrid Solberg Berg")


def test_the_privacy_statement_explains_the_check(client, site_pages):
    page = client.get("/personvern/").text
    assert "initialene dine" in page and "slå av sjekken" in page
