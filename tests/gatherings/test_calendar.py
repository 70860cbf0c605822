"""The calendar file and feed: parsed back with icalendar, across the daylight-saving change, and
the feed's secrecy. And the reminders two days before each gathering."""

import datetime
from decimal import Decimal

import icalendar
import pytest
import time_machine

from django.urls import reverse

from gatherings.calendar import run_calendar
from gatherings.models import CalendarFeed, GatheringReminder
from gatherings.services import (
    calendar_feed_reset,
    calendar_feed_token,
    gathering_reminders_send,
    run_cancel,
    signup_cancel,
    signup_create,
)
from tests.gatherings.builders import make_run, oslo

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def events(content: bytes) -> list:
    return icalendar.Calendar.from_ical(content).walk("VEVENT")


@time_machine.travel(oslo(2026, 10, 1, 12), tick=False)
def test_gatherings_keep_their_oslo_time_across_the_change_to_winter_time(blended_course, org):
    """Oslo leaves summer time on 25 October 2026: 18:00 is 16:00 UTC before, 17:00 after."""
    run = make_run(
        blended_course, org.vestland, starts=oslo(2026, 10, 24, 18), hours=[Decimal(2)] * 2
    )

    before, after = events(run_calendar(run))

    assert before.decoded("dtstart") == datetime.datetime(2026, 10, 24, 16, 0, tzinfo=UTC)
    assert after.decoded("dtstart") == datetime.datetime(2026, 10, 31, 17, 0, tzinfo=UTC)
    assert before.decoded("dtend") - before.decoded("dtstart") == datetime.timedelta(minutes=120)


def test_the_calendar_file_describes_each_gathering(run):
    first, digital, last = events(run_calendar(run))
    assert str(first["summary"]) == f"Samling 1 – {run.course_title}"
    assert str(first["location"]) == "Folkets Hus, Håkonsgaten 2, Bergen"
    assert str(digital["location"]) == "https://møte.example.org/samling"
    assert str(first["uid"]) != str(last["uid"])
    assert str(first["url"]).endswith(f"/samlinger/{run.pk}/")
    assert "status" not in first


def test_a_cancelled_run_is_marked_cancelled(run, course_leader):
    run_cancel(run=run, actor=course_leader)
    run.refresh_from_db()
    assert {str(event["status"]) for event in events(run_calendar(run))} == {"CANCELLED"}


def feed_url(token):
    return reverse("gatherings:calendar_feed", args=[token])


def test_the_feed_holds_only_the_members_own_places(
    client, run, blended_course, org, vestland_members
):
    member, other = vestland_members[:2]
    other_run = make_run(blended_course, org.vestland, title="Et annet kurs", hours=[Decimal(1)])
    signup_create(user=member, run=run)
    signup_create(user=other, run=other_run)

    response = client.get(feed_url(calendar_feed_token(user=member)))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    assert len(events(response.content)) == 3
    assert b"Et annet kurs" not in response.content


def test_a_cancelled_place_leaves_the_feed(client, run, vestland_members):
    member = vestland_members[0]
    signup_create(user=member, run=run)
    signup_cancel(user=member, run=run)
    assert events(client.get(feed_url(calendar_feed_token(user=member))).content) == []


def test_the_feed_is_secret(client, run, vestland_members):
    member = vestland_members[0]
    signup_create(user=member, run=run)
    old = calendar_feed_token(user=member)
    assert len(old) >= 43  # 32 random bytes
    assert calendar_feed_token(user=member) == old  # the same until reset

    new = calendar_feed_reset(user=member)

    assert new != old
    assert client.get(feed_url(old)).status_code == 404
    assert client.get(feed_url(new)).status_code == 200
    assert client.get(feed_url("gjetting")).status_code == 404
    assert client.get(feed_url(new[:-1])).status_code == 404
    # Another member's token is not derived from this one.
    assert calendar_feed_token(user=vestland_members[1]) not in (old, new)


def test_a_deactivated_members_feed_stops(client, run, vestland_members):
    member = vestland_members[0]
    token = calendar_feed_token(user=member)
    member.is_active = False
    member.save()
    assert client.get(feed_url(token)).status_code == 404


def test_reminders_go_two_days_before_once(
    run, vestland_members, mailoutbox, django_capture_on_commit_callbacks
):
    placed = vestland_members[0]
    signup_create(user=placed, run=run)
    first = run.gathering_list[0]
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        too_early = gathering_reminders_send(now=first.starts_at - datetime.timedelta(days=3))
        due = gathering_reminders_send(now=first.starts_at - datetime.timedelta(days=2))
        again = gathering_reminders_send(now=first.starts_at - datetime.timedelta(days=1))

    assert (too_early, due, again) == (0, 1, 0)
    assert [message.to for message in mailoutbox] == [[placed.email]]
    assert "Samling 1" in mailoutbox[0].subject
    assert mailoutbox[0].attachments[0][0] == "samling.ics"
    assert GatheringReminder.objects.count() == 1


def test_no_reminder_for_the_waiting_list_or_a_cancelled_run(run, vestland_members, course_leader):
    run.capacity = 1
    run.save()
    signup_create(user=vestland_members[0], run=run)
    signup_create(user=vestland_members[1], run=run)
    first = run.gathering_list[0]
    assert gathering_reminders_send(now=first.starts_at - datetime.timedelta(days=1)) == 1
    run_cancel(run=run, actor=course_leader)
    second = run.gathering_list[1]
    assert gathering_reminders_send(now=second.starts_at - datetime.timedelta(days=1)) == 0


def test_feeds_are_one_per_member(vestland_members):
    calendar_feed_token(user=vestland_members[0])
    calendar_feed_reset(user=vestland_members[0])
    assert CalendarFeed.objects.count() == 1
