"""What gatherings keep only for a while, removed by `manage.py apply_retention`
(skolering.retention finds this module by name): a run's attendance list, that is its sign-ups
(with the study association's fields), attendance, reminders and messages, five years after its
last gathering, as the study associations require. The run and its gatherings stay."""

import datetime

from django.db import transaction
from django.db.models import Max

from gatherings.models import (
    RETENTION_YEARS,
    Attendance,
    CourseRun,
    GatheringReminder,
    RunMessage,
    Signup,
)
from skolering.dates import add_months

ATTENDANCE_LISTS = "course runs' attendance lists older than five years"


def expired_runs(*, now: datetime.datetime):
    cutoff = add_months(now, -12 * RETENTION_YEARS)
    return (
        CourseRun.objects.annotate(ended_at=Max("gatherings__ends_at"))
        .filter(ended_at__lt=cutoff, signups__isnull=False)
        .distinct()
    )


def expiring(*, now: datetime.datetime) -> dict[str, int]:
    return {ATTENDANCE_LISTS: expired_runs(now=now).count()}


@transaction.atomic
def expire(*, now: datetime.datetime) -> dict[str, int]:
    run_ids = list(expired_runs(now=now).values_list("pk", flat=True))
    Attendance.objects.filter(gathering__run_id__in=run_ids).delete()
    GatheringReminder.objects.filter(gathering__run_id__in=run_ids).delete()
    RunMessage.objects.filter(run_id__in=run_ids).delete()
    Signup.objects.filter(run_id__in=run_ids).delete()
    return {ATTENDANCE_LISTS: len(run_ids)}
