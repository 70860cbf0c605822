"""Reminders on production's task queue (django-tasks-db): pressing the button queues them and
says so; the worker (`manage.py db_worker`) sends each e-mail once."""

import smtplib

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.management import call_command

from compliance import phrases
from compliance.models import RequirementReminder
from compliance.services import RemindersSent
from devtools.factories import UserFactory
from skolering.models import Role

URL = "/leder/personer/paminnelser/"
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def queue(settings, monkeypatch):
    """Production's backend. The worker runs in this process, inside the test's transaction: its
    check for stale connections would close the connection that holds it."""
    settings.TASKS = DATABASE_BACKEND
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


def reminder_tasks():
    # Wagtail queues its own work too (search and reference indexes) when pages are saved.
    return DBTaskResult.objects.filter(task_path="compliance.tasks.send_requirement_reminders")


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


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
        person(org.voss, days_ago=150, first_name="Vidar", last_name="Vossevang"),
    ]


def test_the_button_queues_the_reminders_and_the_worker_sends_each_once(
    client, queue, county_leader, overdue, django_capture_on_commit_callbacks
):
    client.force_login(county_leader)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, HTTP_HX_REQUEST="true")
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


def test_without_htmx_the_message_says_they_are_being_sent(
    client, queue, county_leader, overdue, django_capture_on_commit_callbacks
):
    client.force_login(county_leader)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, follow=True)
    assert "Påminnelsene sendes nå: 2 påminnelser står i kø." in response.content.decode()
    assert mail.outbox == []


def test_a_reminder_the_member_was_erased_before_the_worker_ran_is_not_sent(
    client, queue, county_leader, overdue, django_capture_on_commit_callbacks
):
    client.force_login(county_leader)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL)
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
def test_reminders_the_mail_server_refused_are_reported(
    client, county_leader, overdue, monkeypatch
):
    class RefusingConnection:
        def send_messages(self, messages):
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr("compliance.tasks.get_connection", RefusingConnection)
    client.force_login(county_leader)
    response = client.post(URL, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 200
    assert "2 påminnelser kunne ikke sendes. Be administratoren" in page
    assert "ble sendt" not in page
    assert 'class="message message--error"' in page


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
