"""Server-time benchmarks for `make bench`. Each app may add cases in a module
`devtools.<app>.bench` with a function `cases()`; every figure is printed beside the floor
measured in the same run: a bare Wagtail page of the same site, requested by the same user."""

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from skolering.models import User

HOST = "localhost"


@dataclass(frozen=True)
class BenchCase:
    """A GET of `path`; or, with `action`, whatever request it prepares: `action(client)` sets
    up one request (untimed) and returns the call to time, which answers with the response.
    Every timed response must have one of `statuses`."""

    name: str
    path: str = ""
    user: str | None = None  # a demo login
    action: Callable[[Client], Callable[[], object]] | None = None
    statuses: tuple[int, ...] = (200,)

    def prepare(self, client: Client) -> Callable[[], object]:
        if self.action is not None:
            return self.action(client)
        return lambda: client.get(self.path)


MEMBER = "medlem@example.org"


def floor_case(user: str | None = MEMBER) -> BenchCase:
    """The floor for `user`'s pages: the same bare page, requested by the same user, whose
    header (a leader's menu, an editor's Wagtail user bar) every page of theirs carries too."""
    return BenchCase(f"floor: bare Wagtail page (/personvern/), {user}", "/personvern/", user)


@dataclass
class BenchResult:
    case: BenchCase
    median_ms: float
    p90_ms: float
    cpu_median_ms: float  # the process's CPU time: what the request cost, whatever else runs
    queries: int


def _checked(case: BenchCase, response):
    if response.status_code not in case.statuses:
        raise RuntimeError(f"{case.name} answered {response.status_code}")
    return response


def measure_side_by_side(cases: list[BenchCase], *, requests: int, warmup: int = 5):
    """Each case's timings, taken in turns (one request of each case, then the next round), so
    that whatever else the shared machine does weighs on every case alike."""
    clients = []
    queries = []
    for case in cases:
        client = Client(HTTP_HOST=HOST)
        if case.user:
            client.force_login(User.objects.get(email=case.user))
        for _ in range(warmup):
            _checked(case, case.prepare(client)())
        request = case.prepare(client)
        reset_queries()  # each request empties the log; the capture must start from empty
        with CaptureQueriesContext(connection) as captured:
            _checked(case, request())
        queries.append(len(captured))  # now: the log is emptied by the next request
        clients.append(client)
    wall = [[] for _ in cases]
    cpu = [[] for _ in cases]
    for _ in range(requests):
        for index, (case, client) in enumerate(zip(cases, clients, strict=True)):
            request = case.prepare(client)
            started, started_cpu = time.perf_counter(), time.process_time()
            response = request()
            cpu[index].append((time.process_time() - started_cpu) * 1000)
            wall[index].append((time.perf_counter() - started) * 1000)
            _checked(case, response)
    results = []
    for case, walls, cpus, count in zip(cases, wall, cpu, queries, strict=True):
        walls.sort()
        results.append(
            BenchResult(
                case,
                statistics.median(walls),
                walls[int(len(walls) * 0.9) - 1],
                statistics.median(cpus),
                count,
            )
        )
    return results


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def report(results: list[BenchResult], floors: dict[str | None, BenchResult]) -> list[str]:
    """Each result beside the floor measured for the same user in the same run."""
    width = max(len(result.case.name) for result in results)
    lines = [f"{'page':<{width}}  median ms   p90 ms  CPU ms  queries  vs floor  CPU vs floor"]
    for result in results:
        floor = floors[result.case.user]
        lines.append(
            f"{result.case.name:<{width}}  {result.median_ms:9.2f} {result.p90_ms:8.2f}"
            f" {result.cpu_median_ms:7.2f}  {result.queries:7d}"
            f"  {result.median_ms / floor.median_ms:7.2f}x"
            f"  {result.cpu_median_ms / floor.cpu_median_ms:11.2f}x"
        )
    return lines


def database_recreate(url: str) -> None:
    """An empty database at `url`: a new SQLite file, or a database dropped and created again on
    the PostgreSQL server."""
    if url.startswith("sqlite"):
        path = urlsplit(url).path
        for leftover in (path, f"{path}-wal", f"{path}-shm"):  # WAL's files, after a crash
            Path(leftover).unlink(missing_ok=True)
        return
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
