"""Who may see which branch: the one place that scopes leaders' access to other people's data.

A leader (leder) or training officer (skoleringsansvarlig) of a branch sees that branch and every
branch below it, for as long as the role is in force. Everybody else sees no branch. Superusers
get no exception here: they maintain data in the Wagtail admin, which has its own permissions.
Every view that shows other people's data scopes its query through these functions.
"""

import datetime

from django.db.models import Q, QuerySet

from skolering.models import LEADING_ROLES, Branch, RoleAssignment, User


def leading_assignments(user: User, *, on: datetime.date | None = None) -> QuerySet:
    """The user's leader and training-officer roles in force on `on` (today by default)."""
    if not user.is_authenticated or not user.is_active:
        return RoleAssignment.objects.none()
    return RoleAssignment.objects.active(on).filter(user=user, role__in=LEADING_ROLES)


def led_branch_paths(user: User, *, on: datetime.date | None = None) -> list[str]:
    """Tree paths of the branches the user leads, with branches below another led one dropped."""
    paths = leading_assignments(user, on=on).values_list("branch__path", flat=True)
    return _tops(sorted(set(paths)))


def led_branches(user: User, *, on: datetime.date | None = None) -> list[Branch]:
    """The branches the user leads, with branches below another led one dropped (one query)."""
    branches = {
        assignment.branch.path: assignment.branch
        for assignment in leading_assignments(user, on=on).select_related("branch")
    }
    tops = _tops(sorted(branches))
    return [branches[path] for path in tops]


def _tops(sorted_paths: list[str]) -> list[str]:
    tops: list[str] = []
    for path in sorted_paths:  # sorted, so an ancestor comes before its descendants
        if not any(path.startswith(top) for top in tops):
            tops.append(path)
    return tops


def branch_within(tops: list[Branch], branch_id: str) -> Branch | None:
    """The branch with this id (as typed in an address) if it lies in or below one of the led
    branches `tops`; None for anything else, so that a guess tells nothing."""
    if not branch_id.isdigit() or len(branch_id) > 18:
        return None
    branch = Branch.objects.filter(pk=int(branch_id)).first()
    if branch is None or not any(branch.path.startswith(top.path) for top in tops):
        return None
    return branch


def visible_branches(user: User, *, on: datetime.date | None = None) -> QuerySet:
    """Every branch the user may see: the led branches and everything below them."""
    tops = led_branch_paths(user, on=on)
    if not tops:
        return Branch.objects.none()
    scope = Q()
    for path in tops:
        scope |= Q(path__startswith=path)
    return Branch.objects.filter(scope)


def can_see_branch(user: User, branch: Branch, *, on: datetime.date | None = None) -> bool:
    return any(branch.path.startswith(top) for top in led_branch_paths(user, on=on))


def is_facilitator(user: User) -> bool:
    """Leaders, training officers and editors see the facilitator notes in modules."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.has_perm("wagtailadmin.access_admin") or leading_assignments(user).exists()
