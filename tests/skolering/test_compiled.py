"""A query compiled once gives what the ORM gives, for each request's own values."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import Enrollment
from devtools.factories import UserFactory
from skolering.compiled import CompiledQuery
from tests.courses.builders import make_course, make_module


def _enrolments(user, courses):
    return Enrollment.objects.filter(user_id=user, course_id__in=courses).order_by("course_id")


ENROLMENTS = CompiledQuery(_enrolments, "user", "courses", model=Enrollment)
TITLES = CompiledQuery(
    lambda user, courses: _enrolments(user, courses).values_list("course_title", "started_at"),
    "user",
    "courses",
)


@pytest.fixture
def enrolled(site_pages):
    """Two members, enrolled in some of three courses named with æ, ø, å and Sámi letters."""
    courses = [
        make_course(f"kurs-{n}", [make_module(f"modul-{n}")]) for n in ("ærlig", "øving", "áššit")
    ]
    anne = UserFactory(email="anne@example.org", first_name="Anne", last_name="Ærø")
    ánde = UserFactory(email="ande@example.org", first_name="Ánde", last_name="Njárga")
    started = timezone.now() - datetime.timedelta(days=3)
    for user, chosen in ((anne, courses[:2]), (ánde, courses[1:])):
        for course in chosen:
            Enrollment.objects.create(
                user=user, course=course, course_title=course.title, started_at=started
            )
    return anne, ánde, courses


def test_rows_are_the_orms_for_every_member_and_list_length(enrolled):
    anne, ánde, courses = enrolled
    ids = [course.pk for course in courses]
    for user in (anne, ánde):
        for chosen in (ids[:1], ids[:2], ids, [ids[2], ids[0]]):
            expected = list(_enrolments(user.pk, chosen).values_list("course_title", "started_at"))
            assert TITLES.rows(user=user.pk, courses=chosen) == expected


def test_objects_are_model_instances_with_aware_times(enrolled):
    anne, _ánde, courses = enrolled
    got = ENROLMENTS.objects(user=anne.pk, courses=[course.pk for course in courses])
    assert [(e.pk, e.course_id, e.course_title) for e in got] == list(
        _enrolments(anne.pk, [c.pk for c in courses]).values_list("pk", "course_id", "course_title")
    )
    assert all(isinstance(e, Enrollment) and not e._state.adding for e in got)
    assert timezone.is_aware(got[0].started_at)
    assert got[0].course.title == courses[0].title  # relations still load on demand


def test_later_runs_send_only_the_query(enrolled):
    anne, _ánde, courses = enrolled
    ENROLMENTS.objects(user=anne.pk, courses=[courses[0].pk])
    with CaptureQueriesContext(connection) as captured:
        ENROLMENTS.objects(user=anne.pk, courses=[courses[1].pk])
    assert len(captured) == 1


def test_an_empty_list_matches_nothing_without_a_query(db):
    with CaptureQueriesContext(connection) as captured:
        assert ENROLMENTS.objects(user=1, courses=[]) == []
    assert len(captured) == 0


def test_a_value_that_does_not_reach_the_sql_is_refused(db):
    # startswith turns the value into a pattern: it cannot be sent as it is.
    titles = CompiledQuery(
        lambda title: Enrollment.objects.filter(course_title__startswith=title),
        "title",
        model=Enrollment,
    )
    with pytest.raises(ValueError, match="title"):
        titles.objects(title=5)
