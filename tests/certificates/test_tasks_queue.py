"""Expiry reminders on production's task queue (django-tasks-db): `certificate_reminders` queues
them, the worker (`manage.py db_worker`) sends each once, and a certificate revoked in between
gets no e-mail."""

import datetime
from io import StringIO

import pytest
from django_tasks import TaskResultStatus

from django.core import mail
from django.core.management import call_command

from certificates.services import certificate_revoke
from tests.task_queue import queued, run_worker


def reminder_tasks():
    return queued("certificates.tasks.send_expiry_reminder")


@pytest.fixture
def expiring(member, valid_course, complete, time_machine):
    """A certificate that expires in 60 days: its first reminder is due today."""
    certificate = complete(member, valid_course).certificate
    time_machine.move_to(certificate.valid_until - datetime.timedelta(days=60))
    return certificate


def test_the_command_queues_the_reminder_and_the_worker_sends_it_once(task_queue, expiring):
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


def test_a_certificate_revoked_before_the_worker_runs_gets_no_reminder(
    task_queue, expiring, admin_user
):
    call_command("certificate_reminders", stdout=StringIO())
    certificate_revoke(certificate=expiring, reason="Feil person", actor=admin_user)
    run_worker()
    task = reminder_tasks().get()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert task.return_value is False
    assert mail.outbox == []
