"""A quiz translated with its module: the member answers it in their language, the attempt is
the original quiz's (grading, results and statistics pool every language)."""

import pytest

from django.urls import reverse

from wagtail.models import Locale

from quizzes.models import Quiz, QuizAttempt
from tests.courses.builders import translate_page


@pytest.fixture
def nynorsk_quiz(quiz):
    """The quiz in Nynorsk: every block and option keeps its original's id."""
    translated = quiz.copy_for_translation(Locale.objects.get(language_code="nn"))
    translated.title = "Quiz om partiet på nynorsk"
    first = translated.questions[0].value
    first["prompt"] = "Kven vedtek programmet?"
    first["options"][0]["text"] = "Landsmøtet (nynorsk)"
    translated.save()
    translated.save_revision().publish()
    return Quiz.objects.get(pk=translated.pk)


def test_the_member_answers_in_nynorsk_and_the_attempt_is_the_originals(
    nynorsk_reader, member, quiz, quiz_course, nynorsk_quiz
):
    course, _intro, module = quiz_course
    translate_page(course, "nn", title="Quizkurs på nynorsk")
    block_id = next(iter(module.quiz_blocks()))
    response = nynorsk_reader.post(f"/nn/kurs/quizkurs/{module.slug}/quiz/{block_id}/")
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get(user=member)
    assert attempt.quiz_id == quiz.pk
    assert attempt.quiz_title == "Quiz om partiet på nynorsk"
    question = next(q for q in attempt.questions if q["prompt"] == "Kven vedtek programmet?")
    original = next(q for q in quiz.questions_snapshot() if q["id"] == question["id"])
    assert [o["id"] for o in question["options"]] == [o["id"] for o in original["options"]] or (
        sorted(o["id"] for o in question["options"]) == sorted(o["id"] for o in original["options"])
    )
    assert "Landsmøtet (nynorsk)" in [o["text"] for o in question["options"]]
    # The right answers are the original's, whatever the translation says.
    assert {o["id"] for o in question["options"] if o["correct"]} == {
        o["id"] for o in original["options"] if o["correct"]
    }
    page = nynorsk_reader.get(response["Location"]).content.decode()
    assert "Kven vedtek programmet?" in page and '<html lang="nn">' in page

    answers = {
        f"svar-{q['id']}": [o["id"] for o in q["options"] if o["correct"]]
        for q in attempt.questions
    }
    nynorsk_reader.post(f"/quiz/forsok/{attempt.pk}/lever/", answers)
    attempt.refresh_from_db()
    assert attempt.passed
    # The module counts as passed in the Bokmål course too: the original quiz is passed.
    nynorsk_reader.post(f"/kurs/quizkurs/{module.slug}/fullfort/")
    assert member.module_progress.filter(module=module, completed_at__isnull=False).exists()


def test_the_report_lists_the_original_once_with_every_languages_attempts(
    editor_client, quiz, nynorsk_quiz
):
    page = editor_client.get(reverse("quiz_report")).content.decode()
    assert "Quiz om partiet" in page
    assert "Quiz om partiet på nynorsk" not in page


def test_a_translated_module_naming_a_draft_translation_of_its_quiz_still_offers_the_quiz(
    nynorsk_reader, quiz, quiz_course
):
    """wagtail-localize makes a draft translation of the quiz with the module's: the module's
    translation names it. The original quiz is what is published, started and passed."""
    course, _intro, module = quiz_course
    draft = quiz.copy_for_translation(Locale.objects.get(language_code="nn"))
    draft.live = False
    draft.save()
    block_id = next(iter(module.quiz_blocks()))
    translated = translate_page(module, "nn", title="Quizmodul")
    quiz_block = next(block for block in translated.body if block.block_type == "quiz")
    quiz_block.value["quiz"] = draft
    translated.save_revision().publish()
    translate_page(course, "nn", title="Quizkurs")
    page = nynorsk_reader.get(f"/nn/kurs/quizkurs/{module.slug}/").content.decode()
    assert f'action="/nn/kurs/quizkurs/{module.slug}/quiz/{block_id}/"' in page
    assert quiz.title in page  # the published original, not the draft translation
    assert "ikkje publisert" not in page
