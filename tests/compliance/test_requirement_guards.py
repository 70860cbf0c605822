"""Requirements that cannot be nonsense: a local course is required only inside its own branch,
the form shows whom a requirement applies to (and who would be overdue at once) before it is
saved, and the list speaks Norwegian and shows administrators what holds above them."""

import re

import pytest

from django.urls import reverse

from compliance.models import Audience, CourseRequirement
from courses.models import CoursePage, Track
from devtools.courses.demo import publish_child
from skolering.models import Role
from tests.compliance.test_admin import form_data
from tests.courses.builders import make_branch_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def bergen_course(org, site_pages):
    section = make_branch_page(org.bergen)
    return publish_child(
        section,
        CoursePage(
            title="Valgkampskolen Bergen",
            slug="valgkampskolen",
            summary="Lokalt kurs.",
            track=Track.ANNET,
            audience="Medlemmer i Bergen",
            estimated_hours=1,
        ),
    )


def test_a_local_course_cannot_be_required_outside_its_branch(
    client, org, national_admin, bergen_course
):
    client.force_login(national_admin)
    add = reverse("course_requirements:add")
    for where in ("", org.trondheim.pk, org.vestland.pk):
        response = client.post(
            add, form_data(bergen_course, audience=Audience.MEMBER, branch=where)
        )
        assert response.status_code == 200
        assert response.context["form"].errors["branch"] == [
            "«Valgkampskolen Bergen» er et lokalt kurs i Bergen: det kan bare kreves i Bergen "
            "eller et lag under."
        ]
    assert not CourseRequirement.objects.exists()
    for where in (org.bergen, org.arstad):
        response = client.post(
            add, form_data(bergen_course, audience=Audience.MEMBER, branch=where.pk)
        )
        assert response.status_code == 302, response.context["form"].errors
    assert CourseRequirement.objects.count() == 2


def test_the_form_shows_whom_it_applies_to_before_saving(
    client, org, national_admin, culture_course, person
):
    for _ in range(3):
        person(org.bergen, role=Role.TILLITSVALGT, days_ago=400)  # started long ago
    person(org.trondheim, role=Role.TILLITSVALGT, days_ago=5)  # still has time
    person(org.voss, role=None)  # not an officer
    client.force_login(national_admin)
    data = form_data(culture_course, due_within_days="90")
    del data["bekreft"]
    response = client.post(reverse("course_requirements:add"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "gjelder kravet 4 personer" in page
    assert "3 av dem ville vært på overtid med en gang." in page
    assert "Uten «Gjelder fra»" in page
    assert not CourseRequirement.objects.exists()

    with_start = client.post(
        reverse("course_requirements:add"),
        data | {"applies_from": response.context["impact"].on.isoformat()},
    ).content.decode()
    assert "gjelder kravet 0 personer" in with_start
    assert "Uten «Gjelder fra»" not in with_start

    confirmed = client.post(reverse("course_requirements:add"), data | {"bekreft": "1"})
    assert confirmed.status_code == 302
    assert CourseRequirement.objects.count() == 1


def test_changing_who_it_applies_to_asks_again_but_a_plain_edit_does_not(
    client, org, national_admin, culture_course
):
    requirement = CourseRequirement.objects.create(
        course=culture_course, audience=Audience.TILLITSVALGT, due_within_days=90
    )
    client.force_login(national_admin)
    edit = reverse("course_requirements:edit", args=[requirement.pk])
    data = form_data(culture_course)
    del data["bekreft"]
    assert client.post(edit, data).status_code == 302  # nothing that matters changed
    response = client.post(edit, data | {"due_within_days": "30"})
    assert response.status_code == 200 and response.context["impact"] is not None
    assert CourseRequirement.objects.get().due_within_days == 90


def test_the_list_speaks_norwegian_and_shows_what_holds_above_read_only(
    client, org, county_admin, culture_course
):
    national = CourseRequirement.objects.create(
        course=culture_course, audience=Audience.FOLKEVALGT, due_within_days=90
    )
    own = CourseRequirement.objects.create(
        course=culture_course,
        audience=Audience.LEDER,
        branch=org.vestland,
        due_within_days=90,
        renew_on_expiry=False,
    )
    CourseRequirement.objects.create(
        course=culture_course, audience=Audience.LEDER, branch=org.trondelag, due_within_days=90
    )
    client.force_login(county_admin)
    listing = client.get(reverse("course_requirements:index")).content.decode()
    assert "Hele partiet" in listing
    cells = [cell.strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", listing, re.S)]
    assert "Ja" in cells and "Nei" in cells
    headings = [
        re.sub(r"<[^>]+>", "", cell).strip()
        for cell in re.findall(r"<th[^>]*>(.*?)</th>", listing, re.S)
    ]
    assert {"Kurs", "Hvem", "Hvor", "Fornyes ved utløp"} <= set(headings)
    assert "True" not in listing and "False" not in listing
    assert "Trøndelag" not in listing  # another county's requirement is not theirs to see
    assert "Satt over deg: kan bare leses" in listing
    assert reverse("course_requirements:edit", args=[own.pk]) in listing
    assert reverse("course_requirements:edit", args=[national.pk]) not in listing
    assert reverse("course_requirements:delete", args=[national.pk]) not in listing
    assert client.get(reverse("course_requirements:edit", args=[national.pk])).status_code == 404
