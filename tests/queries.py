"""What a page reads: the SQL a GET runs, for the tests that count or inspect it."""

from typing import NamedTuple

from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext


class Reading(NamedTuple):
    response: HttpResponse
    queries: list[str]


def reading(client, path: str) -> Reading:
    """GET `path` with `client`, which must answer 200; the response and the SQL it ran."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return Reading(response, [query["sql"] for query in captured])
