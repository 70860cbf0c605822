"""Statistics for the editors' quiz report. Counts and shares only: no member is named, and
nothing here is reachable from a member's attempt back to them.

Nothing is shown for a quiz, or a question, with fewer than MIN_ATTEMPTS handed-in attempts:
below that, one member's answers could be read off the figures."""

import math
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

from quizzes.models import Quiz, QuizAnswer, QuizAttempt

MIN_ATTEMPTS = 5
TENTH = Decimal("0.1")


def share(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / whole).quantize(TENTH)


def format_percent(value: Decimal) -> str:
    """A share as the table shows it: "62,5 %", "25 %" (in the active language's format)."""
    return f"{floatformat(value, '-1')} %"


def hidden_text() -> str:
    return _("Hidden: fewer than %(count)s attempts handed in") % {"count": MIN_ATTEMPTS}


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
    def shown(self) -> bool:
        return self.attempts >= MIN_ATTEMPTS

    @property
    def pass_rate(self) -> Decimal | None:
        return share(self.passed, self.attempts) if self.shown else None


def quiz_statistics(quizzes=None) -> list[QuizStatistics]:
    """Per quiz: handed-in attempts, and from MIN_ATTEMPTS of them on the share passed and the
    median score (in %)."""
    quizzes = list(quizzes if quizzes is not None else Quiz.objects.order_by("title"))
    scores: dict[int, list[Decimal]] = defaultdict(list)
    passes: Counter = Counter()
    finished = QuizAttempt.objects.filter(
        quiz__in=[quiz.pk for quiz in quizzes], finished_at__isnull=False
    ).values_list("quiz_id", "score_percent", "passed")
    for quiz_id, score_percent, passed in finished.iterator():
        scores[quiz_id].append(score_percent)
        passes[quiz_id] += bool(passed)
    rows = []
    for quiz in quizzes:
        attempts = len(scores[quiz.pk])
        shown = attempts >= MIN_ATTEMPTS
        rows.append(
            QuizStatistics(
                quiz=quiz,
                attempts=attempts,
                passed=passes[quiz.pk] if shown else 0,
                median_score=statistics.median(scores[quiz.pk]) if shown else None,
            )
        )
    return rows


@dataclass(frozen=True)
class OptionShare:
    """How many of the attempts that had the question chose the option (`text` is "(no answer)"
    for the attempts that left it unanswered, which only a time limit allows)."""

    text: str
    correct: bool
    count: int
    share: Decimal

    def __str__(self):
        mark = " ✓" if self.correct else ""
        return f"{self.text}{mark} {format_percent(self.share)}"


@dataclass
class QuestionStatistics:
    """One question's row. `attempts` counts the handed-in attempts that had the question (all
    of the quiz's, unless it draws questions); the rest is None or empty below MIN_ATTEMPTS."""

    number: int
    question_id: str
    prompt: str
    attempts: int = 0
    correct: int | None = None
    options: list[OptionShare] = field(default_factory=list)
    discrimination: Decimal | None = None

    @property
    def shown(self) -> bool:
        return self.attempts >= MIN_ATTEMPTS

    @property
    def share_correct(self) -> Decimal | None:
        if not self.shown or self.correct is None:
            return None
        return share(self.correct, self.attempts)

    @property
    def distribution(self) -> str:
        """The answer distribution as one line, for the export:
        "Landsmøtet ✓ 62,5 % · Styret 25 % · Gruppa 12,5 %"."""
        if not self.shown:
            return hidden_text()
        return " · ".join(str(option) for option in self.options)


@dataclass
class QuestionReport:
    """The quiz's handed-in attempts, and its questions' rows: none below MIN_ATTEMPTS."""

    attempts: int
    questions: list[QuestionStatistics]

    @property
    def shown(self) -> bool:
        return self.attempts >= MIN_ATTEMPTS


def pearson(pairs: list[tuple[float, float]]) -> float | None:
    """Pearson's correlation coefficient of the pairs, or None when either side has no
    variance (everyone scored the same) or there are fewer than two pairs."""
    if len(pairs) < 2:
        return None
    mean_x = math.fsum(x for x, _y in pairs) / len(pairs)
    mean_y = math.fsum(y for _x, y in pairs) / len(pairs)
    covariance = math.fsum((x - mean_x) * (y - mean_y) for x, y in pairs)
    variance_x = math.fsum((x - mean_x) ** 2 for x, _y in pairs)
    variance_y = math.fsum((y - mean_y) ** 2 for _x, y in pairs)
    # Scores that differ at all spread far more than this; anything smaller is the rounding
    # of floats left over from equal scores.
    if variance_x < 1e-12 or variance_y < 1e-12:
        return None
    return max(-1.0, min(1.0, covariance / math.sqrt(variance_x * variance_y)))


@dataclass
class _Tally:
    """What question_statistics gathers for one question while it reads the attempts."""

    number: int
    prompt: str
    # Option id -> (text, correct): the quiz's options as they are now, then any option known
    # only from the attempts' snapshots (since removed, or of a question since removed).
    options: dict[str, tuple[str, bool]] = field(default_factory=dict)
    current_ids: frozenset = frozenset()
    attempts: int = 0
    correct: int = 0
    unanswered: int = 0
    chosen: Counter = field(default_factory=Counter)
    # (item score, rest score) per attempt, both as fractions of the points possible.
    pairs: list[tuple[float, float]] = field(default_factory=list)

    def row(self, question_id: str) -> QuestionStatistics:
        row = QuestionStatistics(self.number, question_id, self.prompt, attempts=self.attempts)
        if not row.shown:
            return row
        row.correct = self.correct
        row.options = [
            OptionShare(
                text, correct, self.chosen[option_id], share(self.chosen[option_id], self.attempts)
            )
            for option_id, (text, correct) in self.options.items()
            # An option known only from old attempts is left out when no one chose it.
            if option_id in self.current_ids or self.chosen[option_id]
        ]
        if self.unanswered:
            row.options.append(
                OptionShare(
                    _("(no answer)"), False, self.unanswered, share(self.unanswered, self.attempts)
                )
            )
        coefficient = pearson(self.pairs)
        if coefficient is not None:
            row.discrimination = Decimal(coefficient * 100).quantize(TENTH, ROUND_HALF_UP)
        return row


def question_statistics(quiz: Quiz) -> QuestionReport:
    """Per question of the quiz (as it is now, then any questions since removed), over the
    handed-in attempts that had it:

    - `attempts`: how many handed-in attempts had the question;
    - `share_correct`: the share of those answered fully correctly (as graded);
    - `options`: for each option, the share of those attempts that chose it (with several
      correct options one attempt may choose several, so the shares need not sum to 100 %);
      an unanswered question (the time ran out) counts as "(no answer)". `correct` marks the
      options correct in the quiz as it is now (as last shown, for those since removed);
    - `discrimination`: the discrimination index as Moodle's quiz statistics compute it, the
      Pearson correlation, in per cent, between the item score and the rest-of-quiz score over
      those attempts. The item score is the points awarded for the question divided by the
      points it was worth in that attempt (0 or 1, or a fraction with partial credit;
      unanswered is 0); the rest score is the attempt's points on its other questions divided
      by the points they were worth (which equals Moodle's total-minus-this-question up to a
      scale, when every attempt has the same questions). None when either has no variance.

    Questions with fewer than MIN_ATTEMPTS attempts keep only the count; below MIN_ATTEMPTS
    handed-in attempts of the quiz, no questions at all. Two queries, however many attempts."""
    tallies: dict[str, _Tally] = {}
    for number, question in enumerate(quiz.questions_snapshot(), start=1):
        tally = tallies[question["id"]] = _Tally(number, question["prompt"])
        for option in question["options"]:
            tally.options[option["id"]] = (option["text"], option["correct"])
        tally.current_ids = frozenset(tally.options)

    answers: dict = defaultdict(dict)
    recorded = QuizAnswer.objects.filter(
        attempt__quiz=quiz, attempt__finished_at__isnull=False
    ).values_list("attempt_id", "question_id", "selected", "points", "correct")
    for attempt_id, question_id, selected, points, correct in recorded.iterator():
        answers[attempt_id][question_id] = (selected, points, correct)

    handed_in = 0
    # Newest first (the model's ordering), so a removed question or option is named as it
    # was last shown.
    attempts = QuizAttempt.objects.filter(quiz=quiz, finished_at__isnull=False).values_list(
        "pk", "questions"
    )
    for attempt_id, questions in attempts.iterator():
        handed_in += 1
        given = answers.get(attempt_id, {})
        possible_total = sum(Decimal(question["points"]) for question in questions)
        total = sum((answer[1] for answer in given.values()), Decimal(0))
        for question in questions:
            tally = tallies.get(question["id"])
            if tally is None:
                tally = tallies[question["id"]] = _Tally(
                    len(tallies) + 1,
                    f"{question['prompt']} {_('(a question since removed from the quiz)')}",
                    current_ids=frozenset(option["id"] for option in question["options"]),
                )
            for option in question["options"]:
                tally.options.setdefault(option["id"], (option["text"], option["correct"]))
            selected, points, correct = given.get(question["id"], ([], Decimal(0), False))
            tally.attempts += 1
            tally.correct += bool(correct)
            tally.unanswered += question["id"] not in given
            tally.chosen.update(selected)
            possible = Decimal(question["points"])
            rest_possible = possible_total - possible
            if possible and rest_possible:
                tally.pairs.append(
                    (float(points / possible), float((total - points) / rest_possible))
                )

    if handed_in < MIN_ATTEMPTS:
        return QuestionReport(handed_in, [])
    return QuestionReport(
        handed_in, [tally.row(question_id) for question_id, tally in tallies.items()]
    )
