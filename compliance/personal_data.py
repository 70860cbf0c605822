"""Reminders a member was sent, for the data-rights export (skolering.personal_data). They go
with the user row (on_delete CASCADE): a reminder says nothing once its person is gone. So do
the people lists a leader exported in the background, and their files go with them."""

from compliance.export_jobs import people_exports_remove
from compliance.models import PeopleExport, RequirementReminder
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
    """The files of the leader's exports (other people's data) are deleted with the jobs."""
    people_exports_remove(jobs=PeopleExport.objects.filter(requested_by=user))
