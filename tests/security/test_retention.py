"""manage.py apply_retention: former members are erased after the retention period, old audit
events go, nothing else; a dry run by default, and a second run does nothing more."""

import datetime
from io import StringIO

import pytest

from django.core.management import call_command
from django.utils import timezone

from devtools.factories import MembershipFactory, RoleAssignmentFactory, UserFactory
from skolering.models import AuditEvent, Role, User
from skolering.services import audit_event_record


def days_ago(today, days):
    return today - datetime.timedelta(days=days)


@pytest.fixture
def people(org, today):
    def former(email, left_days_ago, **user_fields):
        user = UserFactory(email=email, **user_fields)
        MembershipFactory(
            user=user,
            branch=org.bergen,
            joined_on=days_ago(today, 2000),
            left_on=days_ago(today, left_days_ago),
        )
        return user

    gone = former("gone@example.org", 200)
    recent = former("recent@example.org", 100)
    staff = former("staff@example.org", 400, is_staff=True)
    elected = former("elected@example.org", 300)
    RoleAssignmentFactory(user=elected, branch=org.bergen, role=Role.FOLKEVALGT)
    moved = former("moved@example.org", 900)
    MembershipFactory(user=moved, branch=org.voss, joined_on=days_ago(today, 899))
    current = UserFactory(email="current@example.org")
    MembershipFactory(user=current, branch=org.bergen)
    no_membership = UserFactory(email="editor-only@example.org")
    audit_event_record(actor=current, action="leader.people.view")
    AuditEvent.objects.create(
        actor=current,
        action="leader.people.view",
        created_at=timezone.now() - datetime.timedelta(days=800),
    )
    return {
        "gone": gone,
        "kept": [recent, staff, elected, moved, current, no_membership],
        "staff": staff,
        "elected": elected,
    }


def run(*args):
    out = StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


def test_a_dry_run_says_what_it_would_do_and_changes_nothing(people):
    output = run()
    assert "1 to erase" in output
    assert f"kept: user {people['staff'].pk}, has access to the admin" in output
    assert f"kept: user {people['elected'].pk}, holds a role in force" in output
    assert "1 to remove" in output
    assert "Dry run: nothing was changed" in output
    assert User.objects.filter(pk=people["gone"].pk).exists()
    assert AuditEvent.objects.count() == 2


def test_apply_erases_former_members_and_old_events_once(people):
    output = run("--apply")
    assert "Done: 1 members erased, 1 audit events removed." in output
    assert not User.objects.filter(pk=people["gone"].pk).exists()
    assert User.objects.filter(pk__in=[u.pk for u in people["kept"]]).count() == 6
    actions = sorted(AuditEvent.objects.values_list("action", flat=True))
    assert actions == ["leader.people.view", "privacy.erase"]
    erased = AuditEvent.objects.get(action="privacy.erase")
    assert erased.details == {"user": people["gone"].pk, "by": "retention", "reason": "retention"}
    again = run("--apply")
    assert "0 to erase" in again and "0 to remove" in again
    assert "Done: 0 members erased, 0 audit events removed." in again


def test_the_periods_come_from_the_settings(people, settings):
    settings.RETENTION_MEMBER_DAYS = 50
    settings.RETENTION_AUDIT_MONTHS = 60
    output = run()
    assert "(50 days): 2 to erase" in output  # "recent" left 100 days ago
    assert "(60 months): 0 to remove" in output
