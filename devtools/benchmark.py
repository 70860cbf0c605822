"""Server-time benchmarks for `make bench`. Each app may add cases in a module
`devtools.<app>.bench` with a function `cases()`; every figure is printed beside the floor
measured in the same run: a bare Wagtail page of the same site, requested by the same user."""

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
    up one request (untimed) and returns the call to time, which answers with the response."""

    name: str
    path: str = ""
    user: str | None = None  # a demo login
    action: Callable[[Client], Callable[[], object]] | None = None

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
    queries: int


def measure(case: BenchCase, *, requests: int, warmup: int = 5) -> BenchResult:
    client = Client(HTTP_HOST=HOST)
    if case.user:
        client.force_login(User.objects.get(email=case.user))
    for _ in range(warmup):
        response = case.prepare(client)()
        if response.status_code not in (200, 302):
            raise RuntimeError(f"{case.name} answered {response.status_code}")
    request = case.prepare(client)
    reset_queries()  # each request empties the log; the capture must start from empty
    with CaptureQueriesContext(connection) as captured:
        request()
    queries = len(captured)  # now: the captured list is a view of the log the next request empties
    timings = []
    for _ in range(requests):
        request = case.prepare(client)
        start = time.perf_counter()
        request()
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return BenchResult(
        case,
        statistics.median(timings),
        timings[int(len(timings) * 0.9) - 1],
        queries,
    )


def report(results: list[BenchResult], floor: BenchResult) -> list[str]:
    width = max(len(result.case.name) for result in results)
    lines = [f"{'page':<{width}}  median ms   p90 ms  queries  vs floor"]
    for result in results:
        lines.append(
            f"{result.case.name:<{width}}  {result.median_ms:9.2f} {result.p90_ms:8.2f}"
            f"  {result.queries:7d}  {result.median_ms / floor.median_ms:7.2f}x"
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
