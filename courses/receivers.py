"""Courses listening to quizzes: passing a module's quiz completes the module, and passing a
course's final quiz may complete the course."""

import contextlib

from django.dispatch import receiver

from courses.models import CoursePage, ModulePage
from courses.services import (
    QuizNotPassed,
    course_completion_record,
    enrollment_touch,
    module_complete,
)
from quizzes.signals import quiz_passed


@receiver(quiz_passed, dispatch_uid="courses.complete_module_on_quiz_passed")
def complete_module_on_quiz_passed(sender, attempt, **kwargs):
    course = CoursePage.objects.filter(pk=attempt.course_page_id).first()
    module = ModulePage.objects.filter(pk=attempt.module_page_id).first()
    if module is None:
        if course is not None:  # the course's final quiz
            enrollment_touch(user=attempt.user, course=course)
            course_completion_record(user=attempt.user, course=course)
        return
    # A module with another quiz still to pass stays open.
    with contextlib.suppress(QuizNotPassed):
        module_complete(user=attempt.user, module=module, course=course)
