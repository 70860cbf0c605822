from io import StringIO

from django.contrib.auth import authenticate
from django.core.management import call_command
from wagtail.models import Page

from skolering.access import visible_branches
from skolering.models import AuditEvent, Branch, BranchKind, Membership, RoleAssignment, User

DEMO_LOGINS = [
    "medlem@example.org",
    "tillitsvalgt@example.org",
    "folkevalgt@example.org",
    "leder@example.org",
    "fylkesleder@example.org",
    "redaktor@example.org",
    "admin@example.org",
]


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (User, Branch, Membership, RoleAssignment, AuditEvent, Page)
    }


def seed():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_twice_gives_the_same_counts(db):
    seed()
    first = counts()
    seed()
    assert counts() == first


def test_seed_builds_the_described_organisation(db):
    output = seed()
    by_kind = {kind: Branch.objects.filter(kind=kind).count() for kind in BranchKind}
    assert by_kind == {
        BranchKind.NATIONAL: 1,
        BranchKind.COUNTY: 3,
        BranchKind.MUNICIPALITY: 6,
        BranchKind.CHAPTER: 2,
    }
    assert 35 <= Membership.objects.active().count() <= 45
    for email in DEMO_LOGINS:
        assert email in output
    assert "skolering-demo" in output


def test_every_printed_login_works_with_the_demo_password(db):
    seed()
    for email in DEMO_LOGINS:
        assert authenticate(username=email, password="skolering-demo") is not None, email


def test_demo_roles_give_the_documented_scopes(db):
    seed()
    leader = User.objects.get(email="leder@example.org")
    county_leader = User.objects.get(email="fylkesleder@example.org")
    assert sorted(visible_branches(leader).values_list("slug", flat=True)) == ["arstad", "bergen"]
    assert sorted(visible_branches(county_leader).values_list("slug", flat=True)) == [
        "arstad",
        "bergen",
        "vestland",
        "voss",
    ]
    for email in ("medlem@example.org", "tillitsvalgt@example.org", "folkevalgt@example.org"):
        assert not visible_branches(User.objects.get(email=email)).exists()


def test_editor_and_admin_can_use_the_wagtail_admin(client, db):
    seed()
    for email in ("redaktor@example.org", "admin@example.org"):
        client.force_login(User.objects.get(email=email))
        assert client.get("/admin/").status_code == 200, email
    client.force_login(User.objects.get(email="medlem@example.org"))
    assert client.get("/admin/").status_code == 302


def test_seed_rebuilds_the_home_page_in_an_emptied_database(db):
    from django.core.management import call_command as run

    run("flush", interactive=False, verbosity=0)
    seed()
    assert Page.objects.get(depth=2).specific.title == "Skolering"
    assert sorted(Page.objects.filter(depth=3).values_list("slug", flat=True)) == [
        "kurs",
        "lokalt",
        "moduler",
        "personvern",
        "tilgjengelighet",
    ]
