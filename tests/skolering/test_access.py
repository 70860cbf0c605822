import pytest

from django.core.exceptions import PermissionDenied
from django.http import Http404

from devtools.factories import UserFactory
from skolering.access import branches_below, leader_scope, led_branches
from skolering.models import Role


def visible_names(user):
    return sorted(branches_below(led_branches(user)).values_list("name", flat=True))


def can_see_branch(user, branch) -> bool:
    """Whether the leader may look at the branch on the leader pages (`?lag=<id>`)."""
    try:
        return leader_scope(user, str(branch.pk)).branch == branch
    except (Http404, PermissionDenied):
        return False


@pytest.fixture
def person(db):
    return UserFactory()


def test_a_municipal_leader_sees_their_municipality_and_its_chapters(org, person, make_role):
    make_role(person, org.bergen, Role.LEDER)
    assert visible_names(person) == ["Bergen", "Årstad"]
    assert can_see_branch(person, org.arstad)


def test_a_municipal_leader_sees_neither_a_sibling_nor_the_county(org, person, make_role):
    make_role(person, org.bergen, Role.LEDER)
    assert not can_see_branch(person, org.voss)
    assert not can_see_branch(person, org.vestland)
    assert not can_see_branch(person, org.trondheim)


def test_a_county_leader_sees_every_municipality_in_the_county(org, person, make_role):
    make_role(person, org.vestland, Role.LEDER)
    assert visible_names(person) == ["Bergen", "Vestland", "Voss", "Årstad"]
    assert not can_see_branch(person, org.trondelag)


def test_a_training_officer_sees_like_a_leader(org, person, make_role):
    make_role(person, org.trondelag, Role.SKOLERINGSANSVARLIG)
    assert visible_names(person) == ["Trondheim", "Trøndelag"]


def test_leading_two_branches_shows_both_subtrees_once(org, person, make_role):
    make_role(person, org.bergen, Role.LEDER)
    make_role(person, org.vestland, Role.SKOLERINGSANSVARLIG)
    make_role(person, org.trondheim, Role.LEDER)
    assert visible_names(person) == ["Bergen", "Trondheim", "Vestland", "Voss", "Årstad"]


def test_a_plain_member_sees_nothing(org, member):
    assert visible_names(member) == []
    assert not can_see_branch(member, org.bergen)


@pytest.mark.parametrize("role", [Role.TILLITSVALGT, Role.FOLKEVALGT])
def test_officers_and_elected_representatives_see_nothing(org, person, make_role, role):
    make_role(person, org.bergen, role)
    assert visible_names(person) == []


def test_a_role_that_has_ended_grants_nothing(org, person, make_role):
    make_role(person, org.bergen, Role.LEDER, days_ago=400, ends_in_days=-1)
    assert visible_names(person) == []


def test_a_role_ending_today_still_counts_today(org, person, make_role):
    make_role(person, org.bergen, Role.LEDER, days_ago=400, ends_in_days=0)
    assert visible_names(person) == ["Bergen", "Årstad"]


def test_a_role_that_starts_tomorrow_grants_nothing_yet(org, person, make_role):
    make_role(person, org.bergen, Role.LEDER, days_ago=-1)
    assert visible_names(person) == []


def test_an_inactive_account_sees_nothing(org, person, make_role):
    make_role(person, org.bergen, Role.LEDER)
    person.is_active = False
    person.save()
    assert visible_names(person) == []


def test_a_superuser_without_a_role_gets_no_leader_scope(org, db):
    admin = UserFactory(is_superuser=True, is_staff=True)
    assert visible_names(admin) == []
