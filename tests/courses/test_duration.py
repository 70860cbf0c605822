"""A course's time has one source, its published modules' minutes: the course page, the
catalogue and the kursbevis all show their sum, and it follows the modules when they change."""

from decimal import Decimal

import pytest

from django.utils import translation

from certificates.models import Certificate
from courses.models import CoursePage, describe_duration
from courses.services import module_complete
from tests.courses.builders import make_course, make_module


def reloaded(course):
    return CoursePage.objects.get(pk=course.pk)


def test_a_courses_hours_are_its_published_modules_minutes(sections):
    modules = [make_module("møte", minutes=50), make_module("sámi", minutes=30)]
    course = make_course("tid-fra-modulene", modules)
    assert course.estimated_hours == Decimal("1.3")
    draft = make_module("utkast", minutes=40)
    draft.unpublish()
    course.course_modules.create(module=draft, sort_order=3)
    course.save_revision().publish()
    assert reloaded(course).estimated_hours == Decimal("1.3")  # a draft takes no time


def test_retiming_or_unpublishing_a_module_changes_every_course_using_it(sections):
    shared = make_module("felles-modul", minutes=30)
    first = make_course("forste-kurs", [shared, make_module("egen-modul", minutes=30)])
    second = make_course("andre-kurs", [shared])
    shared.estimated_minutes = 90
    shared.save_revision().publish()
    assert reloaded(first).estimated_hours == Decimal("2.0")
    assert reloaded(second).estimated_hours == Decimal("1.5")
    shared.unpublish()
    assert reloaded(first).estimated_hours == Decimal("0.5")
    assert reloaded(second).estimated_hours == Decimal("0.0")


@pytest.mark.parametrize(
    ("hours", "text"),
    [
        (Decimal("0.7"), "omtrent 40 minutter"),
        (Decimal("0.1"), "omtrent 5 minutter"),
        (Decimal("1.0"), "omtrent 1 time"),
        (Decimal("1.5"), "omtrent 1,5 timer"),
        (Decimal("2.0"), "omtrent 2 timer"),
        (Decimal("0.0"), ""),
    ],
)
def test_the_time_reads_as_norwegian_with_the_right_plural(hours, text):
    with translation.override("nb"):
        assert describe_duration(hours) == text


def test_course_page_catalogue_and_certificate_agree(
    client, member, sections, django_capture_on_commit_callbacks
):
    modules = [make_module("hvem-bestemmer", minutes=40), make_module("ordet-fritt", minutes=20)]
    course = make_course("ett-tall", modules)
    client.force_login(member)
    assert "<dt>Tid</dt><dd>omtrent 1 time</dd>" in client.get(course.url).text
    assert "<span>omtrent 1 time</span>" in client.get("/kurs/").text
    assert "1 timer" not in client.get(course.url).text
    with django_capture_on_commit_callbacks(execute=True):
        for module in modules:
            module_complete(user=member, module=module, course=course)
    assert Certificate.objects.get(user=member).hours == Decimal("1.0")


def test_a_course_without_minutes_states_no_time(client, member, sections):
    course = make_course("uten-tid", [make_module("uten-minutter", minutes=None)])
    client.force_login(member)
    page = client.get(course.url).text
    assert "<dt>Tid</dt>" not in page and "omtrent" not in page
