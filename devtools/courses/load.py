"""The load test's members (manage.py load_test, tests/courses/test_load.py): accounts like the
demo's members, in its branches, each with a real password that the locust members
(devtools/locust/members.py) type into the login form."""

import datetime

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from skolering.models import Branch, Membership, User

# The locustfile builds the same addresses (its --account-pattern).
ACCOUNT_PATTERN = "last.medlem{:03d}@example.org"
# Where the demo's members live (register/samples/medlemmer.csv): the load members see their
# courses.
HOMES = ("bergen", "arstad", "voss", "trondheim", "byasen", "stjordal", "bodo", "narvik")


def members_create(*, count: int, password: str) -> list[str]:
    """`count` members spread over the demo's branches, who joined a year ago, all with
    `password`, hashed with the settings' hasher (production: PBKDF2, so each log-in costs what
    it costs in production). Hashed once: hashing 300 times would take a minute, and every
    log-in still checks a hash of its own. Returns their addresses."""
    encoded = make_password(password)
    branches = {branch.slug: branch for branch in Branch.objects.filter(slug__in=HOMES)}
    joined = timezone.localdate() - datetime.timedelta(days=365)
    emails = [ACCOUNT_PATTERN.format(number) for number in range(count)]
    with transaction.atomic():
        users = User.objects.bulk_create(
            User(
                email=email,
                member_number=f"9{number:05d}",
                first_name="Last",
                last_name=f"Medlem {number:03d}",
                password=encoded,
            )
            for number, email in enumerate(emails)
        )
        Membership.objects.bulk_create(
            Membership(
                user=user,
                branch=branches[HOMES[number % len(HOMES)]],
                joined_on=joined,
            )
            for number, user in enumerate(users)
        )
    return emails
