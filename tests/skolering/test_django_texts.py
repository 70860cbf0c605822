"""Django's own texts on the members' forms read as the site does: "påkrevd", not "påkrevet",
and the password forms in plain Bokmål (skolering/django_texts.py)."""

import re

import pytest

from django.core import mail

from devtools.factories import DEMO_PASSWORD

STIFF = ("påkrevet", "Vennligst", "Ditt passord", "personopplysninger", "verifisering")


def visible(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def assert_plain(page: str) -> None:
    for stiff in STIFF:
        assert stiff not in page, stiff


def test_an_empty_log_in_says_pakrevd(client, db):
    page = client.post("/konto/logg-inn/", {"username": "", "password": ""}).text
    assert page.count("Feltet er påkrevd.") == 2
    assert "påkrevet" not in page


def test_the_password_change_form_explains_the_rules_plainly(client, member):
    client.force_login(member)
    page = visible(client.get("/konto/passord/").text)
    for text in (
        "Gammelt passord",
        "Nytt passord",
        "Gjenta det nye passordet",
        "Passordet må ha minst 10 tegn.",
        "Passordet kan ikke ligne for mye på navnet eller e-postadressen din.",
        "Passordet kan ikke være et av de vanligste passordene.",
        "Passordet kan ikke bare være tall.",
        "Skriv det samme passordet en gang til.",
    ):
        assert text in page, text
    assert_plain(page)


SIMILAR = "medlem@example.org1"


@pytest.mark.parametrize(
    ("new_password1", "new_password2", "refusals"),
    [
        (
            "1234",
            "1234",
            [
                "Passordet er for kort. Det må ha minst 10 tegn.",
                "Passordet kan ikke bare være tall.",
            ],
        ),
        (
            "ingrid-solberg",
            "ingrid-solberg-åtte",
            ["Passordene er ikke like. Skriv det samme passordet i begge feltene."],
        ),
        (SIMILAR, SIMILAR, ["Passordet ligner for mye på det du har oppgitt som e-postadresse."]),
        ("", "", ["Feltet er påkrevd."]),
    ],
    ids=["short-and-digits", "not-the-same", "like-the-address", "empty"],
)
def test_the_password_change_refusals_are_plain(
    client, member, new_password1, new_password2, refusals
):
    client.force_login(member)
    data = {
        "old_password": DEMO_PASSWORD,
        "new_password1": new_password1,
        "new_password2": new_password2,
    }
    page = visible(client.post("/konto/passord/", data).text)
    for refusal in refusals:
        assert refusal in page, refusal
    assert_plain(page)


def test_the_reset_forms_are_plain(client, member):
    page = visible(client.post("/konto/glemt-passord/", {"email": "ikke-en-adresse"}).text)
    assert "Skriv inn en gyldig e-postadresse." in page
    client.post("/konto/glemt-passord/", {"email": "medlem@example.org"})
    link = re.search(r"http://testserver(/konto/tilbakestill/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    page = visible(
        client.post(
            form.redirect_chain[-1][0],
            {"new_password1": "passord", "new_password2": "passord"},
        ).text
    )
    assert "Gjenta det nye passordet" in page
    assert "Passordet er for vanlig. Velg et som er vanskeligere å gjette." in page
    assert_plain(page)
