"""Writes for required training: reminders to people who are overdue, and again to those the
mail server refused."""

import datetime
from dataclasses import dataclass

from django_tasks import TaskResultStatus

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from compliance.models import REMINDER_INTERVAL_DAYS, CourseRequirement, RequirementReminder
from compliance.queries import StatusRow, recent_reminders
from compliance.tasks import send_requirement_reminders
from skolering.access import path_prefix_q
from skolering.models import Membership, RoleAssignment, User

# Reminders are handed to the task queue in batches of this many e-mails.
REMINDER_BATCH = 100


@dataclass(frozen=True)
class RemindersSent:
    """Reminders (one per person and requirement) and the people they went to: a person overdue
    on two courses gets two. `sent` counts the reminders handed to the task queue; `delivered`
    and `failed` those whose e-mail had gone out, or failed, when this returned: all of them
    with the immediate backend, none yet with production's queue (the worker sends them)."""

    sent: int
    skipped: int  # reminded about the same requirement within the interval
    sent_people: int = 0
    skipped_people: int = 0
    delivered: int = 0
    failed: int = 0

    @property
    def waiting(self) -> int:
        return self.sent - self.delivered - self.failed


def requirement_reminders_send(
    *, actor: User, overdue: list[StatusRow], now: datetime.datetime | None = None
) -> RemindersSent:
    """Remind each overdue person once per requirement, unless they were reminded about it in
    the last week. The requirements' rows are locked while deciding, so two leaders pressing
    the button at once cannot both remind the same person (PostgreSQL; SQLite serialises
    writers itself)."""
    now = now or timezone.now()
    due = {(row.requirement.pk, row.user_id): row.due_on for row in overdue}
    if not due:
        return RemindersSent(0, 0)
    requirement_ids = sorted({requirement_id for requirement_id, _user_id in due})
    with transaction.atomic():
        list(
            CourseRequirement.objects.select_for_update()
            .filter(pk__in=requirement_ids)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        recent = set(
            RequirementReminder.objects.filter(
                requirement_id__in=requirement_ids,
                sent_at__gt=now - datetime.timedelta(days=REMINDER_INTERVAL_DAYS),
            ).values_list("requirement_id", "user_id")
        )
        created = RequirementReminder.objects.bulk_create(
            [
                RequirementReminder(
                    requirement_id=requirement_id,
                    user_id=user_id,
                    due_on=due_on,
                    sent_at=now,
                    sent_by=actor,
                )
                for (requirement_id, user_id), due_on in due.items()
                if (requirement_id, user_id) not in recent
            ]
        )
        queued = _queue(sorted(reminder.pk for reminder in created))
    return RemindersSent(
        sent=len(created),
        skipped=len(due) - len(created),
        sent_people=len({reminder.user_id for reminder in created}),
        skipped_people=len({user_id for _requirement_id, user_id in due.keys() & recent}),
        delivered=_reminders_with(queued, TaskResultStatus.SUCCESSFUL),
        failed=_reminders_with(queued, TaskResultStatus.FAILED),
    )


def _queue(ids: list[int]) -> list[tuple[int, object]]:
    """Hand the reminders to the queue in batches, once they are committed, so that the worker
    finds them; the list, filled then, says how far each batch has got."""
    queued: list[tuple[int, object]] = []
    for start in range(0, len(ids), REMINDER_BATCH):
        batch = ids[start : start + REMINDER_BATCH]
        transaction.on_commit(
            lambda batch=batch: queued.append(
                (len(batch), send_requirement_reminders.enqueue(reminder_ids=batch))
            )
        )
    return queued


def _reminders_with(queued: list[tuple[int, object]], status: TaskResultStatus) -> int:
    return sum(count for count, result in queued if result.status == status)


def requirement_reminders_retry(
    *, actor: User, scope_paths: list[str], now: datetime.datetime | None = None
) -> RemindersSent:
    """Queue again the reminders the leader sent lately that the mail server refused, for the
    people who are still in the branches the leader may see (`scope_paths`, from
    skolering.access) today."""
    in_scope = Q(
        user_id__in=Membership.objects.active()
        .filter(path_prefix_q(scope_paths, field="branch__path"))
        .values("user_id")
    ) | Q(
        user_id__in=RoleAssignment.objects.active()
        .filter(path_prefix_q(scope_paths, field="branch__path"))
        .values("user_id")
    )
    with transaction.atomic():
        failed = list(
            recent_reminders(actor, now)
            .select_for_update()
            .filter(in_scope, delivered_at__isnull=True, failed_at__isnull=False)
            .order_by("pk")
            .values_list("pk", "user_id")
        )
        ids = [pk for pk, _user_id in failed]
        RequirementReminder.objects.filter(pk__in=ids).update(failed_at=None)
        queued = _queue(ids)
    return RemindersSent(
        sent=len(ids),
        skipped=0,
        sent_people=len({user_id for _pk, user_id in failed}),
        delivered=_reminders_with(queued, TaskResultStatus.SUCCESSFUL),
        failed=_reminders_with(queued, TaskResultStatus.FAILED),
    )
