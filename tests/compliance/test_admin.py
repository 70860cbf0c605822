"""Requirements in the Wagtail admin: national administrators set them for the whole party,
county administrators for their own county only."""

import pytest

from django import forms
from django.urls import reverse
from django.utils import translation

from compliance.models import Audience, CourseRequirement, Target
from devtools.factories import UserFactory

pytestmark = pytest.mark.django_db


def form_data(course, **changes):
    data = {
        "course": course.pk,
        "audience": Audience.TILLITSVALGT,
        "branch": "",
        "target": Target.COMPLETE,
        "due_within_days": "90",
        "renew_on_expiry": "on",
        "applies_from": "",
        "bekreft": "1",  # the confirm button, after the form has shown whom it applies to
    }
    return data | changes


def test_a_national_administrator_sets_a_requirement_for_the_whole_party(
    client, national_admin, culture_course
):
    client.force_login(national_admin)
    response = client.post(reverse("course_requirements:add"), form_data(culture_course))
    assert response.status_code == 302
    requirement = CourseRequirement.objects.get()
    assert (requirement.branch, requirement.due_within_days) == (None, 90)


def test_a_county_administrator_sets_requirements_in_the_county_only(
    client, org, county_admin, culture_course
):
    client.force_login(county_admin)
    add = reverse("course_requirements:add")
    with translation.override("nb"):  # Django's message, in the project's own Norwegian
        required = str(forms.Field.default_error_messages["required"])
    for branch in ("", org.trondelag.pk, org.national.pk):
        response = client.post(add, form_data(culture_course, branch=branch))
        assert response.status_code == 200
        assert response.context["form"].errors["branch"][0] in (
            required,
            "Velg et gyldig valg. Valget er ikke av de tilgjengelige valgene.",
        )
    assert not CourseRequirement.objects.exists()
    response = client.post(add, form_data(culture_course, branch=org.bergen.pk))
    assert response.status_code == 302
    assert CourseRequirement.objects.get().branch == org.bergen


def test_a_county_administrator_cannot_touch_national_or_other_requirements(
    client, org, county_admin, culture_course
):
    national = CourseRequirement.objects.create(
        course=culture_course, audience=Audience.FOLKEVALGT, due_within_days=90
    )
    trondelag = CourseRequirement.objects.create(
        course=culture_course, audience=Audience.LEDER, branch=org.trondelag, due_within_days=90
    )
    own = CourseRequirement.objects.create(
        course=culture_course, audience=Audience.LEDER, branch=org.vestland, due_within_days=90
    )
    client.force_login(county_admin)
    listing = client.get(reverse("course_requirements:index")).content.decode()
    assert reverse("course_requirements:edit", args=[own.pk]) in listing
    assert reverse("course_requirements:edit", args=[national.pk]) not in listing
    for requirement in (national, trondelag):
        assert (
            client.get(reverse("course_requirements:edit", args=[requirement.pk])).status_code
            == 404
        )
        assert (
            client.post(reverse("course_requirements:delete", args=[requirement.pk])).status_code
            == 404
        )
    assert CourseRequirement.objects.count() == 3


def test_the_same_requirement_twice_is_refused_in_norwegian(client, national_admin, culture_course):
    client.force_login(national_admin)
    client.post(reverse("course_requirements:add"), form_data(culture_course))
    response = client.post(reverse("course_requirements:add"), form_data(culture_course))
    assert response.status_code == 200
    assert "Hele partiet har allerede dette kravet." in response.content.decode()
    assert CourseRequirement.objects.count() == 1


@pytest.mark.parametrize("days", ["0", "-5", "4000", "mange"])
def test_the_due_period_is_bounded(client, national_admin, culture_course, days):
    client.force_login(national_admin)
    response = client.post(
        reverse("course_requirements:add"), form_data(culture_course, due_within_days=days)
    )
    assert response.status_code == 200
    assert not CourseRequirement.objects.exists()


def test_members_without_the_permission_are_kept_out(client, member):
    client.force_login(member)
    response = client.get(reverse("course_requirements:index"))
    assert response.status_code in (302, 403)


def test_a_required_course_cannot_be_deleted(client, national_admin, culture_course):
    CourseRequirement.objects.create(
        course=culture_course, audience=Audience.TILLITSVALGT, due_within_days=90
    )
    admin = UserFactory(email="admin@example.org", is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.post(
        reverse("wagtailadmin_pages:delete", args=[culture_course.pk]), follow=True
    )
    assert "er et påkrevd kurs" in response.content.decode()
    assert culture_course.__class__.objects.filter(pk=culture_course.pk).exists()
