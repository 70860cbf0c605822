"""The leader dashboard at national scale: the scope as path ranges that an index can answer,
a fixed number of queries whatever the number of people, and a summary whose texts, links and
chart bars are made in Python once per cell."""

import datetime
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from compliance.queries import StatusRows
from devtools.factories import MembershipFactory, UserFactory
from skolering.access import minimal_prefixes, path_prefix_q, path_range
from skolering.models import Branch, BranchKind, Membership, Role, RoleAssignment, User
from tests.compliance.conftest import complete

# --- Path ranges ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "upper"),
    [
        ("0001", "0002"),
        ("00010009", "0001000A"),  # digits run into letters
        ("0001000Z", "0001001"),  # the last character of the alphabet carries
        ("000ZZZZZ", "001"),
        ("ZZZZ", None),  # nothing sorts after it
        ("", None),  # the whole tree
    ],
)
def test_a_prefix_is_the_range_up_to_the_next_one(prefix, upper):
    assert path_range(prefix) == (prefix, upper)


def test_the_range_holds_exactly_the_paths_that_start_with_the_prefix():
    paths = ["0001", "0001000Z", "0001000Z0001", "00010010", "000Y", "000Z", "000Z0001", "0010"]
    for prefix in paths:
        lower, upper = path_range(prefix)
        inside = {p for p in paths if lower <= p and (upper is None or p < upper)}
        assert inside == {p for p in paths if p.startswith(prefix)}, prefix


def test_minimal_prefixes_drop_what_a_shorter_prefix_covers():
    assert minimal_prefixes(["00010002", "0001", "00020001000A", "00020001", "0001"]) == [
        "0001",
        "00020001",
    ]
    assert minimal_prefixes(["0003", "", "0001"]) == [""]
    assert minimal_prefixes([]) == []


@pytest.fixture
def edge_tree(db):
    """Root branches whose paths end at the alphabet's last character, where the next prefix
    has to carry: 000Y, 000Z (with a child 000Z0001) and 0010. Two members in each."""
    paths = ["000Y", "000Z", "000Z0001", "0010"]
    branches = Branch.objects.bulk_create(
        [
            Branch(
                path=path,
                depth=len(path) // Branch.steplen,
                numchild=1 if path == "000Z" else 0,
                kind=BranchKind.MUNICIPALITY,
                name=f"Lag {path}",
                slug=f"lag-{path.lower()}",
            )
            for path in paths
        ]
    )
    for branch in Branch.objects.filter(pk__in=[b.pk for b in branches]):
        for _ in range(2):
            MembershipFactory(user=UserFactory(), branch=branch)
    return paths


def test_the_database_compares_paths_as_the_range_does_at_the_alphabets_end(
    edge_tree, onboarding_requirement
):
    for scope in edge_tree:
        sql_people = {
            row.user_id
            for row in StatusRows(scope_paths=[scope], requirements=[onboarding_requirement])
        }
        orm_people = set(
            Membership.objects.active()
            .filter(path_prefix_q([scope], field="branch__path"))
            .values_list("user_id", flat=True)
        )
        assert sql_people == orm_people, scope
    people_under_z = StatusRows(scope_paths=["000Z"], requirements=[onboarding_requirement])
    assert people_under_z.counts().people == 4  # 000Z and 000Z0001, not 0010


# --- Queries per page -----------------------------------------------------------------------


def many_people(branch, count: int) -> None:
    """`count` officers and members in `branch`, written in bulk."""
    tag = f"{branch.slug}-{count}"
    User.objects.bulk_create(
        [User(email=f"p{n}-{tag}@example.org", last_name=f"{n:04d}") for n in range(count)]
    )
    users = list(User.objects.filter(email__endswith=f"-{tag}@example.org"))
    today = timezone.localdate()
    Membership.objects.bulk_create(
        [
            Membership(user=user, branch=branch, joined_on=today - datetime.timedelta(days=n % 90))
            for n, user in enumerate(users)
        ]
    )
    RoleAssignment.objects.bulk_create(
        [
            RoleAssignment(
                user=user,
                branch=branch,
                role=Role.TILLITSVALGT,
                starts_on=today - datetime.timedelta(days=n % 200),
            )
            for n, user in enumerate(users)
        ]
    )


@pytest.fixture
def national_leader(org, leader):
    return leader(org.national, "sentral-leder@example.org")


# The most queries each leader page may make, with 10 people as with 1 000: counted on
# PostgreSQL and SQLite alike (session, user, permissions, scope, requirements, the status
# statements, the audit event and its transaction).
LEADER_PAGES = {
    "/leder/": 18,
    "/leder/?lag={vestland}": 20,
    "/leder/personer/": 17,
    "/leder/personer/?lag={bergen}&status=forfalt&sorter=navn": 19,
    "/leder/personer/eksport.csv": 14,
}


@pytest.mark.parametrize("url", LEADER_PAGES)
def test_leader_pages_make_as_many_queries_for_1000_people_as_for_10(
    client,
    org,
    national_leader,
    officer_requirement,
    onboarding_requirement,
    url,
    django_assert_max_num_queries,
):
    client.force_login(national_leader)
    address = url.format(vestland=org.vestland.pk, bergen=org.bergen.pk)
    counts = []
    for branch, size in ((org.bergen, 10), (org.voss, 990)):
        many_people(branch, size)
        client.get(address)  # sessions and caches settle
        with (
            django_assert_max_num_queries(LEADER_PAGES[url]),
            CaptureQueriesContext(connection) as captured,
        ):
            response = client.get(address)
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1], counts


# --- What the summary shows -----------------------------------------------------------------


def test_a_summary_cell_and_its_bar_show_the_counts(
    client, org, leader, person, officer_requirement, culture_course
):
    """Bergen has two officers: one has completed, one is overdue. The cell links to both
    groups, and the chart's bar is half green, half red (with a gap)."""
    county_leader = leader(org.vestland, "fylke@example.org")
    done = person(org.bergen, days_ago=200, first_name="Dina", last_name="Ferdig")
    person(org.bergen, days_ago=200, first_name="Sindre", last_name="Sen")
    complete(done, culture_course, valid_until=timezone.localdate() + datetime.timedelta(days=400))
    client.force_login(county_leader)
    page = client.get("/leder/").content.decode()

    query = f"lag={org.bergen.pk}&amp;rolle=tillitsvalgt&amp;kurs={culture_course.pk}"
    assert f'<a href="/leder/personer/?{query}">1 av 2 oppfylt</a>' in page
    assert (
        f'<a class="summary-cell__overdue" href="/leder/personer/?{query}&amp;status=forfalt">'
        "1 forfalt</a>"
    ) in page
    assert 'data-label="Trygge fellesskap (tillitsvalgt)"' in page
    bar = re.search(r'<text class="chart__label" x="0" y="(\d+)">Bergen</text>(.*?)</text>', page)
    assert bar is not None
    assert 'class="chart__met" x="0"' in bar.group(2) and 'width="73"' in bar.group(2)
    assert '<rect class="chart__overdue" x="75"' in bar.group(2)
    assert "50 % oppfylt, 1 forfalt" in page
