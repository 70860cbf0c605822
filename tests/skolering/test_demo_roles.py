"""The demo's people are consistent: nobody holds a role (verv) from before they joined."""

from django.db.models import Min

from skolering.models import Membership, RoleAssignment


def test_no_role_in_the_demo_starts_before_its_holders_membership(demo_in_transaction):
    joined = dict(
        Membership.objects.values("user_id")
        .annotate(first=Min("joined_on"))
        .values_list("user_id", "first")
    )
    roles = RoleAssignment.objects.filter(user_id__in=joined).select_related("user")
    assert roles.count() >= 20
    early = [
        (role.user.email, role.role, role.starts_on, joined[role.user_id])
        for role in roles
        if role.starts_on < joined[role.user_id]
    ]
    assert early == []
    for role in roles.exclude(ends_on=None):
        assert role.ends_on >= role.starts_on, role.user.email
