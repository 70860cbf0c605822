"""The organisation in the Wagtail admin: administrators maintain branches, memberships and
roles; nobody can write to the audit log."""

import pytest

from django.urls import reverse

from devtools.factories import MembershipFactory, UserFactory
from skolering.models import AuditEvent, Branch, BranchKind, Membership, Role, RoleAssignment
from skolering.services import audit_event_record


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(email="admin@example.org", is_superuser=True, is_staff=True))
    return client


@pytest.mark.parametrize(
    "url_name",
    ["branch:index", "membership:index", "roleassignment:index", "auditevent:index"],
)
def test_administrator_sees_each_listing(admin_client, org, member, url_name):
    response = admin_client.get(reverse(url_name))
    assert response.status_code == 200


def test_branch_listing_shows_the_tree_in_order(admin_client, org):
    html = admin_client.get(reverse("branch:index")).content.decode()
    order = [html.index(name) for name in ("Partiet", "Trøndelag", "Trondheim", "Vestland")]
    assert order == sorted(order)


def test_administrator_adds_a_municipality_under_a_county(admin_client, org):
    response = admin_client.post(
        reverse("branch:add"),
        {
            "name": "Askøy Arbeiderparti",
            "slug": "askoy",
            "kind": BranchKind.MUNICIPALITY,
            "number": "4627",
            "parent": org.vestland.pk,
        },
    )
    assert response.status_code == 302
    askoy = Branch.objects.get(slug="askoy")
    assert askoy.get_parent() == org.vestland
    assert askoy in Branch.objects.get(pk=org.vestland.pk).get_descendants()


def test_a_branch_under_the_wrong_kind_of_parent_is_refused_in_norwegian(admin_client, org):
    response = admin_client.post(
        reverse("branch:add"),
        {"name": "Feil", "slug": "feil", "kind": BranchKind.CHAPTER, "parent": org.vestland.pk},
    )
    assert response.status_code == 200
    assert "Et lokallag må ligge under et kommuneparti." in response.content.decode()
    assert not Branch.objects.filter(slug="feil").exists()


def test_moving_a_branch_in_the_admin_moves_its_subtree(admin_client, org):
    response = admin_client.post(
        reverse("branch:edit", args=[org.bergen.pk]),
        {
            "name": "Bergen",
            "slug": "bergen",
            "kind": BranchKind.MUNICIPALITY,
            "number": "",
            "parent": org.trondelag.pk,
        },
    )
    assert response.status_code == 302
    bergen = Branch.objects.get(pk=org.bergen.pk)
    assert bergen.get_parent() == org.trondelag
    assert Branch.objects.get(pk=org.arstad.pk).get_parent() == bergen


def test_a_branch_with_members_cannot_be_deleted(admin_client, org, member):
    response = admin_client.post(reverse("branch:delete", args=[org.voss.pk]))
    assert response.status_code == 302
    assert not Branch.objects.filter(pk=org.voss.pk).exists()

    response = admin_client.post(reverse("branch:delete", args=[org.bergen.pk]), follow=True)
    assert Branch.objects.filter(pk=org.bergen.pk).exists()
    assert Branch.objects.filter(pk=org.arstad.pk).exists()
    assert "Flytt eller slett lagene under det først." in response.content.decode()


def role_form(member, branch, *, starts_on, ends_on=""):
    return {
        "user": member.pk,
        "branch": branch.pk,
        "role": Role.LEDER,
        "starts_on": starts_on,
        "ends_on": ends_on,
    }


def test_administrator_assigns_a_role(admin_client, org, member, today):
    response = admin_client.post(
        reverse("roleassignment:add"), role_form(member, org.bergen, starts_on=today.isoformat())
    )
    assert response.status_code == 302
    assert RoleAssignment.objects.get(user=member).role == Role.LEDER


def test_a_role_ending_before_it_starts_is_refused(admin_client, org, member, today):
    response = admin_client.post(
        reverse("roleassignment:add"),
        role_form(member, org.bergen, starts_on="2026-05-01", ends_on="2026-04-01"),
    )
    assert response.status_code == 200
    assert "Et verv kan ikke slutte før det starter." in response.content.decode()
    assert not RoleAssignment.objects.exists()


def test_a_second_open_membership_is_refused_with_a_message(admin_client, org, member, today):
    response = admin_client.post(
        reverse("membership:add"),
        {"user": member.pk, "branch": org.voss.pk, "joined_on": today.isoformat()},
    )
    assert response.status_code == 200
    assert "allerede et aktivt medlemskap" in response.content.decode()
    assert Membership.objects.filter(user=member).count() == 1


def test_the_audit_log_is_read_only_in_the_admin(admin_client, member):
    event = audit_event_record(actor=member, action="export.csv")
    assert admin_client.get(reverse("auditevent:inspect", args=[event.pk])).status_code == 200
    assert admin_client.get(reverse("auditevent:add")).status_code in (302, 403)
    assert admin_client.post(reverse("auditevent:delete", args=[event.pk])).status_code in (
        302,
        403,
    )
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_a_member_without_admin_access_is_kept_out(client, org, member):
    MembershipFactory(user=UserFactory(), branch=org.voss)
    client.force_login(member)
    response = client.get(reverse("membership:index"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
