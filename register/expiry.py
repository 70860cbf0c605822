"""What the register sync keeps only for a while, removed by `manage.py apply_retention`
(skolering.retention finds this module by name): the uploaded register files of dry runs that were
never carried out, a day after the upload. They name every member of the party."""

import datetime

from register.models import RegisterSync, SyncStatus
from register.services import register_files_delete

UPLOADS = "register files uploaded more than a day ago"
KEEP = datetime.timedelta(days=1)


def _expired(now: datetime.datetime):
    return (
        RegisterSync.objects.filter(created_at__lt=now - KEEP)
        .exclude(status__in=[SyncStatus.QUEUED, SyncStatus.RUNNING])
        .exclude(files=[])
    )


def expiring(*, now: datetime.datetime) -> dict[str, int]:
    return {UPLOADS: sum(1 for sync in _expired(now) if sync.files_kept)}


def expire(*, now: datetime.datetime) -> dict[str, int]:
    removed = 0
    for sync in _expired(now):
        if sync.files_kept:
            RegisterSync.objects.filter(pk=sync.pk).update(files=register_files_delete(sync.files))
            removed += 1
    return {UPLOADS: removed}
