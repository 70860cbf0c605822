"""Writes for quizzes: starting an attempt, answering a question, handing in an attempt.

Each is one transaction. An attempt row is locked (SELECT ... FOR UPDATE on PostgreSQL) while it
is answered or graded, and a member's starts are serialised on their user row; unique
constraints (one open attempt per member and quiz, one answer per question) catch the rest. A
repeated request finds what the first one recorded and returns it."""

import datetime
import secrets

from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes.blocks import snapshot_in_words_of
from quizzes.grading import AnswerInvalid, checked_selection, draw, grade, score
from quizzes.models import Quiz, QuizAnswer, QuizAttempt, QuizTimeExtension
from quizzes.queries import quiz_status
from quizzes.signals import quiz_passed
from skolering.models import User
from skolering.translated import original


class QuizError(Exception):
    """A request the quiz refuses; `status` is the HTTP status the view answers with."""

    status = 409

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class CannotStart(QuizError):
    pass


class AttemptFinished(QuizError):
    pass


class AttemptExpired(QuizError):
    pass


class AlreadyAnswered(QuizError):
    pass


class SubmissionInvalid(QuizError):
    """Some answers of a hand-in cannot be recorded; `errors` maps question ids to messages."""

    status = 400

    def __init__(self, message: str, errors: dict[str, str]):
        super().__init__(message)
        self.errors = errors


def extra_minutes_for(user: User, quiz: Quiz) -> int:
    """The most extra time the member has been given, on this quiz or on all."""
    granted = QuizTimeExtension.objects.filter(
        Q(quiz=quiz) | Q(quiz__isnull=True), user=user
    ).aggregate(most=Max("extra_minutes"))["most"]
    return granted or 0


def quiz_attempt_start(
    *,
    user: User,
    quiz: Quiz,
    shown: Quiz | None = None,
    module_page=None,
    course_page=None,
    return_path: str = "",
    seed: int | None = None,
) -> QuizAttempt:
    """The member's open attempt at the quiz, or a new one with its questions drawn and
    snapshotted: in the words of `shown`, the quiz's translation into the member's language,
    when there is one (the attempt is the original quiz's, so that results pool every
    language). Raises CannotStart with the reason when no attempt may be started."""
    quiz = original(quiz)  # attempts are the original's, in whatever language
    with transaction.atomic():
        # One start at a time per member, so two tabs cannot both take the last attempt.
        User.objects.select_for_update().filter(pk=user.pk).first()
        status = quiz_status(user, quiz)
        open_attempt = status.open_attempt
        if open_attempt is not None:
            if not open_attempt.is_expired():
                return open_attempt
            _finish(open_attempt)
            status = quiz_status(user, quiz)
        refusal = status.start_refusal
        if refusal:
            raise CannotStart(refusal)
        pool = quiz.questions_snapshot()
        if shown is not None and shown.pk != quiz.pk:
            pool = snapshot_in_words_of(pool, shown.questions_snapshot())
        if not pool:
            raise CannotStart(_("This quiz has no questions yet."))
        now = timezone.now()
        deadline = None
        if quiz.time_limit_minutes:
            minutes = quiz.time_limit_minutes + extra_minutes_for(user, quiz)
            deadline = now + datetime.timedelta(minutes=minutes)
        seed = secrets.randbits(48) if seed is None else seed
        questions = draw(
            pool,
            seed=seed,
            draw_count=quiz.draw_count,
            shuffle_questions=quiz.shuffle_questions,
            shuffle_options=quiz.shuffle_options,
        )
        number = (
            QuizAttempt.objects.filter(user=user, quiz=quiz).aggregate(last=Max("number"))["last"]
            or 0
        ) + 1
        try:
            with transaction.atomic():
                return QuizAttempt.objects.create(
                    user=user,
                    quiz=quiz,
                    quiz_title=(shown or quiz).title,
                    number=number,
                    seed=seed,
                    questions=questions,
                    pass_mark=quiz.pass_mark,
                    feedback_policy=quiz.feedback_policy,
                    started_at=now,
                    deadline=deadline,
                    max_points=sum(question["points"] for question in questions),
                    module_page=module_page,
                    course_page=course_page,
                    return_path=return_path,
                )
        except IntegrityError:
            # Where rows cannot be locked (SQLite), a parallel start may have won the race.
            existing = QuizAttempt.objects.filter(user=user, quiz=quiz, finished_at__isnull=True)
            if existing.exists():
                return existing.get()
            raise CannotStart(_("The attempt could not be started. Try again.")) from None


def _locked_attempt(user: User, attempt_id) -> QuizAttempt:
    """The member's own attempt, locked. Another member's attempt does not exist for them."""
    return QuizAttempt.objects.select_for_update().get(pk=attempt_id, user=user)


def quiz_answer_submit(
    *, user: User, attempt_id, question_id: str, option_ids: list[str]
) -> QuizAnswer:
    """Record and grade the member's answer to one question. Sending the same answer again
    returns the recorded one; a different answer to an answered question is refused."""
    with transaction.atomic():
        attempt = _locked_attempt(user, attempt_id)
        question = attempt.question(question_id)
        if question is None:
            raise AnswerInvalid(_("The question is not part of this attempt."))
        selected = checked_selection(question, option_ids)
        recorded = QuizAnswer.objects.filter(attempt=attempt, question_id=question_id).first()
        if recorded is not None:
            if recorded.selected == selected:
                return recorded
            raise AlreadyAnswered(_("You have already answered this question."))
        if attempt.is_finished:
            raise AttemptFinished(_("This attempt has been handed in."))
        if not attempt.is_expired():
            result = grade(question, selected)
            return QuizAnswer.objects.create(
                attempt=attempt,
                question_id=question_id,
                selected=selected,
                points=result.points,
                correct=result.correct,
            )
        _finish(attempt)
    # Raised outside the transaction so that grading the expired attempt is kept.
    raise AttemptExpired(_("The time is up. The answers you gave in time have been graded."))


def quiz_attempt_submit(*, user: User, attempt_id, answers: dict[str, list[str]]) -> QuizAttempt:
    """Hand in the attempt: record the answers not yet given (every question needs one), then
    grade it. Handing in twice returns the graded attempt; invalid answers record nothing."""
    with transaction.atomic():
        attempt = _locked_attempt(user, attempt_id)
        if attempt.is_finished:
            return attempt
        expired = attempt.is_expired()
        if not expired:
            _record_missing_answers(attempt, answers)
        _finish(attempt)
    if expired:
        raise AttemptExpired(_("The time is up. The answers you gave in time have been graded."))
    return attempt


def quiz_attempt_close_if_expired(*, user: User, attempt_id) -> QuizAttempt:
    """Grade the attempt if its time is up (with the answers given in time), and return it."""
    with transaction.atomic():
        attempt = _locked_attempt(user, attempt_id)
        if not attempt.is_finished and attempt.is_expired():
            _finish(attempt)
    return attempt


def _record_missing_answers(attempt: QuizAttempt, answers: dict[str, list[str]]) -> None:
    known = {question["id"] for question in attempt.questions}
    if not set(answers) <= known:
        raise SubmissionInvalid(
            _("The answers name a question that is not part of this attempt."), {}
        )
    recorded = set(QuizAnswer.objects.filter(attempt=attempt).values_list("question_id", flat=True))
    errors, new_answers = {}, []
    for question in attempt.questions:
        if question["id"] in recorded:
            continue
        try:
            selected = checked_selection(question, answers.get(question["id"], []))
        except AnswerInvalid as error:
            errors[question["id"]] = error.message
            continue
        result = grade(question, selected)
        new_answers.append(
            QuizAnswer(
                attempt=attempt,
                question_id=question["id"],
                selected=selected,
                points=result.points,
                correct=result.correct,
            )
        )
    if errors:
        numbers = [
            str(number)
            for number, question in enumerate(attempt.questions, start=1)
            if question["id"] in errors
        ]
        raise SubmissionInvalid(
            _("Answer every question before you hand in. See question %(numbers)s.")
            % {"numbers": ", ".join(numbers)},
            errors,
        )
    QuizAnswer.objects.bulk_create(new_answers)


def _finish(attempt: QuizAttempt) -> None:
    """Grade the attempt from its recorded answers (unanswered questions earn nothing)."""
    points = list(QuizAnswer.objects.filter(attempt=attempt).values_list("points", flat=True))
    result = score(points, max_points=attempt.max_points, pass_mark=attempt.pass_mark)
    attempt.finished_at = timezone.now()
    attempt.points = result.points
    attempt.score_percent = result.percent
    attempt.passed = result.passed
    attempt.save(update_fields=["finished_at", "points", "score_percent", "passed"])
    if attempt.passed:
        quiz_passed.send(sender=QuizAttempt, attempt=attempt)
