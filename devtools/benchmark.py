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


def floor_case() -> BenchCase:
    return BenchCase(
        "floor: bare Wagtail page (/personvern/)", "/personvern/", "medlem@example.org"
    )


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


def measure(case: BenchCase, *, requests: int, warmup: int = 5) -> BenchResult:
    client = Client(HTTP_HOST=HOST)
    if case.user:
        client.force_login(User.objects.get(email=case.user))
    for _ in range(warmup):
        _checked(case, case.prepare(client)())
    request = case.prepare(client)
    reset_queries()  # each request empties the log; the capture must start from empty
    with CaptureQueriesContext(connection) as captured:
        _checked(case, request())
    queries = len(captured)  # now: the captured list is a view of the log the next request empties
    wall, cpu = [], []
    for _ in range(requests):
        request = case.prepare(client)
        started, started_cpu = time.perf_counter(), time.process_time()
        response = request()
        cpu.append((time.process_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
        _checked(case, response)
    wall.sort()
    return BenchResult(
        case,
        statistics.median(wall),
        wall[int(len(wall) * 0.9) - 1],
        statistics.median(cpu),
        queries,
    )


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def report(results: list[BenchResult], floor: BenchResult) -> list[str]:
    width = max(len(result.case.name) for result in results)
    lines = [f"{'page':<{width}}  median ms   p90 ms  CPU ms  queries  vs floor  CPU vs floor"]
    for result in results:
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
        Path(urlsplit(url).path).unlink(missing_ok=True)
        return
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
