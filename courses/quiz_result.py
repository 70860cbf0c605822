"""The courses panel of a quiz's result page (found by name by quizzes.views.result_view, since
quizzes cannot import this app): when the passed attempt completed its course, or the course
is completed already, the result points to the course and its kursbevis."""

from courses.queries import MemberPanel, completion_certificate, current_completion


def panel(user, attempt) -> MemberPanel | None:
    if not attempt.passed or attempt.course_page_id is None:
        return None
    completion = current_completion(user, attempt.course_page_id)
    if completion is None or completion.course is None:
        return None
    return MemberPanel(
        template="courses/includes/course_completed.html",
        context={
            "course": completion.course,
            "completion": completion,
            "certificate": completion_certificate(completion),
        },
    )
