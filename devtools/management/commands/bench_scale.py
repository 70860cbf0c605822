"""`make bench`'s figures for the leader dashboard at national scale, measured in the same run:
for each size a fresh database is made (SQLite files in var/, or databases on the PostgreSQL server
given with --server), migrated and filled by seed_scale; then a child process on that database
times the pages and the export.

Each page's figure is the median server time (wall clock) of --requests requests, with the
median CPU time of this process beside it (`time.process_time`: what the request cost in Python,
whatever else the shared machine runs) and, on a PostgreSQL server on this machine, the database
backend's CPU time per request (from /proc). The export's memory is this process's resident set:
before the export and its peak (the kernel's high-water mark) during it. The load average is
printed before and after, since the machines are shared."""

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from devtools.benchmark import database_recreate, load_average

# The targets at 60 000 members (ms, or s and MB for the export); issue 18 of the project.
TARGETS = {
    "national summary (/leder/)": "< 150 ms",
    "county summary (/leder/)": "< 100 ms",
    "drill-down, one page of 50 rows": "< 150 ms",
    "full national CSV export, seconds": "< 10 s",
    "  peak RSS during the export, MB": "< 150 MB",
    "  RSS before the export, MB": "",
}


def database_url(server: str, members: int) -> str:
    if not server:
        return f"sqlite:///{settings.BASE_DIR / 'var' / f'scale-{members}.sqlite3'}"
    parts = urlsplit(server)
    return urlunsplit(parts._replace(path=f"/skolering_scale_{members}"))


class Command(BaseCommand):
    help = "Time the leader dashboard on a 600-member and a 60 000-member organisation."

    def add_arguments(self, parser):
        parser.add_argument("--server", default="", help="postgres://user@host:port (else SQLite)")
        parser.add_argument(
            "--sizes", default="600,60000", help="members, comma-separated (e.g. 600000)"
        )
        parser.add_argument("--requests", type=int, default=30)
        parser.add_argument(
            "--reuse",
            action="store_true",
            help="measure databases seeded by an earlier run (migrated, not seeded again)",
        )
        parser.add_argument(
            "--measure", action="store_true", help=("internal: measure this database")
        )

    def handle(self, *args, server, sizes, requests, reuse, measure, **options):
        if measure:
            self.stdout.write(json.dumps(measure_here(requests)))
            return
        results = {}
        self.stdout.write(f"Before: {load_average()}")
        for members in [int(size) for size in sizes.split(",")]:
            url = database_url(server, members)
            env = {**os.environ, "DATABASE_URL": url}
            manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
            if not reuse:
                database_recreate(url)
            subprocess.run(  # noqa: S603 - this project's own manage.py
                [*manage, "migrate", "--noinput", "-v0"], env=env, check=True
            )
            seeding = None
            if not reuse:
                started = time.perf_counter()
                subprocess.run(  # noqa: S603
                    [*manage, "seed_scale", "--members", str(members)],
                    env=env,
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
                seeding = time.perf_counter() - started
            output = subprocess.run(  # noqa: S603
                [*manage, "bench_scale", "--measure", "--requests", str(requests)],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            results[members] = json.loads(output.strip().splitlines()[-1])
            if seeding is not None:
                results[members]["seed_scale (with VACUUM ANALYZE), seconds"] = {"median": seeding}
        self.report(results, server, requests)
        self.stdout.write(f"After: {load_average()}")

    def report(self, results: dict, server: str, requests: int) -> None:
        sizes = sorted(results)
        engine = "PostgreSQL" if server else "SQLite"
        self.stdout.write(
            f"\nLeader dashboard on {engine}, {requests} requests a page, in turns: median "
            "server time (p90), median CPU of this process, database backend CPU per request, "
            "queries."
        )
        width = 42
        self.stdout.write(
            f"{'figure':<{width}}"
            + "".join(f"{f'{size} members':>44}" for size in sizes)
            + f"  {'target at 60 000':>16}"
        )
        figures = list(dict.fromkeys(figure for size in sizes for figure in results[size]))
        for figure in figures:
            cells = []
            for size in sizes:
                value = results[size].get(figure)
                if value is None:
                    cells.append(f"{'':>44}")
                    continue
                text = f"{value['median']:.1f}"
                if "p90" in value:
                    text += f" ({value['p90']:.1f})"
                if "cpu" in value:
                    text += f", CPU {value['cpu']:.1f}"
                if value.get("db_cpu") is not None:
                    text += f", db {value['db_cpu']:.1f}"
                if "queries" in value:
                    text += f", {value['queries']} q"
                if "rows" in value:
                    text += f", {value['rows']} rows"
                cells.append(f"{text:>44}")
            target = TARGETS.get(figure, "")
            self.stdout.write(f"{figure:<{width}}" + "".join(cells) + f"  {target:>16}")


def _backend_cpu_ms() -> float | None:
    """CPU time used so far by this connection's PostgreSQL backend, if the server runs on this
    machine (its /proc entry is readable); None otherwise."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = int(fields[11]) + int(fields[12])  # utime + stime (fields 14 and 15 of stat)
    return ticks * 1000 / os.sysconf("SC_CLK_TCK")


def _time_in_turns(pages: dict[str, tuple[Client, str]], requests: int) -> dict[str, dict]:
    """Each page `requests` times, in turns (a request of each, then the next round), so that
    the shared machine's ups and downs weigh on every page alike; the database backend's CPU
    is read around each request and added up per page."""
    queries = {}
    for name, (client, path) in pages.items():
        for _ in range(3):
            response = client.get(path)
            if response.status_code != 200:
                raise RuntimeError(f"{path} answered {response.status_code}")
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        queries[name] = len(captured)
    timings = {name: [] for name in pages}
    cpu = {name: [] for name in pages}
    db_cpu = dict.fromkeys(pages, 0.0)
    for _ in range(requests):
        for name, (client, path) in pages.items():
            db_before = _backend_cpu_ms()
            start, start_cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            cpu[name].append((time.process_time() - start_cpu) * 1000)
            timings[name].append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{path} answered {response.status_code}")
            if db_before is not None:
                db_cpu[name] += _backend_cpu_ms() - db_before
    results = {}
    for name in pages:
        ordered = sorted(timings[name])
        results[name] = {
            "median": statistics.median(ordered),
            "p90": ordered[max(int(len(ordered) * 0.9) - 1, 0)],
            "cpu": statistics.median(cpu[name]),
            "db_cpu": db_cpu[name] / requests if connection.vendor == "postgresql" else None,
            "queries": queries[name],
        }
    return results


def _rss_mb() -> float:
    """This process's resident set now (Linux: /proc/self/statm)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _export(client: Client) -> tuple[float, int]:
    start = time.perf_counter()
    response = client.get("/leder/personer/eksport.csv")
    if response.status_code != 200:
        raise RuntimeError(f"the export answered {response.status_code}")
    lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
    response.close()
    return time.perf_counter() - start, lines - 1


def measure_here(requests: int) -> dict:
    from skolering.models import Role, RoleAssignment

    leaders = RoleAssignment.objects.filter(role=Role.LEDER, ends_on__isnull=True)
    national = leaders.filter(branch__depth=1).select_related("user").first()
    county = (
        leaders.filter(branch__depth=2)
        .select_related("user", "branch")
        .order_by("branch__path")
        .first()
    )
    client = Client(HTTP_HOST="localhost")
    client.force_login(national.user)
    county_client = Client(HTTP_HOST="localhost")
    county_client.force_login(county.user)
    results = _time_in_turns(
        {
            "national summary (/leder/)": (client, "/leder/"),
            "county summary (/leder/)": (county_client, "/leder/"),
            "drill-down, one page of 50 rows": (
                county_client,
                f"/leder/personer/?lag={county.branch_id}",
            ),
        },
        requests,
    )
    rss_before = _rss_mb()
    # The whole country streamed in one request (a list this long is otherwise offered as a
    # background export, whose worker reads the same rows): the figure of issue 18.
    with override_settings(EXPORT_INLINE_MAX_ROWS=10**9):
        seconds, rows = _export(client)
    # ru_maxrss is the process's high-water mark in KiB: the export's peak, unless the process
    # had been larger before it (then this is that earlier peak, and an upper bound).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["full national CSV export, seconds"] = {"median": seconds, "rows": rows}
    results["  peak RSS during the export, MB"] = {"median": peak}
    results["  RSS before the export, MB"] = {"median": rss_before}
    return results
