"""Twenty members press «Meld meg på» at the same moment for ten places: exactly ten get a place
and ten go on the waiting list, in one order. Only PostgreSQL runs the requests truly in
parallel (SQLite lets one writer in at a time), so the test runs there."""

import threading

import pytest

from django.db import connection
from django.test import Client

from devtools.factories import MembershipFactory, UserFactory
from gatherings.models import Signup, SignupStatus
from gatherings.services import signup_cancel
from tests.gatherings.builders import make_run

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="parallel writers need PostgreSQL"
    ),
]


def post_as_each(users, path) -> list[int]:
    barrier = threading.Barrier(len(users))
    statuses = []

    def post(user):
        client = Client()
        client.force_login(user)
        try:
            barrier.wait(timeout=30)
            statuses.append(client.post(path).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    return statuses


@pytest.fixture
def twenty(org):
    users = [UserFactory(email=f"samtidig{n}@example.org") for n in range(20)]
    for user in users:
        MembershipFactory(user=user, branch=org.bergen)
    return users


def test_twenty_sign_ups_at_once_for_ten_places(site_pages, blended_course, org, twenty):
    run = make_run(blended_course, org.vestland, capacity=10)

    statuses = post_as_each(twenty, f"/samlinger/{run.pk}/pamelding/")

    assert statuses == [302] * 20
    counts = {
        status: Signup.objects.filter(run=run, status=status).count()
        for status in SignupStatus.values
    }
    assert counts == {"signed_up": 10, "waiting": 10, "cancelled": 0}


def test_cancellations_at_once_move_the_waiting_list_up_exactly(
    site_pages, blended_course, org, twenty
):
    run = make_run(blended_course, org.vestland, capacity=10)
    post_as_each(twenty, f"/samlinger/{run.pk}/pamelding/")
    placed = [s.user for s in Signup.objects.filter(run=run, status=SignupStatus.SIGNED_UP)]
    first_waiting = list(
        Signup.objects.filter(run=run, status=SignupStatus.WAITING)
        .order_by("requested_at", "pk")
        .values_list("user_id", flat=True)[:5]
    )

    statuses = post_as_each(placed[:5], f"/samlinger/{run.pk}/avmelding/")

    assert statuses == [302] * 5
    signed_up = set(
        Signup.objects.filter(run=run, status=SignupStatus.SIGNED_UP).values_list(
            "user_id", flat=True
        )
    )
    assert len(signed_up) == 10
    assert set(first_waiting) <= signed_up
    assert Signup.objects.filter(run=run, status=SignupStatus.WAITING).count() == 5
    # A second cancellation changes nothing.
    signup_cancel(user=placed[0], run=run)
    assert Signup.objects.filter(run=run, status=SignupStatus.SIGNED_UP).count() == 10
