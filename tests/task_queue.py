"""Production's task queue (django-tasks-db) in tests: the `task_queue` fixture (tests/conftest.py)
switches to its backend, `run_worker` runs `manage.py db_worker` until the queue is empty, and
`queued` finds one task's rows."""

from django_tasks_db.models import DBTaskResult

from django.core.management import call_command

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def queued(task_path: str):
    """The queue's rows of one task (Wagtail queues its own work too, search and reference
    indexes, when pages are saved)."""
    return DBTaskResult.objects.filter(task_path=task_path)
