"""Quiz attempts for the data-rights export and erasure (skolering.personal_data). Attempts stay,
without the person, so that attempt counts, pass rates and scores stay right; the answers
themselves go."""

from quizzes.models import QuizAnswer, QuizAttempt, QuizTimeExtension
from skolering.personal_data import rows


def export(user) -> dict:
    attempts = QuizAttempt.objects.filter(user=user).order_by("started_at")
    answers_by_attempt: dict = {}
    for answer in QuizAnswer.objects.filter(attempt__in=attempts).order_by("answered_at"):
        answers_by_attempt.setdefault(answer.attempt_id, []).append(answer)
    exported = []
    for attempt in attempts:
        prompts = {question["id"]: question for question in attempt.questions}
        exported.append(
            {
                "quiz": attempt.quiz_title,
                "number": attempt.number,
                "started_at": attempt.started_at.isoformat(),
                "finished_at": attempt.finished_at and attempt.finished_at.isoformat(),
                "score_percent": attempt.score_percent and str(attempt.score_percent),
                "passed": attempt.passed,
                "answers": [
                    _answer(prompts.get(answer.question_id), answer)
                    for answer in answers_by_attempt.get(attempt.pk, [])
                ],
            }
        )
    return {
        "quiz_attempts": exported,
        "quiz_time_extensions": rows(
            QuizTimeExtension.objects.filter(user=user), "quiz__title", "extra_minutes", "note"
        ),
    }


def _answer(question: dict | None, answer: QuizAnswer) -> dict:
    options = {option["id"]: option["text"] for option in (question or {}).get("options", [])}
    return {
        "question": (question or {}).get("prompt", answer.question_id),
        "chosen": [options.get(option_id, option_id) for option_id in answer.selected],
        "correct": answer.correct,
        "answered_at": answer.answered_at.isoformat(),
    }


def erase(user) -> None:
    QuizAnswer.objects.filter(attempt__user=user).delete()
