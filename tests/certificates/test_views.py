"""The holder's PDF, the public verification pages, /mine-kurs/ and revoking in the admin,
through the test client."""

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from django.core.cache import cache
from django.urls import reverse

from certificates.models import Certificate
from certificates.services import certificate_revoke
from certificates.views import GUESS_LIMIT
from devtools.factories import UserFactory
from skolering.models import AuditEvent


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def certificate(sami_member, valid_course, complete):
    return complete(sami_member, valid_course).certificate


def pdf_text(response) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_the_holder_downloads_their_kursbevis(client, certificate, sami_member, monkeypatch):
    payloads = []
    import certificates.pdf as pdf

    real_modules = pdf.qr_modules

    def recording(payload):
        payloads.append(payload)
        return real_modules(payload)

    monkeypatch.setattr(pdf, "qr_modules", recording)
    client.force_login(sami_member)
    response = client.get(reverse("certificate_pdf", args=[certificate.code]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response)
    assert "Máret Ŋuvtti Đuvččá-Šŧžá" in text
    assert "Trygge fellesskap" in text and certificate.code in text
    assert "Vite hvor man sier fra" in text
    assert payloads == [f"http://testserver/kursbevis/{certificate.code}/"]


def test_the_study_association_variant_lists_content_and_hours(client, certificate, sami_member):
    client.force_login(sami_member)
    response = client.get(
        reverse("certificate_pdf", args=[certificate.code]) + "?variant=studieforbund"
    )
    text = pdf_text(response)
    assert "Innhold" in text and "1. Verdier" in text and "2. Si fra" in text
    assert "Omfang: 1,5 timer" in text
    # Saved next to the ordinary one, it must not overwrite it.
    code = certificate.code
    assert f'filename="kursbevis-{code}-studieforbund.pdf"' in response["Content-Disposition"]
    plain = client.get(reverse("certificate_pdf", args=[code]))
    assert f'filename="kursbevis-{code}.pdf"' in plain["Content-Disposition"]


def test_nobody_else_gets_the_pdf(client, certificate):
    url = reverse("certificate_pdf", args=[certificate.code])
    assert client.get(url).status_code == 302  # to log in
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    assert client.get(reverse("certificate_pdf", args=["AAAA-AAAA-AAAA"])).status_code == 404


def test_a_revoked_certificate_is_not_offered_as_a_pdf(
    client, certificate, sami_member, admin_user
):
    url = reverse("certificate_pdf", args=[certificate.code])
    client.force_login(sami_member)
    assert client.get(url).status_code == 200
    certificate_revoke(certificate=certificate, actor=admin_user, reason="Fusk på quizen")
    assert client.get(url).status_code == 404
    page = client.get(reverse("my_courses")).text
    assert certificate.code in page and "Trukket tilbake" in page and url not in page


def test_verification_shows_status_initials_course_and_dates_only(client, certificate, sami_member):
    page = client.get(reverse("certificate_verify", args=[certificate.code])).text
    assert "Kursbeviset er gyldig" in page
    assert "M. Ŋ. Đ.-Š." in page and "Trygge fellesskap" in page
    assert "Máret" not in page and "Đuvččá" not in page  # the full name needs the name typed
    assert certificate.valid_until.strftime("%Y") in page
    assert sami_member.email not in page
    assert "Bergen" not in page  # the holder's branch


def test_verification_of_an_expired_and_a_revoked_certificate(client, certificate, admin_user):
    import datetime

    import time_machine

    with time_machine.travel(
        datetime.datetime.combine(certificate.valid_until, datetime.time(12))
        + datetime.timedelta(days=1)
    ):
        page = client.get(reverse("certificate_verify", args=[certificate.code])).text
        assert "Kursbeviset er utløpt" in page
    certificate_revoke(certificate=certificate, reason="Hemmelig grunn", actor=admin_user)
    page = client.get(reverse("certificate_verify", args=[certificate.code])).text
    assert "Kursbeviset er trukket tilbake" in page and "Hemmelig grunn" not in page


def test_the_form_takes_a_typed_code(client, certificate):
    response = client.get(
        reverse("certificate_verify_form"), {"kode": certificate.code.lower().replace("-", " ")}
    )
    assert response.url == reverse("certificate_verify", args=[certificate.code])
    response = client.get(reverse("certificate_verify_form"), {"kode": "tull"})
    assert response.status_code == 400
    assert "En kode har 12 bokstaver og tall" in response.text


def test_unknown_codes_get_a_friendly_404_and_guessing_is_limited(client, certificate):
    for _ in range(GUESS_LIMIT):
        response = client.get(reverse("certificate_verify", args=["AAAA-BBBB-CCCC"]))
        assert response.status_code == 404
        assert "Vi fant ikke noe kursbevis med den koden" in response.text
    response = client.get(reverse("certificate_verify", args=[certificate.code]))
    assert response.status_code == 429
    assert "For mange oppslag" in response.text
    other = client.get(
        reverse("certificate_verify", args=[certificate.code]), REMOTE_ADDR="10.0.0.2"
    )
    assert other.status_code == 200


def test_verification_is_limited_per_address_even_for_known_codes(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_LIMIT = 3
    url = reverse("certificate_verify", args=[certificate.code])
    assert [client.get(url).status_code for _ in range(4)] == [200, 200, 200, 429]
    assert client.get(url, REMOTE_ADDR="10.0.0.9").status_code == 200


def test_my_courses_lists_the_certificates(client, certificate, sami_member):
    client.force_login(sami_member)
    page = client.get(reverse("my_courses")).text
    assert certificate.code in page
    # Once for the completion, once for the certificate.
    assert page.count(f"Gyldig til {certificate.valid_until:%-d}.") == 2
    assert reverse("certificate_pdf", args=[certificate.code]) in page


def test_an_administrator_revokes_a_certificate_in_the_admin(admin_client, certificate):
    url = reverse("certificates:edit", args=[certificate.pk])
    response = admin_client.post(url, {"revoked_reason": ""})
    assert response.status_code == 200 and Certificate.objects.get().revoked_at is None
    response = admin_client.post(url, {"revoked_reason": "Kurset ble tatt av en annen"})
    assert response.status_code == 302
    assert Certificate.objects.get().revoked_at is not None
    assert AuditEvent.objects.filter(action="certificate.revoke").count() == 1
    assert admin_client.get(reverse("certificates:index")).status_code == 200


def test_the_certificate_admin_shows_each_status_void_included(
    admin_client, admin_user, certificate, sami_member, member, valid_course, complete
):
    revoked = complete(member, valid_course).certificate
    certificate_revoke(certificate=revoked, actor=admin_user, reason="Tatt av en annen")
    sami_member.delete()  # voids their certificate
    page = admin_client.get(reverse("certificates:index")).text
    assert "Finnes ikke lenger" in page
    assert "Trukket tilbake" in page


def test_members_cannot_reach_the_certificate_admin(client, certificate, sami_member):
    client.force_login(sami_member)
    response = client.post(
        reverse("certificates:edit", args=[certificate.pk]), {"revoked_reason": "x"}
    )
    assert response.status_code in (302, 403)
    assert Certificate.objects.get().revoked_at is None


def test_the_logo_and_signer_from_the_site_settings_are_on_the_pdf(
    client, certificate, sami_member
):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from certificates.services import certificate_settings

    settings = certificate_settings()
    settings.logo = Image.objects.create(title="Logo", file=get_test_image_file())
    settings.signer_name = "Kari Nordmann"
    settings.signer_title = "Partisekretær"
    settings.save()
    client.force_login(sami_member)
    response = client.get(reverse("certificate_pdf", args=[certificate.code]))
    text = pdf_text(response)
    assert "Kari Nordmann" in text and "Partisekretær" in text
    page = PdfReader(io.BytesIO(response.content)).pages[0]
    assert len(page.images) == 1


def test_one_hour_is_one_time_not_timer(client, certificate, sami_member):
    """A course of exactly one hour reads "1 time" (singular), in the facts and the scope."""
    Certificate.objects.filter(pk=certificate.pk).update(hours=Decimal("1.0"))
    client.force_login(sami_member)
    url = reverse("certificate_pdf", args=[certificate.code])
    text = pdf_text(client.get(url + "?variant=studieforbund"))
    assert "Omfang: 1 time undervisning" in text
    assert "· 1 time" in text and "1,0" not in text
