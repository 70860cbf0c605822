"""Starting, answering and handing in attempts, against the database."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from courses.models import CourseCompletion, ModuleProgress
from courses.services import QuizNotPassed, module_complete
from devtools.factories import UserFactory
from quizzes.grading import AnswerInvalid
from quizzes.models import Quiz, QuizAnswer, QuizAttempt, QuizTimeExtension
from quizzes.services import (
    AlreadyAnswered,
    AttemptExpired,
    AttemptFinished,
    CannotStart,
    SubmissionInvalid,
    quiz_answer_submit,
    quiz_attempt_close_if_expired,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from quizzes.signals import quiz_passed
from tests.quizzes.builders import make_quiz, numbered_questions, right, wrong


def hand_in(user, attempt, answers):
    return quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers)


def test_start_snapshots_questions_and_settings(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    assert attempt.number == 1
    assert [q["prompt"] for q in attempt.questions] == [
        q["prompt"] for q in quiz.questions_snapshot()
    ]
    assert attempt.max_points == 8
    assert attempt.pass_mark == 80
    assert attempt.deadline is None


def test_starting_again_resumes_the_open_attempt(member, quiz):
    first = quiz_attempt_start(user=member, quiz=quiz)
    assert quiz_attempt_start(user=member, quiz=quiz) == first
    assert QuizAttempt.objects.count() == 1


def test_editing_the_quiz_does_not_change_an_open_attempt(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    answers = right(attempt)
    # The editor swaps the correct option of the first question and raises the pass mark.
    edited = Quiz.objects.get(pk=quiz.pk)
    first = edited.questions[0].value["options"]
    first[0]["correct"], first[1]["correct"] = False, True
    edited.pass_mark = 100
    edited.save_revision().publish()

    result = hand_in(member, attempt, answers)
    assert result.passed and result.points == 8 and result.pass_mark == 80


def test_a_full_right_attempt_passes_and_a_wrong_one_fails(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    failed = hand_in(member, attempt, wrong(attempt))
    assert failed.passed is False and failed.score_percent == 0 and failed.finished_at
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    assert attempt.number == 2
    passed = hand_in(member, attempt, right(attempt))
    assert passed.passed and passed.score_percent == 100


def test_partial_answers_add_up(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    answers = right(attempt)
    partial = attempt.questions[2]
    answers[partial["id"]] = [partial["options"][0]["id"]]  # 1 of 3 points
    result = hand_in(member, attempt, answers)
    assert result.points == 6 and result.score_percent == 75 and not result.passed


def test_answers_recorded_one_at_a_time_count_at_hand_in(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    answers = right(attempt)
    first = attempt.questions[0]["id"]
    quiz_answer_submit(
        user=member, attempt_id=attempt.pk, question_id=first, option_ids=answers[first]
    )
    # The form may send the first answer again, or not at all: the recorded one counts.
    del answers[first]
    assert hand_in(member, attempt, answers).score_percent == 100


def test_the_same_answer_twice_is_recorded_once(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    question = attempt.questions[0]["id"]
    chosen = right(attempt)[question]
    first = quiz_answer_submit(
        user=member, attempt_id=attempt.pk, question_id=question, option_ids=chosen
    )
    again = quiz_answer_submit(
        user=member, attempt_id=attempt.pk, question_id=question, option_ids=chosen
    )
    assert first.pk == again.pk and QuizAnswer.objects.count() == 1
    with pytest.raises(AlreadyAnswered):
        quiz_answer_submit(
            user=member,
            attempt_id=attempt.pk,
            question_id=question,
            option_ids=wrong(attempt)[question],
        )
    assert QuizAnswer.objects.get().selected == chosen


def test_invalid_answers_record_nothing(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    first, second = attempt.questions[0], attempt.questions[1]
    bad = [
        ("finnes-ikke", [first["options"][0]["id"]]),
        (first["id"], [second["options"][0]["id"]]),  # another question's option
        (first["id"], []),
        (first["id"], [o["id"] for o in first["options"][:2]]),  # two on single choice
    ]
    for question_id, option_ids in bad:
        with pytest.raises(AnswerInvalid):
            quiz_answer_submit(
                user=member, attempt_id=attempt.pk, question_id=question_id, option_ids=option_ids
            )
    assert not QuizAnswer.objects.exists()


def test_another_members_attempt_does_not_exist_for_them(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    other = UserFactory()
    question = attempt.questions[0]["id"]
    with pytest.raises(QuizAttempt.DoesNotExist):
        quiz_answer_submit(
            user=other,
            attempt_id=attempt.pk,
            question_id=question,
            option_ids=right(attempt)[question],
        )
    with pytest.raises(QuizAttempt.DoesNotExist):
        hand_in(other, attempt, right(attempt))
    assert not QuizAnswer.objects.exists()


def test_a_handed_in_attempt_takes_no_new_answers_and_hands_in_once(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    answers = wrong(attempt)
    graded = []
    quiz_passed.connect(lambda **kw: graded.append(kw["attempt"].pk), weak=False, dispatch_uid="t")
    try:
        first = hand_in(member, attempt, answers)
        again = hand_in(member, attempt, right(attempt))
    finally:
        quiz_passed.disconnect(dispatch_uid="t")
    assert first.finished_at == again.finished_at and again.passed is False
    assert graded == []
    # A question left unanswered (as when time ran out) cannot be answered afterwards.
    QuizAnswer.objects.filter(attempt=attempt, question_id=attempt.questions[0]["id"]).delete()
    with pytest.raises(AttemptFinished):
        quiz_answer_submit(
            user=member,
            attempt_id=attempt.pk,
            question_id=attempt.questions[0]["id"],
            option_ids=answers[attempt.questions[0]["id"]],
        )


def test_hand_in_with_a_missing_answer_records_nothing(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    answers = right(attempt)
    missing = attempt.questions[3]["id"]
    del answers[missing]
    with pytest.raises(SubmissionInvalid) as refused:
        hand_in(member, attempt, answers)
    assert refused.value.errors == {missing: "Velg et svar."}
    assert "spørsmål 4" in refused.value.message
    attempt.refresh_from_db()
    assert not attempt.is_finished and not QuizAnswer.objects.exists()


def test_hand_in_naming_an_unknown_question_records_nothing(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    with pytest.raises(SubmissionInvalid):
        hand_in(member, attempt, {**right(attempt), "ukjent": ["x"]})
    assert not QuizAnswer.objects.exists()


def test_attempt_limit(member):
    quiz = make_quiz(max_attempts=2)
    for _ in range(2):
        attempt = quiz_attempt_start(user=member, quiz=quiz)
        hand_in(member, attempt, wrong(attempt))
    with pytest.raises(CannotStart) as refused:
        quiz_attempt_start(user=member, quiz=quiz)
    assert refused.value.message == "Du har brukt alle forsøkene dine på denne quizen."
    assert QuizAttempt.objects.count() == 2


def test_passed_quiz_cannot_be_started_again(member, quiz):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    hand_in(member, attempt, right(attempt))
    with pytest.raises(CannotStart):
        quiz_attempt_start(user=member, quiz=quiz)


def test_wait_between_attempts(member):
    quiz = make_quiz(wait_minutes=60)
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    hand_in(member, attempt, wrong(attempt))
    with pytest.raises(CannotStart) as refused:
        quiz_attempt_start(user=member, quiz=quiz)
    assert refused.value.message.startswith("Neste forsøk åpner")
    QuizAttempt.objects.update(finished_at=timezone.now() - datetime.timedelta(minutes=61))
    assert quiz_attempt_start(user=member, quiz=quiz).number == 2


def test_unpublished_quiz_cannot_be_started(member):
    with pytest.raises(CannotStart):
        quiz_attempt_start(user=member, quiz=make_quiz(live=False))


def test_time_limit_sets_a_deadline_with_the_members_extra_time(member):
    quiz = make_quiz(time_limit_minutes=10)
    QuizTimeExtension.objects.create(user=member, quiz=None, extra_minutes=5)
    QuizTimeExtension.objects.create(user=member, quiz=quiz, extra_minutes=20)
    before = timezone.now()
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    assert (attempt.deadline - before).total_seconds() == pytest.approx(30 * 60, abs=5)
    other = UserFactory()
    assert quiz_attempt_start(user=other, quiz=quiz).deadline < attempt.deadline


def test_an_answer_after_the_deadline_is_refused_and_the_attempt_graded(member):
    quiz = make_quiz(time_limit_minutes=10)
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    answers = right(attempt)
    first, second = attempt.questions[0]["id"], attempt.questions[1]["id"]
    quiz_answer_submit(
        user=member, attempt_id=attempt.pk, question_id=first, option_ids=answers[first]
    )
    QuizAttempt.objects.update(deadline=timezone.now() - datetime.timedelta(seconds=1))

    with pytest.raises(AttemptExpired) as refused:
        quiz_answer_submit(
            user=member, attempt_id=attempt.pk, question_id=second, option_ids=answers[second]
        )
    assert refused.value.message.startswith("Tiden er ute.")
    attempt.refresh_from_db()
    assert attempt.is_finished and attempt.points == 1 and not attempt.passed
    assert QuizAnswer.objects.count() == 1


def test_hand_in_after_the_deadline_records_no_answers(member):
    quiz = make_quiz(time_limit_minutes=10)
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    QuizAttempt.objects.update(deadline=timezone.now() - datetime.timedelta(seconds=1))
    with pytest.raises(AttemptExpired):
        hand_in(member, attempt, right(attempt))
    attempt.refresh_from_db()
    assert attempt.is_finished and attempt.points == 0
    assert not QuizAnswer.objects.exists()


def test_an_expired_open_attempt_is_graded_when_looked_at_or_restarted(member):
    quiz = make_quiz(time_limit_minutes=10)
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    QuizAttempt.objects.update(deadline=timezone.now() - datetime.timedelta(seconds=1))
    assert quiz_attempt_close_if_expired(user=member, attempt_id=attempt.pk).is_finished
    assert quiz_attempt_start(user=member, quiz=quiz).number == 2


def test_passing_the_modules_quiz_completes_the_module_and_course(member, quiz, quiz_course):
    course, intro, quiz_module = quiz_course
    module_complete(user=member, module=intro, course=course)
    with pytest.raises(QuizNotPassed) as pending:
        module_complete(user=member, module=quiz_module, course=course)
    assert "«Quiz om partiet»" in pending.value.message
    attempt = quiz_attempt_start(
        user=member, quiz=quiz, module_page=quiz_module, course_page=course
    )
    hand_in(member, attempt, wrong(attempt))
    assert not ModuleProgress.objects.filter(
        module=quiz_module, completed_at__isnull=False
    ).exists()

    attempt = quiz_attempt_start(
        user=member, quiz=quiz, module_page=quiz_module, course_page=course
    )
    hand_in(member, attempt, right(attempt))
    assert ModuleProgress.objects.get(user=member, module=quiz_module).completed_at
    assert CourseCompletion.objects.filter(user=member, course=course).count() == 1


def test_an_unpublished_quiz_does_not_hold_the_module_back(member, quiz_course, quiz):
    course, _intro, quiz_module = quiz_course
    Quiz.objects.filter(pk=quiz.pk).update(live=False)
    assert module_complete(user=member, module=quiz_module, course=course).newly_completed


def test_editors_see_validation_errors(db):
    with pytest.raises(ValidationError) as invalid:
        Quiz(title="x", questions=numbered_questions(3), pass_mark=101, draw_count=4).full_clean()
    errors = invalid.value.message_dict
    assert "pass_mark" in errors
    assert errors["draw_count"] == ["Quizen har 3 spørsmål, så den kan ikke trekke 4."]


def test_a_question_without_a_correct_option_is_refused(db):
    from quizzes.blocks import MultipleChoiceQuestionBlock, SingleChoiceQuestionBlock

    block = SingleChoiceQuestionBlock()
    value = block.to_python(
        {
            "prompt": "Hva?",
            "options": [{"text": "A", "correct": False}, {"text": "B", "correct": False}],
            "points": 1,
            "explanation": "",
        }
    )
    with pytest.raises(ValidationError) as invalid:
        block.clean(value)
    assert "Merk minst ett alternativ som riktig." in str(invalid.value.block_errors["options"])
    two_right = block.to_python(
        {
            "prompt": "Hva?",
            "options": [{"text": "A", "correct": True}, {"text": "B", "correct": True}],
            "points": 1,
            "explanation": "",
        }
    )
    with pytest.raises(ValidationError):
        block.clean(two_right)
    # Several correct options are fine where the member ticks all that apply.
    multiple = MultipleChoiceQuestionBlock()
    multiple.clean(
        multiple.to_python(
            {
                "prompt": "Hva?",
                "options": [{"text": "A", "correct": True}, {"text": "B", "correct": True}],
                "scoring": "all",
                "points": 1,
                "explanation": "",
            }
        )
    )


def test_a_courses_final_quiz_must_be_passed_to_complete_it(member, site_pages):
    from tests.courses.builders import make_course, make_module

    final = make_quiz("Avsluttende quiz")
    module = make_module("eneste-modul")
    course = make_course("med-sluttquiz", [module])
    course.final_quiz = final
    course.save_revision().publish()
    course.refresh_from_db()

    module_complete(user=member, module=module, course=course)
    assert not CourseCompletion.objects.filter(user=member).exists()

    attempt = quiz_attempt_start(user=member, quiz=final, course_page=course)
    hand_in(member, attempt, right(attempt))
    assert CourseCompletion.objects.filter(user=member, course=course).count() == 1
