"""Who may see which branch: the one place that scopes access to other people's data and to local
content.

Branches form a tree whose paths start with their ancestors' paths (treebeard's materialised
path), so "a branch and everything below it" is a path prefix. `path_prefix_q` is the one
statement of that filter, for any field that holds a branch path; `is_within` is the same rule in
Python. The hand-written SQL of compliance/queries.py repeats it as a range of paths,
`path >= 'prefix' AND path < next_prefix('prefix')` (see `path_range`), which a btree index on
the path can answer; a test proves that both agree.

- Leaders (leder) and training officers (skoleringsansvarlig) of a branch see that branch and
  every branch below it, for as long as the role is in force. Superusers get no exception here:
  they maintain data in the Wagtail admin, which has its own permissions.
- Members see the local sections of their home branch and of the branches above it.
- Requirement administrators set requirements for the branches they lead (all of the party when
  they lead nationally, and superusers for all of it too).
- Editors edit national content and every branch's; local editors only what their branches own.

Every view that shows other people's data scopes its query through these functions.
"""

import re
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from skolering.models import LEADING_ROLES, Branch, BranchKind, Membership, RoleAssignment, User

# A branch id as typed into an address: ASCII digits (str.isdigit would take "²" or "١٢"), and
# short enough for the database's integer.
BRANCH_ID = re.compile(r"[0-9]{1,18}")


def path_prefix_q(paths: Iterable[str], *, field: str = "path") -> Q:
    """Rows whose tree path in `field` lies in or below any of `paths`: a branch and its
    subtree, or (for Wagtail's page tree, built the same way) a section and its pages. No paths
    match nothing."""
    scope = Q(pk__in=[])
    for path in paths:
        scope |= Q(**{f"{field}__startswith": path})
    return scope


def path_range(prefix: str) -> tuple[str, str | None]:
    """The paths that start with `prefix` as a half-open range [prefix, upper): `upper` is the
    first path after all of them, the prefix with its last character moved one step up treebeard's
    alphabet (a last character at the end of the alphabet is dropped and the one before it moved
    up instead); None when nothing is above (the empty prefix, or one of only last characters).
    Paths hold only the alphabet's characters, which sort in its order, as treebeard's own
    `get_children` (a path range) relies on too."""
    alphabet = Branch.alphabet
    upper = prefix
    while upper:
        position = alphabet.index(upper[-1])
        if position + 1 < len(alphabet):
            return prefix, upper[:-1] + alphabet[position + 1]
        upper = upper[:-1]
    return prefix, None


def minimal_prefixes(paths: Iterable[str]) -> list[str]:
    """`paths` without those that lie below another of them, sorted: the same branches with
    everything below them, in as few prefixes as there are separate subtrees."""
    prefixes: list[str] = []
    for path in sorted(set(paths)):  # sorted, so an ancestor comes before its descendants
        if not prefixes or not path.startswith(prefixes[-1]):
            prefixes.append(path)
    return prefixes


def is_within(path: str, tops: Iterable[str]) -> bool:
    """Whether the branch with this path lies in or below one of the branches `tops` (paths)."""
    return any(path.startswith(top) for top in tops)


def ancestor_paths(path: str) -> list[str]:
    """The tree paths of a branch and every branch above it."""
    step = Branch.steplen
    return [path[:end] for end in range(step, len(path) + 1, step)]


# Leaders and training officers


def leading_assignments(user: User) -> QuerySet:
    """The user's leader and training-officer roles in force today."""
    if not user.is_authenticated or not user.is_active:
        return RoleAssignment.objects.none()
    if getattr(user, "leads_a_branch_today", None) is False:
        # Read with the session this request (skolering/sessions.py): nothing to look for.
        return RoleAssignment.objects.none()
    return RoleAssignment.objects.active().filter(user=user, role__in=LEADING_ROLES)


def led_branch_paths(user: User) -> list[str]:
    """Tree paths of the branches the user leads, with branches below another led one dropped."""
    return minimal_prefixes(leading_assignments(user).values_list("branch__path", flat=True))


def led_branches(user: User) -> list[Branch]:
    """The branches the user leads, with branches below another led one dropped (one query)."""
    branches = {
        assignment.branch.path: assignment.branch
        for assignment in leading_assignments(user).select_related("branch")
    }
    return [branches[path] for path in minimal_prefixes(branches)]


def branches_below(tops: Iterable[Branch]) -> QuerySet:
    """The branches `tops` and every branch below them."""
    return Branch.objects.filter(path_prefix_q(top.path for top in tops))


class LeaderScope:
    """Where a leader is looking: a branch they may see (with everything below it), or, when
    they lead several separate branches and have not picked one, all of them."""

    def __init__(self, tops: list[Branch], branch: Branch | None):
        self.tops = tops
        self.branch = branch

    @property
    def paths(self) -> list[str]:
        return [self.branch.path] if self.branch else [top.path for top in self.tops]

    @property
    def audit_branch(self) -> Branch | None:
        return self.branch or (self.tops[0] if len(self.tops) == 1 else None)

    @property
    def branches(self) -> list[Branch]:
        return [self.branch] if self.branch else self.tops

    @cached_property
    def trail(self) -> list[Branch]:
        """The branches from the top the leader leads down to the one they look at."""
        if self.branch is None:
            return []
        top = next(top for top in self.tops if is_within(self.branch.path, [top.path]))
        return [*self.branch.get_ancestors().filter(depth__gte=top.depth), self.branch]


def leader_scope(user: User, branch_id: str = "") -> LeaderScope:
    """The leader's scope, looking at the branch with the id `branch_id` (as typed in the address,
    `?lag=`) or, without one, at what they lead. 403 for anyone who leads nothing; 404 for a
    branch outside what the leader may see, or an id that is no branch at all, so that a guess
    tells nothing."""
    tops = led_branches(user)
    if not tops:
        raise PermissionDenied(_("This page is for leaders and training officers."))
    if not branch_id:
        return LeaderScope(tops, tops[0] if len(tops) == 1 else None)
    if not BRANCH_ID.fullmatch(branch_id):
        raise Http404
    branch = branches_below(tops).filter(pk=int(branch_id)).first()
    if branch is None:
        raise Http404
    return LeaderScope(tops, branch)


def leads_today(user_id_field: str) -> Exists:
    """Whether the user whose id is in `user_id_field` leads or trains a branch today, as an
    expression for another query."""
    return Exists(
        RoleAssignment.objects.active().filter(
            user_id=OuterRef(user_id_field), role__in=LEADING_ROLES
        )
    )


def leads_a_branch(request) -> bool:
    """Whether the requesting user leads or trains a branch today. Asked once per request: the
    header's menu and the page share the answer."""
    if not hasattr(request, "_leads_a_branch"):
        # Read with the session (skolering/sessions.py), when the user came from one.
        known = getattr(request.user, "leads_a_branch_today", None)
        request._leads_a_branch = (
            known if known is not None else leading_assignments(request.user).exists()
        )
    return request._leads_a_branch


def is_facilitator(request) -> bool:
    """Leaders, training officers and editors see the facilitator notes in modules."""
    user = request.user
    if not user.is_authenticated or not user.is_active:
        return False
    # Django keeps the user's permissions for the request (the admin bar asks too).
    return user.has_perm("wagtailadmin.access_admin") or leads_a_branch(request)


# Members and local content


def home_branch(user: User) -> Branch | None:
    """The branch of the user's membership in force today, if any."""
    if not user.is_authenticated:
        return None
    membership = Membership.objects.active().filter(user=user).select_related("branch").first()
    return membership.branch if membership else None


def local_content_scope(user: User) -> tuple[str, ...]:
    """What decides which local sections the user sees: the paths of the branches they lead,
    then their home branch's path ("" for none)."""
    if not user.is_authenticated:
        return ()
    branch = home_branch(user)
    return (*led_branch_paths(user), branch.path if branch else "")


def local_content_q(user: User, *, field: str = "branch__path", scope: tuple | None = None) -> Q:
    """The branches whose local sections (courses and modules) the user sees, as a filter on
    `field` (a branch path): their home branch and the branches above it, and the branches they
    lead and everything below them. Anonymous visitors see none."""
    scope = local_content_scope(user) if scope is None else scope
    if not scope:
        return Q(pk__in=[])
    *led, home = scope
    allowed = path_prefix_q(led, field=field)
    if home:
        allowed |= Q(**{f"{field}__in": ancestor_paths(home)})
    return allowed


# Requirement administrators


def requirement_admin_branches(user: User) -> list[Branch] | None:
    """Where the user may set requirements: None for the whole party (superusers, and those who
    lead or train at the national level); otherwise the branches they lead, with everything
    below them, possibly none. The admin's own permissions decide whether they may at all."""
    if user.is_superuser:
        return None
    tops = led_branches(user)
    if any(branch.kind == BranchKind.NATIONAL for branch in tops):
        return None
    return tops


def people_in_admin_scope(user: User) -> QuerySet:
    """The active people a training administrator may name (as course leaders, say): everyone
    for the whole party; otherwise those with a membership or a role in force in the branches
    they lead or below them."""
    people = User.objects.filter(is_active=True)
    tops = requirement_admin_branches(user)
    if tops is None:
        return people
    paths = [top.path for top in tops]
    in_scope = Membership.objects.active().filter(path_prefix_q(paths, field="branch__path"))
    roles = RoleAssignment.objects.active().filter(path_prefix_q(paths, field="branch__path"))
    return people.filter(Q(pk__in=in_scope.values("user_id")) | Q(pk__in=roles.values("user_id")))


def requirement_admin_q(user: User, *, field: str = "branch__path") -> Q:
    """The requirement administrator's scope as a filter on `field` (a branch path); everything
    for the whole party."""
    tops = requirement_admin_branches(user)
    if tops is None:
        return Q()
    return path_prefix_q((top.path for top in tops), field=field)


# Editors


def edited_branch_ids(user: User, permission: str) -> list[int] | None:
    """Whose content the user may act on with `permission` ("app_label.codename"): None for
    national content and every branch's (superusers, and groups granting it that are not a
    branch's local editors); otherwise the branches of the local editor groups granting it,
    possibly none."""
    if user.is_superuser:
        return None
    app_label, codename = permission.split(".")
    granting = user.groups.filter(
        permissions__content_type__app_label=app_label, permissions__codename=codename
    )
    branch_ids = list(granting.values_list("branch_editors__branch_id", flat=True))
    if any(branch_id is None for branch_id in branch_ids):
        return None
    return branch_ids


def owned_content_q(user: User, permission: str, *, field: str = "branch") -> Q:
    """Content the user may act on with `permission`, by its owning branch (`field`, empty for
    national content)."""
    branch_ids = edited_branch_ids(user, permission)
    if branch_ids is None:
        return Q()
    return Q(**{f"{field}__in": branch_ids})
