"""Issuing, codes, snapshots, expiry, revocation, reminders and filling in, against the
database."""

import datetime
import re

import pytest
import time_machine

from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from certificates.codes import new_code, normalised
from certificates.models import Certificate, CertificateStatus, ExpiryReminder
from certificates.services import (
    certificate_issue,
    certificate_revoke,
    expiry_reminders_send,
)
from courses.models import CourseCompletion
from courses.services import course_completion_record
from devtools.factories import UserFactory
from skolering.models import AuditEvent

CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


def test_a_completion_gets_one_certificate(member, valid_course, complete):
    completion = complete(member, valid_course)
    certificate = Certificate.objects.get()
    assert certificate.completion == completion and certificate.user == member
    assert CODE.match(certificate.code)
    assert certificate_issue(completion=completion) == certificate
    assert Certificate.objects.count() == 1


def test_codes_are_typeable_random_and_unique():
    codes = {new_code() for _ in range(5000)}
    assert len(codes) == 5000
    assert all(CODE.match(code) for code in codes)
    assert not any(set(code) & set("ILOU") for code in codes)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("k7qm-3wzp-9trd", "K7QM-3WZP-9TRD"),
        (" K7QM 3WZP 9TRD ", "K7QM-3WZP-9TRD"),
        ("K7QMO3WZPI9TRL", None),  # 14 characters
        ("K7QM-3WZP-9TRO", "K7QM-3WZP-9TR0"),  # O read as 0
        ("K7QM-3WZP-9TIL", "K7QM-3WZP-9T11"),
        ("K7QM-3WZP-9TRU", None),  # U is never used
        ("", None),
        ("x" * 10000, None),
    ],
)
def test_typed_codes_are_read_forgivingly(typed, stored):
    assert normalised(typed) == stored


def test_a_code_collision_draws_again(member, valid_course, complete, monkeypatch):
    first = complete(member, valid_course).certificate
    other = UserFactory()
    completion = CourseCompletion.objects.create(
        user=other,
        course=valid_course,
        course_title="x",
        completed_at=first.completion.completed_at,
    )
    codes = iter([first.code, "ZZZZ-ZZZZ-ZZZZ"])
    monkeypatch.setattr("certificates.services.new_code", lambda: next(codes))
    assert certificate_issue(completion=completion).code == "ZZZZ-ZZZZ-ZZZZ"


def test_the_snapshot_does_not_change_when_the_course_or_member_does(
    sami_member, valid_course, complete
):
    complete(sami_member, valid_course)
    valid_course.title = "Nytt navn"
    valid_course.save_revision().publish()
    sami_member.first_name = "Annet"
    sami_member.save()
    certificate = Certificate.objects.get()
    assert certificate.holder_name == "Máret Ŋuvtti Đuvččá-Šŧžá"
    assert certificate.course_title == "Trygge fellesskap"
    assert certificate.learning_outcomes == ["Vite hvor man sier fra"]
    assert certificate.modules == ["Verdier", "Si fra"]
    assert certificate.hours == 1.5


def test_expiry_by_date(member, valid_course, complete):
    certificate = complete(member, valid_course).certificate
    assert certificate.valid_until is not None
    last_day = certificate.valid_until
    assert certificate.status_on(last_day) == CertificateStatus.VALID
    assert certificate.status_on(last_day + datetime.timedelta(days=1)) == CertificateStatus.EXPIRED
    with time_machine.travel(
        datetime.datetime.combine(last_day, datetime.time(12)) + datetime.timedelta(days=1)
    ):
        from django.utils import timezone

        assert certificate.status_on(timezone.localdate()) == CertificateStatus.EXPIRED


def test_revocation_is_logged_and_the_completion_stops_counting(
    member, valid_course, complete, admin_user
):
    completion = complete(member, valid_course)
    certificate = certificate_revoke(
        certificate=completion.certificate, reason="Fusk på quizen", actor=admin_user
    )
    assert certificate.status_on(certificate.issued_on) == CertificateStatus.REVOKED
    completion.refresh_from_db()
    assert completion.revoked_at is not None and not completion.is_valid_on(certificate.issued_on)
    event = AuditEvent.objects.get(action="certificate.revoke")
    assert event.actor == admin_user and event.subject == member
    assert event.details["code"] == certificate.code
    with pytest.raises(ValidationError):
        certificate_revoke(certificate=certificate, reason="igjen", actor=admin_user)


def test_revocation_needs_a_reason(member, valid_course, complete, admin_user):
    certificate = complete(member, valid_course).certificate
    with pytest.raises(ValidationError) as refused:
        certificate_revoke(certificate=certificate, reason="  ", actor=admin_user)
    assert refused.value.messages == ["Oppgi hvorfor kursbeviset trekkes tilbake."]
    assert Certificate.objects.get().revoked_at is None


def test_reminders_go_once_per_threshold(member, valid_course, complete):
    certificate = complete(member, valid_course).certificate
    expires = certificate.valid_until
    days = datetime.timedelta

    assert expiry_reminders_send(today=expires - days(61)) == 0
    assert expiry_reminders_send(today=expires - days(60)) == 1
    assert expiry_reminders_send(today=expires - days(60)) == 0  # run twice the same day
    assert expiry_reminders_send(today=expires - days(30)) == 0
    assert expiry_reminders_send(today=expires - days(13)) == 1  # a missed day is caught up
    assert expiry_reminders_send(today=expires - days(5)) == 0
    assert expiry_reminders_send(today=expires + days(1)) == 0
    assert [m.to for m in mail.outbox] == [[member.email]] * 2
    assert "utløper om 60 dager" in mail.outbox[0].body
    assert "utløper om 13 dager" in mail.outbox[1].body
    assert "Trygge fellesskap" in mail.outbox[0].subject
    assert sorted(ExpiryReminder.objects.values_list("days_before", flat=True)) == [14, 60]


def test_revoked_certificates_get_no_reminder(member, valid_course, complete, admin_user):
    certificate = complete(member, valid_course).certificate
    certificate_revoke(certificate=certificate, reason="Feil person", actor=admin_user)
    assert expiry_reminders_send(today=certificate.valid_until - datetime.timedelta(days=10)) == 0


def test_fill_in_command_issues_only_what_is_missing(member, valid_course, complete):
    first = complete(member, valid_course).certificate
    other = UserFactory()
    for item in valid_course.course_modules.all():
        from courses.models import ModuleProgress

        ModuleProgress.objects.create(
            user=other,
            module=item.module,
            module_title="x",
            completed_at=first.completion.completed_at,
        )
    from courses.models import Enrollment

    Enrollment.objects.create(user=other, course=valid_course, course_title="x")
    course_completion_record(user=other, course=valid_course)  # outside on-commit: no certificate
    assert Certificate.objects.count() == 1

    from io import StringIO

    out = StringIO()
    call_command("certificates_reissue", course="trygge-fellesskap", stdout=out)
    assert (
        "2 completions of “trygge-fellesskap”: 1 certificates issued, 1 already had one."
        in out.getvalue()
    )
    assert Certificate.objects.count() == 2
    assert Certificate.objects.get(pk=first.pk).code == first.code

    out = StringIO()
    call_command("certificates_reissue", course="trygge-fellesskap", stdout=out)
    assert "0 certificates issued, 2 already had one." in out.getvalue()


def test_fill_in_command_refuses_an_unknown_course(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("certificates_reissue", course="finnes-ikke")


def test_after_expiry_retaking_the_course_issues_a_new_certificate(
    client, member, valid_course, complete
):
    first = complete(member, valid_course).certificate
    after = datetime.datetime.combine(first.valid_until, datetime.time(12)) + datetime.timedelta(
        days=1
    )
    client.force_login(member)
    renew_url = f"{valid_course.url}fornye/"
    assert "Ta kurset på nytt" not in client.get(valid_course.url).text
    assert client.post(renew_url, follow=True).status_code == 200
    assert CourseCompletion.objects.count() == 1  # refused while in force

    with time_machine.travel(after, tick=False):
        client.force_login(member)  # the old session has expired too
        page = client.get(valid_course.url).text
        assert "Ta kurset på nytt" in page
        client.post(renew_url)
        assert "0 av 2 moduler fullført" in client.get(valid_course.url).text
        second = complete(member, valid_course)
    assert second.cycle == 2 and second.certificate.code != first.code
    assert second.certificate.valid_until > first.valid_until
    assert Certificate.objects.get(pk=first.pk).status_on(after.date()) == CertificateStatus.EXPIRED


def test_deleting_a_member_voids_their_certificates(sami_member, member, valid_course, complete):
    erased = complete(sami_member, valid_course).certificate
    kept = complete(member, valid_course).certificate
    sami_member.delete()  # however a user is deleted, their data is erased
    erased.refresh_from_db()
    assert erased.status_on(timezone.localdate()) == CertificateStatus.VOID
    assert (erased.user, erased.holder_name) == (None, "")
    assert (
        Certificate.objects.get(pk=kept.pk).status_on(timezone.localdate())
        == CertificateStatus.VALID
    )
