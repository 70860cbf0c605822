"""The audit log: role and membership changes in the admin are recorded, the report filters and
exports the log, and taking it out is recorded too."""

import csv
import io

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from devtools.factories import UserFactory
from skolering.models import AuditEvent, Role, RoleAssignment
from skolering.services import audit_event_record


@pytest.fixture
def administrator(client, db):
    user = UserFactory(email="admin@example.org", is_superuser=True, is_staff=True)
    client.force_login(user)
    return user


def test_role_changes_in_the_admin_are_audited(client, administrator, org, member, today):
    client.post(
        reverse("roleassignment:add"),
        {
            "user": member.pk,
            "branch": org.bergen.pk,
            "role": Role.LEDER,
            "starts_on": today.isoformat(),
            "ends_on": "",
        },
    )
    role = RoleAssignment.objects.get(user=member)
    created = AuditEvent.objects.get(action="role.create")
    assert (created.actor, created.subject, created.branch) == (administrator, member, org.bergen)
    assert created.details["role"] == Role.LEDER

    client.post(
        reverse("roleassignment:edit", args=[role.pk]),
        {
            "user": member.pk,
            "branch": org.bergen.pk,
            "role": Role.LEDER,
            "starts_on": today.isoformat(),
            "ends_on": "2030-12-31",
        },
    )
    changed = AuditEvent.objects.get(action="role.change")
    assert changed.details["changes"] == {"ends_on": ["None", "2030-12-31"]}

    client.post(reverse("roleassignment:delete", args=[role.pk]))
    assert not RoleAssignment.objects.exists()
    deleted = AuditEvent.objects.get(action="role.delete")
    assert deleted.subject == member and deleted.details["ends_on"] == "2030-12-31"


def test_a_refused_role_change_is_not_audited(client, administrator, org, member):
    client.post(
        reverse("roleassignment:add"),
        {"user": member.pk, "branch": org.bergen.pk, "role": "keiser", "starts_on": "2026-01-01"},
    )
    assert not AuditEvent.objects.exists()


def test_membership_changes_are_audited(client, administrator, org, member):
    membership = member.memberships.get()
    client.post(
        reverse("membership:edit", args=[membership.pk]),
        {
            "user": member.pk,
            "branch": org.bergen.pk,
            "joined_on": membership.joined_on.isoformat(),
            "left_on": "2026-11-30",
        },
    )
    event = AuditEvent.objects.get(action="membership.change")
    assert event.details["changes"] == {"left_on": ["None", "2026-11-30"]}


@pytest.fixture
def events(org, member):
    leader = UserFactory(email="leder@example.org")
    audit_event_record(actor=leader, action="leader.people.view", branch=org.bergen)
    audit_event_record(actor=leader, action="leader.people.export", details={"rows": 3})
    audit_event_record(actor=member, action="privacy.export", subject=member)
    return leader


def test_the_report_lists_and_filters_events(client, administrator, events):
    page = client.get(reverse("audit_report"))
    assert page.status_code == 200
    assert page.text.count("leder@example.org") >= 2
    by_action = client.get(reverse("audit_report"), {"action": "privacy.export"})
    assert "privacy.export" in by_action.text and "leader.people.view</td>" not in by_action.text
    by_actor = client.get(reverse("audit_report_results"), {"actor": "medlem@"})
    assert "privacy.export" in by_actor.text and "leader.people.export" not in by_actor.text
    future = client.get(reverse("audit_report_results"), {"created_at_from": "2999-01-01"})
    assert "leader.people" not in future.text


def test_the_csv_export_has_every_event_and_is_audited(client, administrator, events):
    response = client.get(
        reverse("audit_report"), {"export": "csv", "action": "leader.people.export"}
    )
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["Tid", "Utført av", "Handling", "Lag", "Gjelder", "Detaljer"]
    assert [row[2] for row in rows[1:]] == ["leader.people.export"]
    assert rows[1][5] == '{"rows": 3}'
    export = AuditEvent.objects.get(action="audit.export")
    assert export.actor == administrator
    assert export.details == {
        "format": "csv",
        "filters": {"action": "leader.people.export"},
        "rows": 1,
    }


def test_only_those_allowed_to_view_the_log_see_the_report(client, org, events):
    editor = UserFactory(email="redaktor@example.org")
    editors = Group.objects.create(name="Redaktører i test")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(editors)
    client.force_login(editor)
    assert client.get(reverse("audit_report")).status_code == 302  # to the admin's front page
    assert client.get(reverse("audit_report"), {"export": "csv"}).status_code == 302
    assert not AuditEvent.objects.filter(action="audit.export").exists()
    editors.permissions.add(Permission.objects.get(codename="view_auditevent"))
    assert client.get(reverse("audit_report")).status_code == 200


def test_the_log_cannot_be_changed_through_the_admin(client, administrator, events):
    event = AuditEvent.objects.first()
    assert client.get(reverse("auditevent:edit", args=[event.pk])).status_code in (302, 403)
    client.post(reverse("auditevent:delete", args=[event.pk]))
    assert AuditEvent.objects.filter(pk=event.pk).exists()
