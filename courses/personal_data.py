"""The member's learning record, for the data-rights export and erasure (skolering.personal_data).
Progress, enrolments and completions stay for the statistics, without the person (their user
becomes empty when the user row goes); reflections are the member's own words and go."""

from courses.models import CourseCompletion, Enrollment, ModuleProgress, ReflectionAnswer
from skolering.personal_data import rows


def export(user) -> dict:
    return {
        "enrolments": rows(
            Enrollment.objects.filter(user=user).order_by("started_at"),
            "course_title",
            "started_at",
            "last_visited_at",
        ),
        "module_progress": rows(
            ModuleProgress.objects.filter(user=user).order_by("started_at"),
            "module_title",
            "started_at",
            "completed_at",
        ),
        "course_completions": rows(
            CourseCompletion.objects.filter(user=user).order_by("completed_at"),
            "course_title",
            "cycle",
            "completed_at",
            "valid_until",
            "revoked_at",
            "revoked_reason",
        ),
        "reflections": rows(
            ReflectionAnswer.objects.filter(user=user).order_by("updated_at"),
            "module__title",
            "block_id",
            "text",
            "updated_at",
        ),
    }


def erase(user) -> None:
    ReflectionAnswer.objects.filter(user=user).delete()
    CourseCompletion.objects.filter(user=user).exclude(revoked_reason="").update(revoked_reason="")
