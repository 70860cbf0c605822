"""`make bench`'s figures for the leader dashboard at two sizes, measured in the same run: for
each size a fresh database is made (SQLite files in var/, or databases on the PostgreSQL server
given with --server), migrated and filled by seed_scale; then a child process on that database
times the pages and the export."""

import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from devtools.benchmark import database_recreate

# The budgets set for the 60 000-member data set (ms, or s and MB for the export).
LIMITS = {
    "national summary (/leder/)": "< 300 ms",
    "county summary (/leder/)": "< 150 ms",
    "drill-down, one page of 50 rows": "< 150 ms",
    "full national CSV export, seconds": "< 10 s",
    "full national CSV export, peak MB": "< 150 MB",
    "  (process high-water mark grew, MB)": "",
}


def database_url(server: str, members: int) -> str:
    if not server:
        return f"sqlite:///{settings.BASE_DIR / 'var' / f'scale-{members}.sqlite3'}"
    parts = urlsplit(server)
    return urlunsplit(parts._replace(path=f"/skolering_scale_{members}"))


class Command(BaseCommand):
    help = "Time the leader dashboard on a 60 000-member and a 600-member organisation."

    def add_arguments(self, parser):
        parser.add_argument("--server", default="", help="postgres://user@host:port (else SQLite)")
        parser.add_argument("--sizes", default="600,60000")
        parser.add_argument("--requests", type=int, default=30)
        parser.add_argument(
            "--measure", action="store_true", help=("internal: measure this database")
        )

    def handle(self, *args, server, sizes, requests, measure, **options):
        if measure:
            self.stdout.write(json.dumps(measure_here(requests)))
            return
        results = {}
        for members in [int(size) for size in sizes.split(",")]:
            url = database_url(server, members)
            env = {**os.environ, "DATABASE_URL": url}
            manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
            database_recreate(url)
            subprocess.run(  # noqa: S603 - this project's own manage.py
                [*manage, "migrate", "--noinput", "-v0"], env=env, check=True
            )
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
            results[members]["seed_scale, seconds"] = {"median": seeding}
        self.report(results, server)

    def report(self, results: dict, server: str) -> None:
        sizes = sorted(results)
        engine = "PostgreSQL" if server else "SQLite"
        self.stdout.write(
            f"\nLeader dashboard on {engine}: median (p90) server time, queries per request."
        )
        header = f"{'figure':<36}" + "".join(f"{f'{size} members':>26}" for size in sizes)
        self.stdout.write(header + f"  {'limit at 60 000':>16}")
        for figure in results[sizes[0]]:
            cells = []
            for size in sizes:
                value = results[size][figure]
                text = f"{value['median']:.1f}"
                if "p90" in value:
                    text += f" ({value['p90']:.1f})"
                if "queries" in value:
                    text += f", {value['queries']} q"
                if "rows" in value:
                    text += f", {value['rows']} rows"
                cells.append(f"{text:>26}")
            self.stdout.write(f"{figure:<36}" + "".join(cells) + f"  {LIMITS.get(figure, ''):>16}")


def _time(client: Client, path: str, requests: int) -> dict:
    for _ in range(3):
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
    reset_queries()
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    queries = len(captured)
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {
        "median": statistics.median(timings),
        "p90": timings[max(int(len(timings) * 0.9) - 1, 0)],
        "queries": queries,
    }


def _export(client: Client) -> tuple[float, int]:
    start = time.perf_counter()
    response = client.get("/leder/personer/eksport.csv")
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
    results = {}
    client.force_login(national.user)
    results["national summary (/leder/)"] = _time(client, "/leder/", requests)
    client.force_login(county.user)
    results["county summary (/leder/)"] = _time(client, "/leder/", requests)
    results["drill-down, one page of 50 rows"] = _time(
        client, f"/leder/personer/?lag={county.branch_id}", requests
    )
    client.force_login(national.user)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    seconds, rows = _export(client)  # untraced, for the time
    rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    tracemalloc.start()
    _export(client)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    results["full national CSV export, seconds"] = {"median": seconds, "rows": rows}
    results["full national CSV export, peak MB"] = {"median": peak / 2**20}
    results["  (process high-water mark grew, MB)"] = {"median": rss_growth}
    return results
