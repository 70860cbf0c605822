"""Random and tampered form data thrown at the answer and hand-in endpoints (hypothesis): never
a server error, and never an answer recorded for input that is not a valid answer."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.test import Client
from django.urls import reverse

from devtools.factories import UserFactory
from quizzes.grading import MAX_OPTION_ID_LENGTH, MAX_SELECTED
from quizzes.models import QuizAnswer, QuizAttempt
from quizzes.services import quiz_attempt_start
from tests.quizzes.builders import make_quiz

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

junk = st.text(min_size=0, max_size=80)


@pytest.fixture
def setup(member):
    quiz = make_quiz()
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    client = Client()
    client.force_login(member)
    return client, member, quiz, attempt


def option_ids(attempt):
    return [o["id"] for q in attempt.questions for o in q["options"]]


def is_valid_answer(question, values) -> bool:
    if question is None or len(values) > MAX_SELECTED:
        return False
    if any(len(v) > MAX_OPTION_ID_LENGTH for v in values):
        return False
    chosen = set(values)
    known = {o["id"] for o in question["options"]}
    # An option named twice is tampering, refused like any other malformed answer.
    unique = len(chosen) == len(values)
    return (
        bool(chosen) and chosen <= known and unique and (len(chosen) == 1 or question["multiple"])
    )


@st.composite
def answer_posts(draw, attempt):
    question_ids = [q["id"] for q in attempt.questions]
    question_id = draw(st.one_of(st.sampled_from(question_ids), junk))
    values = draw(
        st.lists(st.one_of(st.sampled_from(option_ids(attempt)), junk), min_size=0, max_size=25)
    )
    field = draw(st.one_of(st.just(f"svar-{question_id}"), junk.filter(lambda f: f != "sporsmal")))
    return question_id, field, values


@given(data=st.data())
@PROPERTY_SETTINGS
def test_answer_endpoint_never_fails_and_records_only_valid_answers(setup, data):
    client, _member, _quiz, attempt = setup
    question_id, field, values = data.draw(answer_posts(attempt))
    question = attempt.question(question_id)
    before = {a.question_id: a.selected for a in QuizAnswer.objects.filter(attempt=attempt)}
    htmx = data.draw(st.booleans())
    response = client.post(
        reverse("quiz_answer", args=[attempt.pk]),
        {"sporsmal": question_id, field: values},
        **({"HTTP_HX_REQUEST": "true"} if htmx else {}),
    )
    assert response.status_code < 500
    after = {a.question_id: a.selected for a in QuizAnswer.objects.filter(attempt=attempt)}
    sent = values if field == f"svar-{question_id}" else []
    if not is_valid_answer(question, sent) or question_id in before:
        assert after == before
        if not is_valid_answer(question, sent):
            assert response.status_code == 400
    else:
        assert response.status_code in (200, 302)
        assert set(after) - set(before) == {question_id}


@given(data=st.data())
@PROPERTY_SETTINGS
def test_hand_in_never_fails_and_records_nothing_unless_every_answer_is_valid(setup, data):
    client, member, quiz, _attempt = setup
    attempt = quiz_attempt_start(user=member, quiz=quiz)  # a new one once the last is graded
    question_ids = [q["id"] for q in attempt.questions]
    keys = data.draw(
        st.lists(st.one_of(st.sampled_from(question_ids), junk), max_size=8, unique=True)
    )
    answers = {
        key: data.draw(st.lists(st.one_of(st.sampled_from(option_ids(attempt)), junk), max_size=4))
        for key in keys
    }
    response = client.post(
        reverse("quiz_submit", args=[attempt.pk]),
        {f"svar-{key}": values for key, values in answers.items()},
    )
    assert response.status_code < 500
    attempt.refresh_from_db()
    valid = set(answers) <= set(question_ids) and all(
        is_valid_answer(attempt.question(qid), answers.get(qid, [])) for qid in question_ids
    )
    if valid:
        assert response.status_code == 302 and attempt.is_finished
        assert QuizAnswer.objects.filter(attempt=attempt).count() == len(question_ids)
    else:
        assert response.status_code == 400 and not attempt.is_finished
        assert not QuizAnswer.objects.filter(attempt=attempt).exists()


def test_an_attempt_of_another_member_is_never_touched(setup):
    _client, _member, _quiz, attempt = setup
    stranger = Client()
    stranger.force_login(UserFactory())
    question = attempt.questions[0]
    data = {"sporsmal": question["id"], f"svar-{question['id']}": question["options"][0]["id"]}
    assert stranger.post(reverse("quiz_answer", args=[attempt.pk]), data).status_code == 404
    assert not QuizAnswer.objects.exists()
    assert QuizAttempt.objects.get().finished_at is None
