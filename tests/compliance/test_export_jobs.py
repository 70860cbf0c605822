"""Long exports of the people list are made in the background: above EXPORT_INLINE_MAX_ROWS the
page offers a button (POST) that queues a job, the worker writes the file to the private
"exports" storage with the same writer as the streamed download, and the leader who asked
follows it and downloads it from the job's page until it expires."""

import csv
import datetime
import io
from io import StringIO

import pytest
from django_tasks import TaskResultStatus

from django.core.files.storage import storages
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from compliance.export_jobs import people_export_create, people_exports_expire
from compliance.models import ExportFailure, ExportStatus, PeopleExport
from compliance.tasks import make_people_export
from devtools.factories import UserFactory
from skolering.models import AuditEvent, Membership, RoleAssignment
from skolering.personal_data import personal_data_erase
from skolering.retention import retention_apply, retention_plan
from skolering.settings.shared_services import exports_storage_settings
from tests.task_queue import queued, run_worker

pytestmark = pytest.mark.django_db

PEOPLE = "/leder/personer/"
CSV = "/leder/personer/eksport.csv"
START = "/leder/personer/eksporter/"


def job_url(job) -> str:
    return f"/leder/personer/eksporter/{job.pk}/"


def download_url(job) -> str:
    return f"/leder/personer/eksporter/{job.pk}/last-ned/"


@pytest.fixture
def people_in_vestland(org, person, officer_requirement):
    """Three officers in Vestland (three rows for its leader) and one in Trøndelag."""
    return [
        person(org.bergen, days_ago=200, first_name="Berit", last_name="Bergmann"),
        person(org.arstad, days_ago=10, first_name="Åse", last_name="Årstadli"),
        person(org.voss, days_ago=150, first_name="Vidar", last_name="Vossevang"),
        person(org.trondheim, days_ago=200, first_name="Trond", last_name="Heim"),
    ]


@pytest.fixture
def county_leader(org, leader):
    return leader(org.vestland, "fylkesleder@example.org")


@pytest.fixture
def start(client, county_leader, django_capture_on_commit_callbacks):
    """The county leader presses "Make the file"; the job runs as the request commits (the
    immediate backend). The response."""

    def run(fmt="csv", **filters):
        client.force_login(county_leader)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(START, {"format": fmt, **filters})

    return run


def stored(job) -> bytes:
    with storages["exports"].open(job.file, "rb") as file:
        return file.read()


def test_a_list_up_to_the_limit_still_streams(client, county_leader, people_in_vestland):
    client.force_login(county_leader)
    with override_settings(EXPORT_INLINE_MAX_ROWS=3):
        page = client.get(PEOPLE).content.decode()
        response = client.get(CSV)
    assert 'href="/leder/personer/eksport.csv"' in page
    assert f'action="{START}"' not in page
    assert response.status_code == 200
    assert len(b"".join(response.streaming_content).decode().splitlines()) == 4
    assert not PeopleExport.objects.exists()


def test_a_longer_list_is_offered_as_a_background_export(client, county_leader, people_in_vestland):
    client.force_login(county_leader)
    with override_settings(EXPORT_INLINE_MAX_ROWS=2):
        page = client.get(PEOPLE, {"status": "forfalt"}).content.decode()
        assert "eksport.csv" in page  # two overdue: short enough to stream
        page = client.get(PEOPLE, {"sorter": "navn"}).content.decode()
        # The old address of the download, for a long list, says what to do instead.
        old_link = client.get(CSV, {"sorter": "navn"}, follow=True)
    assert "eksport.csv" not in page
    assert f'<form class="actions" method="post" action="{START}">' in page
    assert 'name="format" value="csv"' in page
    assert 'name="format" value="xlsx"' in page
    assert '<input type="hidden" name="sorter" value="navn">' in page
    assert "Lag filen (CSV)" in page
    assert old_link.redirect_chain[-1][0] == f"{PEOPLE}?sorter=navn"
    assert "Listen har 3 rader, for mange til å lastes ned med én gang." in (
        old_link.content.decode()
    )
    assert not AuditEvent.objects.filter(action="leader.people.export").exists()
    assert not PeopleExport.objects.exists()


def test_the_file_is_what_the_streamed_download_gives(
    client, org, county_leader, people_in_vestland, start, person
):
    person(org.bergen, days_ago=300, first_name="=HYPERLINK(1)", last_name="Lur")
    filters = {"status": "forfalt", "sorter": "navn"}
    client.force_login(county_leader)
    streamed = b"".join(client.get(CSV, filters).streaming_content)
    with override_settings(EXPORT_INLINE_MAX_ROWS=2):
        response = start("csv", **filters)
    job = PeopleExport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == job_url(job)
    assert job.status == ExportStatus.DONE
    assert job.rows == 3
    assert job.requested_by == county_leader
    assert job.query == "status=forfalt&sorter=navn"
    assert stored(job) == streamed
    rows = list(csv.reader(io.StringIO(streamed.decode().lstrip("\ufeff")), delimiter=";"))
    assert sorted(row[0] for row in rows[1:]) == [
        "'=HYPERLINK(1) Lur",
        "Berit Bergmann",
        "Vidar Vossevang",
    ]
    assert job.expires_at - job.created_at == datetime.timedelta(days=7)


def test_the_workbook_has_the_lists_rows(county_leader, people_in_vestland, start):
    from openpyxl import load_workbook

    start("xlsx", sorter="navn")
    job = PeopleExport.objects.get()
    assert job.file.endswith(".xlsx")
    rows = list(load_workbook(io.BytesIO(stored(job))).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Navn", "Lag")
    assert [row[0] for row in rows[1:]] == ["Berit Bergmann", "Vidar Vossevang", "Åse Årstadli"]


def test_asking_and_downloading_are_audited(client, org, county_leader, people_in_vestland, start):
    start("csv", lag=org.bergen.pk, q="Berit")
    job = PeopleExport.objects.get()
    event = AuditEvent.objects.get(action="leader.people.export")
    assert event.actor == county_leader
    assert event.branch == org.bergen
    assert event.details["format"] == "csv"
    assert event.details["rows"] == 1
    assert event.details["export"] == job.pk
    assert event.details["filters"] == {"q": "Berit", "lag": org.bergen.pk}

    response = client.get(download_url(job))
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate()
    assert response["Content-Disposition"] == (
        f'attachment; filename="skolering-status-bergen-{today:%Y-%m-%d}.csv"'
    )
    assert b"".join(response.streaming_content) == stored(job)
    download = AuditEvent.objects.get(action="leader.people.export.download")
    assert download.actor == county_leader
    assert download.details == {"export": job.pk, "format": "csv", "rows": 1}


def test_the_leaders_scope_is_read_again_when_the_job_runs(org, county_leader, people_in_vestland):
    """Queued while he led Vestland; by the time the worker runs, he no longer does."""
    job = people_export_create(actor=county_leader, query="", fmt="csv", filename="liste")
    RoleAssignment.objects.filter(user=county_leader).update(
        ends_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    make_people_export.call(export_id=job.pk)
    job.refresh_from_db()
    assert job.status == ExportStatus.FAILED
    assert job.failure == ExportFailure.NOT_A_LEADER
    assert job.file == ""
    assert job.rows is None


def test_a_branch_no_longer_led_is_not_exported(org, county_leader, people_in_vestland):
    job = people_export_create(
        actor=county_leader, query=f"lag={org.bergen.pk}", fmt="csv", filename="liste"
    )
    RoleAssignment.objects.filter(user=county_leader).update(branch=org.trondelag)
    make_people_export.call(export_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.failure, job.file) == (
        ExportStatus.FAILED,
        ExportFailure.OUT_OF_SCOPE,
        "",
    )


def test_a_job_runs_once(county_leader, people_in_vestland):
    job = people_export_create(actor=county_leader, query="", fmt="csv", filename="liste")
    assert make_people_export.call(export_id=job.pk) == "done"
    first = PeopleExport.objects.get().file
    assert make_people_export.call(export_id=job.pk) == "skipped"
    assert PeopleExport.objects.get().file == first


def _job(user, status, **fields) -> PeopleExport:
    now = timezone.now()
    return PeopleExport.objects.create(
        requested_by=user,
        format="csv",
        filename="skolering-status-vestland-2026-12-01",
        status=status,
        expires_at=now + datetime.timedelta(days=7),
        **fields,
    )


@pytest.mark.parametrize(
    ("status", "fields", "shown", "polls"),
    [
        (ExportStatus.QUEUED, {}, ["Venter i køen", "Filen lages nå.", ">Oppdater</a>"], True),
        (ExportStatus.RUNNING, {}, ["Lages nå", ">Oppdater</a>"], True),
        (
            ExportStatus.DONE,
            {"rows": 61234, "file": "people/x.csv"},
            ["Klar", "61234", "Last ned skolering-status-vestland-2026-12-01.csv"],
            False,
        ),
        (
            ExportStatus.FAILED,
            {"failure": ExportFailure.NOT_A_LEADER},
            ["Mislyktes", "Du er ikke lenger leder eller skoleringsansvarlig i noe lag"],
            False,
        ),
    ],
)
def test_the_job_page_shows_each_state(client, county_leader, status, fields, shown, polls):
    job = _job(county_leader, status, **fields)
    client.force_login(county_leader)
    response = client.get(job_url(job))
    page = response.content.decode()
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert "<h1>Eksport av personlisten</h1>" in page
    for text in shown:
        assert text in page
    assert ('hx-trigger="every 3s"' in page) is polls
    assert 'aria-live="polite"' in page
    assert (download_url(job) in page) is (status == ExportStatus.DONE)
    assert "Du har ingen andre eksporter som fortsatt er lagret." in page

    partial = client.get(job_url(job), HTTP_HX_REQUEST="true")
    # htmx stops asking once the file is ready or has failed.
    assert partial.status_code == (200 if polls else 286)
    assert "<h1>" not in partial.content.decode()
    for text in shown:
        assert text in partial.content.decode()


def test_the_job_page_lists_the_leaders_other_exports(client, county_leader, leader, org):
    older = _job(county_leader, ExportStatus.DONE, rows=12, file="people/a.csv")
    job = _job(county_leader, ExportStatus.QUEUED)
    _job(leader(org.bergen), ExportStatus.DONE, rows=5, file="people/b.csv")  # someone else's
    client.force_login(county_leader)
    page = client.get(job_url(job)).content.decode()
    assert page.count(job_url(older)) == 1
    assert "Dine andre eksporter" in page
    assert "ingen andre eksporter" not in page
    assert page.count("<tr>") == 2  # the heading and the older export


def test_nobody_else_sees_or_downloads_a_job(
    client, org, county_leader, leader, people_in_vestland, start
):
    start("csv")
    job = PeopleExport.objects.get()
    client.logout()
    for url in (job_url(job), download_url(job)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/konto/logg-inn/")
    for other in (leader(org.vestland), leader(org.national), UserFactory()):
        client.force_login(other)
        assert client.get(job_url(job)).status_code == 404
        assert client.get(download_url(job)).status_code == 404
        assert client.get(job_url(job), HTTP_HX_REQUEST="true").status_code == 404
    client.force_login(county_leader)
    assert client.get("/leder/personer/eksporter/999999/").status_code == 404
    assert client.get("/leder/personer/eksporter/999999/last-ned/").status_code == 404
    assert not AuditEvent.objects.filter(action="leader.people.export.download").exists()


def test_a_file_not_ready_cannot_be_downloaded(client, county_leader):
    job = _job(county_leader, ExportStatus.QUEUED)
    client.force_login(county_leader)
    assert client.get(download_url(job)).status_code == 404


def test_bad_requests_to_start_an_export(client, org, county_leader, people_in_vestland):
    client.force_login(county_leader)
    for data in ({}, {"format": "pdf"}, {"format": "csv", "status": "tull"}):
        response = client.post(START, data)
        assert response.status_code == 400
        assert "Listen kunne ikke leses" in response.content.decode()
    assert client.post(START, {"format": "csv", "lag": org.trondheim.pk}).status_code == 404
    assert client.get(START).status_code == 405
    member = UserFactory()
    Membership.objects.create(user=member, branch=org.bergen)
    client.force_login(member)
    assert client.post(START, {"format": "csv"}).status_code == 403
    assert not PeopleExport.objects.exists()


def test_expired_jobs_and_their_files_go_with_retention(
    county_leader, people_in_vestland, start, django_capture_on_commit_callbacks
):
    start("csv")
    start("xlsx")
    old, new = PeopleExport.objects.order_by("pk")
    PeopleExport.objects.filter(pk=old.pk).update(expires_at=timezone.now())
    storage = storages["exports"]
    assert storage.exists(old.file)
    with django_capture_on_commit_callbacks(execute=True):
        retention_apply(plan=retention_plan())
    assert list(PeopleExport.objects.all()) == [new]
    assert not storage.exists(old.file)
    assert storage.exists(new.file)
    assert people_exports_expire() == 0


def test_the_retention_command_counts_expired_exports_before_removing_them(
    county_leader, people_in_vestland, start, django_capture_on_commit_callbacks
):
    start("csv")
    PeopleExport.objects.update(expires_at=timezone.now())
    dry = StringIO()
    call_command("apply_retention", stdout=dry)
    assert "Leaders' export files past EXPORT_KEEP_DAYS: 1 to remove." in dry.getvalue()
    assert PeopleExport.objects.count() == 1
    applied = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("apply_retention", "--apply", stdout=applied)
    assert "Leaders' export files past EXPORT_KEEP_DAYS: 1 removed." in applied.getvalue()
    assert not PeopleExport.objects.exists()


def test_erasing_the_leader_removes_the_jobs_and_files(
    county_leader, people_in_vestland, start, django_capture_on_commit_callbacks
):
    start("csv")
    job = PeopleExport.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        personal_data_erase(user=county_leader, reason="test")
    assert not PeopleExport.objects.exists()
    assert not storages["exports"].exists(job.file)


def test_the_worker_makes_the_queued_file(
    client, task_queue, county_leader, people_in_vestland, start
):
    """Production's queue: pressing the button only queues the job; `db_worker` makes it."""
    response = start("csv", sorter="navn")
    job = PeopleExport.objects.get()
    assert job.status == ExportStatus.QUEUED
    page = client.get(response["Location"]).content.decode()
    assert "Venter i køen" in page
    task = queued("compliance.tasks.make_people_export").get()
    assert task.args_kwargs["kwargs"] == {"export_id": job.pk}

    run_worker()
    task.refresh_from_db()
    job.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert (job.status, job.rows) == (ExportStatus.DONE, 3)
    assert stored(job).decode().lstrip("\ufeff").splitlines()[1].startswith("Berit Bergmann;")
    assert client.get(job_url(job), HTTP_HX_REQUEST="true").status_code == 286


def test_the_files_are_private_and_kept_apart_from_uploads(tmp_path, monkeypatch):
    local = exports_storage_settings({}, location=str(tmp_path / "private-exports"))
    assert local == {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": str(tmp_path / "private-exports"),
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    }
    # The bucket's settings, without needing boto3 installed to build them.
    monkeypatch.setattr("skolering.settings.shared_services.find_spec", lambda name: True)
    s3 = exports_storage_settings(
        {
            "STORAGE_S3_BUCKET": "skolering",
            "STORAGE_S3_PREFIX": "media",
            "STORAGE_S3_CUSTOM_DOMAIN": "filer.example.org",
        },
        location="unused",
    )
    assert s3["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s3["OPTIONS"]["location"] == "media/private-exports"
    assert "custom_domain" not in s3["OPTIONS"]
    assert s3["OPTIONS"]["querystring_auth"] is True
    assert s3["OPTIONS"]["default_acl"] is None
