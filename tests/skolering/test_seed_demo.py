from io import StringIO

import pytest

from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page, Workflow

from skolering import editorial
from skolering.access import branches_below, led_branches
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


def test_seed_twice_gives_the_same_counts(demo_in_transaction):
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


def test_every_printed_login_works_with_the_demo_password(demo_in_transaction):
    for email in DEMO_LOGINS:
        assert authenticate(username=email, password="skolering-demo") is not None, email


def visible_branches(user):
    return branches_below(led_branches(user))


def test_demo_roles_give_the_documented_scopes(demo_in_transaction):
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


def test_editor_and_admin_can_use_the_wagtail_admin(client, demo_in_transaction):
    for email in ("redaktor@example.org", "admin@example.org"):
        client.force_login(User.objects.get(email=email))
        assert client.get("/admin/").status_code == 200, email
    client.force_login(User.objects.get(email="medlem@example.org"))
    assert client.get("/admin/").status_code == 302


@pytest.fixture
def empty_database(db):
    """Empties the database with `flush` inside the test's transaction. The flush makes the
    content types again under new ids, and the rollback brings the old ones back: Django's cache
    of them is stale both times, and later tests would find the wrong model for a page."""

    def empty():
        # Cleared before as well: the flush's post_migrate handlers (Wagtail's publish
        # permissions for snippets) look content types up.
        ContentType.objects.clear_cache()
        if connection.vendor == "postgresql":
            # Rows written earlier in the test leave deferred foreign-key checks pending, and
            # PostgreSQL refuses to TRUNCATE a table with pending trigger events.
            with connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        call_command("flush", interactive=False, verbosity=0)
        ContentType.objects.clear_cache()

    yield empty
    ContentType.objects.clear_cache()


def test_seed_rebuilds_the_home_page_in_an_emptied_database(empty_database):
    empty_database()
    seed()
    assert Page.objects.get(depth=2, locale__language_code="nb").specific.title == "Skolering"
    bokmal = Page.objects.filter(depth=3, locale__language_code="nb")
    assert sorted(bokmal.values_list("slug", flat=True)) == [
        "kurs",
        "lokalt",
        "moduler",
        "personvern",
        "tilgjengelighet",
    ]
    # The demo's translations made the Nynorsk home and sections they lie in, as aliases.
    nynorsk = Page.objects.filter(depth=3, locale__language_code="nn")
    assert sorted(nynorsk.values_list("slug", flat=True)) == ["kurs", "moduler"]
    assert all(page.alias_of_id for page in nynorsk)


def editor_groups():
    """The editorial groups and their rights: on the site, on pages and in collections."""
    return {
        group.name: (
            sorted(
                f"{permission.content_type.app_label}.{permission.codename}"
                for permission in group.permissions.all()
            ),
            sorted(
                (rule.page.depth, rule.permission.codename)
                for rule in GroupPagePermission.objects.filter(group=group)
            ),
            sorted(
                (
                    rule.collection.depth,
                    rule.permission.content_type.app_label,
                    rule.permission.codename,
                )
                for rule in GroupCollectionPermission.objects.filter(group=group)
            ),
        )
        for group in Group.objects.filter(name__in=EDITORIAL_GROUPS)
    }


EDITORIAL_GROUPS = [editorial.NATIONAL_EDITORS, editorial.WRITERS, editorial.MODERATORS]


def test_seed_gives_the_same_editorial_groups_after_migrations_and_in_an_emptied_database(
    empty_database,
):
    """Wagtail's migrations create "Editors" and "Moderators"; setting up the site renames them
    and adds the national editors. A database emptied with `flush` gets the same groups."""
    seed()
    migrated = editor_groups()
    assert set(migrated) == set(EDITORIAL_GROUPS)
    empty_database()
    assert not Group.objects.exists()
    seed()
    assert editor_groups() == migrated
    editor = User.objects.get(email="redaktor@example.org")
    assert list(editor.groups.values_list("name", flat=True)) == [editorial.NATIONAL_EDITORS]


def test_an_emptied_database_gets_the_approval_workflow_with_its_task(empty_database):
    empty_database()
    seed()
    workflow = Workflow.objects.get(active=True)
    assert workflow.name == editorial.WORKFLOW
    task = workflow.tasks.get().specific
    assert task.name == editorial.APPROVAL_TASK
    assert list(task.groups.values_list("name", flat=True)) == [editorial.MODERATORS]
