"""Expiry reminders on production's task queue (django-tasks-db): `certificate_reminders` queues
them, the worker (`manage.py db_worker`) sends each once, and a certificate revoked in between
gets no e-mail."""

import datetime
from io import StringIO

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.management import call_command

from certificates.services import certificate_revoke


@pytest.fixture
def queue(settings, monkeypatch):
    """Production's backend. The worker runs in this process, inside the test's transaction: its
    check for stale connections would close the connection that holds it."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


def reminder_tasks():
    # Wagtail queues its own work too (search and reference indexes) when pages are saved.
    return DBTaskResult.objects.filter(task_path="certificates.tasks.send_expiry_reminder")


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


@pytest.fixture
def expiring(member, valid_course, complete, time_machine):
    """A certificate that expires in 60 days: its first reminder is due today."""
    certificate = complete(member, valid_course).certificate
    time_machine.move_to(certificate.valid_until - datetime.timedelta(days=60))
    return certificate


def test_the_command_queues_the_reminder_and_the_worker_sends_it_once(queue, expiring):
    out = StringIO()
    call_command("certificate_reminders", stdout=out)
    assert out.getvalue().strip() == "1 expiry reminders queued."
    assert mail.outbox == []
    task = reminder_tasks().get()
    assert task.status == TaskResultStatus.READY
    assert task.args_kwargs["kwargs"] == {"certificate_id": expiring.pk, "days_left": 60}

    run_worker()
    run_worker()
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert [message.to for message in mail.outbox] == [[expiring.user.email]]
    assert "utløper om 60 dager" in mail.outbox[0].body


def test_a_certificate_revoked_before_the_worker_runs_gets_no_reminder(queue, expiring, admin_user):
    call_command("certificate_reminders", stdout=StringIO())
    certificate_revoke(certificate=expiring, reason="Feil person", actor=admin_user)
    run_worker()
    task = reminder_tasks().get()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert task.return_value is False
    assert mail.outbox == []
