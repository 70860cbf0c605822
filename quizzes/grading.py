"""Drawing, checking and grading questions: pure functions of the snapshot, no database."""

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from quizzes.blocks import Scoring

MAX_SELECTED = 20
MAX_OPTION_ID_LENGTH = 64
CENT = Decimal("0.01")


class AnswerInvalid(Exception):
    """The member's answer cannot be recorded as given; `message` says why, in their language."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def draw(
    pool: list[dict],
    *,
    seed: int,
    draw_count: int | None = None,
    shuffle_questions: bool = False,
    shuffle_options: bool = False,
) -> list[dict]:
    """The questions of one attempt: `draw_count` of the pool (all when None), in the editor's
    order or shuffled, with options shuffled if asked. The same seed gives the same result."""
    rng = random.Random(seed)  # noqa: S311  (fairness, not secrecy: the seed is stored)
    indexed = list(enumerate(pool))
    if draw_count and draw_count < len(indexed):
        indexed = rng.sample(indexed, draw_count)
        if not shuffle_questions:
            indexed.sort(key=lambda pair: pair[0])
    elif shuffle_questions:
        rng.shuffle(indexed)
    questions = []
    for _index, question in indexed:
        options = list(question["options"])
        if shuffle_options and question["kind"] != "true_false":
            rng.shuffle(options)
        questions.append({**question, "options": options})
    return questions


def checked_selection(question: dict, option_ids: list[str]) -> list[str]:
    """The chosen option ids, in the question's order, or AnswerInvalid: nothing chosen, an
    option of another question (or none at all), several where one is asked for, or an option
    named twice (no form sends that: it is tampering, not an answer to record as one)."""
    if len(option_ids) > MAX_SELECTED or any(
        not isinstance(option_id, str) or len(option_id) > MAX_OPTION_ID_LENGTH
        for option_id in option_ids
    ):
        raise AnswerInvalid(_("The answer is not one of the question's options."))
    chosen = set(option_ids)
    if not chosen:
        raise AnswerInvalid(_("Choose an answer."))
    known = [option["id"] for option in question["options"]]
    if not chosen <= set(known):
        raise AnswerInvalid(_("The answer is not one of the question's options."))
    if len(option_ids) > 1 and not question["multiple"]:
        raise AnswerInvalid(_("Choose only one answer."))
    if len(option_ids) > len(chosen):
        raise AnswerInvalid(_("Choose each option only once."))
    return [option_id for option_id in known if option_id in chosen]


@dataclass(frozen=True)
class Grade:
    points: Decimal
    correct: bool


def grade(question: dict, selected: list[str]) -> Grade:
    """Full points for exactly the correct options. With partial credit, each correct option
    chosen earns its share and each wrong one takes a share away, never below zero."""
    right_ids = {option["id"] for option in question["options"] if option["correct"]}
    chosen = set(selected)
    full = Decimal(question["points"])
    if chosen == right_ids:
        return Grade(full, True)
    if question["multiple"] and question["scoring"] == Scoring.PARTIAL:
        hits = len(chosen & right_ids) - len(chosen - right_ids)
        share = max(Decimal(0), Decimal(hits) / Decimal(len(right_ids)))
        return Grade((full * share).quantize(CENT, rounding=ROUND_HALF_UP), False)
    return Grade(Decimal(0), False)


@dataclass(frozen=True)
class Score:
    points: Decimal
    max_points: int
    percent: Decimal
    passed: bool


def score(points: list[Decimal], *, max_points: int, pass_mark: int) -> Score:
    total = sum(points, Decimal(0))
    percent = (total * 100 / max_points).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    # Compare exactly, not the rounded percentage: 79.96 % is not 80 %.
    return Score(total, max_points, percent, total * 100 >= pass_mark * max_points)
