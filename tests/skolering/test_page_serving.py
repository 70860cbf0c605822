"""Pages are served in fewer queries than Wagtail's defaults (skolering/page_serving.py, the
one-query permissions of skolering/auth_backends.py), with the same answers: every page of the
demo is found, view restrictions hold at every level and through aliases, and everyone keeps
exactly the permissions Django's own backend gives them."""

import pytest

from django.contrib.auth.backends import ModelBackend

from wagtail.models import Page, PageViewRestriction

from courses.models import CourseIndexPage, CoursePage, ModuleLibraryPage, ModulePage
from skolering.models import StandardPage, User
from tests.queries import reading

pytestmark = pytest.mark.django_db


def test_every_live_page_of_the_demo_is_served_as_itself(demo_in_transaction, client):
    client.force_login(User.objects.get(email="admin@example.org"))  # sees every branch's section
    pages = Page.objects.live().filter(depth__gte=2).specific()
    assert len(pages) > 20
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert response.context["page"].pk == page.pk, page.url
        assert type(response.context["page"]) is type(page), page.url


def test_unknown_addresses_at_every_level_are_not_found(demo_in_transaction, client):
    client.force_login(User.objects.get(email="medlem@example.org"))
    course = (
        CoursePage.objects.live()
        .child_of(CourseIndexPage.objects.get(locale__language_code="nb"))
        .first()
    )
    for path in ("/finnes-ikke/", "/kurs/finnes-ikke/", f"{course.url}finnes-ikke/", "/a/b/c/d/"):
        assert client.get(path).status_code == 404, path


def _restrict(page, kind, **extra):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, **extra)


def test_view_restrictions_are_wagtails_at_every_level_and_through_aliases(demo_in_transaction):
    catalogue = CourseIndexPage.objects.get(locale__language_code="nb")
    library = ModuleLibraryPage.objects.get(locale__language_code="nb")
    privacy = StandardPage.objects.get(locale__language_code="nb", slug="personvern")
    _restrict(catalogue, PageViewRestriction.LOGIN)
    _restrict(library, PageViewRestriction.PASSWORD, password="hemmelig-æøå")
    _restrict(privacy, PageViewRestriction.LOGIN)
    source = ModulePage.objects.live().child_of(library).first()
    _restrict(source, PageViewRestriction.LOGIN)
    alias = source.create_alias(parent=catalogue.get_parent(), update_slug="alias-av-modul")
    pages = [*Page.objects.all().specific(), alias]
    restricted = 0
    for page in pages:
        ours = set(page.get_view_restrictions())
        assert ours == set(Page.get_view_restrictions(page)), page.url_path
        restricted += bool(ours)
    assert restricted >= 5
    # The alias, outside the library, answers to its source's own restriction.
    assert {r.page_id for r in alias.get_view_restrictions()} == {source.pk}


def test_a_restricted_catalogue_sends_visitors_to_log_in(demo_in_transaction, client):
    _restrict(CourseIndexPage.objects.get(locale__language_code="nb"), PageViewRestriction.LOGIN)
    course = (
        CoursePage.objects.live()
        .child_of(CourseIndexPage.objects.get(locale__language_code="nb"))
        .first()
    )
    response = client.get(course.url)
    assert response.status_code == 302
    assert "/konto/logg-inn/" in response["Location"] or "login" in response["Location"]
    client.force_login(User.objects.get(email="medlem@example.org"))
    assert client.get(course.url).status_code == 200


def test_a_password_on_the_library_asks_for_it_before_a_module(demo_in_transaction, client):
    library = ModuleLibraryPage.objects.get(locale__language_code="nb")
    _restrict(library, PageViewRestriction.PASSWORD, password="hemmelig-æøå")
    module = ModulePage.objects.live().child_of(library).first()
    client.force_login(User.objects.get(email="medlem@example.org"))
    response = client.get(module.url)
    assert response.status_code == 200
    assert b"password" in response.content.lower() or b"passord" in response.content.lower()
    assert module.title.encode() not in response.content


def test_everyone_keeps_the_permissions_djangos_backend_gives_them(demo_in_transaction):
    users = list(User.objects.all())
    inactive = users[0]
    inactive.is_active = False
    assert {user.is_superuser for user in users} == {True, False}
    for user in [*users, inactive]:
        ours = User.objects.get(pk=user.pk)
        ours.is_active = user.is_active
        theirs = User.objects.get(pk=user.pk)
        theirs.is_active = user.is_active
        assert ours.get_all_permissions() == ModelBackend().get_all_permissions(theirs), user
    editor = User.objects.get(email="redaktor@example.org")
    member = User.objects.get(email="medlem@example.org")
    assert editor.has_perm("wagtailadmin.access_admin")
    assert not member.has_perm("wagtailadmin.access_admin")


def test_a_logged_in_page_reads_the_user_with_the_session(demo_in_transaction, client):
    member = User.objects.get(email="medlem@example.org")
    client.force_login(member)
    response, queries = reading(client, "/personvern/")
    assert response.context["request"].user.pk == member.pk
    user_table = User._meta.db_table
    assert not [sql for sql in queries if sql.startswith(f'SELECT "{user_table}"')]
    # The header's "leads a branch" came with it too.
    assert not [
        sql for sql in queries if sql.startswith('SELECT 1 AS "a" FROM "skolering_roleassignment"')
    ]


def test_a_session_of_a_deactivated_user_logs_nobody_in(demo_in_transaction, client):
    member = User.objects.get(email="medlem@example.org")
    client.force_login(member)
    User.objects.filter(pk=member.pk).update(is_active=False)
    response = client.get("/mine-kurs/")
    assert response.status_code == 302
    assert "logg-inn" in response["Location"]


def test_a_changed_password_ends_the_sessions_read_this_way(demo_in_transaction, client):
    member = User.objects.get(email="medlem@example.org")
    client.force_login(member)
    member.set_password("et-helt-nytt-passord-æøå")
    member.save()
    assert client.get("/mine-kurs/").status_code == 302


def test_a_leaders_header_still_shows_the_leader_pages(demo_in_transaction, client):
    client.force_login(User.objects.get(email="leder@example.org"))
    leader = client.get("/personvern/").content.decode()
    client.force_login(User.objects.get(email="medlem@example.org"))
    member = client.get("/personvern/").content.decode()
    assert 'href="/leder/"' in leader
    assert 'href="/leder/"' not in member
