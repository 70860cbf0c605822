"""Two leaders pressing "send reminders" at the same moment remind each overdue person once.
Only PostgreSQL runs the requests truly in parallel, so the test runs there."""

import threading

import pytest

from django.core import mail
from django.db import connection
from django.test import Client

from compliance.models import RequirementReminder

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="parallel writers need PostgreSQL"
    ),
]


def test_simultaneous_reminders_remind_once(org, person, leader, officer_requirement):
    overdue = [person(org.bergen, days_ago=200) for _ in range(5)]
    leaders = [leader(org.bergen), leader(org.vestland)] * 5
    barrier = threading.Barrier(len(leaders))
    statuses = []

    def post(user):
        client = Client()
        client.force_login(user)
        try:
            barrier.wait(timeout=20)
            statuses.append(client.post("/leder/personer/paminnelser/").status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(user,)) for user in leaders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert statuses == [302] * len(leaders)
    reminded = RequirementReminder.objects.values_list("user_id", flat=True)
    assert sorted(reminded) == sorted(user.pk for user in overdue)
    assert sorted(message.to[0] for message in mail.outbox) == sorted(u.email for u in overdue)
