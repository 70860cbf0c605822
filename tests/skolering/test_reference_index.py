"""Wagtail's reference index ("where is this used?" for editors) holds content only: records of
people (skolering.models.PersonalRecord) are neither indexed nor queued for indexing when they
are saved, so a member's progress, a quiz answer or an audit event costs no index work."""

import pytest

from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import ReferenceIndex

from compliance.models import PeopleExport
from courses.models import CoursePage, ModulePage
from skolering.models import PersonalRecord, User

pytestmark = pytest.mark.django_db


def test_the_index_holds_content_and_no_records_of_people(demo_in_transaction):
    indexed = {
        reference.content_type.model_class()
        for reference in ReferenceIndex.objects.select_related("content_type")
    }
    assert CoursePage in indexed  # a course uses its modules: editors see that
    assert not [model for model in indexed if issubclass(model, PersonalRecord)]
    records = [model for model in apps.get_models() if issubclass(model, PersonalRecord)]
    # The 14 of before, the leaders' export jobs, and the gatherings' sign-ups, attendance,
    # calendar feeds, reminders and messages.
    assert len(records) == 20
    assert PeopleExport in records
    assert all(not ReferenceIndex.model_is_indexable(model) for model in records)


def test_completing_a_module_does_no_index_work(demo_in_transaction, client):
    member = User.objects.get(email="medlem@example.org")
    client.force_login(member)
    course = CoursePage.objects.get(locale__language_code="nb", slug="grunnkurs")
    module = ModulePage.objects.get(locale__language_code="nb", slug="rettigheter-og-plikter")
    client.get(f"{course.url}{module.slug}/")
    with CaptureQueriesContext(connection) as captured:
        response = client.post(f"{course.url}{module.slug}/fullfort/")
    assert response.status_code == 302
    statements = [query["sql"] for query in captured]
    assert any("courses_moduleprogress" in sql for sql in statements)
    assert not [sql for sql in statements if "wagtailcore_referenceindex" in sql]


def test_an_editors_module_is_still_listed_where_it_is_used(demo_in_transaction):
    module = ModulePage.objects.get(locale__language_code="nb", slug="rettigheter-og-plikter")
    users = ReferenceIndex.get_references_to(module).values_list("content_type__model", flat=True)
    assert "coursepage" in set(users)
