"""20 `course_completed` signals for the same completion at the same moment issue exactly one
certificate. Only PostgreSQL runs them truly in parallel, so the test runs there."""

import threading

import pytest

from django.db import connection
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CourseCompletion, CoursePage
from courses.signals import course_completed

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="parallel writers need PostgreSQL"
    ),
]

SIGNALS = 20


def test_twenty_signals_for_one_completion_issue_one_certificate(member, valid_course):
    completion = CourseCompletion.objects.create(
        user=member,
        course=CoursePage.objects.get(pk=valid_course.pk),
        course_title=valid_course.title,
        completed_at=timezone.now(),
    )
    barrier = threading.Barrier(SIGNALS)
    failures = []

    def send():
        try:
            barrier.wait(timeout=20)
            course_completed.send(sender=CourseCompletion, completion=completion)
        except Exception as error:
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(SIGNALS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert failures == []
    assert Certificate.objects.filter(completion=completion).count() == 1
