"""Quizzes for tests: one question of every type, published, with helpers for the answers."""

from quizzes.models import Quiz
from skolering.site_content import locales_ensure
from tests.courses.builders import make_course, make_module


def option(text, correct=False, feedback=""):
    return {"text": text, "correct": correct, "feedback": feedback}


def every_type_questions():
    return [
        {
            "type": "single_choice",
            "value": {
                "prompt": "Hvem vedtar programmet?",
                "options": [
                    option("Landsmøtet", True, "Stemmer, landsmøtet."),
                    option("Styret", False, "Nei, styret leder bare."),
                    option("Gruppa"),
                ],
                "points": 1,
                "explanation": "Landsmøtet er øverste organ.",
            },
        },
        {
            "type": "multiple_choice",
            "value": {
                "prompt": "Hvilke rettigheter har et medlem?",
                "options": [
                    option("Stemmerett", True),
                    option("Forslagsrett", True),
                    option("Innsyn i andres medlemskap"),
                ],
                "scoring": "all",
                "points": 2,
                "explanation": "Tale-, forslags- og stemmerett.",
            },
        },
        {
            "type": "multiple_choice",
            "value": {
                "prompt": "Hvor kan du si fra?",
                "options": [
                    option("Tillitsvalgt", True),
                    option("Varslingskanalen", True),
                    option("Ombudet", True),
                    option("Ingen steder"),
                ],
                "scoring": "partial",
                "points": 3,
                "explanation": "Flere veier inn.",
            },
        },
        {
            "type": "true_false",
            "value": {
                "prompt": "Vedtektene setter forslagsfristen.",
                "answer": "true",
                "feedback_true": "Ja.",
                "feedback_false": "Jo, det gjør de.",
                "points": 1,
                "explanation": "Fristen står i vedtektene.",
            },
        },
        {
            "type": "scenario",
            "value": {
                "case": "<p>Amina vil foreslå noe for laget.</p>",
                "prompt": "Hva gjør hun først?",
                "several_correct": False,
                "options": [option("Skriver et forslag", True), option("Venter")],
                "scoring": "all",
                "points": 1,
                "explanation": "Skriftlig forslag til medlemsmøtet.",
            },
        },
    ]


def make_quiz(title="Quiz om partiet", *, questions=None, live=True, **settings) -> Quiz:
    settings.setdefault("pass_mark", 80)
    locales_ensure()  # a quiz has a locale; a database a browser test flushed has none
    quiz = Quiz(title=title, questions=questions or every_type_questions(), **settings)
    quiz.save()
    if live:
        quiz.save_revision().publish()
    else:
        quiz.live = False
        quiz.save()
    return Quiz.objects.get(pk=quiz.pk)


def numbered_questions(count):
    return [
        {
            "type": "single_choice",
            "value": {
                "prompt": f"Spørsmål {number}",
                "options": [option("Riktig", True), option("Galt")],
                "points": 1,
                "explanation": "",
            },
        }
        for number in range(1, count + 1)
    ]


def right(attempt) -> dict[str, list[str]]:
    return {q["id"]: [o["id"] for o in q["options"] if o["correct"]] for q in attempt.questions}


def wrong(attempt) -> dict[str, list[str]]:
    return {
        q["id"]: [next(o["id"] for o in q["options"] if not o["correct"])]
        for q in attempt.questions
    }


def quiz_block(quiz, heading="Test deg selv"):
    return {"type": "quiz", "value": {"heading": heading, "quiz": quiz.pk}}


def make_quiz_module(slug, quiz, **kwargs):
    module = make_module(slug, **kwargs)
    module.body.append(("quiz", {"heading": "Test deg selv", "quiz": quiz}))
    module.save_revision().publish()
    return module.__class__.objects.get(pk=module.pk)


def make_quiz_course(slug, quiz):
    """A course of two modules; the second has the quiz."""
    first = make_module(f"{slug}-intro")
    second = make_quiz_module(f"{slug}-quiz", quiz)
    return make_course(slug, [first, second]), first, second
