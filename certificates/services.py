"""Writes for certificates: issuing one per completion, revoking, and expiry reminders.

A completion has at most one certificate (a unique one-to-one key): when several signals or
commands issue at once, one insert wins and the others return its certificate."""

import copy
import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Site

from certificates.codes import new_code
from certificates.models import Certificate, CertificateSettings, ExpiryReminder
from courses.models import CourseCompletion, Track
from skolering.languages import DEFAULT_LANGUAGE
from skolering.models import User
from skolering.services import audit_event_record
from skolering.site_content import app_modules
from skolering.translated import localized, localized_many

REMINDER_DAYS = (60, 14)
CODE_ATTEMPTS = 5


def certificate_settings() -> CertificateSettings:
    return CertificateSettings.for_site(Site.objects.get(is_default_site=True))


def _snapshot(completion: CourseCompletion) -> dict:
    """What the certificate says, as issued: in Bokmål, the language of the originals
    (`certificate_in_language` gives it in the reader's)."""
    with translation.override(DEFAULT_LANGUAGE):
        return _snapshot_in_bokmal(completion)


def _snapshot_in_bokmal(completion: CourseCompletion) -> dict:
    course, user = completion.course, completion.user
    snapshot = {
        "user": user,
        "holder_name": user.get_full_name().strip() or _("Name not given"),
        "course_title": completion.course_title,
        "track": "",
        "hours": 0,
        "learning_outcomes": [],
        "modules": [],
        "gatherings": [],
        "organisation": certificate_settings().organisation,
        "issued_on": timezone.localdate(completion.completed_at),
        "valid_until": completion.valid_until,
    }
    if course is not None:
        snapshot.update(
            track=str(course.get_track_display()),
            hours=course.estimated_hours,
            learning_outcomes=[str(outcome.value) for outcome in course.learning_outcomes],
            modules=list(
                course.course_modules.filter(module__live=True)
                .order_by("sort_order")
                .values_list("module__title", flat=True)
            ),
        )
    # What other apps add to the certificate (gatherings: those attended), found by name.
    for module in app_modules("certificate_details"):
        snapshot |= module.details(completion)
    return snapshot


def certificate_in_language(certificate: Certificate, language: str) -> Certificate:
    """The certificate as a reader of `language` is shown it (not saved): the course's title,
    track, learning outcomes and modules from the course's live translation into `language`
    where it has one and it still matches what was issued; the issued Bokmål elsewhere."""
    if language == DEFAULT_LANGUAGE:
        return certificate
    shown = copy.copy(certificate)
    shown.language = DEFAULT_LANGUAGE  # of the course's texts: Bokmål until translated ones
    course = certificate.completion.course if certificate.completion_id else None
    with translation.override(language):
        track = {str(label): value for value, label in _bokmal_tracks()}.get(certificate.track)
        if track:
            shown.track = str(Track(track).label)
    if course is None:
        return shown
    translated = localized(course, language)
    if translated.pk == course.pk:
        return shown
    shown.course_title = translated.title
    shown.language = language
    outcomes = [str(outcome.value) for outcome in translated.learning_outcomes]
    if len(outcomes) == len(certificate.learning_outcomes):
        shown.learning_outcomes = outcomes
    modules = list(
        course.course_modules.filter(module__live=True)
        .order_by("sort_order")
        .select_related("module")
    )
    if [item.module.title for item in modules] == certificate.modules:
        by_key = localized_many([item.module for item in modules], language)
        shown.modules = [
            by_key.get(item.module.translation_key, item.module).title for item in modules
        ]
    return shown


def _bokmal_tracks():
    with translation.override(DEFAULT_LANGUAGE):
        return [(value, str(label)) for value, label in Track.choices]


def certificate_issue(*, completion: CourseCompletion) -> Certificate:
    """The completion's certificate: the one issued before, or a new one."""
    existing = Certificate.objects.filter(completion=completion).first()
    if existing is not None:
        return existing
    snapshot = _snapshot(completion)
    for _attempt in range(CODE_ATTEMPTS):
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    completion=completion, code=new_code(), **snapshot
                )
        except IntegrityError:
            existing = Certificate.objects.filter(completion=completion).first()
            if existing is not None:
                return existing  # issued by a parallel request
            # Otherwise the code was taken (one in 2^60 per certificate): draw again.
    raise RuntimeError("No free certificate code after several draws.")


def certificates_fill_in(*, completions, progress=None) -> tuple[int, int]:
    """Issue certificates for the completions that lack one, calling `progress(done, missing)`
    after each. Returns (issued, already had). An erased member's completions (they have no
    person any more) get none."""
    completions = [completion for completion in completions if completion.user_id is not None]
    had = set(
        Certificate.objects.filter(completion__in=completions).values_list(
            "completion_id", flat=True
        )
    )
    missing = [completion for completion in completions if completion.pk not in had]
    for done, completion in enumerate(missing, start=1):
        certificate_issue(completion=completion)
        if progress is not None:
            progress(done, len(missing))
    return len(missing), len(had)


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str, actor: User) -> Certificate:
    """Revoke the certificate and the completion behind it, so that it no longer counts."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give a reason for revoking the certificate."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.voided_at is not None:
        raise ValidationError(_("The certificate no longer exists: its holder has been erased."))
    if certificate.revoked_at is not None:
        raise ValidationError(_("The certificate is already revoked."))
    now = timezone.now()
    certificate.revoked_at, certificate.revoked_reason = now, reason
    certificate.save(update_fields=["revoked_at", "revoked_reason"])
    CourseCompletion.objects.filter(pk=certificate.completion_id).update(
        revoked_at=now, revoked_reason=reason
    )
    audit_event_record(
        actor=actor,
        action="certificate.revoke",
        subject=certificate.user,
        details={"code": certificate.code, "course": certificate.course_title, "reason": reason},
    )
    return certificate


def expiry_reminders_send(*, today: datetime.date | None = None) -> int:
    """Remind holders whose certificate expires within 60 days, and again within 14: once per
    threshold, however often this runs (a day missed is caught up the next day). Returns how
    many reminders were queued."""
    from certificates.tasks import send_expiry_reminder

    today = today or timezone.localdate()
    due = list(
        Certificate.objects.filter(
            revoked_at__isnull=True,
            voided_at__isnull=True,  # an erased holder is not written to
            valid_until__gte=today,
            valid_until__lte=today + datetime.timedelta(days=max(REMINDER_DAYS)),
        ).select_related("completion")
    )
    # What is needed for every due certificate, in two queries rather than two per certificate.
    cycles = (
        CourseCompletion.objects.unrevoked()
        .filter(user_id__in={c.user_id for c in due})
        .values("user_id", "course_id")
        .annotate(cycle=Max("cycle"))
        .values_list("user_id", "course_id", "cycle")
    )
    latest_cycle = {(user_id, course_id): cycle for user_id, course_id, cycle in cycles}
    sent: dict[int, int] = {}
    for certificate_id, days_before in ExpiryReminder.objects.filter(
        certificate__in=due
    ).values_list("certificate_id", "days_before"):
        sent[certificate_id] = min(days_before, sent.get(certificate_id, days_before))
    queued = 0
    for certificate in due:
        completion = certificate.completion
        if latest_cycle.get((certificate.user_id, completion.course_id), 0) > completion.cycle:
            continue  # renewed: the newer certificate gets its own reminders
        days_left = (certificate.valid_until - today).days
        threshold = min(days for days in REMINDER_DAYS if days_left <= days)
        if sent.get(certificate.pk, max(REMINDER_DAYS) + 1) <= threshold:
            continue
        try:
            with transaction.atomic():
                ExpiryReminder.objects.create(certificate=certificate, days_before=threshold)
        except IntegrityError:
            continue  # a parallel run sent it
        send_expiry_reminder.enqueue(certificate_id=certificate.pk, days_left=days_left)
        queued += 1
    return queued
