"""Quiz requests at the same moment: 20 hand-ins of the same attempt grade it once, and 20
starts of a one-attempt quiz make one attempt. Only PostgreSQL runs requests truly in parallel
(SQLite lets one writer in at a time), so the tests run there."""

import pytest

from django.db import connection
from django.urls import reverse

from courses.models import CourseCompletion, ModuleProgress
from courses.services import module_complete
from quizzes.models import QuizAnswer, QuizAttempt
from quizzes.services import quiz_attempt_start
from tests.concurrency import post_in_parallel
from tests.quizzes.builders import make_quiz, make_quiz_course, right

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="parallel writers need PostgreSQL"
    ),
]

REQUESTS = 20


def in_parallel(user, url, data=None):
    return post_in_parallel(user, url, data, requests=REQUESTS)


def test_twenty_hand_ins_of_the_same_answers_grade_once(member, site_pages):
    quiz = make_quiz()
    course, intro, module = make_quiz_course("samtidig", quiz)
    module_complete(user=member, module=intro, course=course)
    attempt = quiz_attempt_start(user=member, quiz=quiz, module_page=module, course_page=course)
    data = {f"svar-{qid}": options for qid, options in right(attempt).items()}

    statuses = in_parallel(member, reverse("quiz_submit", args=[attempt.pk]), data)

    assert statuses == [302] * REQUESTS
    attempt.refresh_from_db()
    assert attempt.passed and attempt.score_percent == 100
    assert QuizAnswer.objects.filter(attempt=attempt).count() == len(attempt.questions)
    assert QuizAttempt.objects.count() == 1
    assert ModuleProgress.objects.filter(module=module, completed_at__isnull=False).count() == 1
    assert CourseCompletion.objects.filter(user=member, course=course).count() == 1


def test_twenty_answers_to_the_same_question_record_one(member, db):
    quiz = make_quiz()
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    question = attempt.questions[0]["id"]
    data = {"sporsmal": question, f"svar-{question}": right(attempt)[question]}

    statuses = in_parallel(member, reverse("quiz_answer", args=[attempt.pk]), data)

    assert statuses == [302] * REQUESTS
    assert QuizAnswer.objects.filter(attempt=attempt).count() == 1


def test_twenty_starts_of_a_one_attempt_quiz_make_one_attempt(member, site_pages):
    quiz = make_quiz(max_attempts=1)
    course, _intro, module = make_quiz_course("en-gang", quiz)
    block_id = next(iter(module.quiz_blocks()))

    statuses = in_parallel(member, f"{course.url}{module.slug}/quiz/{block_id}/")

    assert statuses == [302] * REQUESTS
    assert QuizAttempt.objects.filter(user=member, quiz=quiz).count() == 1
