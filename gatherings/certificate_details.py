"""What a blended course's certificate says of its gatherings (found by name by
certificates.services): the gatherings the holder attended, with their dates and hours."""

from django.utils import timezone

from gatherings.completion import attended_run
from gatherings.models import Attendance


def details(completion) -> dict:
    if completion.course is None or completion.user is None:
        return {}
    run = attended_run(user=completion.user, course=completion.course, completion=completion)
    if run is None:
        return {}
    marks = Attendance.objects.filter(
        gathering__run=run, user=completion.user, present=True
    ).select_related("gathering")
    attended = sorted(marks, key=lambda mark: mark.gathering.starts_at)
    return {
        "gatherings": [
            {
                "title": mark.gathering.title,
                "date": timezone.localdate(mark.gathering.starts_at).isoformat(),
                "hours": str(mark.hours),
            }
            for mark in attended
        ]
    }
