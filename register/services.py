"""Starting a register sync from the admin: the files go to private storage and a background task
runs the sync (register/tasks.py), so that the upload's request does not wait for it."""

import hashlib
import secrets

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import transaction

from register.models import RegisterSync, SyncStatus
from skolering.models import User


def sync_storage():
    """Private storage, never served: the files name every member of the party."""
    return storages["exports"]


@transaction.atomic
def register_sync_start(
    *, user: User, uploads: list[tuple[str, bytes]], dry_run: bool, force: bool = False
) -> RegisterSync:
    folder = f"register/{secrets.token_hex(12)}"
    files = []
    for name, content in uploads:
        path = sync_storage().save(f"{folder}/{name}", ContentFile(content))
        files.append(
            {
                "name": name,
                "path": path,
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
            }
        )
    return _queue(RegisterSync(requested_by=user, dry_run=dry_run, force=force, files=files))


class CannotCarryOut(Exception):
    pass


@transaction.atomic
def register_sync_carry_out(*, dry_run_sync: RegisterSync, user: User, force: bool) -> RegisterSync:
    """Carry out what a dry run showed, from the same files; once (two presses at the same
    moment wait for each other here, and the second finds it carried out)."""
    dry_run_sync = RegisterSync.objects.select_for_update(of=("self",)).get(pk=dry_run_sync.pk)
    if not dry_run_sync.can_be_carried_out():
        raise CannotCarryOut
    return _queue(
        RegisterSync(
            requested_by=user,
            dry_run=False,
            force=force,
            files=dry_run_sync.files,
            dry_run_of=dry_run_sync,
        )
    )


def _queue(sync: RegisterSync) -> RegisterSync:
    from register.tasks import run_register_sync  # the task module imports this one

    sync.status = SyncStatus.QUEUED
    sync.save()
    transaction.on_commit(lambda: run_register_sync.enqueue(sync_id=sync.pk))
    return sync


def register_files_delete(files: list[dict]) -> list[dict]:
    """Delete the files from storage; the list without their paths."""
    for file in files:
        if file.get("path"):
            sync_storage().delete(file["path"])
    return [{**file, "path": ""} for file in files]
