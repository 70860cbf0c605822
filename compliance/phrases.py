"""How the leader pages say their counts. A person has a row for each requirement that applies to
them, so rows, people and reminders are different numbers: each phrase names what it counts, and
names the people as well only where they differ from the rows or reminders."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from compliance.models import ExportStatus, PeopleExport
from compliance.queries import ReminderDelivery, RowCounts
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
    """What came of pressing the button: how many reminders are on their way and, as far as is
    known when the page answers, how many have gone out. Production's worker sends them a moment
    later, so the page says they are being sent rather than that they were."""
    if not result.sent:
        text = _("No reminders were sent.")
    elif result.delivered == result.sent:
        text = _sent(result.sent, result.sent_people)
    elif result.waiting == result.sent:
        text = _being_sent(result.sent, result.sent_people)
    else:
        parts = []
        if result.delivered:
            parts.append(_sent(result.delivered, result.delivered))
        if result.waiting:
            parts.append(_being_sent(result.waiting, result.waiting))
        if result.failed:
            parts.append(
                ngettext(
                    "%(count)d reminder could not be sent. Ask the site's administrator to check "
                    "the e-mail settings.",
                    "%(count)d reminders could not be sent. Ask the site's administrator to check "
                    "the e-mail settings.",
                    result.failed,
                )
                % {"count": result.failed}
            )
        text = " ".join(parts)
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


def _sent(count: int, people_count: int) -> str:
    if count == people_count:
        return ngettext("%(sent)d reminder was sent.", "%(sent)d reminders were sent.", count) % {
            "sent": count
        }
    return ngettext(
        "%(sent)d reminder was sent to %(people)s.",
        "%(sent)d reminders were sent to %(people)s.",
        count,
    ) % {"sent": count, "people": people(people_count)}


def _being_sent(count: int, people_count: int) -> str:
    if count == people_count:
        return ngettext(
            "The reminder is being sent now: %(count)d reminder is in the queue.",
            "The reminders are being sent now: %(count)d reminders are in the queue.",
            count,
        ) % {"count": count}
    return ngettext(
        "The reminder is being sent now: %(count)d reminder to %(people)s is in the queue.",
        "The reminders are being sent now: %(count)d reminders to %(people)s are in the queue.",
        count,
    ) % {"count": count, "people": people(people_count)}


def reminder_delivery(delivery: ReminderDelivery) -> str:
    """How far the reminders the leader sent in the last 24 hours have got: "3 sent, 1 waiting,
    1 could not be sent"."""
    if not delivery.total:
        return ""
    lead = ngettext(
        "The %(count)d reminder you sent in the last 24 hours:",
        "The %(count)d reminders you sent in the last 24 hours:",
        delivery.total,
    ) % {"count": delivery.total}
    parts = [
        ngettext("%(count)d sent", "%(count)d sent", delivery.sent) % {"count": delivery.sent},
        ngettext("%(count)d waiting", "%(count)d waiting", delivery.waiting)
        % {"count": delivery.waiting},
        ngettext("%(count)d could not be sent", "%(count)d could not be sent", delivery.failed)
        % {"count": delivery.failed},
    ]
    return f"{lead} {', '.join(parts)}."


def export_too_long(rows: int) -> str:
    return ngettext(
        "The list has %(count)d row, too many to download at once. Press “Make the file” and "
        "it is made in the background.",
        "The list has %(count)d rows, too many to download at once. Press “Make the file” and "
        "it is made in the background.",
        rows,
    ) % {"count": rows}


def export_failure(job: PeopleExport) -> str:
    """Why the export made no file, for the leader."""
    if job.status != ExportStatus.FAILED:
        return ""
    return job.get_failure_display() or _(
        "Something went wrong while the file was being made. Try again later, or ask the "
        "site's administrator."
    )
