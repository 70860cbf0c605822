"""Gatherings for the data-rights export and erasure (skolering.personal_data): the member's
sign-ups (with what the study association asked of them), attendance, calendar feed and
reminders. Erasing the member deletes them all; the runs' attendance lists no longer name them."""

from django.db.models import F

from gatherings.models import (
    Attendance,
    CalendarFeed,
    CourseRun,
    GatheringReminder,
    Signup,
    SignupStatus,
)
from gatherings.services import waiting_list_move_up
from skolering.personal_data import rows


def export(user) -> dict:
    signups = Signup.objects.filter(user=user).annotate(run_title=F("run__title"))
    attendance = Attendance.objects.filter(user=user).annotate(
        gathering_title=F("gathering__title"), gathering_starts_at=F("gathering__starts_at")
    )
    return {
        "course_run_signups": rows(
            signups.order_by("requested_at"),
            "run_title",
            "status",
            "requested_at",
            "birth_year",
            "gender",
            "postcode",
        ),
        "gathering_attendance": rows(
            attendance.order_by("gathering_starts_at"),
            "gathering_title",
            "gathering_starts_at",
            "present",
            "hours",
        ),
        "calendar_feed": CalendarFeed.objects.filter(user=user).exists(),
    }


def erase(user) -> None:
    """Their places go to the waiting lists; an attendance list they confirmed as course leader
    must be confirmed again, by someone who is still here."""
    places = list(
        Signup.objects.filter(user=user, status=SignupStatus.SIGNED_UP).values_list(
            "run_id", flat=True
        )
    )
    Attendance.objects.filter(user=user).delete()
    GatheringReminder.objects.filter(user=user).delete()
    Signup.objects.filter(user=user).delete()
    CalendarFeed.objects.filter(user=user).delete()
    CourseRun.objects.filter(confirmed_by=user).update(
        confirmed_at=None, confirmed_by=None, confirmed_by_name=""
    )
    for run in CourseRun.objects.filter(pk__in=places):
        waiting_list_move_up(run=run)
