"""Courses listening to quizzes: passing a module's quiz completes the module, and passing a
course's final quiz may complete the course. And to Wagtail: a change to what lessons link to or
show, and a change to a branch, clears what is kept of published content (courses.published)."""

import contextlib

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses.models import CoursePage, ModulePage
from courses.published import published_generation_bump
from courses.services import (
    QuizNotPassed,
    course_completion_record,
    enrollment_touch,
    module_complete,
)
from quizzes.signals import quiz_passed
from skolering.models import Branch


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


@receiver(page_published, dispatch_uid="courses.published_on_publish")
@receiver(page_unpublished, dispatch_uid="courses.published_on_unpublish")
@receiver(post_page_move, dispatch_uid="courses.published_on_move")
@receiver(post_delete, sender=Page, dispatch_uid="courses.published_on_page_delete")
def published_content_changed(sender, **kwargs):
    published_generation_bump()


for _model in (get_image_model(), get_document_model(), Branch):
    post_save.connect(
        published_content_changed,
        sender=_model,
        dispatch_uid=f"courses.published_{_model._meta.label}_saved",
    )
    post_delete.connect(
        published_content_changed,
        sender=_model,
        dispatch_uid=f"courses.published_{_model._meta.label}_deleted",
    )
