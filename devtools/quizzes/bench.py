"""Benchmark cases for quizzes: answering one question (htmx) and handing in a whole attempt of
10 questions (the plain form), beside the attempt page itself. Each timed request gets a fresh,
unanswered attempt, prepared outside the timing."""

from django.test import Client
from django.urls import reverse

from devtools.benchmark import BenchCase
from quizzes.models import Quiz, QuizAnswer
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from skolering.models import User

MEMBER = "medlem@example.org"
BENCH_QUIZ = "Benk: quiz med 10 spørsmål"


def bench_quiz() -> Quiz:
    existing = Quiz.objects.filter(title=BENCH_QUIZ).first()
    if existing:
        return existing
    option = lambda text, correct=False: {"text": text, "correct": correct, "feedback": "Fordi."}  # noqa: E731
    questions = [
        {
            "type": "single_choice" if number % 2 else "multiple_choice",
            "value": {
                "prompt": f"Spørsmål {number}",
                "options": [option("Ja", True), option("Nei"), option("Kanskje", number % 2 == 0)],
                "points": 1,
                "explanation": "Forklaring.",
            },
        }
        for number in range(1, 11)
    ]
    quiz = Quiz(title=BENCH_QUIZ, questions=questions, pass_mark=50)
    quiz.save()
    quiz.save_revision().publish()
    return quiz


def fresh_attempt(user: User, quiz: Quiz):
    """An open attempt with at least one question unanswered."""
    attempt = quiz_attempt_start(user=user, quiz=quiz)
    if QuizAnswer.objects.filter(attempt=attempt).count() == len(attempt.questions):
        quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers={})
        attempt = quiz_attempt_start(user=user, quiz=quiz)
    return attempt


def unanswered_attempt(user: User, quiz: Quiz):
    """An open attempt with no answers yet."""
    attempt = quiz_attempt_start(user=user, quiz=quiz)
    if QuizAnswer.objects.filter(attempt=attempt).exists():
        quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=wrong_answers(attempt))
        attempt = quiz_attempt_start(user=user, quiz=quiz)
    return attempt


def wrong_answers(attempt) -> dict[str, list[str]]:
    """A wrong option per question: a passed quiz cannot be taken again, a failed one can."""
    return {
        question["id"]: [next(o["id"] for o in question["options"] if not o["correct"])]
        for question in attempt.questions
    }


def cases() -> list[BenchCase]:
    quiz = bench_quiz()
    user = User.objects.get(email=MEMBER)

    def answer_one(client: Client):
        attempt = fresh_attempt(user, quiz)
        answered = set(
            QuizAnswer.objects.filter(attempt=attempt).values_list("question_id", flat=True)
        )
        question_id, options = next(
            (qid, opts) for qid, opts in wrong_answers(attempt).items() if qid not in answered
        )
        data = {"sporsmal": question_id, f"svar-{question_id}": options}
        url = reverse("quiz_answer", args=[attempt.pk])
        return lambda: client.post(url, data, HTTP_HX_REQUEST="true")

    def hand_in(client: Client):
        attempt = unanswered_attempt(user, quiz)
        data = {f"svar-{qid}": options for qid, options in wrong_answers(attempt).items()}
        url = reverse("quiz_submit", args=[attempt.pk])
        # The member lands on the result page: handing in is both requests.
        return lambda: client.post(url, data, follow=True)

    def attempt_page(client: Client):
        attempt = fresh_attempt(user, quiz)
        url = reverse("quiz_attempt", args=[attempt.pk])
        return lambda: client.get(url)

    return [
        BenchCase("quiz attempt page (10 questions)", user=MEMBER, action=attempt_page),
        BenchCase("answer one question (htmx)", user=MEMBER, action=answer_one),
        BenchCase("hand in 10 answers, then the result page", user=MEMBER, action=hand_in),
    ]
