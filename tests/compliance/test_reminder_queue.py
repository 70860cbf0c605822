"""Reminders on production's task queue (django-tasks-db): pressing the button queues them and
says so; the worker (`manage.py db_worker`) sends each e-mail once and records whether it went
out; the people page says how far they have got, and reminders the mail server refused can be
tried again."""

import smtplib

import pytest
from django_tasks import TaskResultStatus

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

from compliance import phrases
from compliance.models import RequirementReminder
from compliance.services import RemindersSent
from devtools.factories import UserFactory
from skolering.models import AuditEvent, Role
from tests.courses.builders import translate_page
from tests.task_queue import queued, run_worker

URL = "/leder/personer/paminnelser/"
REFUSED = "vidar@example.org"


def reminder_tasks():
    return queued("compliance.tasks.send_requirement_reminders")


class RefusingBackend(EmailBackend):
    """A mail server that hangs up on any batch with a message to REFUSED."""

    def send_messages(self, messages):
        if any(REFUSED in message.to for message in messages):
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


@pytest.fixture
def county_leader(org, make_role):
    user = UserFactory(email="fylkesleder@example.org")
    make_role(user, org.vestland, Role.LEDER, days_ago=100)
    return user


@pytest.fixture
def overdue(org, person, officer_requirement):
    """Two officers in Vestland past the 90 days their course was due in."""
    return [
        person(org.bergen, days_ago=200, first_name="Berit", last_name="Bergmann"),
        person(org.voss, days_ago=150, first_name="Vidar", last_name="Vossevang", email=REFUSED),
    ]


@pytest.fixture
def press(client, county_leader, django_capture_on_commit_callbacks):
    """The county leader presses the button (with htmx, unless told otherwise), and the
    reminders are handed to the queue as the request's transaction commits: the page."""

    def run(*, htmx=True, url=URL):
        client.force_login(county_leader)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, **({"HTTP_HX_REQUEST": "true"} if htmx else {}))
        assert response.status_code in (200, 302)
        return response

    return run


def test_the_button_queues_the_reminders_and_the_worker_sends_each_once(task_queue, overdue, press):
    response = press()
    page = response.content.decode()
    assert response.status_code == 200
    assert "Påminnelsene sendes nå: 2 påminnelser står i kø." in page
    assert "ble sendt" not in page
    assert 'class="message message--success"' in page
    # Queued, not sent inside the request.
    assert mail.outbox == []
    task = reminder_tasks().get()
    assert task.status == TaskResultStatus.READY
    assert task.task_path == "compliance.tasks.send_requirement_reminders"
    assert sorted(task.args_kwargs["kwargs"]["reminder_ids"]) == sorted(
        RequirementReminder.objects.values_list("pk", flat=True)
    )

    run_worker()
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert sorted(message.to[0] for message in mail.outbox) == sorted(u.email for u in overdue)

    run_worker()  # nothing left to do: nobody gets the e-mail twice
    assert len(mail.outbox) == 2


def test_without_htmx_the_message_says_they_are_being_sent(client, task_queue, overdue, press):
    press(htmx=False)
    response = client.get("/leder/personer/")
    assert "Påminnelsene sendes nå: 2 påminnelser står i kø." in response.content.decode()
    assert mail.outbox == []


def test_a_reminder_the_member_was_erased_before_the_worker_ran_is_not_sent(
    task_queue, overdue, press
):
    press(htmx=False)
    overdue[0].delete()  # erasure takes the person's reminders with it
    run_worker()
    assert [message.to for message in mail.outbox] == [[overdue[1].email]]
    assert reminder_tasks().get().status == TaskResultStatus.SUCCESSFUL


@pytest.mark.django_db(transaction=True)
def test_with_the_immediate_backend_the_page_says_they_were_sent(client, county_leader, overdue):
    """Development and the demo send at once, as the transaction commits: by the time the page
    answers, the e-mails have gone."""
    client.force_login(county_leader)
    response = client.post(URL, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert "2 påminnelser ble sendt." in page
    assert 'class="message message--success"' in page
    assert len(mail.outbox) == 2


@pytest.mark.django_db(transaction=True)
def test_reminders_the_mail_server_refused_are_reported(client, county_leader, overdue, settings):
    settings.EMAIL_BACKEND = "tests.compliance.test_reminder_queue.RefusingBackend"
    client.force_login(county_leader)
    response = client.post(URL, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 200
    assert "2 påminnelser kunne ikke sendes. Be administratoren" in page
    assert "ble sendt" not in page
    assert 'class="message message--error"' in page


STATUS_URL = "/leder/personer/paminnelser/status/"
RETRY_URL = "/leder/personer/paminnelser/prov-igjen/"


def test_the_page_follows_the_batches_and_the_refused_one_is_sent_again(
    client, task_queue, overdue, press, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """Two batches of one e-mail each; the mail server refuses Vidar's. The worker records
    which went out, the page says so, and "Try again" queues the refused one, which the worker
    then sends."""
    monkeypatch.setattr("compliance.services.REMINDER_BATCH", 1)
    settings.EMAIL_BACKEND = "tests.compliance.test_reminder_queue.RefusingBackend"
    page = press().content.decode()
    # The status beside the button starts polling at once (out of band).
    assert 'id="reminder-status"' in page
    assert 'hx-trigger="every 3s"' in page
    assert "0 sendt, 2 venter, 0 kunne ikke sendes" in page

    run_worker()
    assert sorted(task.status for task in reminder_tasks()) == [
        TaskResultStatus.FAILED,
        TaskResultStatus.SUCCESSFUL,
    ]
    berit, vidar = (RequirementReminder.objects.get(user=user) for user in overdue)
    assert berit.delivered_at is not None and berit.failed_at is None
    assert vidar.failed_at is not None and vidar.delivered_at is None
    assert [message.to for message in mail.outbox] == [[overdue[0].email]]

    poll = client.get(STATUS_URL, HTTP_HX_REQUEST="true")
    assert poll.status_code == 286  # nothing waits: htmx stops asking
    text = poll.content.decode()
    assert "1 sendt, 0 venter, 1 kunne ikke sendes" in text
    assert "Prøv igjen" in text
    # Without JavaScript the people page says the same.
    assert (
        "1 sendt, 0 venter, 1 kunne ikke sendes" in client.get("/leder/personer/").content.decode()
    )

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        retried = client.post(RETRY_URL, HTTP_HX_REQUEST="true")
    assert retried.status_code == 200
    assert "1 sendt, 1 venter, 0 kunne ikke sendes" in retried.content.decode()
    assert AuditEvent.objects.get(action="leader.reminders.retry").details["sent"] == 1
    run_worker()
    vidar.refresh_from_db()
    assert vidar.delivered_at is not None and vidar.failed_at is None
    assert sorted(message.to[0] for message in mail.outbox) == sorted(u.email for u in overdue)
    assert (
        "2 sendt, 0 venter, 0 kunne ikke sendes"
        in client.get(STATUS_URL, HTTP_HX_REQUEST="true").content.decode()
    )


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # The immediate backend (development, the demo): sent before the page answers.
        (RemindersSent(sent=2, skipped=0, sent_people=2, delivered=2), "2 påminnelser ble sendt."),
        # Production's queue: nothing has gone out when the page answers.
        (
            RemindersSent(sent=1, skipped=0, sent_people=1),
            "Påminnelsen sendes nå: 1 påminnelse står i kø.",
        ),
        (
            RemindersSent(sent=5, skipped=0, sent_people=3),
            "Påminnelsene sendes nå: 5 påminnelser til 3 personer står i kø.",
        ),
        (
            RemindersSent(sent=3, skipped=1, sent_people=3, skipped_people=1),
            "Påminnelsene sendes nå: 3 påminnelser står i kø. 1 person ble hoppet over",
        ),
        # Some batches done, one failed, one still waiting.
        (
            RemindersSent(sent=250, skipped=0, sent_people=250, delivered=100, failed=50),
            "100 påminnelser ble sendt. Påminnelsene sendes nå: 100 påminnelser står i kø. "
            "50 påminnelser kunne ikke sendes. Be administratoren for nettstedet sjekke "
            "e-postoppsettet.",
        ),
    ],
)
def test_the_result_says_how_far_the_reminders_have_got(result, expected):
    assert phrases.reminders_result(result).startswith(expected)


def test_each_reminder_is_in_its_recipients_language(
    org,
    overdue,
    press,
    officer_requirement,
):
    berit, vidar = overdue
    vidar.preferred_language = "nn"
    vidar.save(update_fields=["preferred_language"])
    translate_page(officer_requirement.course, "nn", title="Trygge fellesskap på nynorsk")
    press()
    by_recipient = {message.to[0]: message for message in mail.outbox}
    bokmal, nynorsk = by_recipient[berit.email], by_recipient[vidar.email]
    assert bokmal.subject == "Påminnelse: kurset «Trygge fellesskap»"
    assert "Hilsen\nLokallaget ditt" in bokmal.body and "/kurs/trygge-fellesskap/" in bokmal.body
    assert "«Trygge fellesskap på nynorsk»" in nynorsk.subject
    assert "/nn/kurs/trygge-fellesskap/" in nynorsk.body
    assert "Helsing\nLokallaget ditt" in nynorsk.body and "Hei Vidar," in nynorsk.body
