"""The kursbevis in the holder's language: the PDF and the public verification page in Bokmål,
Nynorsk, English and Northern Sámi, with the course's translation where it has one, Sámi letters
intact, and dates as each language writes them."""

import io

import pytest
from pypdf import PdfReader

from django.urls import reverse

from tests.courses.builders import translate_page

SAMI_TITLE = "Dorvvolaš searvevuođat: čoahkkimat, ŋuolggahus, šaddu, ŧ ja ž"


def pdf_text(response) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


@pytest.fixture
def certificate(sami_member, valid_course, complete):
    translate_page(
        valid_course,
        "nn",
        title="Trygge fellesskap på nynorsk",
        learning_outcomes=[("outcome", "Vite kvar ein seier frå")],
    )
    translate_page(
        valid_course,
        "se",
        title=SAMI_TITLE,
        learning_outcomes=[("outcome", "Diehtit gosa galgá dieđihit")],
    )
    return complete(sami_member, valid_course).certificate


@pytest.fixture
def holder(client, sami_member):
    client.force_login(sami_member)

    def pdf_in(language: str) -> str:
        sami_member.preferred_language = language
        sami_member.save(update_fields=["preferred_language"])
        return pdf_text(client.get(reverse("certificate_pdf", args=[certificate_code[0]])))

    certificate_code = []
    return certificate_code, pdf_in


@pytest.mark.parametrize(
    ("language", "words", "title", "outcome"),
    [
        ("nb", "har fullført kurset", "Trygge fellesskap", "Vite hvor man sier fra"),
        ("nn", "har fullført kurset", "Trygge fellesskap på nynorsk", "Vite kvar ein seier frå"),
        ("en", "has completed the course", "Trygge fellesskap", "Vite hvor man sier fra"),
        ("se", "har fullført kurset", SAMI_TITLE, "Diehtit gosa galgá dieđihit"),
    ],
)
def test_the_pdf_is_in_the_holders_language_with_sami_letters_intact(
    holder, certificate, language, words, title, outcome
):
    codes, pdf_in = holder
    codes.append(certificate.code)
    text = pdf_in(language)
    assert "Máret Ŋuvtti Đuvččá-Šŧžá" in text
    assert words in text
    assert title in " ".join(text.split())
    assert outcome in text


def test_dates_are_written_as_each_language_writes_them(holder, certificate):
    codes, pdf_in = holder
    codes.append(certificate.code)
    day = certificate.issued_on
    months = {"nb": "desember", "en": "December"}
    assert f"{day.day}. " in pdf_in("nb")
    nb_month = pdf_in("nb")
    en = pdf_in("en")
    se = pdf_in("se")
    if day.month == 12:
        assert f"{day.day}. {months['nb']} {day.year}" in nb_month
        assert f"{day.day} {months['en']} {day.year}" in en
    assert f"{day.day}.{day.month}.{day.year}" in se  # no Sámi month names reviewed: numbers


def test_the_verification_page_speaks_the_visitors_language(client, certificate):
    url = reverse("certificate_verify", args=[certificate.code])
    nynorsk = client.get(url, HTTP_ACCEPT_LANGUAGE="nn").content.decode()
    assert '<html lang="nn">' in nynorsk and "Trygge fellesskap på nynorsk" in nynorsk
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en">' in english and "Trygge fellesskap" in english
    sami = client.get(url, HTTP_ACCEPT_LANGUAGE="se").content.decode()
    assert '<html lang="nb">' in sami  # the interface falls back to Bokmål
    assert f'<dd lang="se">{SAMI_TITLE}</dd>' in sami


def test_what_was_issued_stays_bokmal_whatever_language_it_was_earned_in(certificate):
    certificate.refresh_from_db()
    assert certificate.course_title == "Trygge fellesskap"
    assert certificate.learning_outcomes == ["Vite hvor man sier fra"]
