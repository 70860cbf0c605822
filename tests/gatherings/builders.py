"""Builders for gatherings in tests: a blended course, and runs of it with their gatherings, in
Oslo time."""

import datetime
from contextlib import contextmanager
from decimal import Decimal

import time_machine

from django.utils import timezone

from gatherings.models import CourseRun, Gathering, StudyAssociation
from tests.courses.builders import make_course, make_module


def oslo(year, month, day, hour=18, minute=0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def from_now(days: float, hour: int | None = None) -> datetime.datetime:
    # To the minute, as the admin's form gives times.
    moment = (timezone.now() + datetime.timedelta(days=days)).replace(second=0, microsecond=0)
    return moment.replace(hour=hour) if hour is not None else moment


def make_blended_course(slug="partiskolen", *, gatherings=3, percent=75):
    modules = [
        make_module(f"{slug}-modul-1", notes="Del inn i grupper på fire."),
        make_module(f"{slug}-modul-2"),
    ]
    course = make_course(slug, modules)
    course.gatherings_planned = gatherings
    course.attendance_percent_required = percent
    course.save_revision().publish()
    course.refresh_from_db()
    return course


def make_association(**fields) -> StudyAssociation:
    defaults = {"name": "Studieforbundet Læring og Fellesskap", "organisation_number": "999000111"}
    return StudyAssociation.objects.create(**(defaults | fields))


def make_run(
    course,
    branch,
    *,
    capacity=10,
    hours=(Decimal(3), Decimal(3), Decimal(2)),
    starts=None,
    deadline=None,
    association=None,
    leaders=(),
    title="Partiskolen trinn 1 – Vestland",
) -> CourseRun:
    """A run with one gathering per entry of `hours`, a week apart from `starts` (by default in
    two weeks), each long enough for its hours."""
    starts = starts or from_now(14)
    run = CourseRun(
        course=course,
        branch=branch,
        title=title,
        capacity=capacity,
        signup_deadline=deadline or starts - datetime.timedelta(days=1),
        study_association=association,
        study_plan_reference="SP-2026-17" if association else "",
    )
    run.gatherings = [
        Gathering(
            title=f"Samling {number}",
            starts_at=starts + datetime.timedelta(days=7 * (number - 1)),
            ends_at=starts + datetime.timedelta(days=7 * (number - 1), minutes=int(45 * h) + 30),
            place="Folkets Hus, Håkonsgaten 2, Bergen" if number != 2 else "",
            meeting_url="https://møte.example.org/samling" if number == 2 else "",
            teaching_hours=h,
        )
        for number, h in enumerate(hours, start=1)
    ]
    run.save()
    run.leaders.set(leaders)
    return CourseRun.objects.get(pk=run.pk)


@contextmanager
def after_the_gatherings(run):
    """The clock an hour after the run's last gathering: attendance can be taken at all of them
    (never before a gathering starts)."""
    with time_machine.travel(run.gathering_list[-1].ends_at + datetime.timedelta(hours=1)):
        yield
