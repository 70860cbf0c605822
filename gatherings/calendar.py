"""Gatherings as iCalendar (RFC 5545): the file sent with a sign-up, and each member's feed of
the gatherings they have a place at. Times are written in UTC, which every calendar shows in its
own zone; a cancelled run's gatherings stay in the feed marked cancelled, so calendars remove
them."""

from icalendar import Calendar, Event

from django.conf import settings
from django.utils import timezone

from gatherings.models import CourseRun, Gathering

PRODUCT_ID = "-//Skolering//Samlinger//NO"


def _site_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _event(gathering: Gathering, run: CourseRun) -> Event:
    where = gathering.meeting_url if gathering.is_digital else gathering.place
    description = [run.title]
    if gathering.is_digital:
        description.append(gathering.meeting_url)
    event = Event.new(
        uid=f"samling-{gathering.pk}@skolering",
        summary=f"{gathering.title} – {run.course_title}",
        start=gathering.starts_at,
        end=gathering.ends_at,
        stamp=timezone.now(),
        location=where,
        description="\n".join(description),
        url=_site_url(f"/samlinger/{run.pk}/"),
    )
    if run.is_cancelled:
        # A later version of the same event (same UID, higher SEQUENCE), marked cancelled:
        # calendars that have it show it as cancelled.
        event.add("status", "CANCELLED")
        event.add("sequence", 1)
    return event


def calendar_bytes(name: str, gatherings: list[tuple[Gathering, CourseRun]]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for gathering, run in gatherings:
        calendar.add_component(_event(gathering, run))
    return calendar.to_ical()


def run_calendar(run: CourseRun) -> bytes:
    return calendar_bytes(run.title, [(gathering, run) for gathering in run.gathering_list])
