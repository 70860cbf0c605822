import datetime
from io import StringIO
from types import SimpleNamespace

import pytest

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.utils import timezone, translation

from devtools.factories import BranchFactory, MembershipFactory, RoleAssignmentFactory, UserFactory
from skolering.languages import locales_changed
from skolering.models import BranchKind
from skolering.site_content import ensure_home_page, ensure_site_pages
from tests import db_snapshot
from tests.task_queue import DATABASE_BACKEND


@pytest.fixture(autouse=True)
def _bokmal_outside_requests():
    """Each test starts afresh on languages: code run outside a request (services, models,
    tasks) in the default language, though a request before it may have answered in another and
    left that language active in the thread."""
    translation.activate(settings.LANGUAGE_CODE)
    # Locales are read once and forgotten when one is saved; a flushed or restored database
    # (browser tests) brings other ids without saving any.
    locales_changed()
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _forget_throttling():
    """Throttling counts live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session", autouse=True)
def _flush_postgresql_by_delete():
    """Every browser test empties the database after it (and the demo's restore before it).
    PostgreSQL's TRUNCATE gives each table and index new files, which took 2.5 s a flush however
    few the rows; DELETE takes milliseconds. Django makes every foreign key deferrable, so the
    order of the tables does not matter. A flush that resets sequences or cascades still
    truncates."""
    if connection.vendor != "postgresql":
        yield
        return
    operations = type(connection.ops)
    truncate = operations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or allow_cascade or not tables:
            return truncate(
                self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        deletes = [f"DELETE FROM {self.quote_name(table)};" for table in tables]  # noqa: S608
        return ["SET CONSTRAINTS ALL DEFERRED;", *deletes]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(operations, "sql_flush", sql_flush)
        yield


_demo_snapshot: list = []


def _seeded_demo() -> None:
    """The demo site: seeded by the first test that asks for it, copied back for the others."""
    if _demo_snapshot:
        db_snapshot.restore(_demo_snapshot)
        return
    # An earlier test's flush re-created the content types under new ids; Django's cache of
    # them would make Wagtail take a workflow task for a branch (the admin's home page fails).
    ContentType.objects.clear_cache()
    call_command("seed_demo", stdout=StringIO())
    _demo_snapshot.extend(db_snapshot.take())


@pytest.fixture
def demo(transactional_db):
    """The demo site, for tests that need a real server (browser tests, the load test)."""
    _seeded_demo()


@pytest.fixture
def demo_in_transaction(db):
    """The demo site inside the test's transaction, for tests that use the test client only: no
    flush afterwards, which on PostgreSQL costs more than the seeding."""
    _seeded_demo()


@pytest.fixture
def task_queue(settings, monkeypatch):
    """Production's task backend (tests/task_queue.py). The worker runs in this process, inside
    the test's transaction: its check for stale connections would close the connection that
    holds it."""
    settings.TASKS = DATABASE_BACKEND
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def org(db):
    """A small organisation: the national party, two counties, three municipalities, a chapter.

    national
    ├── vestland (county)
    │   ├── bergen (municipality)
    │   │   └── arstad (chapter)
    │   └── voss (municipality)
    └── trondelag (county)
        └── trondheim (municipality)
    """
    national = BranchFactory(kind=BranchKind.NATIONAL, name="Partiet", slug="partiet")
    vestland = BranchFactory(
        parent=national, kind=BranchKind.COUNTY, name="Vestland", slug="vestland"
    )
    trondelag = BranchFactory(
        parent=national, kind=BranchKind.COUNTY, name="Trøndelag", slug="trondelag"
    )
    bergen = BranchFactory(
        parent=vestland, kind=BranchKind.MUNICIPALITY, name="Bergen", slug="bergen"
    )
    voss = BranchFactory(parent=vestland, kind=BranchKind.MUNICIPALITY, name="Voss", slug="voss")
    trondheim = BranchFactory(
        parent=trondelag, kind=BranchKind.MUNICIPALITY, name="Trondheim", slug="trondheim"
    )
    arstad = BranchFactory(parent=bergen, kind=BranchKind.CHAPTER, name="Årstad", slug="arstad")
    return SimpleNamespace(
        national=national.__class__.objects.get(pk=national.pk),
        vestland=vestland.__class__.objects.get(pk=vestland.pk),
        trondelag=trondelag.__class__.objects.get(pk=trondelag.pk),
        bergen=bergen.__class__.objects.get(pk=bergen.pk),
        voss=voss,
        trondheim=trondheim,
        arstad=arstad,
    )


@pytest.fixture
def member(org):
    user = UserFactory(email="medlem@example.org", first_name="Ingrid", last_name="Solberg")
    MembershipFactory(user=user, branch=org.bergen)
    return user


@pytest.fixture
def nynorsk_reader(client, member):
    """The test client as the member, who has chosen Nynorsk."""
    member.preferred_language = "nn"
    member.save(update_fields=["preferred_language"])
    client.force_login(member)
    return client


@pytest.fixture
def make_role(today):
    def make(user, branch, role, *, days_ago=30, ends_in_days=None):
        return RoleAssignmentFactory(
            user=user,
            branch=branch,
            role=role,
            starts_on=today - datetime.timedelta(days=days_ago),
            ends_on=None if ends_in_days is None else today + datetime.timedelta(days=ends_in_days),
        )

    return make


@pytest.fixture
def site_pages(db):
    """The home page (from the migrations, or rebuilt after a transactional test's flush), with
    its text, the privacy and accessibility pages and the course sections."""
    home = ensure_home_page()
    ensure_site_pages(home)
    return home
