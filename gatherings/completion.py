"""The course completion condition of a blended course (found by name by
courses.services.course_completion_record): besides the modules, the member attended at least the
course's share of the teaching hours (¾ unless the course says otherwise) of a run they had a
place on."""

from django.db.models import Min

from courses.models import CourseCompletion
from gatherings.models import SignupStatus
from gatherings.queries import attended_enough, attended_hours


def course_conditions_met(*, user, course) -> bool:
    return not course.gatherings_planned or attended_run(user=user, course=course) is not None


def attended_run(*, user, course, completion=None):
    """The run whose attendance completes the course for the member, if any: the latest they
    had a place on and attended enough of. After a completion (taking the course again once it
    expired) only a run that started after it counts; `completion`, the one being described,
    is not such an earlier one."""
    if not course.gatherings_planned:
        return None
    runs = (
        course.runs.filter(signups__user=user, signups__status=SignupStatus.SIGNED_UP)
        .annotate(first_start=Min("gatherings__starts_at"))
        .order_by("-first_start", "-pk")
        .prefetch_related("gatherings")
    )
    earlier = CourseCompletion.objects.filter(user=user, course=course)
    if completion is not None:
        earlier = earlier.filter(completed_at__lt=completion.completed_at)
    previous = earlier.order_by("-completed_at").first()
    if previous is not None:
        runs = runs.filter(first_start__gt=previous.completed_at)
    for run in runs:
        if attended_enough(
            attended_hours(user, run), run.teaching_hours, course.attendance_percent_required
        ):
            return run
    return None
