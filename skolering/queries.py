from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet

from skolering.models import Membership, RoleAssignment, User


def memberships_of(user: User) -> QuerySet:
    return Membership.objects.filter(user=user).select_related("branch").order_by("-joined_on")


def role_assignments_of(user: User) -> QuerySet:
    return (
        RoleAssignment.objects.filter(user=user)
        .select_related("branch")
        .order_by("-starts_on", "role")
    )


def with_admin_access(users: QuerySet) -> QuerySet:
    """Those of `users` who may use the Wagtail admin or are staff: editors and administrators,
    whom retention keeps and the register sync never takes over."""
    access_admin = Permission.objects.filter(
        codename="access_admin", content_type__app_label="wagtailadmin"
    )
    return users.filter(
        Q(is_staff=True)
        | Q(is_superuser=True)
        | Q(user_permissions__in=access_admin)
        | Q(groups__permissions__in=access_admin)
    )
