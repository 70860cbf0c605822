"""Reminders a member was sent, for the data-rights export (skolering.personal_data). They go
with the user row (on_delete CASCADE): a reminder says nothing once its person is gone."""

from compliance.models import RequirementReminder
from skolering.personal_data import rows


def export(user) -> dict:
    return {
        "requirement_reminders": rows(
            RequirementReminder.objects.filter(user=user).order_by("sent_at"),
            "requirement__course__title",
            "sent_at",
            "due_on",
        )
    }


def erase(user) -> None:
    """Nothing beyond the cascade."""
