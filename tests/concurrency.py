"""Requests at the same moment, for the PostgreSQL concurrency tests: each thread has its own
client and database connection, and all wait at a barrier before they post."""

import threading

from django.db import connection
from django.test import Client


def post_in_parallel(user, url, data=None, *, requests=2) -> list[int]:
    barrier = threading.Barrier(requests)
    statuses = []

    def post():
        client = Client()
        client.force_login(user)
        try:
            barrier.wait(timeout=20)
            statuses.append(client.post(url, data or {}).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return statuses
