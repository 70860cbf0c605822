"""The dashboard's shortcuts give what the full list of rows gives. The summary and the counts
are read from flags (met, overdue, expiring) rather than from each row's status, and a page is
taken from each requirement's first rows rather than from all of them: here, with people in
every status of every kind of requirement, both are checked against the rows themselves, on
SQLite and on PostgreSQL alike."""

import datetime
from collections import Counter

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from compliance.models import EXPIRING_WITHIN_DAYS, Audience, CourseRequirement, Status, Target
from compliance.queries import (
    MET_STATUSES,
    SORTS,
    PeopleFilter,
    RowCounts,
    StatusRows,
    branch_summary,
)
from devtools.factories import BranchFactory, MembershipFactory, UserFactory
from skolering.access import is_within
from skolering.models import Branch, BranchKind, Role
from tests.compliance.conftest import complete, enrol, make_required_course

pytestmark = pytest.mark.django_db


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def requirements(org, catalogue, culture_course, basic_course):
    """One of each kind: complete and renew (officers), complete without renewing (elected
    representatives, from a date, in Vestland only), start (members, from a date) and complete
    (members)."""
    leadership = make_required_course(catalogue, "lederkurs", "Lederkurs", validity_months=12)
    return [
        CourseRequirement.objects.create(
            course=culture_course, audience=Audience.TILLITSVALGT, due_within_days=90
        ),
        CourseRequirement.objects.create(
            course=leadership,
            audience=Audience.FOLKEVALGT,
            due_within_days=60,
            renew_on_expiry=False,
            applies_from=days(-300),
            branch=org.vestland,
        ),
        CourseRequirement.objects.create(
            course=basic_course,
            audience=Audience.MEMBER,
            target=Target.START,
            due_within_days=30,
            renew_on_expiry=False,
            applies_from=days(-200),
        ),
        CourseRequirement.objects.create(
            course=culture_course, audience=Audience.MEMBER, due_within_days=365
        ),
    ]


# What a person has done with a course: nothing, enrolled, or completed with a last valid day
# (days from today; None: never expires), possibly revoked or in two cycles.
HISTORIES = [
    {},
    {"enrolled": True},
    {"valid": [None]},
    {"valid": [400]},
    {"valid": [EXPIRING_WITHIN_DAYS]},  # the last day of the expiring window
    {"valid": [EXPIRING_WITHIN_DAYS + 1]},
    {"valid": [0]},  # the last day it is valid
    {"valid": [-1]},
    {"valid": [-1, 30]},  # the better of two cycles
    {"valid": [400], "revoked": True},
    {"valid": [-50], "enrolled": True},
]
STARTS = [5, 29, 31, 59, 61, 89, 91, 250, 366, 500]  # days ago: either side of each due date


def give(user, course, history: dict) -> None:
    if history.get("enrolled"):
        enrol(user, course)
    for cycle, valid in enumerate(history.get("valid", []), start=1):
        complete(
            user,
            course,
            valid_until=None if valid is None else days(valid),
            revoked=history.get("revoked", False),
            cycle=cycle,
        )


@pytest.fixture
def crowd(org, make_role, requirements):
    """People in every branch, with every history of each course, started on either side of
    each due date; some hold two roles or a role in two branches, one has left, one is an
    inactive account."""
    branches = [org.national, org.vestland, org.bergen, org.arstad, org.voss, org.trondheim]
    courses = {requirement.course for requirement in requirements}
    number = 0
    for start in STARTS:
        for index, history in enumerate(HISTORIES):
            number += 1
            branch = branches[number % len(branches)]
            user = UserFactory(first_name=f"P{number:03d}", last_name=f"Etternavn {index % 4}")
            MembershipFactory(user=user, branch=branch, joined_on=days(-start))
            role = (Role.TILLITSVALGT, Role.FOLKEVALGT, None)[number % 3]
            if role:
                make_role(user, branch, role, days_ago=start)
            if number % 7 == 0:  # the same role in a second branch
                make_role(user, branches[(number + 1) % len(branches)], Role.TILLITSVALGT)
            if number % 11 == 0:  # a second start in the same branch
                make_role(user, branch, Role.TILLITSVALGT, days_ago=start + 3)
            for course in courses:
                give(user, course, history if number % 2 else HISTORIES[(index + 3) % 11])
    gone = UserFactory(first_name="Borte", last_name="Etternavn 0")
    MembershipFactory(user=gone, branch=org.bergen, joined_on=days(-100), left_on=days(-1))
    inactive = UserFactory(first_name="Sperret", last_name="Etternavn 1", is_active=False)
    MembershipFactory(user=inactive, branch=org.bergen, joined_on=days(-100))
    make_role(inactive, org.bergen, Role.TILLITSVALGT, days_ago=100)
    return requirements


def counted(rows) -> RowCounts:
    """RowCounts from the rows themselves."""
    overdue = [row for row in rows if row.status == Status.OVERDUE]
    return RowCounts(
        rows=len(rows),
        people=len({row.user_id for row in rows}),
        overdue_people=len({row.user_id for row in overdue}),
        overdue_reminders=len({(row.requirement.pk, row.user_id) for row in overdue}),
    )


FILTERS = [
    PeopleFilter(),
    PeopleFilter(new_members_only=True),
    PeopleFilter(own_branch_only=True),
    PeopleFilter(search="etternavn 1"),
    *(PeopleFilter(status=status) for status in Status),
]


def test_counts_agree_with_the_rows(org, crowd):
    for people in FILTERS:
        requirements = crowd
        if people.new_members_only:
            requirements = [r for r in crowd if r.audience == Audience.MEMBER]
        for scope in (org.national, org.vestland, org.bergen):
            rows = StatusRows(scope_paths=[scope.path], requirements=requirements, people=people)
            listed = list(rows)
            assert listed, (people, scope)
            # The number of people alone reads no course: asked before counts(), then after.
            assert rows.people_count() == len({row.user_id for row in listed}), (people, scope)
            assert rows.counts() == counted(listed), (people, scope)
            assert rows.people_count() == rows.counts().people


def test_counts_agree_with_the_rows_for_one_person(org, crowd):
    for row in list(StatusRows(scope_paths=[org.national.path], requirements=crowd))[::37]:
        rows = StatusRows(
            scope_paths=[org.national.path],
            requirements=crowd,
            people=PeopleFilter(user_id=row.user_id),
        )
        listed = list(rows)
        assert rows.counts() == counted(listed)
        assert rows[0:None] == listed


def test_every_status_occurs(org, crowd):
    """The crowd has people in every status of every kind of requirement it can have."""
    seen = {
        (row.requirement.pk, row.status)
        for row in StatusRows(scope_paths=[org.national.path], requirements=crowd)
    }
    officers, elected, onboarding, members = crowd
    assert {status for pk, status in seen if pk == officers.pk} == set(Status)
    assert {status for pk, status in seen if pk == members.pk} == set(Status)
    assert {status for pk, status in seen if pk == elected.pk} == {
        Status.OVERDUE,
        Status.NOT_STARTED,
        Status.IN_PROGRESS,
        Status.COMPLETED,
    }
    assert {status for pk, status in seen if pk == onboarding.pk} == {
        Status.OVERDUE,
        Status.NOT_STARTED,
        Status.IN_PROGRESS,
        Status.COMPLETED,
    }


def test_the_summary_agrees_with_the_rows(org, crowd):
    units = [(org.national, False), (org.vestland, True), (org.trondelag, True)]
    summary, totals = branch_summary(units=units, requirements=crowd)
    rows = list(StatusRows(scope_paths=[org.national.path], requirements=crowd))
    paths = dict(Branch.objects.values_list("pk", "path"))
    for (branch, whole), row in zip(units, summary, strict=True):
        for requirement, cell in zip(crowd, row.cells, strict=True):
            mine = [
                r
                for r in rows
                if r.requirement == requirement
                and (
                    is_within(paths[r.branch_id], [branch.path])
                    if whole
                    else r.branch_id == branch.pk
                )
            ]
            statuses = Counter(r.status for r in mine)
            met = sum(statuses[s] for s in MET_STATUSES[requirement.target])
            assert (cell.required, cell.met, cell.overdue, cell.expiring) == (
                len(mine),
                met,
                statuses[Status.OVERDUE],
                statuses[Status.EXPIRING],
            ), (branch.name, requirement.pk)
    for requirement, total in zip(crowd, totals, strict=True):
        assert total.required == sum(1 for r in rows if r.requirement == requirement)


@pytest.mark.parametrize(
    "people",
    [PeopleFilter(), PeopleFilter(new_members_only=True), PeopleFilter(status=Status.OVERDUE)],
    ids=["all", "new", "overdue"],
)
def test_a_page_is_the_same_slice_of_the_whole_list(org, crowd, people):
    requirements = crowd
    if people.new_members_only:
        requirements = [r for r in crowd if r.audience == Audience.MEMBER]
    for sort in [*SORTS, *(f"-{key}" for key in SORTS)]:
        rows = StatusRows(
            scope_paths=[org.national.path], requirements=requirements, people=people, sort=sort
        )
        listed = list(rows)
        assert len(listed) > 20
        for start, stop in ((0, 10), (5, 15), (10, 60), (len(listed) - 5, len(listed) + 45)):
            assert rows[start:stop] == listed[start:stop], (sort, start, stop)


def test_a_members_requirement_set_for_a_branch_holds_below_it_in_every_query(
    org, crowd, basic_course
):
    bergen_rule = CourseRequirement.objects.create(
        course=basic_course, audience=Audience.MEMBER, due_within_days=60, branch=org.bergen
    )
    paths = dict(Branch.objects.values_list("pk", "path"))
    for scope in (org.national, org.vestland, org.arstad):
        rows = StatusRows(scope_paths=[scope.path], requirements=[bergen_rule], sort="lag")
        listed = list(rows)
        assert listed, scope
        assert all(is_within(paths[row.branch_id], [org.bergen.path]) for row in listed)
        assert {row.branch_name for row in listed} <= {"Bergen", "Årstad"}
        assert rows.counts() == counted(listed)
        assert rows[0:10] == listed[:10]
        summary, _totals = branch_summary(units=[(scope, True)], requirements=[bergen_rule])
        assert summary[0].cells[0].required == len(listed)


def test_a_summary_of_a_whole_tree_leaves_out_the_people_of_another_tree(org, crowd):
    """A national leader's summary counts people by branch before it keeps the scope's
    branches: people in a second organisation's tree (another root) are never counted."""
    other_party = BranchFactory(kind=BranchKind.NATIONAL, name="Søsterpartiet", slug="soster")
    other_branch = BranchFactory(
        parent=Branch.objects.get(pk=other_party.pk), kind=BranchKind.COUNTY, name="Sápmi"
    )
    for branch in (other_party, other_branch):
        for _ in range(3):
            person = UserFactory()
            MembershipFactory(user=person, branch=branch, joined_on=days(-400))
    officers, _elected, _onboarding, members = crowd
    _summary, totals = branch_summary(units=[(org.national, True)], requirements=crowd)
    rows = list(StatusRows(scope_paths=[org.national.path], requirements=crowd))
    for requirement, total in zip(crowd, totals, strict=True):
        assert total.required == sum(1 for r in rows if r.requirement == requirement)
    other, _ = branch_summary(
        units=[(Branch.objects.get(pk=other_party.pk), True)], requirements=[members, officers]
    )
    assert [cell.required for cell in other[0].cells] == [6, 0]


@pytest.mark.parametrize(
    ("people", "sort"),
    [
        (PeopleFilter(), "status"),
        (PeopleFilter(), "-status"),
        (PeopleFilter(status=Status.OVERDUE), "navn"),
        (PeopleFilter(status=Status.COMPLETED, search="etternavn 1"), "status"),
        (PeopleFilter(own_branch_only=True), "status"),
    ],
    ids=["by-status", "by-status-reversed", "overdue-by-name", "completed-searched", "own"],
)
def test_a_page_read_with_its_counts_is_the_same_as_read_alone(org, crowd, people, sort):
    """Where every row's status is needed, the page and the counts come in one statement:
    the same rows and counts as the slice and counts() give, for every page up to one past
    the end (which reads the last page, as the paginator shows it)."""
    listed = list(StatusRows(scope_paths=[org.vestland.path], requirements=crowd, people=people))
    expected_counts = counted(listed)
    size = 7
    pages = (len(listed) + size - 1) // size
    for number in range(1, pages + 2):
        start = (number - 1) * size
        rows = StatusRows(
            scope_paths=[org.vestland.path], requirements=crowd, people=people, sort=sort
        )
        alone = StatusRows(
            scope_paths=[org.vestland.path], requirements=crowd, people=people, sort=sort
        )
        rows.read_page_with_counts(start, size)
        assert rows.counts() == expected_counts
        shown = min(start, max(0, (len(listed) - 1) // size * size))
        stop = min(shown + size, len(listed))
        with CaptureQueriesContext(connection) as read:
            page = rows[shown:stop]
        assert not read.captured_queries, "the page was read with the counts"
        assert page == alone[shown:stop], (sort, number)
