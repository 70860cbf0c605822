from django.db.models import QuerySet

from skolering.models import Membership, RoleAssignment, User


def memberships_of(user: User) -> QuerySet:
    return Membership.objects.filter(user=user).select_related("branch").order_by("-joined_on")


def role_assignments_of(user: User) -> QuerySet:
    return (
        RoleAssignment.objects.filter(user=user)
        .select_related("branch")
        .order_by("-starts_on", "role")
    )
