"""The member register in the admin: upload, dry run, carry out, refusals, permissions. Tasks run
at once here (the immediate backend), as in development."""

import datetime

import pytest
import time_machine

from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from devtools.factories import UserFactory
from register import expiry
from register.models import RegisterSync, SyncStatus
from register.services import sync_storage
from register.tasks import progress_key
from skolering.models import AuditEvent, Membership, User
from skolering.retention import retention_apply, retention_plan
from tests.register.builders import BRANCH_HEADER, MEMBER_HEADER, TREE, csv_file

JOINED = (timezone.localdate() - datetime.timedelta(days=400)).strftime("%d.%m.%Y")
MEMBERS = [
    ("1001", "Áile", "Ŋáŋŋás", "aile@example.org", "", "4601", JOINED, ""),
    ("1002", "Ørjan", "Bækkelund", "orjan@example.org", "", "460101", JOINED, ""),
]


def uploads(members=MEMBERS):
    return [
        SimpleUploadedFile("lag.csv", csv_file(BRANCH_HEADER, TREE), "text/csv"),
        SimpleUploadedFile("medlemmer.csv", csv_file(MEMBER_HEADER, members), "text/csv"),
    ]


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """A post whose tasks start when its transaction commits, as in production."""

    def post(url, data=None, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {}, **kwargs)

    return post


@pytest.fixture
def national_admin(db, client):
    admin = UserFactory(email="admin@example.org", first_name="Anders", last_name="Berg")
    group = Group.objects.create(name="Nasjonale administratorer")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_registersync"),
    )
    admin.groups.add(group)
    client.force_login(admin)
    return admin


def test_a_dry_run_shows_what_would_change_and_changes_nothing(client, post, national_admin):
    response = post(reverse("register_sync_index"), {"files": uploads(), "dry_run": "on"})
    sync = RegisterSync.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("register_sync_detail", args=[sync.pk])
    page = client.get(response.url).content.decode()
    assert "Prøvekjøring ferdig: ingenting ble endret" in page
    assert "Áile Ŋáŋŋás (1001)" in page and "opprettet" in page
    assert not User.objects.filter(member_number__isnull=False).exists()
    assert sync.status == SyncStatus.DONE and sync.files_kept


def test_a_dry_run_is_carried_out_from_the_same_files(client, post, national_admin):
    post(reverse("register_sync_index"), {"files": uploads(), "dry_run": "on"})
    dry_run = RegisterSync.objects.get()
    done_files = dry_run.files
    response = post(reverse("register_sync_detail", args=[dry_run.pk]))
    done = RegisterSync.objects.exclude(pk=dry_run.pk).get()
    assert response.url == reverse("register_sync_detail", args=[done.pk])
    assert "Synkroniseringen er ferdig" in client.get(response.url).content.decode()
    assert Membership.objects.active().count() == 2
    event = AuditEvent.objects.get(action="register.sync")
    assert event.actor == national_admin
    assert AuditEvent.objects.filter(action="membership.create", actor=national_admin).count() == 2
    # The files name every member: gone once carried out, from both syncs' records.
    dry_run.refresh_from_db()
    assert not dry_run.files_kept and not done.files_kept
    uploaded = [file["path"] for file in RegisterSync.objects.get(pk=dry_run.pk).files]
    assert uploaded == ["", ""]
    assert not any(sync_storage().exists(file["path"]) for file in done_files)
    # A second press finds nothing left to carry out.
    again = post(reverse("register_sync_detail", args=[dry_run.pk]))
    assert "kan ikke gjennomføres" in client.get(again.url).content.decode()
    assert RegisterSync.objects.count() == 2


def test_a_refused_sync_lists_the_problems_and_writes_nothing(client, post, national_admin):
    bad = [*MEMBERS, ("1003", "Siv", "Åsheim", "siv@example.org", "", "9999", "31.02.2020", "")]
    response = post(reverse("register_sync_index"), {"files": uploads(bad)})
    page = client.get(response.url).content.decode()
    assert "Synkroniseringen ble avvist, og ingenting ble endret" in page
    assert "medlemmer.csv, linje 4, feltet «joined_on»" in page
    assert RegisterSync.objects.get().status == SyncStatus.FAILED
    assert not User.objects.filter(member_number__isnull=False).exists()
    assert not AuditEvent.objects.filter(action="register.sync").exists()


def test_the_upload_form_refuses_what_it_cannot_take(client, post, national_admin, settings):
    four = [*uploads(), SimpleUploadedFile("verv.csv", b"x"), SimpleUploadedFile("x.csv", b"x")]
    response = post(reverse("register_sync_index"), {"files": four})
    assert response.status_code == 200
    assert "Gi høyst tre filer" in response.content.decode()
    settings.REGISTER_UPLOAD_MAX_BYTES = 100
    response = post(reverse("register_sync_index"), {"files": uploads()})
    assert "er større enn" in response.content.decode()
    response = post(reverse("register_sync_index"), {})
    assert response.status_code == 200
    assert not RegisterSync.objects.exists()


def test_only_national_administrators_get_in(client, db):
    editor = UserFactory(email="redaktor@example.org")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    # The admin's answer to a view the user may not see: back to the dashboard, with a message.
    assert client.get(reverse("register_sync_index")).url == reverse("wagtailadmin_home")
    assert client.post(reverse("register_sync_index"), {"files": uploads()}).url == reverse(
        "wagtailadmin_home"
    )
    assert "medlemsregister" not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert not RegisterSync.objects.exists()
    # A sync's page answers the same whether or not the sync exists.
    sync = RegisterSync.objects.create(status=SyncStatus.DONE)
    for pk in (sync.pk, sync.pk + 1):
        response = client.get(reverse("register_sync_detail", args=[pk]))
        assert response.url == reverse("wagtailadmin_home")


def test_unknown_syncs_are_not_found(client, national_admin):
    assert client.get(reverse("register_sync_detail", args=[999])).status_code == 404
    assert client.post(reverse("register_sync_detail", args=[999]), {}).status_code == 404


def test_the_status_alone_for_the_page_to_follow(client, national_admin):
    sync = RegisterSync.objects.create(requested_by=national_admin, status=SyncStatus.RUNNING)
    cache.set(progress_key(sync.pk), {"stage": "memberships", "done": 300, "total": 600})
    response = client.get(reverse("register_sync_detail", args=[sync.pk]), {"del": "status"})
    assert 'value="300" max="600"' in response.content.decode()
    page = response.content.decode()
    assert "300 / 600" in page and "Synkroniseringen kjører. Medlemskap." in " ".join(page.split())
    assert page.lstrip().startswith('<div id="sync-status" data-sync-poll=')
    assert '<p id="sync-result" role="status"' in page
    assert "Synkroniseringen kjører" in response.content.decode()


def test_uploads_never_carried_out_are_deleted_by_retention(client, post, national_admin):
    post(reverse("register_sync_index"), {"files": uploads(), "dry_run": "on"})
    sync = RegisterSync.objects.get()
    paths = [file["path"] for file in sync.files]
    assert retention_plan().expiring[expiry.UPLOADS] == 0  # kept for a day
    later = timezone.now() + datetime.timedelta(days=2)
    with time_machine.travel(later):
        plan = retention_plan()
        assert plan.expiring[expiry.UPLOADS] == 1
        retention_apply(plan=plan)
    assert plan.expired[expiry.UPLOADS] == 1
    sync.refresh_from_db()
    assert not sync.files_kept
    assert not any(sync_storage().exists(path) for path in paths)


def test_a_dry_run_with_nothing_to_change_offers_nothing_to_carry_out(client, post, national_admin):
    post(reverse("register_sync_index"), {"files": uploads()})
    response = post(reverse("register_sync_index"), {"files": uploads(), "dry_run": "on"})
    page = client.get(response.url).content.decode()
    assert "det er ingenting å gjennomføre" in page
    assert "Gjennomfør denne synkroniseringen" not in page


@pytest.mark.parametrize("earlier", [1, 45])
def test_the_register_page_takes_the_same_queries_however_many_syncs(
    client, national_admin, earlier, django_assert_max_num_queries
):
    RegisterSync.objects.bulk_create(
        RegisterSync(requested_by=national_admin, status=SyncStatus.DONE) for _ in range(earlier)
    )
    with django_assert_max_num_queries(9):
        response = client.get(reverse("register_sync_index"))
    assert response.status_code == 200
    assert response.content.decode().count('href="/admin/medlemsregister/') >= min(earlier, 20)


def test_a_member_the_register_created_sets_a_first_password_by_mail(client, db, mailoutbox):
    """Without single sign-on, a member the sync created has no password yet: the reset mail
    gives them their first."""
    from register.sync import register_sync
    from tests.register.builders import register_of

    joined = timezone.localdate() - datetime.timedelta(days=30)
    register_sync(
        register=register_of(
            members=[("1001", "Áile", "Ŋáŋŋás", "aile@example.org", "4601", joined, None)]
        )
    )
    assert not User.objects.get(member_number="1001").has_usable_password()
    client.post(reverse("password_reset"), {"email": "aile@example.org"})
    assert [message.to for message in mailoutbox] == [["aile@example.org"]]


def test_a_dry_run_beyond_the_limit_warns_and_a_refused_carry_out_keeps_the_files(
    client, post, national_admin
):
    post(reverse("register_sync_index"), {"files": uploads()})
    post(reverse("register_sync_index"), {"files": uploads(MEMBERS[:1]), "dry_run": "on"})
    dry_run = RegisterSync.objects.get(dry_run=True)
    page = client.get(reverse("register_sync_detail", args=[dry_run.pk])).content.decode()
    assert "Gjennomført som den er, ville denne synkroniseringen blitt avvist" in page
    assert "1 av 2 medlemskap" in page
    refused = post(reverse("register_sync_detail", args=[dry_run.pk]))
    assert "ble avvist" in client.get(refused.url).content.decode()
    dry_run.refresh_from_db()
    assert dry_run.files_kept  # so that it can be carried out, forced
    forced = post(reverse("register_sync_detail", args=[dry_run.pk]), {"force": "on"})
    assert "Synkroniseringen er ferdig" in client.get(forced.url).content.decode()
    assert Membership.objects.active().count() == 1


def test_names_in_a_syncs_page_go_after_a_day_and_with_the_person(client, post, national_admin):
    from skolering.personal_data import personal_data_erase

    bad = [*MEMBERS, ("1003", "Siv", "Åsheim", "siv@example.org", "", "9999", JOINED, "")]
    post(reverse("register_sync_index"), {"files": uploads(bad)})
    post(reverse("register_sync_index"), {"files": uploads(), "dry_run": "on"})
    refused, dry_run = RegisterSync.objects.order_by("pk")
    assert refused.problems and dry_run.summary["examples"]
    # Erasing Áile takes her out of the examples at once.
    post(reverse("register_sync_index"), {"files": uploads()})
    personal_data_erase(user=User.objects.get(member_number="1001"), reason="test")
    dry_run.refresh_from_db()
    assert "1001" not in str(dry_run.summary) and "[slettet]" in str(dry_run.summary)
    # A day later, the examples and problems are gone, and the counts stay.
    stuck = RegisterSync.objects.create(status=SyncStatus.RUNNING)
    later = timezone.now() + datetime.timedelta(days=2)
    with time_machine.travel(later):
        retention_apply(plan=retention_plan())
    dry_run.refresh_from_db()
    refused.refresh_from_db()
    stuck.refresh_from_db()
    assert dry_run.summary["examples"] == {} and dry_run.summary["counts"]
    assert refused.problems == []
    assert stuck.status == SyncStatus.FAILED and "stoppet" in stuck.problems[0]
