"""What a member's reading costs the database: a module page reads a fixed number of rows
whatever the size of the course, and reading on writes nothing."""

import datetime

import time_machine

from django.utils import timezone

from courses.models import Enrollment, ModuleLibraryPage, ModulePage, ModuleProgress
from courses.services import VISIT_RECORD_INTERVAL, module_complete
from tests.courses.builders import lesson, make_course
from tests.queries import reading
from tests.quizzes.builders import make_quiz, make_quiz_module

# The module page (Wagtail's routing, the session and the header included) for a module with a
# reflection question and a quiz, the most a module reads; the course page and the catalogue
# (which then lists both courses). The floor, a plain Wagtail page for the same member, reads 6.
# One of them finds the page's translations, for its hreflang alternates.
MODULE_PAGE_QUERIES = 13
COURSE_PAGE_QUERIES = 10
CATALOGUE_QUERIES = 14
WRITES = ("INSERT", "UPDATE", "DELETE")


def url(course, module):
    return f"{course.url}{module.slug}/"


def _fullest_module(slug):
    return make_quiz_module(slug, make_quiz(), reflection_prompt="Hva tar du med deg på møtet?")


def _plain_modules(label, count):
    """Published modules made the quick way (no revisions): what the page reads is the same."""
    library = ModuleLibraryPage.objects.get(locale__language_code="nb")
    return [
        library.add_child(
            instance=ModulePage(
                title=f"Modul {number} på Ørland",
                slug=f"{label}-{number}",
                summary="Kort.",
                body=lesson(),
                live=True,
            )
        )
        for number in range(count)
    ]


def _course_of(size, member, label):
    modules = _plain_modules(label, size)
    modules[2] = _fullest_module(f"{label}-quiz")
    course = make_course(f"kurs-{label}", modules)
    for module in modules[:2]:
        module_complete(user=member, module=module, course=course)
    return course, modules


def test_module_and_course_pages_read_the_same_for_5_and_80_modules(
    client, member, sections, django_assert_max_num_queries
):
    client.force_login(member)
    counts = {}
    for size in (5, 80):
        course, modules = _course_of(size, member, f"m{size}")
        client.get(url(course, modules[2]))  # the first visit enrols and records
        with django_assert_max_num_queries(MODULE_PAGE_QUERIES):
            module_page = len(reading(client, url(course, modules[2])).queries)
        with django_assert_max_num_queries(COURSE_PAGE_QUERIES):
            course_page = len(reading(client, course.url).queries)
        with django_assert_max_num_queries(CATALOGUE_QUERIES):
            catalogue = len(reading(client, course.get_parent().url).queries)
        counts[size] = (module_page, course_page, catalogue)
    assert counts[5] == counts[80], counts


def test_reading_on_in_the_same_module_writes_nothing(client, member, sections):
    course, modules = _course_of(5, member, "les")
    client.force_login(member)
    client.get(url(course, modules[2]))
    for _ in range(3):
        queries = reading(client, url(course, modules[2])).queries
        written = [sql for sql in queries if sql.startswith(WRITES)]
        assert written == []


def test_the_first_visit_enrols_and_records_the_module(client, member, sections):
    course, modules = _course_of(5, member, "forste")
    client.force_login(member)
    response = client.get(url(course, modules[3]))
    assert response.status_code == 200
    enrollment = Enrollment.objects.get(user=member, course=course)
    assert enrollment.last_module_id == modules[3].pk
    assert ModuleProgress.objects.filter(user=member, module=modules[3]).exists()


def test_moving_on_to_another_module_is_recorded_at_once(client, member, sections):
    course, modules = _course_of(5, member, "videre")
    client.force_login(member)
    client.get(url(course, modules[2]))
    client.get(url(course, modules[3]))
    assert Enrollment.objects.get(user=member, course=course).last_module_id == modules[3].pk
    assert ModuleProgress.objects.filter(user=member, module=modules[3]).exists()


def test_a_visit_after_the_interval_is_recorded_again(client, member, sections):
    course, modules = _course_of(5, member, "senere")
    client.force_login(member)
    client.get(url(course, modules[2]))
    first = Enrollment.objects.get(user=member, course=course).last_visited_at
    later = timezone.now() + VISIT_RECORD_INTERVAL + datetime.timedelta(minutes=1)
    with time_machine.travel(later, tick=False):
        client.force_login(member)  # the session would not outlive the jump otherwise
        client.get(url(course, modules[2]))
    enrollment = Enrollment.objects.get(user=member, course=course)
    assert enrollment.last_visited_at > first
    viewed = ModuleProgress.objects.get(user=member, module=modules[2]).last_viewed_at
    assert viewed >= later - datetime.timedelta(seconds=1)
