"""Reads for quizzes: where a member stands on a quiz, what an attempt shows them, and which
quizzes they have passed."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes.models import FeedbackPolicy, Quiz, QuizAnswer, QuizAttempt
from skolering.compiled import CompiledQuery
from skolering.models import User


@dataclass
class QuizStatus:
    quiz: Quiz
    attempts: list[QuizAttempt] = field(default_factory=list)  # newest first
    now: datetime.datetime = field(default_factory=timezone.now)

    @property
    def finished(self) -> list[QuizAttempt]:
        return [attempt for attempt in self.attempts if attempt.is_finished]

    @property
    def open_attempt(self) -> QuizAttempt | None:
        return next((a for a in self.attempts if not a.is_finished), None)

    @property
    def passed_attempt(self) -> QuizAttempt | None:
        return next((a for a in self.attempts if a.passed), None)

    @property
    def passed(self) -> bool:
        return self.passed_attempt is not None

    @property
    def last_finished(self) -> QuizAttempt | None:
        return next(iter(self.finished), None)

    @property
    def attempts_used(self) -> int:
        return len(self.attempts)

    @property
    def attempts_left(self) -> int | None:
        if self.quiz.max_attempts is None:
            return None
        return max(0, self.quiz.max_attempts - self.attempts_used)

    @property
    def next_attempt_at(self) -> datetime.datetime | None:
        """When a new attempt opens, if the member must wait for it."""
        last = self.last_finished
        if last is None or not self.quiz.wait_minutes:
            return None
        opens = last.finished_at + datetime.timedelta(minutes=self.quiz.wait_minutes)
        return opens if opens > self.now else None

    @property
    def start_refusal(self) -> str:
        """Why the member cannot start a new attempt now, or "" if they can."""
        if not self.quiz.live:
            return _("This quiz is not published.")
        if self.passed:
            return _("You have already passed this quiz.")
        if self.attempts_left == 0:
            return _("You have used all your attempts at this quiz.")
        if self.next_attempt_at is not None:
            return _("Your next attempt opens %(time)s.") % {
                "time": timezone.localtime(self.next_attempt_at).strftime("%d.%m.%Y %H:%M")
            }
        return ""

    def reveals_answers(self, attempt: QuizAttempt) -> bool:
        """Whether the correct answers, feedback and explanations may be shown for `attempt`."""
        policy = attempt.feedback_policy
        if policy == FeedbackPolicy.AFTER_EACH:
            return True
        if policy == FeedbackPolicy.AFTER_PASSING:
            return self.passed
        if policy == FeedbackPolicy.AFTER_LAST_ATTEMPT:
            return self.passed or self.attempts_left == 0
        return False


_ATTEMPTS = CompiledQuery(
    lambda user, quizzes: QuizAttempt.objects.filter(user_id=user, quiz_id__in=quizzes).order_by(
        "-number"
    ),
    "user",
    "quizzes",
    model=QuizAttempt,
    defer=["questions"],
)


def quiz_statuses(user: User, quizzes: list[Quiz]) -> dict[int, QuizStatus]:
    """Each quiz's status for the member, in one query."""
    now = timezone.now()
    statuses = {quiz.pk: QuizStatus(quiz, [], now) for quiz in quizzes}
    if user.is_authenticated and statuses:
        for attempt in _ATTEMPTS.objects(user=user.pk, quizzes=list(statuses)):
            statuses[attempt.quiz_id].attempts.append(attempt)
    return statuses


def quiz_status(user: User, quiz: Quiz) -> QuizStatus:
    return quiz_statuses(user, [quiz])[quiz.pk]


def passed_quiz_ids(user: User, quiz_ids) -> set[int]:
    return set(
        QuizAttempt.objects.filter(user=user, quiz_id__in=quiz_ids, passed=True).values_list(
            "quiz_id", flat=True
        )
    )


@dataclass
class QuestionSheet:
    """One question as the member sees it in an attempt or its result."""

    number: int
    question: dict
    answer: QuizAnswer | None
    reveal: bool  # show the correct options, the feedback and the explanation
    draft: list[str] = field(default_factory=list)  # chosen but not recorded (a form with errors)
    error: str = ""

    @property
    def id(self) -> str:
        return self.question["id"]

    @property
    def chosen(self) -> list[str]:
        return self.answer.selected if self.answer else self.draft

    @property
    def chosen_texts(self) -> list[str]:
        """The texts of the chosen options, in the question's order."""
        chosen = set(self.chosen)
        return [option["text"] for option in self.question["options"] if option["id"] in chosen]

    @property
    def options(self) -> list[dict]:
        """The options, with what may be shown about each one."""
        chosen = set(self.chosen)
        return [
            {
                "id": option["id"],
                "text": option["text"],
                "chosen": option["id"] in chosen,
                "correct": self.reveal and option["correct"],
                "feedback": option["feedback"] if self.reveal and option["id"] in chosen else "",
            }
            for option in self.question["options"]
        ]


def attempt_sheets(
    attempt: QuizAttempt,
    answers: list[QuizAnswer],
    *,
    reveal: bool,
    drafts: dict[str, list[str]] | None = None,
    errors: dict[str, str] | None = None,
) -> list[QuestionSheet]:
    by_question = {answer.question_id: answer for answer in answers}
    drafts, errors = drafts or {}, errors or {}
    return [
        QuestionSheet(
            number=number,
            question=question,
            answer=by_question.get(question["id"]),
            # While the attempt is open, only what is answered; afterwards, every question.
            reveal=reveal and (attempt.is_finished or question["id"] in by_question),
            draft=drafts.get(question["id"], []),
            error=errors.get(question["id"], ""),
        )
        for number, question in enumerate(attempt.questions, start=1)
    ]


_QUIZZES = CompiledQuery(lambda ids: Quiz.objects.filter(pk__in=ids), "ids", model=Quiz)


def quizzes_by_id(ids: list[int]) -> dict[int, Quiz]:
    """The quizzes with these ids (one query, compiled once per number of ids)."""
    return {quiz.pk: quiz for quiz in _QUIZZES.objects(ids=ids)}
