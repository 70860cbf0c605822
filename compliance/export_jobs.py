"""Exports of the people list that are too long to stream in the request: the leader asks, a
job is queued (compliance.tasks.make_people_export), the worker writes the file to the private
"exports" storage, and the leader downloads it from the job's page until it expires
(EXPORT_KEEP_DAYS). Expired jobs go with their files in `apply_retention`, and a leader's jobs go
when the leader is erased."""

import datetime
from typing import BinaryIO

from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.utils import timezone

from compliance.models import ExportFormat, ExportStatus, PeopleExport
from compliance.tasks import export_storage, make_people_export
from skolering.models import User

RECENT_EXPORTS_SHOWN = 10


def export_runs_in_background(rows: int) -> bool:
    """Whether a list this long is exported as a job rather than streamed in the request."""
    return rows > settings.EXPORT_INLINE_MAX_ROWS


def people_export_create(
    *, actor: User, query: str, fmt: str, filename: str, now: datetime.datetime | None = None
) -> PeopleExport:
    """Queue the export of the list that `query` (the people page's filters) selects. The
    worker reads the leader's scope and the filters again when it runs."""
    if fmt not in ExportFormat.values:
        raise ValueError(f"unknown export format {fmt!r}")
    now = now or timezone.now()
    with transaction.atomic():
        job = PeopleExport.objects.create(
            requested_by=actor,
            query=query,
            format=fmt,
            filename=filename,
            created_at=now,
            expires_at=now + datetime.timedelta(days=settings.EXPORT_KEEP_DAYS),
        )
        # Queued once the job is committed, so that the worker finds it.
        transaction.on_commit(lambda: make_people_export.enqueue(export_id=job.pk))
    return job


def people_export_get(*, user: User, export_id: int) -> PeopleExport:
    """The user's own export job: 404 for anyone else's, and for one that has expired."""
    if not user.is_authenticated:
        raise Http404
    job = PeopleExport.objects.filter(
        pk=export_id, requested_by=user, expires_at__gt=timezone.now()
    ).first()
    if job is None:
        raise Http404
    return job


def people_exports_recent(*, user: User) -> list[PeopleExport]:
    """The user's export jobs that have not expired, newest first."""
    return list(
        PeopleExport.objects.filter(requested_by=user, expires_at__gt=timezone.now()).order_by(
            "-created_at", "-pk"
        )[:RECENT_EXPORTS_SHOWN]
    )


def people_export_open(*, job: PeopleExport) -> BinaryIO:
    """The finished job's file, opened for reading; 404 when there is none (any more)."""
    storage = export_storage()
    if job.status != ExportStatus.DONE or not job.file or not storage.exists(job.file):
        raise Http404
    return storage.open(job.file, "rb")


def _delete_files(names: list[str]) -> None:
    storage = export_storage()
    for name in names:
        if name:
            storage.delete(name)


def people_exports_remove(*, jobs) -> int:
    """Remove the jobs (a queryset) and, once that is committed, their files."""
    with transaction.atomic():
        names = list(jobs.exclude(file="").values_list("file", flat=True))
        removed, _by_model = jobs.delete()
        transaction.on_commit(lambda: _delete_files(names))
    return removed


def people_exports_expired(*, now: datetime.datetime | None = None):
    """The jobs past their expiry."""
    return PeopleExport.objects.filter(expires_at__lte=now or timezone.now())


def people_exports_expire(*, now: datetime.datetime | None = None) -> int:
    """Remove every job past its expiry, with its file: the number removed."""
    return people_exports_remove(jobs=people_exports_expired(now=now))
