"""Demo quizzes for `seed_demo`, and a way for the courses' demo to take them. Idempotent: a
quiz that exists (by title) is left alone."""

from devtools.quizzes.demo_content import QUIZZES
from quizzes.models import Quiz, QuizAttempt, QuizTimeExtension
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from skolering.models import Branch, User

EXTRA_TIME_MEMBER = "medlem@example.org"
# Quizzes a branch owns (by the module they belong in): that branch's local editors edit them.
OWNERS = {"slik-jobber-vi-i-bergen": "bergen"}
DEMO_LOGINS = ()


def seed(*, stdout) -> None:
    for module_slug, settings, questions in QUIZZES:
        if Quiz.objects.filter(title=settings["title"]).exists():
            continue
        owner = Branch.objects.filter(slug=OWNERS.get(module_slug)).first()
        quiz = Quiz(**settings, questions=questions, branch=owner)
        quiz.save()
        quiz.save_revision().publish()
    member = User.objects.filter(email=EXTRA_TIME_MEMBER).first()
    if member is not None:
        QuizTimeExtension.objects.get_or_create(
            user=member,
            quiz=None,
            defaults={"extra_minutes": 15, "note": "Demo: mer tid på alle quizer"},
        )
    published = Quiz.objects.filter(live=True, locale__language_code="nb")
    stdout.write(f"Quizzes: {published.count()} published.")


def quiz_for_module(module_slug: str) -> Quiz | None:
    title = next((s["title"] for slug, s, _q in QUIZZES if slug == module_slug), None)
    if not title:
        return None
    return Quiz.objects.filter(title=title, locale__language_code="nb").first()


def take(user: User, quiz: Quiz, *, correct: bool, **context) -> QuizAttempt:
    """Start an attempt and hand it in with every answer right, or every answer wrong."""
    attempt = quiz_attempt_start(user=user, quiz=quiz, **context)
    answers = {}
    for question in attempt.questions:
        right = [o["id"] for o in question["options"] if o["correct"]]
        wrong = [o["id"] for o in question["options"] if not o["correct"]][:1]
        answers[question["id"]] = right if correct else wrong
    return quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers)
