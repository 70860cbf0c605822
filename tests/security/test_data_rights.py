"""A member's data rights: export everything, erase the account; and the round trip that proves
erasure leaves nothing that names them while the statistics stay the same."""

import json

import pytest

from django.apps import apps
from django.db import models
from django.urls import reverse

from certificates.models import Certificate
from certificates.services import certificate_revoke
from compliance.models import CourseRequirement, RequirementReminder
from courses.models import CourseCompletion, Enrollment, ModuleProgress, ReflectionAnswer
from courses.services import module_complete, reflection_save
from devtools.factories import MembershipFactory, RoleAssignmentFactory, UserFactory
from quizzes.models import QuizAnswer, QuizAttempt
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from skolering.models import AuditEvent, Membership, Role, RoleAssignment, User
from skolering.personal_data import personal_data_erase
from skolering.services import audit_event_record
from tests.quizzes.builders import make_quiz, make_quiz_course, right, wrong

PASSWORD = "zelda-sitt-passord-42"
EMAIL = "zelda.quixotesson@example.org"
FIRST, LAST = "Zelda", "Quixotesson"
REFLECTION = "Jeg vil si fra når noen blir holdt utenfor på møtene."


@pytest.fixture
def record(org, site_pages, django_capture_on_commit_callbacks):
    """A member with something of every kind: membership, role, progress, a reflection, two
    quiz attempts with answers, a completion with a certificate (revoked, with her name in the
    reason), a reminder, and a leader's search for her name in the audit log. Another member
    has the same course, so that the statistics are more than one person's."""
    zelda = UserFactory(email=EMAIL, first_name=FIRST, last_name=LAST)
    zelda.set_password(PASSWORD)
    zelda.save()
    MembershipFactory(user=zelda, branch=org.bergen)
    User.objects.filter(pk=zelda.pk).update(member_number="998877")
    RoleAssignmentFactory(user=zelda, branch=org.bergen, role=Role.TILLITSVALGT)
    quiz = make_quiz("Quiz om trygge møter")
    course, intro, quiz_module = make_quiz_course("trygge-moter", quiz)
    intro.body.append(("reflection", {"prompt": "Hva vil du gjøre?", "hint": ""}))
    intro.save_revision().publish()
    intro = intro.__class__.objects.get(pk=intro.pk)
    block_id = next(iter(intro.reflection_prompts()))
    other = UserFactory(email="annen@example.org", first_name="Annen", last_name="Person")
    MembershipFactory(user=other, branch=org.bergen)
    for person in (zelda, other):
        with django_capture_on_commit_callbacks(execute=True):
            failed = quiz_attempt_start(user=person, quiz=quiz)
            quiz_attempt_submit(user=person, attempt_id=failed.pk, answers=wrong(failed))
            passed = quiz_attempt_start(user=person, quiz=quiz)
            quiz_attempt_submit(user=person, attempt_id=passed.pk, answers=right(passed))
            module_complete(user=person, module=intro, course=course)
            module_complete(user=person, module=quiz_module, course=course)
    reflection_save(user=zelda, module=intro, block_id=block_id, text=REFLECTION)
    leader = UserFactory(email="leder@example.org")
    certificate = Certificate.objects.get(user=zelda)
    certificate_revoke(
        certificate=certificate, reason=f"Feil person: {FIRST} {LAST} tok ikke kurset", actor=leader
    )
    audit_event_record(
        actor=leader,
        action="leader.people.view",
        branch=org.bergen,
        details={"filters": {"q": f"{FIRST} {LAST}"}},
    )
    requirement = CourseRequirement.objects.create(
        course=course, audience=Role.TILLITSVALGT, due_within_days=30
    )
    RequirementReminder.objects.create(
        requirement=requirement, user=zelda, sent_by=leader, due_on="2026-01-01"
    )
    return {"user": zelda, "course": course, "quiz": quiz, "certificate": certificate}


def aggregates():
    """What the statistics count: attempts and passes, completions, enrolments, progress."""
    return {
        "attempts": QuizAttempt.objects.count(),
        "finished attempts": QuizAttempt.objects.filter(finished_at__isnull=False).count(),
        "passed attempts": QuizAttempt.objects.filter(passed=True).count(),
        "completions": CourseCompletion.objects.count(),
        "enrolments": Enrollment.objects.count(),
        "modules completed": ModuleProgress.objects.filter(completed_at__isnull=False).count(),
        "certificates": Certificate.objects.count(),
    }


def rows_mentioning(*terms: str) -> list[str]:
    """Every row of every table (Django models, Wagtail's included) with a text or JSON column
    that contains one of the terms."""
    found = []
    text_fields = (models.CharField, models.TextField, models.JSONField)
    for model in apps.get_models():
        fields = [f for f in model._meta.concrete_fields if isinstance(f, text_fields)]
        for term in terms:
            query = models.Q()
            for field in fields:
                query |= models.Q(**{f"{field.name}__icontains": term})
            if fields and model._base_manager.filter(query).exists():
                found.append(f"{model._meta.label} holds {term!r}")
    return found


def test_the_page_offers_both_and_needs_a_login(client, record):
    assert client.get(reverse("my_data")).status_code == 302
    client.force_login(record["user"])
    page = client.get(reverse("my_data"))
    assert page.status_code == 200
    assert "Last ned dataene mine" in page.text
    assert "Slett kontoen min" in page.text


def test_export_needs_the_password_and_is_audited(client, record):
    client.force_login(record["user"])
    refused = client.post(reverse("my_data_export"), {"eksport-password": "feil"})
    assert refused.status_code == 400
    assert "Passordet er feil" in refused.text
    assert not AuditEvent.objects.filter(action="privacy.export").exists()
    response = client.post(reverse("my_data_export"), {"eksport-password": PASSWORD})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="mine-data-')
    event = AuditEvent.objects.get(action="privacy.export")
    assert event.subject == record["user"] and event.actor == record["user"]


def test_export_only_works_as_a_post(client, record):
    client.force_login(record["user"])
    assert client.get(reverse("my_data_export")).status_code == 405
    assert client.get(reverse("my_data_erase")).status_code == 405


def test_erase_needs_the_password_and_the_tick(client, record):
    client.force_login(record["user"])
    wrong_password = client.post(
        reverse("my_data_erase"), {"slett-password": "feil", "slett-confirm": "on"}
    )
    no_tick = client.post(reverse("my_data_erase"), {"slett-password": PASSWORD})
    assert wrong_password.status_code == 400 and no_tick.status_code == 400
    assert "Kryss av for å bekrefte" in no_tick.text
    assert User.objects.filter(email=EMAIL).exists()


def test_wrong_passwords_here_count_towards_the_login_lock_out(client, record, settings):
    client.force_login(record["user"])
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        client.post(reverse("my_data_export"), {"eksport-password": "feil"})
    locked = client.post(reverse("my_data_export"), {"eksport-password": PASSWORD})
    assert locked.status_code == 429
    assert "For mange mislykkede innlogginger" in locked.text


def test_export_then_erase_round_trip(client, record):
    """The export holds the member's data; after erasure nothing in the database names them,
    their certificate says it no longer exists, and every aggregate count is unchanged."""
    user, certificate = record["user"], record["certificate"]
    user.preferred_language = "se"
    user.save(update_fields=["preferred_language"])
    client.force_login(user)
    document = json.loads(
        client.post(reverse("my_data_export"), {"eksport-password": PASSWORD}).content
    )
    assert document["profile"] == {
        "email": EMAIL,
        "member_number": "998877",
        "first_name": FIRST,
        "last_name": LAST,
        "account_created": document["profile"]["account_created"],
        "last_login": document["profile"]["last_login"],
        "language": "se",
    }
    assert document["memberships"][0]["branch_name"] == "Bergen"
    assert document["roles"][0]["role"] == Role.TILLITSVALGT
    assert [r["text"] for r in document["reflections"]] == [REFLECTION]
    assert [a["passed"] for a in document["quiz_attempts"]] == [False, True]
    assert document["quiz_attempts"][1]["answers"][0]["chosen"]
    assert document["course_completions"][0]["course_title"] == record["course"].title
    assert document["certificates"][0]["code"] == certificate.code
    assert document["requirement_reminders"][0]["due_on"] == "2026-01-01"
    assert [event["action"] for event in document["audit_events_about_you"]] == [
        "certificate.revoke"
    ]

    before = aggregates()
    assert rows_mentioning(EMAIL, LAST)  # the search finds her before
    response = client.post(
        reverse("my_data_erase"), {"slett-password": PASSWORD, "slett-confirm": "on"}
    )
    assert response.status_code == 302 and response.url == "/"
    assert "_auth_user_id" not in client.session
    assert "Kontoen din og dataene dine er slettet" in client.get("/").text

    assert rows_mentioning(EMAIL, LAST, f"{FIRST} {LAST}", REFLECTION) == []
    assert aggregates() == before
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Membership.objects.filter(user_id=user.pk).exists()
    assert not RoleAssignment.objects.filter(user_id=user.pk).exists()
    assert not ReflectionAnswer.objects.exists()
    assert QuizAnswer.objects.filter(attempt__user__isnull=True).count() == 0
    verification = client.get(reverse("certificate_verify", args=[certificate.code]))
    assert verification.status_code == 410
    assert "Kursbeviset finnes ikke lenger" in verification.text
    erased = AuditEvent.objects.get(action="privacy.erase")
    assert erased.actor is None and erased.details == {
        "user": user.pk,
        "by": "self",
        "reason": "self-service",
    }
    # The other events stay, and still say what happened.
    assert AuditEvent.objects.filter(action="certificate.revoke", subject=None).count() == 1
    assert (
        AuditEvent.objects.get(action="leader.people.view").details["filters"]["q"] == "[slettet]"
    )


def test_erasing_leaves_other_members_alone(record):
    other = User.objects.get(email="annen@example.org")
    personal_data_erase(user=record["user"], actor=None, reason="retention")
    assert QuizAttempt.objects.filter(user=other).count() == 2
    assert CourseCompletion.objects.filter(user=other).count() == 1
    assert Certificate.objects.get(user=other).voided_at is None
    assert QuizAnswer.objects.filter(attempt__user=other).exists()


def test_deleting_a_user_in_the_wagtail_admin_erases_them_too(client, record):
    administrator = UserFactory(email="admin@example.org", is_superuser=True, is_staff=True)
    client.force_login(administrator)
    user, certificate = record["user"], record["certificate"]
    response = client.post(reverse("wagtailusers_users:delete", args=[user.pk]))
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert Certificate.objects.get(pk=certificate.pk).voided_at is not None
    assert not ReflectionAnswer.objects.exists()
    erased = AuditEvent.objects.get(action="privacy.erase")
    assert erased.actor == administrator
    assert erased.details == {
        "user": user.pk,
        "by": "administrator",
        "reason": "deleted in the admin",
    }
    assert rows_mentioning(EMAIL, LAST) == []


def test_the_privacy_statement_says_how_long_and_how_to_export_or_erase(client, site_pages):
    page = client.get("/personvern/").text
    assert "sletter vi kontoen din etter 180 dager" in page
    assert "slettes etter 24 måneder" in page
    assert 'href="/mine-kurs/personvern/"' in page
    assert "Datatilsynet" in page


def test_an_erased_members_completions_are_never_given_a_certificate_again(record):
    from certificates.services import certificates_fill_in

    completion = CourseCompletion.objects.get(user=record["user"])
    Certificate.objects.filter(completion=completion).delete()  # as if issued before certificates
    personal_data_erase(user=record["user"], actor=None, reason="retention")
    issued, had = certificates_fill_in(completions=CourseCompletion.objects.all())
    assert (issued, had) == (0, 1)  # the other member's
    assert not Certificate.objects.filter(completion=completion).exists()


def test_an_erased_members_void_certificate_gets_no_expiry_reminder(record):
    import datetime

    from django.core import mail
    from django.utils import timezone

    from certificates.services import expiry_reminders_send

    certificate = record["certificate"]
    Certificate.objects.filter(pk=certificate.pk).update(
        revoked_at=None, valid_until=timezone.localdate() + datetime.timedelta(days=10)
    )
    personal_data_erase(user=record["user"], actor=None, reason="retention")
    mail.outbox.clear()
    assert expiry_reminders_send() == 0
    assert mail.outbox == []


def test_a_void_certificate_cannot_be_revoked(record):
    from django.core.exceptions import ValidationError

    certificate = record["certificate"]
    personal_data_erase(user=record["user"], actor=None, reason="retention")
    with pytest.raises(ValidationError, match="finnes ikke lenger"):
        certificate_revoke(certificate=certificate, reason="Feil", actor=None)
