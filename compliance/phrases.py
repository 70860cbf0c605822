"""How the leader pages say their counts. A person has a row for each requirement that applies to
them, so rows, people and reminders are different numbers: each phrase names what it counts, and
names the people as well only where they differ from the rows or reminders."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from compliance.queries import RowCounts
from compliance.services import RemindersSent


def people(count: int) -> str:
    return ngettext("%(count)d person", "%(count)d people", count) % {"count": count}


def reminders(count: int) -> str:
    return ngettext("%(count)d reminder", "%(count)d reminders", count) % {"count": count}


def rows_and_people(counts: RowCounts) -> str:
    """The people list's result count: "8 rows for 7 people"."""
    rows = ngettext("%(count)d row", "%(count)d rows", counts.rows) % {"count": counts.rows}
    if counts.people == counts.rows:
        return rows
    return _("%(rows)s for %(people)s") % {"rows": rows, "people": people(counts.people)}


def overdue_note(counts: RowCounts) -> str:
    """Who in the list is overdue, and how many reminders they would get."""
    if counts.overdue_reminders == counts.overdue_people:
        return ngettext(
            "%(count)d person in this list is overdue. They get an e-mail with a link to the "
            "course; nobody is reminded about the same course more than once a week.",
            "%(count)d people in this list are overdue. They get an e-mail with a link to the "
            "course; nobody is reminded about the same course more than once a week.",
            counts.overdue_people,
        ) % {"count": counts.overdue_people}
    return ngettext(
        "%(count)d person in this list is overdue on more than one course: that makes "
        "%(reminders)s, one for each course, each an e-mail with a link to the course. Nobody is "
        "reminded about the same course more than once a week.",
        "%(count)d people in this list are overdue, some on more than one course: that makes "
        "%(reminders)s, one for each person and course, each an e-mail with a link to the course. "
        "Nobody is reminded about the same course more than once a week.",
        counts.overdue_people,
    ) % {"count": counts.overdue_people, "reminders": reminders(counts.overdue_reminders)}


def reminder_button(counts: RowCounts) -> str:
    """The label of the button that sends the reminders."""
    if counts.overdue_reminders == counts.overdue_people:
        return ngettext(
            "Send a reminder to %(count)d person",
            "Send reminders to %(count)d people",
            counts.overdue_people,
        ) % {"count": counts.overdue_people}
    return _("Send %(reminders)s to %(people)s") % {
        "reminders": reminders(counts.overdue_reminders),
        "people": people(counts.overdue_people),
    }


def reminders_result(result: RemindersSent) -> str:
    """What came of pressing the button."""
    if not result.sent:
        text = _("No reminders were sent.")
    elif result.sent == result.sent_people:
        text = ngettext(
            "%(sent)d reminder was sent.", "%(sent)d reminders were sent.", result.sent
        ) % {"sent": result.sent}
    else:
        text = ngettext(
            "%(sent)d reminder was sent to %(people)s.",
            "%(sent)d reminders were sent to %(people)s.",
            result.sent,
        ) % {"sent": result.sent, "people": people(result.sent_people)}
    if not result.skipped:
        return text
    if result.skipped == result.skipped_people:
        skipped = ngettext(
            "%(skipped)d person was skipped: they got a reminder about the same course in "
            "the last 7 days.",
            "%(skipped)d people were skipped: they got a reminder about the same course in "
            "the last 7 days.",
            result.skipped,
        ) % {"skipped": result.skipped}
    else:
        skipped = ngettext(
            "%(skipped)d reminder to %(people)s was skipped: they got a reminder about the same "
            "course in the last 7 days.",
            "%(skipped)d reminders to %(people)s were skipped: they got a reminder about the "
            "same course in the last 7 days.",
            result.skipped,
        ) % {"skipped": result.skipped, "people": people(result.skipped_people)}
    return f"{text} {skipped}"
