"""The course completion condition of a blended course (found by name by
courses.services.course_completion_record): besides the modules, the member attended at least the
course's share of the teaching hours (¾ unless the course says otherwise) of a run they had a
place on."""

from gatherings.models import SignupStatus
from gatherings.queries import attended_enough, attended_hours


def course_conditions_met(*, user, course) -> bool:
    return not course.gatherings_planned or attended_run(user=user, course=course) is not None


def attended_run(*, user, course):
    """The run whose attendance completes the course for the member, if any."""
    if not course.gatherings_planned:
        return None
    runs = course.runs.filter(
        signups__user=user, signups__status=SignupStatus.SIGNED_UP
    ).prefetch_related("gatherings")
    for run in runs:
        if attended_enough(
            attended_hours(user, run), run.teaching_hours, course.attendance_percent_required
        ):
            return run
    return None
