"""Finishing a course points to its kursbevis: the PDF and the public verification page, on the
last quiz's result, the module page and the course page, and only once there is a certificate
to point to."""

import pytest

from django.urls import reverse

from certificates.models import Certificate
from certificates.services import certificate_revoke
from courses.services import module_complete
from devtools.factories import UserFactory
from quizzes.models import QuizAttempt
from tests.courses.builders import make_course, make_module
from tests.quizzes.builders import make_quiz, make_quiz_course, right

HTMX = {"HTTP_HX_REQUEST": "true"}
PDF_LINK = "Last ned kursbeviset (PDF)"
VERIFY_TEXT = "Alle du gir denne adressen, kan sjekke kursbeviset ditt:"


def module_url(course, module):
    return f"{course.url}{module.slug}/"


def links_of(certificate):
    return (
        f'href="{reverse("certificate_pdf", args=[certificate.code])}"',
        f'href="{reverse("certificate_verify", args=[certificate.code])}"',
        f"http://testserver/kursbevis/{certificate.code}/</a>",
    )


def assert_points_to(page, certificate):
    assert PDF_LINK in page and VERIFY_TEXT in page
    for link in links_of(certificate):
        assert link in page


def complete_every_module(member, course, modules, on_commit):
    """The member completes the course, its commit callbacks run; the certificate it gets."""
    with on_commit(execute=True):
        for module in modules:
            module_complete(user=member, module=module, course=course)
    return Certificate.objects.get(user=member)


def start_the_quiz(client, course, module):
    """The member starts the module's quiz; the attempt and a hand-in with every answer right."""
    client.post(f"{module_url(course, module)}quiz/{next(iter(module.quiz_blocks()))}/")
    attempt = QuizAttempt.objects.get()
    return attempt, {f"svar-{qid}": options for qid, options in right(attempt).items()}


@pytest.fixture
def samisk_course(sections):
    modules = [
        make_module("čoahkkin", title="Čoahkkin ja áššit"),
        make_module("ovttasbargu", title="Ovttasbargu giellalágaid gaskka"),
    ]
    return make_course("sámi-kursa", modules), modules


@pytest.fixture
def certified(client, member, samisk_course, django_capture_on_commit_callbacks):
    """The member, logged in, has completed the Sámi course: the course and its certificate."""
    course, modules = samisk_course
    client.force_login(member)
    certificate = complete_every_module(member, course, modules, django_capture_on_commit_callbacks)
    return course, certificate


@pytest.mark.parametrize("htmx", [True, False])
def test_completing_the_last_module_shows_the_certificate(
    transactional_db, client, member, samisk_course, htmx
):
    # Real commits: the certificate is issued when the completion commits, before the
    # response is rendered, as in production.
    course, modules = samisk_course
    client.force_login(member)
    module_complete(user=member, module=modules[0], course=course)
    client.get(module_url(course, modules[1]))  # the enrolment
    response = client.post(
        f"{module_url(course, modules[1])}fullfort/", **(HTMX if htmx else {}), follow=not htmx
    )
    certificate = Certificate.objects.get(user=member)
    assert "Du har fullført kurset «Sámi kursa»." in response.text
    assert_points_to(response.text, certificate)


def test_the_course_page_of_a_completed_course_shows_the_certificate(
    client, member, samisk_course, django_capture_on_commit_callbacks
):
    course, modules = samisk_course
    client.force_login(member)
    client.get(module_url(course, modules[0]))
    before = client.get(course.url).text
    assert PDF_LINK not in before and VERIFY_TEXT not in before
    certificate = complete_every_module(member, course, modules, django_capture_on_commit_callbacks)
    page = client.get(course.url).text
    assert_points_to(page, certificate)
    # ... and on every module page of the course.
    assert_points_to(client.get(module_url(course, modules[0])).text, certificate)


def test_the_links_lead_to_the_pdf_and_the_verification_page(client, certified):
    _course, certificate = certified
    pdf = client.get(reverse("certificate_pdf", args=[certificate.code]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    verified = client.get(reverse("certificate_verify", args=[certificate.code]))
    assert verified.status_code == 200 and "Kursbeviset er gyldig" in verified.text


def test_a_revoked_certificate_is_not_offered(client, certified):
    course, certificate = certified
    certificate_revoke(certificate=certificate, reason="Fullført ved en feil.", actor=UserFactory())
    page = client.get(course.url).text
    assert PDF_LINK not in page and certificate.code not in page


def test_a_certificate_the_member_keeps_private_gets_no_public_address(client, certified):
    course, certificate = certified
    certificate.publicly_verifiable = False
    certificate.save()
    page = client.get(course.url).text
    assert PDF_LINK in page and VERIFY_TEXT not in page
    assert f"/kursbevis/{certificate.code}/" not in page
    assert "Du har slått av den offentlige sjekken av kursbeviset ditt." in page
    assert 'href="/mine-kurs/#kursbevis">Slå den på under Mine kurs</a>' in page


def test_passing_the_last_quiz_shows_the_completed_course_and_its_certificate(
    client, member, sections, django_capture_on_commit_callbacks
):
    quiz = make_quiz("Quiz om Ávjovárgeaidnu")
    course, intro, module = make_quiz_course("siste-quiz", quiz)
    client.force_login(member)
    module_complete(user=member, module=intro, course=course)
    attempt, data = start_the_quiz(client, course, module)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("quiz_submit", args=[attempt.pk]), data)
    page = client.get(reverse("quiz_result", args=[attempt.pk])).text
    assert "Modulen er registrert som fullført." in page
    assert "Du har fullført kurset «Siste quiz»." in page
    assert_points_to(page, Certificate.objects.get(user=member))


def test_passing_a_quiz_before_the_course_is_done_shows_no_certificate(
    client, member, sections, django_capture_on_commit_callbacks
):
    quiz = make_quiz("Quiz om Ávjovárgeaidnu")
    course, _intro, module = make_quiz_course("ikke-ferdig", quiz)
    client.force_login(member)
    attempt, data = start_the_quiz(client, course, module)
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(reverse("quiz_submit", args=[attempt.pk]), data, follow=True).text
    assert "Modulen er registrert som fullført." in page
    assert "Du har fullført kurset" not in page and PDF_LINK not in page
    assert not Certificate.objects.exists()
