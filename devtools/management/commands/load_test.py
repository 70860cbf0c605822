"""`make bench`'s load test: members browsing modules and taking quizzes at the same time,
against gunicorn with the production settings on 127.0.0.1 and a fresh PostgreSQL (or SQLite)
database with the demo content. Prints requests, errors and the median, p95 and p99 times, and
the same for a bare Wagtail page under the same load (the floor). Fails if any request failed."""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from devtools.benchmark import database_recreate
from devtools.courses.load import run, summary

FLOOR_PATH = "/personvern/"
# The members' sessions must be signed with the server's SECRET_KEY, so they are made with the
# server's settings; those do not install devtools, so this runs as a script, not a command.
PREPARE = (
    "import json, sys, django; django.setup(); from devtools.courses.load import prepare; "
    "print(json.dumps(prepare(members=int(sys.argv[1]))))"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Command(BaseCommand):
    help = "Load test: N members browsing and taking quizzes for S seconds against gunicorn."

    def add_arguments(self, parser):
        parser.add_argument("--server", default="", help="postgres://user@host:port (else SQLite)")
        parser.add_argument("--members", type=int, default=50)
        parser.add_argument("--seconds", type=float, default=60)
        parser.add_argument("--floor-seconds", type=float, default=15)
        parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")

    def handle(self, *args, server, members, seconds, floor_seconds, workers, **options):
        var = Path(settings.BASE_DIR) / "var"
        url = (
            urlunsplit(urlsplit(server)._replace(path="/skolering_load"))
            if server
            else f"sqlite:///{var / 'load.sqlite3'}"
        )
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DATABASE_CONN_MAX_AGE": "60",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "BEHIND_TLS_PROXY": "false",
            "STATIC_ROOT": str(var / "load-static"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        database_recreate(url)
        for step in (["migrate", "--noinput", "-v0"], ["seed_demo"]):
            subprocess.run([*manage, *step], env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
        production = {**env, "DJANGO_SETTINGS_MODULE": "skolering.settings.production"}
        plan = json.loads(
            subprocess.run(  # noqa: S603 - this project's own code
                [sys.executable, "-c", PREPARE, str(members)],
                env=production,
                cwd=settings.BASE_DIR,
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        subprocess.run(  # noqa: S603
            [*manage, "collectstatic", "--noinput", "-v0"], env=production, check=True
        )
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        gunicorn = subprocess.Popen(  # noqa: S603 - gunicorn from this project's environment
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "skolering.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--log-level",
                "warning",
            ],
            env=production,
            cwd=settings.BASE_DIR,
        )
        try:
            self.wait_for(base_url)
            run(base_url, plan, seconds=3)  # warm every worker up
            load = summary(run(base_url, plan, seconds=seconds), seconds)
            floor = summary(
                run(base_url, plan, seconds=floor_seconds, floor_path=FLOOR_PATH), floor_seconds
            )
        finally:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        self.report(load, floor, members=members, seconds=seconds, workers=workers, server=server)
        if load["errors"] or floor["errors"]:
            raise CommandError(f"{load['errors'] + floor['errors']} requests failed.")

    def wait_for(self, base_url: str) -> None:
        for _ in range(100):
            try:
                with urllib.request.urlopen(base_url + FLOOR_PATH, timeout=5):  # noqa: S310 - our own server
                    return
            except OSError:
                time.sleep(0.2)
        raise CommandError("gunicorn did not answer within 20 seconds.")

    def report(self, load, floor, *, members, seconds, workers, server) -> None:
        engine = "PostgreSQL" if server else "SQLite"
        self.stdout.write(
            f"\nLoad test: {members} members browsing modules and taking quizzes for "
            f"{seconds:.0f} s; gunicorn, {workers} workers, production settings, {engine}, "
            f"on this machine ({os.cpu_count()} cores, shared with the members' threads)."
        )
        self.stdout.write(f"{'':34}requests  errors  per s  median ms  p95 ms  p99 ms")
        for name, result in (("members' journeys", load), (f"floor: {FLOOR_PATH}", floor)):
            self.stdout.write(
                f"{name:34}{result['requests']:8d}  {result['errors']:6d}  "
                f"{result['per_second']:5.0f}  {result['median']:9.1f}  {result['p95']:6.1f}"
                f"  {result['p99']:6.1f}"
            )
        self.stdout.write("p95 by request, in the journeys:")
        for kind, (count, p95) in load["by_kind"].items():
            self.stdout.write(f"  {kind:32}{count:8d}  p95 {p95:7.1f} ms")
