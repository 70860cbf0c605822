"""Courses and modules in other languages than Bokmål: the reader sees a course's and each
module's translation into their language where there is one and the Bokmål original (marked
lang="nb", with a note) where there is not; progress, completions, quiz attempts and
requirements are kept on the Bokmål originals, whatever language the member took them in."""

import re

import pytest

from courses.models import CourseCompletion, Enrollment, ModuleProgress, ReflectionAnswer
from courses.queries import progress_for
from tests.courses.builders import translate_page

NYNORSK_BODY = [{"type": "paragraph", "value": "<p>Alle medlemer kan fremje forslag.</p>"}]


@pytest.fixture
def nynorsk_course(course, modules):
    """The course and its first module in Nynorsk; the other modules only in Bokmål."""
    translate_page(
        modules[0],
        "nn",
        title="Korleis partiet er organisert",
        summary="Frå lokallaget til landsmøtet.",
        body=NYNORSK_BODY,
    )
    return translate_page(course, "nn", title="Grunnkurs på nynorsk", summary="Eit kurs.")


def test_the_nynorsk_course_shows_the_translated_module_and_marks_the_untranslated(
    nynorsk_reader, nynorsk_course, modules
):
    page = nynorsk_reader.get("/nn/kurs/grunnkurs/").content.decode()
    assert '<html lang="nn">' in page
    assert "<h1>Grunnkurs på nynorsk</h1>" in page
    titles = re.findall(r'<h3 class="module-list__title"([^>]*)>(?:<a [^>]*>)?([^<]+)<', page)
    assert titles == [
        ("", "Korleis partiet er organisert"),
        (' lang="nb"', modules[1].title),
        (' lang="nb"', modules[2].title),
    ]

    translated = nynorsk_reader.get(f"/nn/kurs/grunnkurs/{modules[0].slug}/").content.decode()
    assert 'tabindex="-1">Korleis partiet er organisert</h1>' in translated
    assert "Alle medlemer kan fremje forslag." in translated
    assert "ikkje omsett" not in translated

    fallback = nynorsk_reader.get(f"/nn/kurs/grunnkurs/{modules[1].slug}/").content.decode()
    assert f' lang="nb">{modules[1].title}</h1>' in fallback
    assert "Denne modulen er ikkje omsett til nynorsk enno, så han blir vist på bokmål." in fallback
    assert '<div class="lesson" lang="nb">' in fallback


def test_a_module_done_in_nynorsk_is_done_in_the_bokmal_course(
    nynorsk_reader, member, course, nynorsk_course, modules
):
    response = nynorsk_reader.post(f"/nn/kurs/grunnkurs/{modules[0].slug}/fullfort/")
    assert response.status_code == 302
    assert response["Location"].startswith("/nn/kurs/grunnkurs/")
    # Kept on the originals: the Bokmål module and course.
    assert ModuleProgress.objects.get(user=member).module_id == modules[0].pk
    assert list(Enrollment.objects.values_list("course_id", flat=True)) == [course.pk]
    assert progress_for(member, [course])[course.pk].done == 1

    member.preferred_language = "nb"
    member.save(update_fields=["preferred_language"])
    page = nynorsk_reader.get("/kurs/grunnkurs/").content.decode()
    assert '<html lang="nb">' in page
    assert "1 av 3 moduler fullført" in page or "1 av 3" in page


def test_the_course_completed_in_nynorsk_is_the_originals_completion(
    nynorsk_reader, member, course, nynorsk_course, modules, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for module in modules[:2]:
            nynorsk_reader.post(f"/nn/kurs/grunnkurs/{module.slug}/fullfort/")
    completion = CourseCompletion.objects.get(user=member)
    assert completion.course_id == course.pk
    assert completion.course_title == course.title  # the record's snapshot is the original's
    assert not CourseCompletion.objects.filter(course=nynorsk_course).exists()


def test_reflections_written_in_nynorsk_belong_to_the_original_module(
    nynorsk_reader, member, nynorsk_course, modules
):
    block_id = next(iter(modules[0].reflection_prompts()))
    # The Nynorsk module has no reflection prompt of its own; the course takes the original's.
    response = nynorsk_reader.post(
        f"/nn/kurs/grunnkurs/{modules[0].slug}/refleksjon/{block_id}/",
        {"text": "Fordi eg vil vere med og bestemme."},
    )
    assert response.status_code == 302
    answer = ReflectionAnswer.objects.get(user=member)
    assert answer.module_id == modules[0].pk and answer.block_id == block_id


def test_a_member_who_reads_nynorsk_is_sent_to_the_nynorsk_course(
    nynorsk_reader, nynorsk_course, modules
):
    response = nynorsk_reader.get(f"/kurs/grunnkurs/{modules[0].slug}/?x=1")
    assert response.status_code == 302
    assert response["Location"] == f"/nn/kurs/grunnkurs/{modules[0].slug}/?x=1"


def test_an_untranslated_course_is_shown_in_bokmal_with_the_nynorsk_interface(
    nynorsk_reader, course
):
    response = nynorsk_reader.get("/kurs/grunnkurs/")
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="nn">' in page
    assert f'<h1 lang="nb">{course.title}</h1>' in page
    assert "Dette kurset er ikkje omsett til nynorsk enno" in page
    assert "Framdrifta di" in page or "Kursa mine" in page  # the interface is Nynorsk


def test_the_catalogue_lists_each_course_in_the_readers_language(
    nynorsk_reader, nynorsk_course, course, django_assert_max_num_queries
):
    page = nynorsk_reader.get("/nn/kurs/").content.decode()
    assert '<a href="/nn/kurs/grunnkurs/">Grunnkurs på nynorsk</a>' in page
    assert page.count("course-card__title") == 1  # the translation, not both


def test_hreflang_alternates_link_the_translations(client, nynorsk_course, course):
    page = client.get("/kurs/grunnkurs/").content.decode()
    alternates = re.findall(
        r'<link rel="alternate" hreflang="([^"]+)" href="https?://[^/]+([^"]+)">', page
    )
    assert sorted(alternates) == [
        ("nb", "/kurs/grunnkurs/"),
        ("nn", "/nn/kurs/grunnkurs/"),
        ("x-default", "/kurs/grunnkurs/"),
    ]


def test_a_page_without_translations_has_no_alternates(client, course):
    assert 'rel="alternate"' not in client.get("/kurs/grunnkurs/").content.decode()
