"""Certificates listening to courses: every new completion gets its kursbevis."""

from django.dispatch import receiver

from certificates.services import certificate_issue
from courses.signals import course_completed


@receiver(course_completed, dispatch_uid="certificates.issue_on_completion")
def issue_on_completion(sender, completion, **kwargs):
    certificate_issue(completion=completion)
