"""`make bench`'s load test, with locust: gunicorn with the production settings on 127.0.0.1, a
fresh database (PostgreSQL, or SQLite) with the demo and the load test's members, and two runs of
the locustfile devtools/locust/members.py, each in a locust process of its own:

- realistic: 300 members with think time (3-15 s) log in once each through the login form,
  spread over a ramp-up, then browse, read modules and take quizzes. Target: no failures, and
  p95 < 150 ms for browsing and quiz requests once everybody has logged in.
- capacity: a few members without think time (a closed loop), the members' mix and then the
  bare page /personvern/ (the floor), same members, same duration. Target: the mix's
  requests per second at least 0.8 of the floor's.

The client shares the machine's cores with gunicorn and the database; the CPU time each used in
each run is printed, with the load average before and after. Fails if any request failed."""

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

import psutil

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from devtools.benchmark import database_recreate
from devtools.locust.command import locust_command

FLOOR_PATH = "/personvern/"
LOAD_DATABASE = "skolering_load"
P95_TARGET_MS = 150
CAPACITY_TARGET = 0.8
# The members are made with the server's settings (PBKDF2, as in production); those do not
# install devtools, so this runs as a script, not a command.
PREPARE = (
    "import sys, django; django.setup(); from devtools.courses.load import members_create; "
    "members_create(count=int(sys.argv[1]), password=sys.argv[2])"
)


# The locustfile's lines for the requests measured after every member had logged in.
MIX_LINE = "browsing + quiz, after log-ins"
FLOOR_LINE = "floor: /personvern/, after log-ins"


def measured_line(result: dict, label: str) -> dict:
    empty = {"requests": 0, "median": 0.0, "p95": 0.0}
    return next((line for line in result["lines"] if line["label"] == label), empty)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


class CpuClock:
    """CPU seconds used so far by gunicorn (master and workers), by the PostgreSQL backends
    serving the load test's database, by a locust process, and by the whole machine (all of
    those, and anything else running on it)."""

    def __init__(self, gunicorn: psutil.Process, database: str):
        self.gunicorn = gunicorn
        self.database = f" {database} "  # in a backend's title: "postgres: … user database host"

    def read(self, client: psutil.Process) -> dict:
        server = [self.gunicorn, *self.gunicorn.children(recursive=True)]
        machine = psutil.cpu_times()
        return {
            "gunicorn": sum(sum(process.cpu_times()[:2]) for process in server),
            "postgres": self.backends(),
            "locust": sum(client.cpu_times()[:2]),
            "machine": sum(machine) - machine.idle - getattr(machine, "iowait", 0),
            "at": time.monotonic(),
        }

    def backends(self) -> dict[int, float]:
        """CPU seconds of each PostgreSQL backend connected to the load test's database."""
        found = {}
        for process in psutil.process_iter(["name"]):
            if not (process.info["name"] or "").startswith("postgres"):
                continue
            try:
                if self.database in " ".join(process.cmdline()) + " ":
                    found[process.pid] = sum(process.cpu_times()[:2])
            except psutil.Error:
                continue  # gone, or not ours to read
        return found

    @staticmethod
    def spent(before: dict, after: dict) -> dict:
        spent = {key: after[key] - before[key] for key in before if key != "postgres"}
        # A backend that appeared in between counts from zero; one that ended is not counted.
        spent["postgres"] = sum(
            cpu - before["postgres"].get(pid, 0.0) for pid, cpu in after["postgres"].items()
        )
        return spent


class Command(BaseCommand):
    help = "Load test with locust against gunicorn: realistic members, then capacity vs floor."

    def add_arguments(self, parser):
        parser.add_argument("--server", default="", help="postgres://user@host:port (else SQLite)")
        parser.add_argument("--members", type=int, default=300)
        parser.add_argument("--spawn-rate", type=float, default=4, help="members starting per s")
        parser.add_argument("--think", default="3-15", help="seconds between pages, min-max")
        parser.add_argument(
            "--seconds", type=float, default=45, help="measured after the last log-in"
        )
        parser.add_argument(
            "--settle",
            type=float,
            default=15,
            help="seconds between the last log-in and the measured window (their own line)",
        )
        parser.add_argument("--capacity-members", type=int, default=8)
        parser.add_argument("--capacity-seconds", type=float, default=15)
        parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")

    def handle(self, *args, server, workers, **options):
        started = time.monotonic()
        self.stdout.write(f"Load average before: {load_average()}")
        var = Path(settings.BASE_DIR) / "var"
        self.out = var / "load"
        self.out.mkdir(parents=True, exist_ok=True)
        url = (
            urlunsplit(urlsplit(server)._replace(path=f"/{LOAD_DATABASE}"))
            if server
            else f"sqlite:///{var / 'load.sqlite3'}"
        )
        self.password = secrets.token_urlsafe(12)
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "BEHIND_TLS_PROXY": "false",
            "STATIC_ROOT": str(var / "load-static"),
            "CACHE_LOCATION": str(var / "load-cache"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
        production = {**env, "DJANGO_SETTINGS_MODULE": "skolering.settings.production"}
        members = max(options["members"], options["capacity_members"])
        self.prepare(url, env, production, members)
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        gunicorn_log = open(self.out / "gunicorn.log", "w")  # noqa: SIM115 - closed below
        gunicorn = subprocess.Popen(  # noqa: S603 - gunicorn from this project's environment
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "devtools.locust.server:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--log-level",
                "warning",
            ],
            env=production,
            cwd=settings.BASE_DIR,
            stdout=gunicorn_log,
            stderr=subprocess.STDOUT,
        )
        try:
            self.wait_for(base_url)
            self.clock = CpuClock(psutil.Process(gunicorn.pid), urlsplit(url).path.lstrip("/"))
            self.stdout.write(
                f"Set up in {time.monotonic() - started:.0f} s. gunicorn: {workers} sync workers, "
                f"production settings, {'PostgreSQL' if server else 'SQLite'}, {base_url}; "
                f"the client is one locust {self.locust_version()} process on the same "
                f"{os.cpu_count()} cores (FastHttpUser)."
            )
            realistic = self.realistic(base_url, **options)
            mix, floor = self.capacity(base_url, **options)
        finally:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
            gunicorn_log.close()
        self.stdout.write(
            f"\nLoad average after: {load_average()}; the load test took "
            f"{time.monotonic() - started:.0f} s."
        )
        failed = sum(run["failures_total"] for run in (realistic, mix, floor))
        if failed:
            raise CommandError(
                f"{failed} requests failed (see the tables above, and the server's log: "
                f"{self.out / 'gunicorn.log'})."
            )

    def prepare(self, url: str, env: dict, production: dict, members: int) -> None:
        """A new database with the demo and the members; the static files, collected."""
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        database_recreate(url)
        for step in (["migrate", "--noinput", "-v0"], ["seed_demo"]):
            subprocess.run([*manage, *step], env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
        subprocess.run(  # noqa: S603 - this project's own code
            [sys.executable, "-c", PREPARE, str(members), self.password],
            env=production,
            cwd=settings.BASE_DIR,
            check=True,
        )
        subprocess.run(  # noqa: S603
            [*manage, "collectstatic", "--noinput", "--clear", "-v0"], env=production, check=True
        )

    def wait_for(self, base_url: str) -> None:
        for _ in range(100):
            try:
                with urllib.request.urlopen(base_url + FLOOR_PATH, timeout=5):  # noqa: S310 - our own server
                    return
            except OSError:
                time.sleep(0.2)
        raise CommandError("gunicorn did not answer within 20 seconds.")

    @staticmethod
    def locust_version() -> str:
        from importlib.metadata import version

        return version("locust")  # the distribution's metadata: locust itself is not imported

    def locust(
        self,
        name: str,
        base_url: str,
        user_class: str,
        *,
        users: int,
        rate: float,
        think: tuple[float, float],
        seconds: float,
        limit: float,
        settle: float = 0,
    ) -> dict:
        """One locust run in a process of its own; its figures (the locustfile's summary)."""
        summary = self.out / f"{name}.json"
        summary.unlink(missing_ok=True)
        mark = self.out / f"{name}.window"
        mark.unlink(missing_ok=True)
        command = locust_command(
            base_url=base_url,
            user_class=user_class,
            users=users,
            rate=rate,
            limit_seconds=limit,
            stop_timeout=5,
            think=think,
            measure_seconds=seconds,
            settle_seconds=settle,
            summary=summary,
            csv=self.out / name,
            window_mark=mark,
        )
        with open(self.out / f"{name}.log", "w") as log:
            process = subprocess.Popen(  # noqa: S603 - locust from this project's environment
                command,
                env={**os.environ, "LOAD_PASSWORD": self.password},
                cwd=settings.BASE_DIR,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            # CPU used while the window is measured: from the mark locust leaves when it
            # begins to the last reading before locust exits (it stops the members at its end).
            client, first, last = psutil.Process(process.pid), None, None
            while process.poll() is None:
                try:
                    reading = self.clock.read(client)
                except psutil.NoSuchProcess:
                    break
                if first is None and mark.exists():
                    first = reading
                last = reading if first else None
                time.sleep(0.25)
            process.wait()  # exits 1 on failed requests, which the summary counts
        if not summary.exists():
            raise CommandError(f"locust wrote no figures; see {self.out / f'{name}.log'}.")
        result = json.loads(summary.read_text())
        result["cpu"] = CpuClock.spent(first, last) if first and last else None
        return result

    def realistic(
        self, base_url: str, *, members, spawn_rate, think, seconds, settle, **options
    ) -> dict:
        low, high = (float(part) for part in think.split("-"))
        ramp = members / spawn_rate
        self.stdout.write(
            f"\nRealistic: {members} members start over {ramp:.0f} s ({spawn_rate:g}/s); each "
            f"logs in once through the login form (PBKDF2), then browses and takes quizzes "
            f"with {low:g}-{high:g} s of think time; measured for {seconds:.0f} s from "
            f"{settle:.0f} s after the last log-in (the requests that queued behind the last "
            f"password checks are answered in between, and counted on a line of their own)."
        )
        result = self.locust(
            "realistic",
            base_url,
            "Member",
            users=members,
            rate=spawn_rate,
            think=(low, high),
            seconds=seconds,
            settle=settle,
            limit=ramp + high + settle + seconds + 60,
        )
        self.stdout.write(result["table"])
        window = measured_line(result, MIX_LINE)
        self.cpu_line(result)
        met = (
            window["requests"]
            and result["failures_total"] == 0
            and result["logged_in"] == members
            and window["p95"] < P95_TARGET_MS
        )
        self.stdout.write(
            f"Target: 0 failures, every member logged in, p95 of browsing + quiz after the "
            f"log-ins < {P95_TARGET_MS} ms: {'met' if met else 'NOT met'} "
            f"({result['failures_total']} failures, {result['logged_in']}/{members} logged in, "
            f"p95 {window['p95']:.1f} ms)."
        )
        return result

    def capacity(self, base_url: str, *, capacity_members, capacity_seconds, **options):
        self.stdout.write(
            f"\nCapacity: {capacity_members} members in a closed loop (no think time), each "
            f"logged in first; requests counted for {capacity_seconds:.0f} s after the last "
            f"log-in. The members' mix, then the same members on {FLOOR_PATH} (the floor)."
        )
        runs = {}
        for name, user_class, label in (
            ("members' mix", "Member", MIX_LINE),
            (f"floor: {FLOOR_PATH}", "FloorMember", FLOOR_LINE),
        ):
            result = self.locust(
                "capacity-floor" if user_class == "FloorMember" else "capacity-mix",
                base_url,
                user_class,
                users=capacity_members,
                rate=capacity_members,
                think=(0, 0),
                seconds=capacity_seconds,
                limit=capacity_seconds + 60,
            )
            runs[name] = (result, label)
        self.stdout.write(
            f"{'':22}{'requests':>9}{'failures':>9}{'per s':>8}{'median ms':>10}{'p95 ms':>8}"
            f"{'CPU ms per request: gunicorn':>30}{'PostgreSQL':>11}{'machine':>9}"
            f"{'locust CPU %':>14}"
        )
        for name, (result, label) in runs.items():
            line = measured_line(result, label)
            cpu = result["cpu"] or dict.fromkeys(("gunicorn", "postgres", "machine", "locust"), 0.0)
            per_request = {
                key: cpu[key] * 1000 / max(1, result["window_requests"])
                for key in ("gunicorn", "postgres", "machine")
            }
            self.stdout.write(
                f"{name:22}{result['window_requests']:9d}{result['failures_total']:9d}"
                f"{result['per_second']:8.1f}{line['median']:10.1f}{line['p95']:8.1f}"
                f"{per_request['gunicorn']:30.1f}{per_request['postgres']:11.1f}"
                f"{per_request['machine']:9.1f}"
                f"{cpu['locust'] * 100 / max(cpu.get('at', 0.0), 1e-9):14.0f}"
            )
            for message, count in sorted(result["failures"].items()):
                self.stdout.write(f"  FAILED {count} times: {message}")
        mix, floor = (result for result, _ in runs.values())
        ratio = mix["per_second"] / floor["per_second"] if floor["per_second"] else 0.0
        self.stdout.write(
            f"Members' mix / floor: {ratio:.2f} of the floor's requests per second (target >= "
            f"{CAPACITY_TARGET}): {'met' if ratio >= CAPACITY_TARGET else 'NOT met'}."
        )
        return mix, floor

    def cpu_line(self, result: dict) -> None:
        cpu = result["cpu"]
        if cpu is None:
            return
        per_request = cpu["gunicorn"] * 1000 / max(1, result["window_requests"])
        self.stdout.write(
            f"CPU in the window ({cpu['at']:.0f} s, {os.cpu_count()} cores): gunicorn "
            f"{cpu['gunicorn']:.1f} s ({per_request:.1f} ms per request), PostgreSQL (the load "
            f"database's backends) {cpu['postgres']:.1f} s, locust {cpu['locust']:.1f} s, the "
            f"whole machine {cpu['machine']:.1f} s (with anything else running on it)."
        )
