"""Retention: personal data is kept only while it is needed. A member whose last membership
ended more than RETENTION_MEMBER_DAYS ago is erased (skolering.personal_data), and audit events
older than RETENTION_AUDIT_MONTHS months are removed. Apps that keep files or records only for a
while remove what has expired through a module `expiry` with `expiring(*, now)` and
`expire(*, now)` (each: how many, by kind), found by name
(compliance: leaders' exports made in the background). Nothing else is touched."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from skolering.dates import add_months
from skolering.models import AuditEvent, Membership, RoleAssignment, User
from skolering.personal_data import personal_data_erase
from skolering.queries import with_admin_access
from skolering.site_content import app_modules


@dataclass
class RetentionPlan:
    today: datetime.date
    membership_ended_before: datetime.date
    audit_events_before: datetime.datetime
    to_erase: list[User] = field(default_factory=list)
    kept: list[tuple[User, str]] = field(default_factory=list)  # (user, why)
    old_audit_events: int = 0
    expiring: dict[str, int] = field(default_factory=dict)  # other apps' records, by kind
    expired: dict[str, int] = field(default_factory=dict)  # and how many went, once applied


def retention_plan(*, today: datetime.date | None = None) -> RetentionPlan:
    today = today or timezone.localdate()
    ended_before = today - datetime.timedelta(days=settings.RETENTION_MEMBER_DAYS)
    audit_before = timezone.make_aware(
        datetime.datetime.combine(
            add_months(today, -settings.RETENTION_AUDIT_MONTHS), datetime.time()
        )
    )
    plan = RetentionPlan(today, ended_before, audit_before)
    still_members = Membership.objects.filter(
        Q(left_on__isnull=True) | Q(left_on__gte=ended_before)
    ).values("user_id")
    former = (
        User.objects.filter(memberships__isnull=False)
        .exclude(pk__in=still_members)
        .distinct()
        .order_by("pk")
    )
    with_roles = set(
        RoleAssignment.objects.active(today)
        .filter(user__in=former)
        .values_list("user_id", flat=True)
    )
    with_admin = set(with_admin_access(former).values_list("pk", flat=True))
    for user in former:
        if user.pk in with_admin:
            plan.kept.append((user, "has access to the admin"))
        elif user.pk in with_roles:
            plan.kept.append((user, "holds a role in force"))
        else:
            plan.to_erase.append(user)
    plan.old_audit_events = AuditEvent.objects.filter(created_at__lt=audit_before).count()
    now = timezone.now()
    for module in app_modules("expiry"):
        plan.expiring |= module.expiring(now=now)
    return plan


def retention_apply(*, plan: RetentionPlan) -> tuple[int, int]:
    """Carry out the plan: returns (members erased, audit events removed). Each erasure is its
    own transaction, so an interrupted run has finished what it did, and the next run goes on."""
    for user in plan.to_erase:
        personal_data_erase(user=user, actor=None, reason="retention")
    removed = AuditEvent.objects.remove_older_than(plan.audit_events_before)
    for module in app_modules("expiry"):
        plan.expired |= module.expire(now=timezone.now())
    return len(plan.to_erase), removed
