"""The register sync as background work (django-tasks), with its progress in the cache for the
admin's page."""

import time

from django_tasks import task

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from register.models import RegisterSync, SyncStatus
from register.parsing import RegisterError, register_read
from register.services import register_files_delete, sync_storage
from register.sync import SyncBusy, register_sync

PROGRESS_SECONDS = 0.5


def progress_key(sync_id: int) -> str:
    return f"register-sync:{sync_id}:progress"


def sync_progress(sync_id: int) -> dict | None:
    return cache.get(progress_key(sync_id))


class _ProgressInCache:
    def __init__(self, sync_id: int):
        self.key = progress_key(sync_id)
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < PROGRESS_SECONDS:
            return
        self.last = now
        cache.set(self.key, {"stage": stage, "done": done, "total": total}, 3600)


@task()
def run_register_sync(*, sync_id: int) -> str:
    with transaction.atomic():
        job = (
            RegisterSync.objects.select_for_update(of=("self",))
            .select_related("requested_by")
            .filter(pk=sync_id, status=SyncStatus.QUEUED)
            .first()
        )
        if job is None:
            return "skipped"
        job.status = SyncStatus.RUNNING
        job.save(update_fields=["status"])
    with translation.override(settings.LANGUAGE_CODE):
        problems, summary = [], {}
        try:
            if not job.files_kept:
                raise RegisterError([_("The files are no longer kept. Upload them again.")])
            contents = []
            for file in job.files:
                with sync_storage().open(file["path"], "rb") as stored:
                    contents.append((file["name"], stored.read()))
            plan = register_sync(
                register=register_read(contents),
                actor=job.requested_by,
                dry_run=job.dry_run,
                force=job.force,
                progress=_ProgressInCache(job.pk),
            )
            summary = plan.summary()
        except RegisterError as error:
            problems = error.problems
        except SyncBusy:
            problems = [
                _("Another sync is running now. Nothing was changed; try again when it is done.")
            ]
        except Exception:
            _finish(
                job,
                SyncStatus.FAILED,
                [_("The sync stopped on an error. Nothing was changed.")],
                {},
            )
            raise
    _finish(job, SyncStatus.FAILED if problems else SyncStatus.DONE, problems, summary)
    return job.status


def _finish(job: RegisterSync, status: str, problems: list, summary: dict) -> None:
    files = job.files
    if not job.dry_run and status == SyncStatus.DONE:
        # Carried out: the files are not needed again, and they name every member. A refused
        # run keeps them, so that it can be tried again (forced, or once the other sync is done).
        files = register_files_delete(job.files)
        if job.dry_run_of_id:
            RegisterSync.objects.filter(pk=job.dry_run_of_id).update(files=files)
    RegisterSync.objects.filter(pk=job.pk).update(
        status=status,
        problems=[str(problem) for problem in problems],
        summary=summary,
        files=files,
        finished_at=timezone.now(),
    )
    job.status = status
    cache.delete(progress_key(job.pk))
