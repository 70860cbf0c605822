"""What gatherings keep about people: the member's export has it, erasure removes it (the study
association's fields with the rest), and retention removes attendance lists five years after
their run."""

import datetime
from decimal import Decimal

import pytest

from gatherings.models import Attendance, CalendarFeed, Signup
from gatherings.report import attendance_csv
from gatherings.services import (
    ParticipantDetails,
    attendance_record,
    calendar_feed_token,
    signup_create,
)
from skolering.personal_data import personal_data_erase, personal_data_export
from skolering.retention import retention_apply, retention_plan
from tests.gatherings.builders import after_the_gatherings, make_association, make_run

pytestmark = pytest.mark.django_db
DETAILS = ParticipantDetails(birth_year=1988, gender="kvinne", postcode="5006")


@pytest.fixture
def reported_run(blended_course, org, course_leader):
    return make_run(
        blended_course, org.vestland, association=make_association(), leaders=[course_leader]
    )


def test_the_export_has_the_members_sign_ups_and_attendance(
    reported_run, vestland_members, course_leader
):
    member = vestland_members[0]
    signup_create(user=member, run=reported_run, details=DETAILS)
    with after_the_gatherings(reported_run):
        attendance_record(
            run=reported_run,
            gathering=reported_run.gathering_list[0],
            by=course_leader,
            marks={member.pk: Decimal(2)},
        )
    calendar_feed_token(user=member)

    document = personal_data_export(user=member)

    (signup,) = document["course_run_signups"]
    assert (signup["run_title"], signup["birth_year"], signup["postcode"]) == (
        reported_run.title,
        1988,
        "5006",
    )
    (mark,) = document["gathering_attendance"]
    assert mark["gathering_title"] == "Samling 1" and mark["present"] is True
    assert document["calendar_feed"] is True


def test_erasure_removes_the_association_fields_with_the_rest(
    reported_run, vestland_members, course_leader
):
    erased, kept = vestland_members[:2]
    for member in (erased, kept):
        signup_create(user=member, run=reported_run, details=DETAILS)
    with after_the_gatherings(reported_run):
        attendance_record(
            run=reported_run,
            gathering=reported_run.gathering_list[0],
            by=course_leader,
            marks={erased.pk: Decimal(3), kept.pk: Decimal(3)},
        )
    calendar_feed_token(user=erased)

    personal_data_erase(user=erased, actor=None, reason="request")

    assert not Signup.objects.filter(birth_year=1988, user_id=erased.pk).exists()
    assert list(Signup.objects.values_list("user_id", flat=True)) == [kept.pk]
    assert list(Attendance.objects.values_list("user_id", flat=True)) == [kept.pk]
    assert not CalendarFeed.objects.exists()
    csv = attendance_csv(reported_run).decode("utf-8-sig")
    assert erased.last_name not in csv and kept.last_name in csv


def test_attendance_lists_are_removed_five_years_after_the_run(
    reported_run, blended_course, org, vestland_members, course_leader
):
    recent = make_run(blended_course, org.vestland, title="Nylig")
    for run in (reported_run, recent):
        signup_create(user=vestland_members[0], run=run, details=DETAILS)
        with after_the_gatherings(run):
            attendance_record(
                run=run,
                gathering=run.gathering_list[0],
                by=course_leader,
                marks={vestland_members[0].pk: Decimal(1)},
            )
    # The first run's gatherings all ended five years and two months ago.
    for gathering in reported_run.gathering_list:
        gathering.starts_at -= datetime.timedelta(days=5 * 366 + 60)
        gathering.ends_at -= datetime.timedelta(days=5 * 366 + 60)
        gathering.save()

    plan = retention_plan()
    assert plan.expiring == plan.expiring | {
        "course runs' attendance lists older than five years": 1
    }
    assert Signup.objects.filter(run=reported_run).exists()  # a dry run changes nothing

    retention_apply(plan=plan)

    assert not Signup.objects.filter(run=reported_run).exists()
    assert not Attendance.objects.filter(gathering__run=reported_run).exists()
    assert Signup.objects.filter(run=recent).exists()
    assert Attendance.objects.filter(gathering__run=recent).exists()
    reported_run.refresh_from_db()  # the run itself stays, with its gatherings
    assert reported_run.gatherings.count() == 3


def test_a_run_ended_four_years_ago_is_kept(reported_run, vestland_members):
    signup_create(user=vestland_members[0], run=reported_run, details=DETAILS)
    for gathering in reported_run.gathering_list:
        gathering.starts_at -= datetime.timedelta(days=4 * 366)
        gathering.ends_at -= datetime.timedelta(days=4 * 366)
        gathering.save()
    retention_apply(plan=retention_plan())
    assert Signup.objects.filter(run=reported_run).exists()
