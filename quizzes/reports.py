"""Statistics for the editors' quiz report. Counts and shares only: no member is named, and
nothing here is reachable from a member's attempt back to them."""

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from quizzes.models import Quiz, QuizAnswer, QuizAttempt


def share(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"))


@dataclass
class QuizStatistics:
    quiz: Quiz
    attempts: int = 0
    passed: int = 0
    median_score: Decimal | None = None

    @property
    def title(self) -> str:
        return self.quiz.title

    @property
    def pass_rate(self) -> Decimal | None:
        return share(self.passed, self.attempts)


def quiz_statistics(quizzes=None) -> list[QuizStatistics]:
    """Per quiz: handed-in attempts, the share passed and the median score (in %)."""
    quizzes = list(quizzes if quizzes is not None else Quiz.objects.order_by("title"))
    scores: dict[int, list[Decimal]] = defaultdict(list)
    passes: Counter = Counter()
    finished = QuizAttempt.objects.filter(
        quiz__in=[quiz.pk for quiz in quizzes], finished_at__isnull=False
    ).values_list("quiz_id", "score_percent", "passed")
    for quiz_id, score_percent, passed in finished.iterator():
        scores[quiz_id].append(score_percent)
        passes[quiz_id] += bool(passed)
    return [
        QuizStatistics(
            quiz=quiz,
            attempts=len(scores[quiz.pk]),
            passed=passes[quiz.pk],
            median_score=statistics.median(scores[quiz.pk]) if scores[quiz.pk] else None,
        )
        for quiz in quizzes
    ]


@dataclass
class QuestionStatistics:
    number: int
    question_id: str
    prompt: str
    answered: int = 0
    correct: int = 0
    wrong_option: str = ""
    wrong_option_count: int = 0

    @property
    def share_correct(self) -> Decimal | None:
        return share(self.correct, self.answered)

    @property
    def most_chosen_wrong(self) -> str:
        if not self.wrong_option_count:
            return ""
        return f"{self.wrong_option} ({self.wrong_option_count})"


def question_statistics(quiz: Quiz) -> list[QuestionStatistics]:
    """Per question of the quiz (as it is now, then any questions since removed): how many
    answered it, the share answered correctly, and the wrong option chosen most often."""
    pool = quiz.questions_snapshot()
    options: dict[str, dict[str, dict]] = {
        q["id"]: {option["id"]: option for option in q["options"]} for q in pool
    }
    rows = {
        q["id"]: QuestionStatistics(number, q["id"], q["prompt"])
        for number, q in enumerate(pool, start=1)
    }
    wrong_choices: dict[str, Counter] = defaultdict(Counter)
    answers = QuizAnswer.objects.filter(
        attempt__quiz=quiz, attempt__finished_at__isnull=False
    ).values_list("question_id", "selected", "correct")
    for question_id, selected, correct in answers.iterator():
        row = rows.get(question_id)
        if row is None:
            row = rows[question_id] = QuestionStatistics(
                len(rows) + 1, question_id, _("(a question since removed from the quiz)")
            )
        row.answered += 1
        row.correct += bool(correct)
        for option_id in selected:
            option = options.get(question_id, {}).get(option_id)
            if option is not None and not option["correct"]:
                wrong_choices[question_id][option["text"]] += 1
    for question_id, counter in wrong_choices.items():
        text, count = counter.most_common(1)[0]
        rows[question_id].wrong_option, rows[question_id].wrong_option_count = text, count
    return list(rows.values())
