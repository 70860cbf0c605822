from django.db import transaction
from django.utils.translation import gettext as _

from skolering.models import AuditEvent, Branch, User


@transaction.atomic
def audit_event_record(
    *,
    actor: User | None,
    action: str,
    branch: Branch | None = None,
    subject: User | None = None,
    details: dict | None = None,
) -> AuditEvent:
    """Append one audit event. Anonymous actors are recorded as no actor."""
    if actor is not None and not actor.is_authenticated:
        actor = None
    return AuditEvent.objects.create(
        actor=actor, action=action, branch=branch, subject=subject, details=details or {}
    )


@transaction.atomic
def branch_create(
    *,
    parent: Branch | None,
    kind: str,
    name: str,
    slug: str,
    number: str = "",
    municipality_number: str = "",
) -> Branch:
    """Create a branch in its place in the tree, refusing a parent of the wrong kind."""
    branch = Branch(
        kind=kind, name=name, slug=slug, number=number, municipality_number=municipality_number
    )
    branch.validate_placement(parent)
    branch.full_clean(exclude=["path", "depth", "numchild"])
    if parent is None:
        return Branch.add_root(instance=branch)
    # Re-read the parent: treebeard places the child from the parent's stored path and numchild.
    return Branch.objects.get(pk=parent.pk).add_child(instance=branch)


def branch_delete_blockers(branch: Branch) -> list[str]:
    """Reasons a branch cannot be deleted; deleting one would take its history with it."""
    reasons = []
    if branch.get_children_count():
        reasons.append(_("Move or delete the branches below it first."))
    if branch.memberships.exists():
        reasons.append(_("It has memberships: move its members to another branch first."))
    if branch.role_assignments.exists():
        reasons.append(_("It has role assignments: end or move them first."))
    return reasons


@transaction.atomic
def branch_update(
    *,
    branch: Branch,
    parent: Branch | None,
    kind: str,
    name: str,
    slug: str,
    number: str = "",
    municipality_number: str | None = None,
) -> Branch:
    """Change a branch's fields and, if `parent` differs, move it with everything below it."""
    branch.kind, branch.name, branch.slug, branch.number = kind, name, slug, number
    if municipality_number is not None:
        branch.municipality_number = municipality_number
    branch.validate_placement(parent)
    branch.full_clean(exclude=["path", "depth", "numchild"])
    branch.save()
    if parent is not None and parent != branch.get_parent(update=True):
        branch.move(Branch.objects.get(pk=parent.pk), pos="sorted-child")
        branch.refresh_from_db()
    return branch
