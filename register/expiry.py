"""What the register sync keeps only for a while, removed by `manage.py apply_retention`
(skolering.retention finds this module by name), a day after the upload: the uploaded register
files that were never carried out (they name every member of the party), and the names in a
sync's examples and problems. A sync stuck for a day (its worker gone) goes the same way."""

import datetime

from django.utils.translation import gettext_lazy as _

from register.models import RegisterSync, SyncStatus
from register.services import register_files_delete

UPLOADS = "register files uploaded more than a day ago"
KEEP = datetime.timedelta(days=1)
STOPPED = _("The sync did not finish: its background worker stopped. Nothing was changed.")


def _expired(now: datetime.datetime):
    return RegisterSync.objects.filter(created_at__lt=now - KEEP)


def expiring(*, now: datetime.datetime) -> dict[str, int]:
    return {UPLOADS: sum(1 for sync in _expired(now) if sync.files_kept)}


def expire(*, now: datetime.datetime) -> dict[str, int]:
    removed = 0
    for sync in _expired(now):
        changes = {}
        if sync.files_kept:
            changes["files"] = register_files_delete(sync.files)
            removed += 1
        # The counts stay; the names in the examples and the problems go.
        if sync.summary.get("examples"):
            changes["summary"] = {**sync.summary, "examples": {}}
        if sync.problems:
            changes["problems"] = []
        if sync.in_progress:
            changes |= {"status": SyncStatus.FAILED, "problems": [str(STOPPED)]}
        if changes:
            RegisterSync.objects.filter(pk=sync.pk).update(**changes)
    return {UPLOADS: removed}
