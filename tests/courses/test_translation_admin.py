"""Who may translate what in the admin (wagtail-localize, as skolering/translation_admin.py
wraps it), and new content only in Bokmål: through the test client."""

import pytest
from wagtail_localize.models import TranslationSource

from wagtail.models import Locale

from tests.courses.builders import make_module, translate_page


@pytest.fixture
def national_module(sections):
    return make_module("organisasjon")


@pytest.fixture
def bergen_module(bergen_section):
    return make_module("slik-jobber-vi", parent=bergen_section)


@pytest.fixture
def local_editor(client, bergen_editor):
    client.force_login(bergen_editor)
    return client


def submit_url(page) -> str:
    return f"/admin/localize/submit/page/{page.pk}/"


def test_a_local_editor_translates_their_own_section_and_nothing_national(
    local_editor, bergen_editor, national_module, bergen_module
):
    response = local_editor.get(submit_url(national_module))
    assert response.status_code in (302, 403)
    nynorsk = Locale.objects.get(language_code="nn")
    refused = local_editor.post(submit_url(national_module), {"locales": [nynorsk.pk]})
    assert refused.status_code in (302, 403)
    assert not national_module.has_translation(nynorsk)

    assert local_editor.get(submit_url(bergen_module)).status_code == 200
    response = local_editor.post(submit_url(bergen_module), {"locales": [nynorsk.pk]})
    assert response.status_code == 302
    translated = bergen_module.get_translation(nynorsk)
    # The translation (and the section above it, made for it) is theirs to edit and publish.
    assert translated.permissions_for_user(bergen_editor).can_edit()
    assert local_editor.get(f"/admin/pages/{translated.pk}/edit/").status_code == 200


def test_a_national_editors_translation_is_not_the_local_editors(
    client, local_editor, bergen_editor, national_module
):
    translated = translate_page(national_module, "nn", title="Organisasjonen")
    assert not translated.permissions_for_user(bergen_editor).can_edit()
    assert local_editor.get(f"/admin/pages/{translated.pk}/edit/").status_code in (302, 403)


def test_bringing_translations_up_to_date_needs_the_right_to_edit_the_original(
    local_editor, national_module
):
    source, _created = TranslationSource.get_or_create_from_instance(national_module)
    assert local_editor.post(f"/admin/localize/update/{source.pk}/").status_code in (302, 403)


def test_new_pages_are_written_in_bokmal(local_editor, bergen_section, bergen_module):
    nynorsk_section = translate_page(bergen_section, "nn", title="Bergen på nynorsk")
    response = local_editor.get(f"/admin/pages/add/courses/modulepage/{nynorsk_section.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{bergen_section.pk}/"
    page = local_editor.get(response["Location"]).content.decode()
    assert "Nye sider og quizer skrives på bokmål og oversettes derfra" in page
    # In Bokmål it is the usual form.
    assert (
        local_editor.get(f"/admin/pages/add/courses/modulepage/{bergen_section.pk}/").status_code
        == 200
    )


def test_a_local_editor_cannot_touch_a_national_quizs_translation(local_editor, site_pages):
    from wagtail_localize.models import StringSegment, Translation

    from tests.quizzes.builders import make_quiz

    quiz = make_quiz()
    source, _created = TranslationSource.get_or_create_from_instance(quiz)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="nn")
    )
    translation.save_target(publish=False)  # the Nynorsk quiz, as a draft
    assert quiz.has_translation(translation.target_locale)
    segment = StringSegment.objects.filter(source=source).first()
    base = f"/admin/localize/translate/{translation.pk}/"
    edited = local_editor.put(
        f"{base}strings/{segment.pk}/edit/",
        data="value=Kapra",
        content_type="application/x-www-form-urlencoded",
    )
    assert edited.status_code in (302, 403)
    assert local_editor.get(f"{base}pofile/download/").status_code in (302, 403)
    assert local_editor.post(f"{base}disable/").status_code in (302, 403)
    # Lists of every translation and snippet are the national editors'.
    assert local_editor.get("/admin/localize/reports/translations/").status_code in (302, 403)
    listing = local_editor.get("/admin/localize/api/snippets/quizzes/quiz/")
    assert listing.status_code in (302, 403)
    assert quiz.title.encode() not in listing.content
