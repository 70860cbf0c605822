"""The register sync at the party's size: 60 000 members, 400 branches and 6 000 roles into an empty
database, then the same files again (nothing to change), then next month's files (1 % moved,
0.5 % left, 1 % new). Beside them, the floor: the same rows put in a fresh database by plain bulk
inserts, with no checks, no comparison and no audit. Each run is a child process of its own, so
that its peak RSS, wall and CPU time are its alone (os.wait4)."""

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from devtools.benchmark import database_recreate, load_average
from devtools.register.files import write_register

TARGETS = {"first sync": "< 60 s, peak RSS < 300 MB", "same files again": "< 20 s"}


def database_url(server: str, name: str) -> str:
    if not server:
        return f"sqlite:///{settings.BASE_DIR / 'var' / f'{name}.sqlite3'}"
    return urlunsplit(urlsplit(server)._replace(path=f"/{name}"))


def run_child(args: list[str], url: str) -> tuple[float, float, float, int]:
    """(wall s, CPU s, peak RSS MB, exit status) of `manage.py *args` on the database at `url`."""
    env = {**os.environ, "DATABASE_URL": url}
    command = [sys.executable, str(settings.BASE_DIR / "manage.py"), *args]
    started = time.perf_counter()
    pid = os.spawnve(os.P_NOWAIT, sys.executable, command, env)  # noqa: S606 - our manage.py
    _pid, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, status


class Command(BaseCommand):
    help = "Time the register sync at 60 000 members beside a plain bulk insert of the same rows."

    def add_arguments(self, parser):
        parser.add_argument("--server", default="", help="postgres://user@host:port (else SQLite)")
        parser.add_argument("--members", type=int, default=60_000)
        parser.add_argument("--roles", type=int, default=6_000)

    def handle(self, *args, server, members, roles, **options):
        today = timezone.localdate()
        work = Path(tempfile.mkdtemp(prefix="bench-register-", dir=settings.BASE_DIR / "var"))
        files = [str(p) for p in write_register(work / "now", members, roles, today=today)]
        later = [
            str(p)
            for p in write_register(work / "later", members, roles, today=today, changed=True)
        ]
        sync_url = database_url(server, "skolering_bench_register")
        floor_url = database_url(server, "skolering_bench_register_floor")
        self.stdout.write(f"Before: {load_average()}")
        results = {}
        for url in (sync_url, floor_url):
            database_recreate(url)
            run_child(["migrate", "--noinput", "-v0"], url)
        quiet = ["--verbosity", "0"]
        results["floor: plain bulk insert of the same rows"] = run_child(
            ["bench_register_floor", *files], floor_url
        )
        results["first sync (empty database)"] = run_child(
            ["register_sync", *files, "--apply", *quiet], sync_url
        )
        results["same files again (no changes)"] = run_child(
            ["register_sync", *files, "--apply", *quiet], sync_url
        )
        results["dry run of the same files"] = run_child(
            ["register_sync", *files, *quiet], sync_url
        )
        results["next month's files (≈2.5 % changed)"] = run_child(
            ["register_sync", *later, "--apply", *quiet], sync_url
        )
        engine = "PostgreSQL" if server else "SQLite"
        self.stdout.write(
            f"\nRegister sync, {members} members, 400 branches, {roles} roles, on {engine}; "
            "each a child process of its own"
        )
        self.stdout.write(f"{'run':<40} {'wall s':>7} {'CPU s':>7} {'peak RSS MB':>12}  exit")
        for name, (wall, cpu, rss, status) in results.items():
            self.stdout.write(f"{name:<40} {wall:7.1f} {cpu:7.1f} {rss:12.0f}  {status}")
        self.stdout.write(
            f"Targets: first sync {TARGETS['first sync']}; again {TARGETS['same files again']}"
        )
        self.stdout.write(f"After: {load_average()}")
        shutil.rmtree(work)
