"""Writes for gatherings: signing up and cancelling (with the waiting list moving up), the
course leaders' attendance register, their confirmation of the attendance list and their messages,
the members' calendar feed, and the reminders before each gathering.

Places are given out under a lock on the run's row (SELECT ... FOR UPDATE on PostgreSQL; SQLite
serialises writers itself), so simultaneous sign-ups never fill more than its capacity."""

import datetime
import secrets
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from courses.services import course_completion_record
from gatherings.models import (
    Attendance,
    CalendarFeed,
    CourseRun,
    Gathering,
    GatheringReminder,
    RunMessage,
    Signup,
    SignupStatus,
)
from gatherings.queries import runs_visible_to
from skolering.models import User
from skolering.sanitize import clean_text
from skolering.services import audit_event_record

REMINDER_BEFORE = datetime.timedelta(days=2)


def _notify(kind: str, signup_ids: list[int]) -> None:
    from gatherings.tasks import send_signup_emails

    if signup_ids:
        transaction.on_commit(lambda: send_signup_emails.enqueue(kind=kind, signup_ids=signup_ids))


def _locked_run(run_id: int) -> CourseRun:
    return CourseRun.objects.select_for_update(of=("self",)).get(pk=run_id)


def _places_taken(run: CourseRun) -> int:
    return run.signups.filter(status=SignupStatus.SIGNED_UP).count()


@dataclass(frozen=True)
class ParticipantDetails:
    """What the study association asks of a participant (only what it asks)."""

    birth_year: int | None = None
    gender: str = ""
    postcode: str = ""


def signup_create(
    *,
    user: User,
    run: CourseRun,
    details: ParticipantDetails | None = None,
    notify: bool = True,
) -> Signup:
    """Give the member a place on the run, or, when it is full, a place on its waiting list,
    and tell them by e-mail (unless `notify` is off: the demo's sign-ups). Signing up again after
    cancelling puts them at the end of the list. The study association's fields are kept only
    when the run is reported to one, and only those it asks for."""
    if not runs_visible_to(user).filter(pk=run.pk).exists():
        raise PermissionDenied
    with transaction.atomic():
        run = _locked_run(run.pk)
        if run.is_cancelled:
            raise ValidationError(_("This course run has been cancelled."))
        if not run.signup_open():
            raise ValidationError(_("The sign-up deadline has passed."))
        signup = Signup.objects.filter(run=run, user=user).first()
        if signup is not None and signup.status != SignupStatus.CANCELLED:
            return signup  # a second press, or a second tab: nothing changes
        status = (
            SignupStatus.SIGNED_UP if _places_taken(run) < run.capacity else SignupStatus.WAITING
        )
        fields = _details_fields(run, details)
        if signup is None:
            signup = Signup.objects.create(run=run, user=user, status=status, **fields)
        else:
            signup.status = status
            signup.requested_at = timezone.now()
            for name, value in fields.items():
                setattr(signup, name, value)
            signup.save()
        if notify:
            _notify(status, [signup.pk])
    return signup


def _details_fields(run: CourseRun, details: ParticipantDetails | None) -> dict:
    association = run.study_association
    if association is None:
        return {"birth_year": None, "gender": "", "postcode": ""}
    details = details or ParticipantDetails()
    asked = set(association.asked_fields)
    return {
        "birth_year": details.birth_year if "birth_year" in asked else None,
        "gender": details.gender if "gender" in asked else "",
        "postcode": details.postcode if "postcode" in asked else "",
    }


def signup_cancel(*, user: User, run: CourseRun) -> Signup | None:
    """Take the member off the run (or its waiting list). A place that is freed goes to the
    first on the waiting list, who is told by e-mail."""
    with transaction.atomic():
        run = _locked_run(run.pk)
        signup = Signup.objects.filter(run=run, user=user).first()
        if signup is None or signup.status == SignupStatus.CANCELLED:
            return signup
        if run.starts_at is not None and run.starts_at <= timezone.now():
            raise ValidationError(
                _("The course has started: ask the course leader if you cannot come.")
            )
        signup.status = SignupStatus.CANCELLED
        signup.save(update_fields=["status", "updated_at"])
        waiting_list_move_up(run=run)
    return signup


def waiting_list_move_up(*, run: CourseRun) -> list[Signup]:
    """Fill the run's free places from its waiting list, first come first served. Called with
    the run locked (a cancellation), or after an administrator raised its capacity."""
    with transaction.atomic():
        run = _locked_run(run.pk)
        free = run.capacity - _places_taken(run)
        if free <= 0 or run.is_cancelled:
            return []
        promoted = list(
            run.signups.filter(status=SignupStatus.WAITING).order_by("requested_at", "pk")[:free]
        )
        Signup.objects.filter(pk__in=[s.pk for s in promoted]).update(
            status=SignupStatus.SIGNED_UP, updated_at=timezone.now()
        )
        _notify("moved_up", [s.pk for s in promoted])
    return promoted


def run_cancel(*, run: CourseRun, actor: User) -> None:
    """Cancel the whole run: everyone signed up or waiting is told."""
    with transaction.atomic():
        run = _locked_run(run.pk)
        if run.is_cancelled:
            return
        run.cancelled_at = timezone.now()
        run.save(update_fields=["cancelled_at"])
        told = list(run.signups.exclude(status=SignupStatus.CANCELLED).values_list("pk", flat=True))
        _notify("run_cancelled", told)
        audit_event_record(
            actor=actor, action="gatherings.run_cancel", branch=run.branch, details={"run": run.pk}
        )


def gathering_plan(run_id: int) -> list[tuple]:
    """What a participant's calendar holds of the run's gatherings: when and where each is."""
    return list(
        Gathering.objects.filter(run_id=run_id)
        .order_by("pk")
        .values_list("pk", "title", "starts_at", "ends_at", "place", "meeting_url")
    )


def run_change_notify(*, run: CourseRun) -> int:
    """Tell those with a place that the gatherings changed, with the calendar file as it is
    now. Returns how many are told."""
    if run.is_cancelled:
        return 0
    placed = list(run.signups.filter(status=SignupStatus.SIGNED_UP).values_list("pk", flat=True))
    _notify("run_changed", placed)
    return len(placed)


# Course leaders


def is_run_leader(user: User, run: CourseRun) -> bool:
    return user.is_authenticated and run.leaders.filter(pk=user.pk).exists()


def attendance_record(
    *, run: CourseRun, gathering: Gathering, by: User, marks: dict[int, Decimal | None]
) -> int:
    """Record who was at the gathering: `marks` gives, for each participant's user id, the hours
    present (0 or None for absent). Only participants with a place on the run can be marked; no
    one gets more hours than the gathering has. Then each participant's course completion is
    looked at again, since attendance may complete it. Returns how many were recorded."""
    if gathering.run_id != run.pk:
        raise ValidationError(_("That gathering belongs to another course run."))
    if run.is_cancelled:
        raise ValidationError(_("This course run has been cancelled."))
    if not gathering.has_started:
        raise ValidationError(_("Attendance can be taken when the gathering has started."))
    participants = set(
        run.signups.filter(status=SignupStatus.SIGNED_UP).values_list("user_id", flat=True)
    )
    unknown = set(marks) - participants
    if unknown:
        raise ValidationError(_("Only participants with a place on the course can be marked."))
    for hours in marks.values():
        if hours is not None and not (Decimal(0) <= hours <= gathering.teaching_hours):
            raise ValidationError(
                _("Hours present must be between 0 and %(hours)s.")
                % {"hours": formats.number_format(gathering.teaching_hours.normalize())}
            )
    with transaction.atomic():
        for user_id, hours in marks.items():
            hours = hours or Decimal(0)
            Attendance.objects.update_or_create(
                gathering=gathering,
                user_id=user_id,
                defaults={"present": hours > 0, "hours": hours, "recorded_by": by},
            )
        if run.confirmed_at is not None:
            # The list changed after it was confirmed: it must be confirmed again.
            CourseRun.objects.filter(pk=run.pk).update(
                confirmed_at=None, confirmed_by=None, confirmed_by_name=""
            )
            run.confirmed_at = None
        audit_event_record(
            actor=by,
            action="gatherings.attendance",
            branch=run.branch,
            details={"run": run.pk, "gathering": gathering.pk, "participants": len(marks)},
        )
    run_completions_check(run=run, user_ids=list(marks))
    return len(marks)


def run_completions_check(*, run: CourseRun, user_ids: list[int] | None = None) -> None:
    """Record the course as completed for the run's participants (or those of `user_ids`) whom
    their attendance now completes it for: after attendance is taken, or the run's gatherings
    changed."""
    if run.course is None:
        return
    participants = run.signups.filter(status=SignupStatus.SIGNED_UP).values("user_id")
    people = User.objects.filter(pk__in=participants)
    if user_ids is not None:
        people = people.filter(pk__in=user_ids)
    for user in people:
        course_completion_record(user=user, course=run.course)


def run_confirm(*, run: CourseRun, by: User) -> None:
    """The course leader confirms that the attendance list is right, as the association asks."""
    with transaction.atomic():
        run = _locked_run(run.pk)
        run.confirmed_at = timezone.now()
        run.confirmed_by = by
        run.confirmed_by_name = by.get_full_name().strip() or by.email
        run.save(update_fields=["confirmed_at", "confirmed_by", "confirmed_by_name"])
        audit_event_record(
            actor=by, action="gatherings.confirm", branch=run.branch, details={"run": run.pk}
        )


MESSAGE_SUBJECT_MAX = 150
MESSAGE_BODY_MAX = 5000


def run_message_send(*, run: CourseRun, sender: User, subject: str, body: str) -> RunMessage:
    """E-mail everyone with a place on the run, and keep the message on the run."""
    # The subject is a mail header: one line.
    subject, body = " ".join(clean_text(subject).split()), clean_text(body).strip()
    errors = {}
    if not subject:
        errors["subject"] = _("Write a subject.")
    elif len(subject) > MESSAGE_SUBJECT_MAX:
        errors["subject"] = _("The subject is too long: at most %(max)s characters.") % {
            "max": MESSAGE_SUBJECT_MAX
        }
    if not body:
        errors["body"] = _("Write a message.")
    elif len(body) > MESSAGE_BODY_MAX:
        errors["body"] = _("The message is too long: at most %(max)s characters.") % {
            "max": MESSAGE_BODY_MAX
        }
    if errors:
        raise ValidationError(errors)
    from gatherings.tasks import send_run_message

    with transaction.atomic():
        recipients = run.signups.filter(status=SignupStatus.SIGNED_UP).count()
        message = RunMessage.objects.create(
            run=run, sender=sender, subject=subject, body=body, recipients=recipients
        )
        transaction.on_commit(lambda: send_run_message.enqueue(message_id=message.pk))
    return message


# The member's calendar feed

FEED_TOKEN_BYTES = 32


def calendar_feed_token(*, user: User) -> str:
    """The member's secret feed token, made on first use."""
    feed = CalendarFeed.objects.filter(user=user).first()
    if feed is not None:
        return feed.token
    try:
        with transaction.atomic():
            feed = CalendarFeed.objects.create(
                user=user, token=secrets.token_urlsafe(FEED_TOKEN_BYTES)
            )
    except IntegrityError:
        feed = CalendarFeed.objects.get(user=user)  # made by a parallel request
    return feed.token


def calendar_feed_reset(*, user: User) -> str:
    """A new secret address; the old one stops working at once."""
    token = secrets.token_urlsafe(FEED_TOKEN_BYTES)
    CalendarFeed.objects.update_or_create(user=user, defaults={"token": token})
    audit_event_record(actor=user, action="gatherings.feed_reset", subject=user)
    return token


# Reminders


def gathering_reminders_send(*, now: datetime.datetime | None = None) -> int:
    """Remind each participant of a gathering that starts within two days (once). Run hourly by
    `send_gathering_reminders`. Returns how many reminders were queued."""
    from gatherings.tasks import send_gathering_reminders

    now = now or timezone.now()
    soon = Gathering.objects.filter(
        starts_at__gt=now, starts_at__lte=now + REMINDER_BEFORE, run__cancelled_at__isnull=True
    )
    queued = 0
    for gathering in soon:
        already = GatheringReminder.objects.filter(gathering=gathering).values("user_id")
        user_ids = list(
            Signup.objects.filter(run_id=gathering.run_id, status=SignupStatus.SIGNED_UP)
            .exclude(user_id__in=already)
            .values_list("user_id", flat=True)
        )
        if not user_ids:
            continue
        with transaction.atomic():
            GatheringReminder.objects.bulk_create(
                [GatheringReminder(gathering=gathering, user_id=pk) for pk in user_ids],
                ignore_conflicts=True,
            )
            transaction.on_commit(
                lambda g=gathering.pk, ids=user_ids: send_gathering_reminders.enqueue(
                    gathering_id=g, user_ids=ids
                )
            )
        queued += len(user_ids)
    return queued
