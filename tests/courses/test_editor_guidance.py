"""Validation and help that explain themselves to an editor: errors name the item, every block
describes itself, labels are capitalised, the module chooser opens in the module library, and a
quiz has one introduction."""

import pytest

from django.urls import reverse

from courses.blocks import LessonBodyBlock, QuizBlock
from courses.models import CoursePage, ModuleLibraryPage, ModulePage
from quizzes.blocks import QuizQuestionsBlock
from tests.courses.builders import course_form_data
from tests.quizzes.builders import make_quiz, make_quiz_course

pytestmark = pytest.mark.django_db


def struct_children(stream_block):
    for name, block in stream_block.child_blocks.items():
        yield name, block
        for child_name, child in getattr(block, "child_blocks", {}).items():
            yield f"{name}.{child_name}", child
            inner = getattr(child, "child_block", None)
            for grandchild_name, grandchild in getattr(inner, "child_blocks", {}).items():
                yield f"{name}.{child_name}.{grandchild_name}", grandchild


@pytest.mark.parametrize("stream", [LessonBodyBlock(), QuizQuestionsBlock()], ids=type)
def test_every_block_describes_itself_and_every_label_is_capitalised(stream):
    for name, block in stream.child_blocks.items():
        assert block.meta.description, name
    for name, block in struct_children(stream):
        label = str(block.label)
        assert label[:1].isupper(), (name, label)


def test_the_fields_editors_asked_about_have_help_text(sections):
    with_help = [
        ModulePage._meta.get_field("summary"),
        ModulePage._meta.get_field("estimated_minutes"),
        ModulePage._meta.get_field("body"),
        CoursePage._meta.get_field("summary"),
        CoursePage._meta.get_field("track"),
        CoursePage._meta.get_field("estimated_hours"),
    ]
    for field in with_help:
        assert str(field.help_text), field.name
    lesson = LessonBodyBlock()
    questions = QuizQuestionsBlock()
    for block in (
        lesson.child_blocks["video"].child_blocks["url"],
        lesson.child_blocks["callout"].child_blocks["kind"],
        lesson.child_blocks["reflection"].child_blocks["hint"],
        questions.child_blocks["single_choice"].child_blocks["points"],
        questions.child_blocks["multiple_choice"].child_blocks["scoring"],
    ):
        assert str(block.field.help_text), block.name
    situation = questions.child_blocks["scenario"].child_blocks["case"]
    assert str(situation.label) == "Situasjon"


def test_a_new_quiz_shows_no_count_error_but_cannot_be_saved_empty():
    from django.core.exceptions import ValidationError

    from quizzes.models import Quiz

    assert QuizQuestionsBlock().meta.min_num is None
    with pytest.raises(ValidationError) as refused:
        Quiz(title="Tom quiz", questions=[]).full_clean()
    assert "questions" in refused.value.message_dict


def test_a_new_question_starts_with_two_empty_options():
    for kind in ("single_choice", "multiple_choice", "scenario"):
        options = QuizQuestionsBlock().child_blocks[kind].child_blocks["options"].get_default()
        assert len(options) == 2, kind
        assert [option["text"] for option in options] == ["", ""]


def test_a_module_added_twice_is_named_in_the_error(admin_client, course, modules):
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        course_form_data("Grunnkurs", course.slug, [modules[0].pk, modules[1].pk, modules[0].pk]),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert f"«{modules[0].title}» er allerede med i kurset." in page
    assert "dupliserte data" not in page


def test_the_module_chooser_opens_in_the_module_library(admin_client, sections):
    response = admin_client.get("/admin/choose-page/", {"page_type": "courses.modulepage"})
    assert response.status_code == 200
    assert (
        response.context["parent_page"].pk
        == ModuleLibraryPage.objects.get(locale__language_code="nb").pk
    )
    # Other choosers open where Wagtail opens them.
    response = admin_client.get("/admin/choose-page/", {"page_type": "wagtailcore.page"})
    assert response.context["parent_page"].depth == 1


def test_the_module_chooser_needs_admin_access(client, member):
    client.force_login(member)
    response = client.get("/admin/choose-page/", {"page_type": "courses.modulepage"})
    assert response.status_code in (302, 403)


def test_a_quiz_in_a_module_has_one_introduction(client, member, sections):
    assert "intro" not in QuizBlock().child_blocks
    quiz = make_quiz("Quiz om laget", intro="Fem spørsmål om hvordan laget styres.")
    course, _first, module = make_quiz_course("laget", quiz)
    client.force_login(member)
    page = client.get(f"{course.url}{module.slug}/").content.decode()
    assert page.count("Fem spørsmål om hvordan laget styres.") == 1
