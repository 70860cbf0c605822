"""Two syncs at the same moment: one runs, the other is refused at once, and the database holds
the first one's result whole. Only PostgreSQL runs them truly in parallel (SQLite lets one
writer in at a time, which is the same rule)."""

import datetime
import threading

import pytest

from django.db import connection
from django.utils import timezone

from register.sync import SyncBusy, register_sync
from skolering.models import AuditEvent, Membership, User
from tests.register.builders import register_of

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="parallel writers need PostgreSQL"
    ),
]


def test_two_syncs_at_once_one_is_refused_and_nothing_is_half_written():
    joined = timezone.localdate() - datetime.timedelta(days=100)
    members = [
        (f"{n}", "Ánne", f"Bækkelund {n}", f"anne{n}@example.org", "4601", joined, None)
        for n in range(1000, 1600)
    ]
    register = register_of(members=members)
    barrier = threading.Barrier(2)
    outcomes = []

    def run():
        try:
            barrier.wait(timeout=20)
            register_sync(register=register)
            outcomes.append("synced")
        except SyncBusy:
            outcomes.append("busy")
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(outcomes) in (["busy", "synced"], ["synced", "synced"])
    # Whatever the order, each person and membership exists once, and each run is one event.
    assert User.objects.filter(member_number__isnull=False).count() == 600
    assert Membership.objects.count() == 600
    assert AuditEvent.objects.filter(action="register.sync").count() == outcomes.count("synced")
    assert AuditEvent.objects.filter(action="membership.create").count() == 600
