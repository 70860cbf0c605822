"""How far the reminders a leader sent have got (sent, waiting, refused by the mail server), on
the people page, and "Try again" for the refused ones: the services on the database and the
views through the test client. The queue itself: test_reminder_queue.py."""

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from compliance.models import RequirementReminder
from compliance.queries import ReminderDelivery, reminder_delivery
from compliance.services import requirement_reminders_retry
from devtools.factories import UserFactory
from skolering.models import AuditEvent, Membership, RoleAssignment

pytestmark = pytest.mark.django_db

STATUS_URL = "/leder/personer/paminnelser/status/"
RETRY_URL = "/leder/personer/paminnelser/prov-igjen/"


@pytest.fixture
def county_leader(org, leader):
    return leader(org.vestland, "fylkesleder@example.org")


@pytest.fixture
def remind(officer_requirement):
    """A reminder the leader sent `hours_ago`, in the given state."""

    def make(user, by, *, state="waiting", hours_ago=1):
        sent_at = timezone.now() - datetime.timedelta(hours=hours_ago)
        return RequirementReminder.objects.create(
            requirement=officer_requirement,
            user=user,
            due_on=timezone.localdate(),
            sent_at=sent_at,
            sent_by=by,
            delivered_at=sent_at if state == "sent" else None,
            failed_at=sent_at if state == "failed" else None,
        )

    return make


@pytest.fixture
def officers(org, person):
    return {
        "bergen": person(org.bergen, first_name="Berit", last_name="Bergmann"),
        "voss": person(org.voss, first_name="Vidar", last_name="Vossevang"),
        "arstad": person(org.arstad, first_name="Åse", last_name="Årstadli"),
    }


def test_delivery_counts_the_leaders_reminders_of_the_last_day(
    org, county_leader, leader, officers, remind
):
    remind(officers["bergen"], county_leader, state="sent")
    remind(officers["voss"], county_leader, state="failed")
    remind(officers["arstad"], county_leader, state="waiting")
    remind(officers["arstad"], county_leader, state="failed", hours_ago=25)  # too long ago
    remind(officers["bergen"], leader(org.bergen), state="failed")  # someone else's
    assert reminder_delivery(actor=county_leader) == ReminderDelivery(sent=1, waiting=1, failed=1)
    assert reminder_delivery(actor=UserFactory()).total == 0


def test_retry_queues_the_refused_reminders_in_the_leaders_scope(
    org, county_leader, leader, officers, remind, django_capture_on_commit_callbacks
):
    refused = remind(officers["bergen"], county_leader, state="failed")
    moved = remind(officers["voss"], county_leader, state="failed")
    old = remind(officers["arstad"], county_leader, state="failed", hours_ago=30)
    others = remind(officers["arstad"], leader(org.bergen), state="failed")
    delivered = remind(officers["arstad"], county_leader, state="sent")
    # Vidar has moved to Trøndelag: no longer someone the leader may remind.
    Membership.objects.filter(user=officers["voss"]).update(branch=org.trondheim)
    RoleAssignment.objects.filter(user=officers["voss"]).update(branch=org.trondheim)

    with django_capture_on_commit_callbacks(execute=True):
        result = requirement_reminders_retry(actor=county_leader, scope_paths=[org.vestland.path])
    # Queued as the transaction commits, and sent then (the immediate backend).
    assert (result.sent, result.sent_people) == (1, 1)
    assert [message.to for message in mail.outbox] == [[officers["bergen"].email]]
    refused.refresh_from_db()
    assert refused.delivered_at is not None and refused.failed_at is None
    for untouched in (moved, old, others):
        untouched.refresh_from_db()
        assert untouched.failed_at is not None and untouched.delivered_at is None
    delivered.refresh_from_db()
    assert delivered.failed_at is None


def test_retry_with_nothing_refused_sends_nothing(org, county_leader):
    result = requirement_reminders_retry(actor=county_leader, scope_paths=[org.vestland.path])
    assert result.sent == 0
    assert mail.outbox == []


def test_the_people_page_says_how_far_the_reminders_got(
    client, county_leader, officers, remind, officer_requirement
):
    client.force_login(county_leader)
    page = client.get("/leder/personer/").content.decode()
    assert 'id="reminder-status"' in page
    assert "sendt det siste døgnet" not in page  # nothing sent lately: nothing said

    remind(officers["bergen"], county_leader, state="sent")
    remind(officers["voss"], county_leader, state="failed")
    remind(officers["arstad"], county_leader, state="waiting")
    page = client.get("/leder/personer/", {"status": "forfalt"}).content.decode()
    assert (
        "De 3 påminnelsene du sendte det siste døgnet: 1 sendt, 1 venter, 1 kunne ikke sendes."
        in page
    )
    # While one waits, the region polls, and a plain link reloads the page without JavaScript.
    assert f'hx-get="{STATUS_URL}?status=forfalt" hx-trigger="every 3s"' in page
    assert 'href="/leder/personer/?status=forfalt#reminder-status">Oppdater</a>' in page
    assert f'action="{RETRY_URL}"' in page
    assert ">Prøv igjen</button>" in page

    poll = client.get(STATUS_URL, {"status": "forfalt"}, HTTP_HX_REQUEST="true")
    assert poll.status_code == 200
    assert "1 sendt, 1 venter, 1 kunne ikke sendes" in poll.content.decode()
    assert "<h1>" not in poll.content.decode()
    # Without htmx the address sends the leader to the people page, which says the same.
    plain = client.get(STATUS_URL, {"status": "forfalt"})
    assert plain.status_code == 302
    assert plain["Location"] == "/leder/personer/?status=forfalt"


def test_the_try_again_button(
    client, org, county_leader, officers, remind, django_capture_on_commit_callbacks
):
    remind(officers["bergen"], county_leader, state="failed")
    client.force_login(county_leader)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(RETRY_URL, {"status": "forfalt"}, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 200
    # Queued again: the region says so, and polls until the worker has sent it.
    assert "Påminnelsen sendes nå: 1 påminnelse står i kø." in page
    assert "Påminnelsen du sendte det siste døgnet (1): 0 sendt, 1 venter" in page
    assert "Prøv igjen" not in page
    assert 'hx-trigger="every 3s"' in page
    poll = client.get(STATUS_URL, HTTP_HX_REQUEST="true")
    assert poll.status_code == 286
    assert "1 sendt, 0 venter, 0 kunne ikke sendes" in poll.content.decode()
    assert len(mail.outbox) == 1
    event = AuditEvent.objects.get(action="leader.reminders.retry")
    assert (event.actor, event.branch, event.details["sent"]) == (county_leader, org.vestland, 1)

    without_htmx = client.post(RETRY_URL, {"status": "forfalt"}, follow=True)
    assert without_htmx.redirect_chain[0][0] == "/leder/personer/?status=forfalt"
    assert "Ingen påminnelser ble sendt." in without_htmx.content.decode()


def test_only_leaders_see_or_retry_reminders(client, org):
    for url, method in ((STATUS_URL, "get"), (RETRY_URL, "post")):
        response = getattr(client, method)(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/konto/logg-inn/")
    member = UserFactory()
    Membership.objects.create(user=member, branch=org.bergen)
    client.force_login(member)
    assert client.get(STATUS_URL, HTTP_HX_REQUEST="true").status_code == 403
    assert client.post(RETRY_URL).status_code == 403
    assert client.get(RETRY_URL).status_code == 405
