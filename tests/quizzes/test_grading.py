"""Grading, checking and drawing questions: pure functions of an attempt's snapshot."""

from decimal import Decimal

import pytest

from quizzes.blocks import questions_snapshot
from quizzes.grading import AnswerInvalid, checked_selection, draw, grade, score
from quizzes.models import Quiz
from tests.quizzes.builders import every_type_questions


@pytest.fixture
def pool():
    quiz = Quiz(title="x", questions=every_type_questions())
    return questions_snapshot(quiz.questions)


def ids(question, *texts):
    return [o["id"] for o in question["options"] if o["text"] in texts]


def test_single_choice_full_points_only_for_the_correct_option(pool):
    single = pool[0]
    assert grade(single, ids(single, "Landsmøtet")).points == 1
    assert grade(single, ids(single, "Landsmøtet")).correct
    assert grade(single, ids(single, "Styret")).points == 0


def test_multiple_choice_all_or_nothing(pool):
    question = pool[1]
    assert grade(question, ids(question, "Stemmerett", "Forslagsrett")).points == 2
    assert grade(question, ids(question, "Stemmerett")).points == 0
    assert (
        grade(
            question, ids(question, "Stemmerett", "Forslagsrett", "Innsyn i andres medlemskap")
        ).points
        == 0
    )


@pytest.mark.parametrize(
    ("chosen", "points", "correct"),
    [
        (("Tillitsvalgt", "Varslingskanalen", "Ombudet"), Decimal(3), True),
        (("Tillitsvalgt", "Varslingskanalen"), Decimal(2), False),
        (("Tillitsvalgt",), Decimal(1), False),
        (("Tillitsvalgt", "Varslingskanalen", "Ingen steder"), Decimal(1), False),
        (("Tillitsvalgt", "Ingen steder"), Decimal(0), False),
        (("Ingen steder",), Decimal(0), False),  # never below zero
    ],
)
def test_partial_credit_counts_right_options_and_subtracts_wrong_ones(
    pool, chosen, points, correct
):
    question = pool[2]
    result = grade(question, ids(question, *chosen))
    assert result.points == points
    assert result.correct is correct


def test_partial_credit_rounds_to_hundredths():
    question = {
        "multiple": True,
        "scoring": "partial",
        "points": 1,
        "options": [{"id": c, "correct": True} for c in "abc"] + [{"id": "d", "correct": False}],
    }
    assert grade(question, ["a"]).points == Decimal("0.33")
    assert grade(question, ["a", "b"]).points == Decimal("0.67")


def test_true_false_has_fixed_options(pool):
    question = pool[3]
    assert [o["id"] for o in question["options"]] == ["true", "false"]
    assert grade(question, ["true"]).correct
    assert not grade(question, ["false"]).correct


def test_scenario_carries_its_case(pool):
    assert pool[4]["case"] == "<p>Amina vil foreslå noe for laget.</p>"
    assert grade(pool[4], ids(pool[4], "Skriver et forslag")).correct


def test_every_question_and_option_has_an_id_that_survives_saving(db):
    quiz = Quiz(title="x", questions=every_type_questions())
    quiz.save()
    first = Quiz.objects.get(pk=quiz.pk).questions_snapshot()
    again = Quiz.objects.get(pk=quiz.pk).questions_snapshot()
    assert first == again
    assert all(q["id"] and all(o["id"] for o in q["options"]) for q in first)


@pytest.mark.parametrize(
    ("chosen", "message"),
    [
        ([], "Velg et svar."),
        (["finnes-ikke"], "Svaret er ikke et av alternativene til spørsmålet."),
        (["x" * 65], "Svaret er ikke et av alternativene til spørsmålet."),
        (["a"] * 21, "Svaret er ikke et av alternativene til spørsmålet."),
    ],
)
def test_checked_selection_refuses_bad_answers_in_norwegian(pool, chosen, message):
    with pytest.raises(AnswerInvalid) as refused:
        checked_selection(pool[0], chosen)
    assert refused.value.message == message


def test_checked_selection_refuses_another_questions_option(pool):
    with pytest.raises(AnswerInvalid):
        checked_selection(pool[0], [pool[1]["options"][0]["id"]])


def test_single_choice_takes_one_answer_and_refuses_the_same_one_twice(pool):
    first, second = (o["id"] for o in pool[0]["options"][:2])
    for chosen in ([first, second], [first, first]):
        with pytest.raises(AnswerInvalid) as refused:
            checked_selection(pool[0], chosen)
        assert refused.value.message == "Velg bare ett svar."
    assert checked_selection(pool[0], [first]) == [first]


def test_multiple_choice_refuses_an_option_named_twice(pool):
    first, second = (o["id"] for o in pool[1]["options"][:2])
    with pytest.raises(AnswerInvalid) as refused:
        checked_selection(pool[1], [first, second, first])
    assert refused.value.message == "Velg hvert alternativ bare én gang."
    assert checked_selection(pool[1], [second, first]) == [first, second]


def test_selection_comes_back_in_the_questions_order(pool):
    options = [o["id"] for o in pool[2]["options"]]
    assert checked_selection(pool[2], [options[2], options[0]]) == [options[0], options[2]]


def test_draw_is_deterministic_for_a_seed_and_draws_n():
    pool = [
        {"id": str(n), "kind": "single", "options": [{"id": f"{n}{c}"} for c in "abcd"]}
        for n in range(10)
    ]
    settings = {"draw_count": 4, "shuffle_questions": True, "shuffle_options": True}
    first = draw(pool, seed=42, **settings)
    assert first == draw(pool, seed=42, **settings)
    assert len(first) == 4 and len({q["id"] for q in first}) == 4
    others = {tuple(q["id"] for q in draw(pool, seed=seed, **settings)) for seed in range(20)}
    assert len(others) > 1  # the seed matters
    assert pool[0]["options"][0]["id"] == "0a"  # the pool itself is untouched


def test_draw_without_shuffling_keeps_the_editors_order():
    pool = [
        {"id": str(n), "kind": "single", "options": [{"id": "a"}, {"id": "b"}]} for n in range(8)
    ]
    drawn = draw(pool, seed=7, draw_count=5)
    assert [q["id"] for q in drawn] == sorted((q["id"] for q in drawn), key=int)
    assert [q["id"] for q in draw(pool, seed=7)] == [str(n) for n in range(8)]


def test_true_false_options_are_never_shuffled():
    pool = [{"id": "tf", "kind": "true_false", "options": [{"id": "true"}, {"id": "false"}]}]
    for seed in range(10):
        assert [o["id"] for o in draw(pool, seed=seed, shuffle_options=True)[0]["options"]] == [
            "true",
            "false",
        ]


def test_score_compares_exactly_with_the_pass_mark():
    assert score([Decimal(4)], max_points=5, pass_mark=80).passed
    almost = score([Decimal("3.99")], max_points=5, pass_mark=80)
    assert almost.percent == Decimal("79.8") and not almost.passed
    assert score([Decimal("0.33")] * 3, max_points=1, pass_mark=100).passed is False
