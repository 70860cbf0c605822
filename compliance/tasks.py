"""Background work for required training (django-tasks): the reminder e-mails and the leaders'
long exports."""

import secrets
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator

from django_tasks import task

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.core.files.storage import storages
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.http import Http404, QueryDict
from django.template.loader import render_to_string
from django.utils import timezone, translation

from compliance import exports
from compliance.models import ExportFailure, ExportStatus, PeopleExport, RequirementReminder
from compliance.people_list import people_selection
from skolering.languages import user_language
from skolering.translated import localized_many


@task()
def send_requirement_reminders(*, reminder_ids: list[int]) -> None:
    """Send the reminders' e-mails in one connection, and record that they went out, or, when
    the mail server refused them, that they failed (the error is raised again, so the queue
    records the task as failed too)."""
    reminders = list(
        RequirementReminder.objects.filter(pk__in=reminder_ids).select_related(
            "user", "requirement__course"
        )
    )
    # Each course in its recipient's language, where it is translated: one query a language.
    courses_by_language = defaultdict(list)
    for reminder in reminders:
        courses_by_language[user_language(reminder.user)].append(reminder.requirement.course)
    translated = {
        language: localized_many(courses, language)
        for language, courses in courses_by_language.items()
    }
    messages = []
    sent_ids = []
    for reminder in reminders:
        language, original = user_language(reminder.user), reminder.requirement.course
        course = translated[language].get(original.translation_key, original)
        with translation.override(language):
            context = {
                "reminder": reminder,
                "requirement": reminder.requirement,
                "course": course,
                "course_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + course.url,
            }
            subject = render_to_string("compliance/email/reminder_subject.txt", context).strip()
            body = render_to_string("compliance/email/reminder_body.txt", context)
        messages.append(EmailMessage(subject=subject, body=body, to=[reminder.user.email]))
        sent_ids.append(reminder.pk)
    batch = RequirementReminder.objects.filter(pk__in=sent_ids)
    try:
        get_connection().send_messages(messages)
    except Exception:
        batch.update(failed_at=timezone.now(), delivered_at=None)
        raise
    batch.update(delivered_at=timezone.now(), failed_at=None)


def export_storage():
    return storages["exports"]


class _Counted:
    """The rows, counted as the writer takes them."""

    def __init__(self, rows: Iterable):
        self.rows = rows
        self.count = 0

    def __iter__(self) -> Iterator:
        for row in self.rows:
            self.count += 1
            yield row


@task()
def make_people_export(*, export_id: int) -> str:
    """Write a people export's file. The leader's scope and filters are read again now, through
    the people page's own code path: someone who no longer leads the branch gets no file."""
    with transaction.atomic():
        job = (
            PeopleExport.objects.select_for_update()
            .select_related("requested_by")
            .filter(pk=export_id, status=ExportStatus.QUEUED)
            .first()
        )
        if job is None:  # made already, or gone with its leader
            return "skipped"
        job.status = ExportStatus.RUNNING
        job.save(update_fields=["status"])
    with translation.override(settings.LANGUAGE_CODE):
        try:
            _scope, _form, rows = people_selection(job.requested_by, QueryDict(job.query))
        except PermissionDenied:
            return _failed(job, ExportFailure.NOT_A_LEADER)
        except Http404:
            return _failed(job, ExportFailure.OUT_OF_SCOPE)
        if rows is None:
            return _failed(job, ExportFailure.INVALID_FILTERS)
        try:
            counted = _Counted(rows)
            with tempfile.TemporaryFile() as spool:
                exports.WRITERS[job.format](counted, spool)
                spool.seek(0)
                name = export_storage().save(
                    f"people/{job.pk}-{secrets.token_hex(8)}.{job.format}", File(spool)
                )
        except Exception:
            _failed(job, ExportFailure.ERROR)
            raise
    finished = PeopleExport.objects.filter(pk=job.pk, status=ExportStatus.RUNNING).update(
        status=ExportStatus.DONE, rows=counted.count, file=name, finished_at=timezone.now()
    )
    if not finished:  # the leader was erased while the file was written
        export_storage().delete(name)
        return "skipped"
    return ExportStatus.DONE.value


def _failed(job: PeopleExport, reason: ExportFailure) -> str:
    PeopleExport.objects.filter(pk=job.pk).update(
        status=ExportStatus.FAILED, failure=reason, finished_at=timezone.now()
    )
    return ExportStatus.FAILED.value
