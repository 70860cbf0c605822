"""The attendance list a course run is reported to its study association with: the checks before
it is sent, and the list as CSV and PDF."""

import csv
import datetime
import io
import itertools
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from django.utils import timezone, translation

from devtools.factories import UserFactory
from gatherings.models import (
    Attendance,
    CourseRun,
    Gathering,
    Gender,
    Signup,
    SignupStatus,
    StudyAssociation,
)
from gatherings.report import (
    ERROR,
    WARNING,
    attendance_csv,
    attendance_pdf,
    attendance_rows,
    report_checks,
    report_ready,
)
from gatherings.services import attendance_record, run_confirm
from skolering.models import User
from tests.courses.builders import make_course, make_module

OSLO = ZoneInfo("Europe/Oslo")
SAMI_FIRST, SAMI_LAST = "Máret Ŋuvtti", "Đuvččá-Šŧžá"

pytestmark = pytest.mark.django_db
numbers = itertools.count()


@pytest.fixture(autouse=True)
def _english():
    """The English msgids, which the assertions name."""
    with translation.override("en"):
        yield


@pytest.fixture
def association():
    return StudyAssociation.objects.create(
        name="Studieforbundet Kunnskap og Kultur – Bjørgvin",
        organisation_number="987654321",
        asks_gender=False,
    )


@pytest.fixture
def course(site_pages):
    return make_course("grunnkurs-i-politikk", [make_module("organisasjon")])


@pytest.fixture
def leader(org):
    return UserFactory(email="kursleder@example.org", first_name="Åse", last_name="Ødegård")


@pytest.fixture
def run(course, org, association, leader):
    run = CourseRun.objects.create(
        course=course,
        branch=org.bergen,
        title="Grunnkurs – Bergen, høsten 2026",
        capacity=200,
        signup_deadline=datetime.datetime(2026, 10, 1, tzinfo=OSLO),
        study_association=association,
        study_plan_reference="SP-2026/114",
    )
    run.leaders.add(leader)
    return run


def add_gathering(run, day: datetime.date, hours: str, *, at=datetime.time(18), **fields):
    starts = datetime.datetime.combine(day, at, tzinfo=OSLO)
    return Gathering.objects.create(
        run=run,
        title=f"Samling {day:%d.%m.}",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=4),
        place=fields.get("place", "Folkets Hus, Håkonsgaten 2, Bergen"),
        meeting_url=fields.get("meeting_url", ""),
        teaching_hours=Decimal(hours),
    )


def add_participant(run, first, last, *, status=SignupStatus.SIGNED_UP, **details):
    user = UserFactory(
        email=f"deltaker{next(numbers)}@example.org", first_name=first, last_name=last
    )
    details = {"birth_year": 1990, "postcode": "5003"} | details
    Signup.objects.create(run=run, user=user, status=status, **details)
    return user


def attend(gathering, user, hours: str):
    Attendance.objects.create(
        gathering=gathering, user=user, present=Decimal(hours) > 0, hours=Decimal(hours)
    )


def fresh(run) -> CourseRun:
    """The run as a view would read it: its cached gatherings forgotten."""
    return CourseRun.objects.get(pk=run.pk)


def check_about(checks, words: str):
    (check,) = [check for check in checks if words in check.message]
    return check


@pytest.fixture
def four_hours(run):
    """Two gatherings of two teaching hours each."""
    return [
        add_gathering(run, datetime.date(2026, 10, 24), "2"),
        add_gathering(run, datetime.date(2026, 10, 31), "2"),
    ]


def attendees(run, gatherings, count: int, hours=("2", "1")) -> list[User]:
    """`count` participants with 3 of 4 hours: exactly ¾."""
    users = [add_participant(run, f"Deltaker{n}", "Berg") for n in range(count)]
    for user in users:
        for gathering, present in zip(gatherings, hours, strict=True):
            attend(gathering, user, present)
    return users


def confirm(run, leader):
    run_confirm(run=run, by=leader)
    return fresh(run)


# Checks


def test_a_complete_run_is_ready(run, four_hours, leader):
    attendees(run, four_hours, 4)
    checks = report_checks(confirm(run, leader))
    assert all(check.ok for check in checks), [c.message for c in checks if not c.ok]
    assert report_ready(checks)
    assert check_about(checks, "The course has").message == (
        "The course has 4 teaching hours; Studieforbundet Kunnskap og Kultur – Bjørgvin asks for "
        "at least 4."
    )


def test_exactly_the_minimum_hours_passes(run, leader):
    add_gathering(run, datetime.date(2026, 10, 24), "2.5")
    add_gathering(run, datetime.date(2026, 10, 31), "1.5")
    check = check_about(report_checks(fresh(run)), "The course has")
    assert check.ok
    assert check.message.startswith("The course has 4 teaching hours")


def test_fewer_hours_than_the_minimum_is_an_error(run, leader):
    add_gathering(run, datetime.date(2026, 10, 24), "2")
    add_gathering(run, datetime.date(2026, 10, 31), "1.5")
    attendees(run, fresh(run).gathering_list, 4, hours=("2", "1.5"))
    checks = report_checks(confirm(run, leader))
    check = check_about(checks, "The course has")
    assert (check.ok, check.severity) == (False, ERROR)
    assert check.message == (
        "The course has 3.5 teaching hours; Studieforbundet Kunnskap og Kultur – Bjørgvin asks "
        "for at least 4."
    )
    assert not report_ready(checks)


def test_hours_are_printed_the_norwegian_way(run):
    add_gathering(run, datetime.date(2026, 10, 24), "3.5")
    with translation.override("nb"):
        check = check_about(report_checks(fresh(run)), "3,5")
    assert not check.ok


def test_four_participants_at_exactly_three_quarters_pass(run, four_hours, leader):
    attendees(run, four_hours, 4)
    check = check_about(report_checks(confirm(run, leader)), "participants attended")
    assert check.ok
    assert check.message.startswith("4 participants attended at least 75% of the teaching hours")


def test_three_participants_are_a_warning_not_an_error(run, four_hours, leader):
    attendees(run, four_hours, 3)
    # Below ¾ (2.5 of 4 hours), and no place (waiting list): neither counts.
    attendees(run, four_hours, 1, hours=("2", "0.5"))
    waiting = add_participant(run, "Venter", "Vik", status=SignupStatus.WAITING)
    attend(four_hours[0], waiting, "2")
    attend(four_hours[1], waiting, "2")
    checks = report_checks(confirm(run, leader))
    check = check_about(checks, "participants attended")
    assert (check.ok, check.severity) == (False, WARNING)
    assert check.message.startswith("3 participants attended at least 75%")
    assert report_ready(checks)


def test_the_course_sets_the_share_required(run, course, four_hours, leader):
    course.attendance_percent_required = 50
    course.save()
    attendees(run, four_hours, 4, hours=("2", "0"))
    check = check_about(report_checks(confirm(run, leader)), "participants attended")
    assert check.ok
    assert "at least 50%" in check.message


def test_a_missing_study_plan_reference_is_an_error(run, four_hours, leader):
    attendees(run, four_hours, 4)
    CourseRun.objects.filter(pk=run.pk).update(study_plan_reference=" ")
    checks = report_checks(confirm(run, leader))
    check = check_about(checks, "study plan reference")
    assert (check.ok, check.severity) == (False, ERROR)
    assert not report_ready(checks)


def test_an_unconfirmed_list_is_an_error(run, four_hours, leader):
    attendees(run, four_hours, 4)
    checks = report_checks(fresh(run))
    check = check_about(checks, "confirmed the attendance list")
    assert (check.ok, check.severity) == (False, ERROR)
    assert not report_ready(checks)


def test_a_list_changed_after_it_was_confirmed_must_be_confirmed_again(run, four_hours, leader):
    users = attendees(run, four_hours, 4)
    run = confirm(run, leader)
    assert report_ready(report_checks(run))
    attendance_record(run=run, gathering=four_hours[1], by=leader, marks={users[0].pk: None})
    checks = report_checks(fresh(run))
    assert not check_about(checks, "confirmed the attendance list").ok
    assert not report_ready(checks)


def test_a_run_without_a_study_association_cannot_be_reported(run, four_hours, leader):
    attendees(run, four_hours, 4)
    CourseRun.objects.filter(pk=run.pk).update(study_association=None)
    checks = report_checks(confirm(run, leader))
    check = check_about(checks, "study association")
    assert (check.ok, check.severity) == (False, ERROR)
    # The hours, participants and asked fields are the association's rules: not checked.
    assert not [c for c in checks if "asks for" in c.message]
    assert not report_ready(checks)


def test_participants_lacking_asked_fields_are_a_warning_with_their_number(run, four_hours, leader):
    attendees(run, four_hours, 4)
    add_participant(run, "Uten", "Postnummer", postcode="")
    add_participant(run, "Uten", "Fødselsår", birth_year=None)
    # Gender is not asked: that none is given does not count.
    add_participant(run, "Venter", "Vik", status=SignupStatus.WAITING, postcode="")
    checks = report_checks(confirm(run, leader))
    check = check_about(checks, "have not given")
    assert (check.ok, check.severity) == (False, WARNING)
    assert check.message == (
        "2 participants have not given everything Studieforbundet Kunnskap og Kultur – Bjørgvin "
        "asks for."
    )
    assert report_ready(checks)


# What the list holds


def test_rows_hold_the_header_and_each_participant_with_a_place(run, four_hours, leader):
    add_gathering(
        run, datetime.date(2026, 11, 7), "1", place="", meeting_url="https://meet.example.org/x"
    )
    gatherings = fresh(run).gathering_list
    berg = add_participant(run, "Kari", "Berg", birth_year=1985, postcode="5010")
    add_participant(run, "Ola", "Aas", birth_year=2001, postcode="5003")
    add_participant(run, "Venter", "Vik", status=SignupStatus.WAITING)
    attend(gatherings[0], berg, "2")
    attend(gatherings[2], berg, "1")
    attendance = attendance_rows(confirm(run, leader))
    assert attendance.association_name == "Studieforbundet Kunnskap og Kultur – Bjørgvin"
    assert attendance.organisation_number == "987654321"
    assert attendance.course_title == "Grunnkurs i politikk"
    assert attendance.run_title == "Grunnkurs – Bergen, høsten 2026"
    assert attendance.branch_name == "Bergen"
    assert attendance.study_plan_reference == "SP-2026/114"
    assert attendance.leaders == ("Åse Ødegård",)
    assert attendance.teaching_hours == Decimal(5)
    assert [line.place for line in attendance.gatherings][1:] == [
        "Folkets Hus, Håkonsgaten 2, Bergen",
        "Digital",
    ]
    assert attendance.confirmation.startswith("Confirmed by the course leader Åse Ødegård on ")
    assert [row.name for row in attendance.rows] == ["Ola Aas", "Kari Berg"]
    kari = attendance.rows[1]
    assert kari.asked == ("1985", "5010")
    assert kari.hours == (Decimal(2), Decimal(0), Decimal(1))
    assert (kari.total, kari.attended_enough) == (Decimal(3), False)


def test_gathering_times_are_oslo_times_across_the_change_from_summer_time(run, leader):
    # Oslo leaves summer time on 25 October 2026: 18:00 is 16:00 UTC before, 17:00 UTC after.
    before = add_gathering(run, datetime.date(2026, 10, 24), "3")
    after = add_gathering(run, datetime.date(2026, 10, 31), "3")
    in_utc = [gathering.starts_at.astimezone(datetime.UTC).hour for gathering in (before, after)]
    assert in_utc == [16, 17]
    with timezone.override(datetime.UTC):
        lines = attendance_rows(fresh(run)).gatherings
        text = pdf_text(attendance_pdf(fresh(run)))
    assert [(line.date, line.starts, line.ends) for line in lines] == [
        ("24.10.2026", "18:00", "22:00"),
        ("31.10.2026", "18:00", "22:00"),
    ]
    assert "24.10.2026" in text and "31.10.2026" in text
    assert text.count("18:00") == 2


# CSV


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_csv_has_a_column_for_each_asked_field_and_gathering(run, four_hours, leader):
    sami = add_participant(run, SAMI_FIRST, SAMI_LAST, birth_year=1978, postcode="9730")
    attend(four_hours[0], sami, "2")
    attend(four_hours[1], sami, "1")
    add_participant(run, "Ærlig Øystein", "Åsen", postcode="0150")
    header, *rows = read_csv(attendance_csv(confirm(run, leader)))
    assert header == [
        "Name",
        "Year of birth",
        "Postcode",
        "24.10.2026 (2 teaching hours)",
        "31.10.2026 (2 teaching hours)",
        "Total hours",
        "Attended at least 75%",
    ]
    assert rows == [
        ["Ærlig Øystein Åsen", "1990", "0150", "0", "0", "0", "No"],
        [f"{SAMI_FIRST} {SAMI_LAST}", "1978", "9730", "2", "1", "3", "Yes"],
    ]


def test_csv_asks_only_what_the_association_asks(run, four_hours, association):
    association.asks_birth_year, association.asks_gender = False, True
    association.save()
    add_participant(run, "Kari", "Berg", gender=Gender.WOMAN)
    header, row = read_csv(attendance_csv(fresh(run)))
    assert header[:3] == ["Name", "Gender", "Postcode"]
    assert "Year of birth" not in header
    assert row[:3] == ["Kari Berg", "Woman", "5003"]


def test_csv_names_gatherings_on_the_same_day_by_their_time_too(run):
    add_gathering(run, datetime.date(2026, 10, 24), "2", at=datetime.time(10))
    add_gathering(run, datetime.date(2026, 10, 24), "1", at=datetime.time(14))
    header, *_ = read_csv(attendance_csv(fresh(run)))
    assert header[3:5] == [
        "24.10.2026 10:00 (2 teaching hours)",
        "24.10.2026 14:00 (1 teaching hour)",
    ]


def test_csv_prints_hours_the_norwegian_way(run):
    gathering = add_gathering(run, datetime.date(2026, 10, 24), "4.5")
    attend(gathering, add_participant(run, "Kari", "Berg"), "1.5")
    with translation.override("nb"):
        _, row = read_csv(attendance_csv(fresh(run)))
    assert row[3:5] == ["1,5", "1,5"]


def test_csv_keeps_a_name_from_running_as_a_formula(run, four_hours):
    add_participant(run, '=HYPERLINK("http://x")', "Berg")
    add_participant(run, "@SUM(A1)", "Dahl")
    _, *rows = read_csv(attendance_csv(fresh(run)))
    assert [row[0] for row in rows] == ['\'=HYPERLINK("http://x") Berg', "'@SUM(A1) Dahl"]


# PDF


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_holds_the_association_the_participants_and_the_confirmation(run, four_hours, leader):
    sami = add_participant(run, SAMI_FIRST, SAMI_LAST)
    attend(four_hours[0], sami, "2")
    add_participant(run, "Ærlig Øystein", "Åsen")
    run = confirm(run, leader)
    text = pdf_text(attendance_pdf(run))
    assert "Attendance list" in text
    assert "Studieforbundet Kunnskap og Kultur – Bjørgvin" in text
    assert "987654321" in text
    assert "SP-2026/114" in text
    assert f"{SAMI_FIRST} {SAMI_LAST}" in text
    assert "Ærlig Øystein Åsen" in text
    confirmed = run.confirmed_at.astimezone(OSLO)
    assert (
        f"Confirmed by the course leader Åse Ødegård on {confirmed:%d.%m.%Y} at {confirmed:%H:%M}."
        in text
    )
    assert "Page 1 of 1" in text


def test_pdf_of_an_unconfirmed_list_says_so(run, four_hours):
    add_participant(run, "Kari", "Berg")
    assert "Not confirmed by the course leader." in pdf_text(attendance_pdf(fresh(run)))


def test_pdf_of_many_participants_runs_over_pages_with_the_heading_repeated(run, four_hours):
    users = User.objects.bulk_create(
        User(email=f"deltaker{n}@example.org", first_name=f"Deltaker {n:03}", last_name="Čoavddis")
        for n in range(120)
    )
    Signup.objects.bulk_create(
        Signup(run=run, user=user, status=SignupStatus.SIGNED_UP, birth_year=1990, postcode="5003")
        for user in users
    )
    reader = PdfReader(io.BytesIO(attendance_pdf(fresh(run))))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) > 1
    assert all(page.startswith("Name\nYear of") for page in pages[1:])
    assert pages[-1].count("Deltaker") < 120
    assert "Deltaker 119 Čoavddis" in "\n".join(pages)
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
