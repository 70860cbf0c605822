"""The status SQL writes the branch-scope rule of skolering.access by hand, as path ranges
(`path >= 'prefix' AND path < 'next prefix'`, skolering.access.path_range). On the same
organisation, both must select the same people for every scope."""

import pytest

from compliance.queries import PeopleFilter, StatusRows
from skolering.access import path_prefix_q
from skolering.models import Membership


@pytest.fixture
def everyone(org, person):
    """Two members in each branch, a name with Sámi letters among them."""
    branches = [org.national, org.vestland, org.trondelag, org.bergen]
    branches += [org.voss, org.trondheim, org.arstad]
    for branch in branches:
        person(branch, role=None, first_name="Áile", last_name=f"Čoarvi {branch.slug}")
        person(branch, role=None, first_name="Ørjan", last_name=f"Ås {branch.slug}")
    return branches


def test_the_status_sql_and_access_py_select_the_same_people_for_every_scope(
    everyone, onboarding_requirement
):
    for scope in everyone:
        sql_people = {
            row.user_id
            for row in StatusRows(scope_paths=[scope.path], requirements=[onboarding_requirement])
        }
        orm_people = set(
            Membership.objects.active()
            .filter(path_prefix_q([scope.path], field="branch__path"))
            .values_list("user_id", flat=True)
        )
        assert sql_people == orm_people, scope.name
        assert len(orm_people) == 2 * sum(1 for b in everyone if b.path.startswith(scope.path))


def test_a_scope_of_several_branches_is_their_union_in_both(everyone, onboarding_requirement, org):
    paths = [org.bergen.path, org.trondelag.path]
    sql_people = {
        row.user_id for row in StatusRows(scope_paths=paths, requirements=[onboarding_requirement])
    }
    orm_people = set(
        Membership.objects.active()
        .filter(path_prefix_q(paths, field="branch__path"))
        .values_list("user_id", flat=True)
    )
    assert sql_people == orm_people
    # Bergen, Årstad, Trøndelag and Trondheim: two members each.
    assert len(sql_people) == 8


def test_a_requirement_set_for_a_county_holds_only_inside_it_in_both(
    everyone, onboarding_requirement, org
):
    onboarding_requirement.branch = org.vestland
    onboarding_requirement.save()
    rows = StatusRows(
        scope_paths=[org.national.path],
        requirements=[onboarding_requirement],
        people=PeopleFilter(),
    )
    sql_people = {row.user_id for row in rows}
    orm_people = set(
        Membership.objects.active()
        .filter(path_prefix_q([org.vestland.path], field="branch__path"))
        .values_list("user_id", flat=True)
    )
    assert sql_people == orm_people and len(sql_people) == 8
