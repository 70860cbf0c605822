"""Each person's status with each requirement, computed in the database (both SQLite and
PostgreSQL), tested at the boundaries of its rules."""

import datetime

import pytest

from django.utils import timezone

from compliance.models import Audience, CourseRequirement, Status
from compliance.queries import (
    PeopleFilter,
    RowCounts,
    StatusRows,
    applicable_requirements,
    branch_summary,
)
from skolering.models import Role, RoleAssignment
from tests.compliance.conftest import complete, enrol

pytestmark = pytest.mark.django_db


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def statuses(scope, requirements=None, **filters):
    requirements = requirements or applicable_requirements([scope.path])
    rows = StatusRows(
        scope_paths=[scope.path], requirements=requirements, people=PeopleFilter(**filters)
    )
    return {(row.last_name, row.requirement.pk): row for row in rows[:]}


def status_of(user, scope, requirement):
    rows = statuses(scope, [requirement])
    return rows[(user.last_name, requirement.pk)].status


@pytest.mark.parametrize(
    ("days_in_role", "expected"),
    [(89, Status.NOT_STARTED), (90, Status.NOT_STARTED), (91, Status.OVERDUE)],
    ids=["due-tomorrow", "due-today", "due-yesterday"],
)
def test_due_date_is_the_last_day(org, person, officer_requirement, days_in_role, expected):
    officer = person(org.bergen, days_ago=days_in_role)
    rows = statuses(org.bergen, [officer_requirement])
    row = rows[(officer.last_name, officer_requirement.pk)]
    assert row.status == expected
    assert row.due_on == days(90 - days_in_role)


def test_enrolled_before_the_due_date_is_in_progress(org, person, officer_requirement):
    officer = person(org.bergen, days_ago=10)
    enrol(officer, officer_requirement.course)
    assert status_of(officer, org.bergen, officer_requirement) == Status.IN_PROGRESS


def test_enrolled_after_the_due_date_is_overdue(org, person, officer_requirement):
    officer = person(org.bergen, days_ago=200)
    enrol(officer, officer_requirement.course)
    assert status_of(officer, org.bergen, officer_requirement) == Status.OVERDUE


@pytest.mark.parametrize(
    ("valid_for_days", "expected"),
    [
        (None, Status.COMPLETED),
        (61, Status.COMPLETED),
        (60, Status.EXPIRING),
        (0, Status.EXPIRING),
        (-1, Status.EXPIRED),
    ],
    ids=["never-expires", "in-61-days", "in-exactly-60-days", "expires-today", "expired-yesterday"],
)
def test_completion_validity(org, person, officer_requirement, valid_for_days, expected):
    officer = person(org.bergen, days_ago=400)
    valid_until = None if valid_for_days is None else days(valid_for_days)
    complete(officer, officer_requirement.course, valid_until=valid_until)
    rows = statuses(org.bergen, [officer_requirement])
    row = rows[(officer.last_name, officer_requirement.pk)]
    assert row.status == expected
    assert row.valid_until == valid_until


def test_an_expired_completion_still_counts_when_the_requirement_does_not_renew(
    org, person, officer_requirement
):
    officer_requirement.renew_on_expiry = False
    officer_requirement.save()
    officer = person(org.bergen, days_ago=400)
    complete(officer, officer_requirement.course, valid_until=days(-100))
    assert status_of(officer, org.bergen, officer_requirement) == Status.COMPLETED


def test_a_revoked_completion_does_not_count(org, person, officer_requirement):
    officer = person(org.bergen, days_ago=400)
    complete(officer, officer_requirement.course, valid_until=days(300), revoked=True)
    assert status_of(officer, org.bergen, officer_requirement) == Status.OVERDUE


def test_the_best_cycle_counts(org, person, officer_requirement):
    officer = person(org.bergen, days_ago=900)
    complete(officer, officer_requirement.course, valid_until=days(-10), cycle=1)
    complete(officer, officer_requirement.course, valid_until=days(700), cycle=2)
    assert status_of(officer, org.bergen, officer_requirement) == Status.COMPLETED


def test_a_completion_from_before_the_role_counts(org, person, officer_requirement):
    officer = person(org.bergen, days_ago=5)
    complete(officer, officer_requirement.course, valid_until=days(400))
    assert status_of(officer, org.bergen, officer_requirement) == Status.COMPLETED


@pytest.mark.parametrize(
    ("ends_in", "listed"), [(-1, False), (0, True), (30, True)], ids=["ended", "last-day", "open"]
)
def test_only_roles_in_force_count(org, person, officer_requirement, ends_in, listed):
    officer = person(org.bergen, days_ago=100)
    RoleAssignment.objects.filter(user=officer).update(ends_on=days(ends_in))
    rows = statuses(org.bergen, [officer_requirement])
    assert ((officer.last_name, officer_requirement.pk) in rows) is listed


def test_a_role_that_starts_tomorrow_does_not_count_yet(org, person, officer_requirement):
    officer = person(org.bergen, days_ago=-1)
    assert statuses(org.bergen, [officer_requirement]) == {}
    assert officer.role_assignments.count() == 1


def test_holding_the_role_twice_in_a_branch_counts_once_from_the_first_start(
    org, person, officer_requirement
):
    officer = person(org.bergen, days_ago=200)
    RoleAssignment.objects.create(
        user=officer, branch=org.bergen, role=Role.TILLITSVALGT, starts_on=days(-10)
    )
    RoleAssignment.objects.create(
        user=officer, branch=org.arstad, role=Role.TILLITSVALGT, starts_on=days(-10)
    )
    rows = StatusRows(scope_paths=[org.vestland.path], requirements=[officer_requirement])[:]
    assert sorted((row.branch_name, row.starts_on) for row in rows) == [
        ("Bergen", days(-200)),
        ("Årstad", days(-10)),
    ]


def test_other_roles_are_not_required(org, person, officer_requirement):
    person(org.bergen, role=Role.FOLKEVALGT)
    person(org.bergen, role=None)
    assert statuses(org.bergen, [officer_requirement]) == {}


def test_a_branch_requirement_holds_below_that_branch_only(org, person, culture_course):
    vestland_rule = CourseRequirement.objects.create(
        course=culture_course,
        audience=Audience.TILLITSVALGT,
        branch=org.vestland,
        due_within_days=30,
    )
    bergen_officer = person(org.arstad)
    person(org.trondheim)
    assert applicable_requirements([org.trondelag.path]) == []
    assert applicable_requirements([org.bergen.path]) == [vestland_rule]
    assert applicable_requirements([org.national.path]) == [vestland_rule]
    rows = StatusRows(scope_paths=[org.national.path], requirements=[vestland_rule])[:]
    assert [row.user_id for row in rows] == [bergen_officer.pk]


def test_starting_is_enough_for_an_onboarding_requirement(org, person, onboarding_requirement):
    started = person(org.bergen, role=None, joined_days_ago=40, last_name="Startet")
    enrol(started, onboarding_requirement.course)
    late = person(org.bergen, role=None, joined_days_ago=31, last_name="Sen")
    new = person(org.bergen, role=None, joined_days_ago=30, last_name="Ny")
    rows = statuses(org.bergen, [onboarding_requirement])
    key = onboarding_requirement.pk
    assert rows[(started.last_name, key)].status == Status.IN_PROGRESS
    assert rows[(late.last_name, key)].status == Status.OVERDUE
    assert rows[(new.last_name, key)].status == Status.NOT_STARTED


def test_applies_from_leaves_out_those_who_started_before(org, person, onboarding_requirement):
    onboarding_requirement.applies_from = days(-100)
    onboarding_requirement.save()
    person(org.bergen, role=None, joined_days_ago=101, last_name="Gammel")
    newer = person(org.bergen, role=None, joined_days_ago=100, last_name="Nyere")
    rows = statuses(org.bergen, [onboarding_requirement])
    assert [name for name, _ in rows] == [newer.last_name]


def test_members_who_have_left_are_not_required(org, person, onboarding_requirement):
    gone = person(org.bergen, role=None, joined_days_ago=100)
    gone.memberships.update(left_on=days(0))
    assert statuses(org.bergen, [onboarding_requirement]) == {}


def test_inactive_accounts_are_left_out(org, person, officer_requirement):
    officer = person(org.bergen, days_ago=100)
    officer.is_active = False
    officer.save()
    assert statuses(org.bergen, [officer_requirement]) == {}


def test_filters_by_status_name_and_new_members(org, person, officer_requirement):
    person(org.bergen, days_ago=200, first_name="Kari", last_name="Nordmann")
    person(org.bergen, days_ago=10, first_name="Ola", last_name="Nordmann")
    person(org.bergen, days_ago=10, first_name="Per", last_name="100%_sikker")
    overdue = statuses(org.bergen, status=Status.OVERDUE)
    assert [row.first_name for row in overdue.values()] == ["Kari"]
    assert {row.first_name for row in statuses(org.bergen, search="ola NORD").values()} == {"Ola"}
    assert {row.first_name for row in statuses(org.bergen, search="%").values()} == {"Per"}
    assert {row.first_name for row in statuses(org.bergen, search="0%_").values()} == {"Per"}
    assert statuses(org.bergen, search="_").keys() == {("100%_sikker", officer_requirement.pk)}


def test_sorting_and_paging(org, person, officer_requirement):
    for n, name in enumerate(["Berg", "Aas", "Dahl", "Carlsen"]):
        person(org.bergen, days_ago=80 + 5 * n, last_name=name)
    rows = StatusRows(
        scope_paths=[org.bergen.path], requirements=[officer_requirement], sort="navn"
    )
    assert rows.count() == 4
    assert [row.last_name for row in rows[1:3]] == ["Berg", "Carlsen"]
    by_due = StatusRows(
        scope_paths=[org.bergen.path], requirements=[officer_requirement], sort="-frist"
    )
    assert [row.last_name for row in by_due[:]] == ["Berg", "Aas", "Dahl", "Carlsen"]
    urgent = StatusRows(
        scope_paths=[org.bergen.path], requirements=[officer_requirement], sort="status"
    )
    assert [row.last_name for row in urgent[:]] == ["Carlsen", "Dahl", "Aas", "Berg"]
    assert [row.last_name for row in list(urgent)] == [row.last_name for row in urgent[:]]


def test_counts_include_the_overdue(org, person, officer_requirement):
    person(org.bergen, days_ago=200)
    person(org.bergen, days_ago=10)
    rows = StatusRows(scope_paths=[org.bergen.path], requirements=[officer_requirement])
    assert rows.counts() == RowCounts(rows=2, people=2, overdue_people=1, overdue_reminders=1)


def test_counts_tell_people_from_rows(
    org, person, make_role, officer_requirement, onboarding_requirement
):
    """A person has a row for each requirement and for each branch they hold the role in; the
    reminders are one per person and requirement."""
    person(org.bergen, days_ago=200, first_name="Kari", last_name="Nordmann")  # overdue on both
    per = person(org.bergen, days_ago=200, first_name="Per", last_name="Ŋuvvon")
    make_role(per, org.arstad, Role.TILLITSVALGT, days_ago=200)  # an officer in Årstad too
    person(org.bergen, days_ago=10, joined_days_ago=10, first_name="Liv", last_name="Čávgi")
    rows = StatusRows(
        scope_paths=[org.bergen.path], requirements=[officer_requirement, onboarding_requirement]
    )
    assert rows.counts() == RowCounts(rows=7, people=3, overdue_people=2, overdue_reminders=4)


def test_summary_by_branch(org, person, officer_requirement, onboarding_requirement):
    onboarding_requirement.applies_from = days(-100)
    onboarding_requirement.save()
    done = person(org.bergen, days_ago=300)
    complete(done, officer_requirement.course, valid_until=days(20))
    person(org.bergen, days_ago=200)
    person(org.arstad, days_ago=10)
    person(org.voss, days_ago=300)
    person(org.trondheim, days_ago=300)  # outside Vestland
    new = person(org.voss, role=None, joined_days_ago=5)
    enrol(new, onboarding_requirement.course)

    children = list(org.vestland.get_children())
    rows, totals = branch_summary(
        units=[(org.vestland, False), *((child, True) for child in children)],
        requirements=[officer_requirement, onboarding_requirement],
    )
    by_name = {row.branch.name: row.cells for row in rows}
    assert set(by_name) == {"Vestland", "Bergen", "Voss"}
    officers = {name: cells[0] for name, cells in by_name.items()}
    assert (officers["Bergen"].required, officers["Bergen"].met) == (3, 1)
    assert (officers["Bergen"].overdue, officers["Bergen"].expiring) == (1, 1)
    assert (officers["Voss"].required, officers["Voss"].overdue) == (1, 1)
    assert officers["Vestland"].required == 0
    assert (totals[0].required, totals[0].met, totals[0].overdue) == (4, 1, 2)
    assert (by_name["Voss"][1].required, by_name["Voss"][1].met) == (1, 1)
    assert totals[1].required == 1
