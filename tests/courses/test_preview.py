"""Editors' preview of a module shows the lesson as it stands in the form: alone, or inside a
course that uses it (with the course's contents), and never claims a used module is unused."""

import pytest

from django.urls import reverse

from devtools.factories import UserFactory
from tests.courses.builders import make_course, make_module, module_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, sections):
    user = UserFactory(email="redaktor@example.org", is_superuser=True)
    client.force_login(user)
    return user


def preview(client, module, mode=""):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[module.pk])
    data = module_form_data("Møteplasser i Bergen", module.slug, "<p>Utkast til leksjonen.</p>")
    assert client.post(url, data).json()["is_valid"]
    response = client.get(url, {"mode": mode})
    assert response.status_code == 200
    return response.text


def test_preview_of_the_module_alone_shows_the_unsaved_lesson_and_every_course(
    client, editor, course, modules
):
    draft_course = make_course("utkast-kurs", [modules[0]])
    draft_course.unpublish()
    page = preview(client, modules[0])
    assert "<h1>Møteplasser i Bergen</h1>" in page
    assert "Utkast til leksjonen." in page
    assert course.title in page
    assert f"{draft_course.title}</a> (ikke publisert)" in page
    assert "Ingen" not in page


def test_preview_inside_a_course_shows_its_contents_and_position(client, editor, course, modules):
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[modules[1].pk])).text
    assert f"kurs-{course.pk}" in edit_page  # the preview mode offered for each course using it
    page = preview(client, modules[1], f"kurs-{course.pk}")
    assert "Møteplasser i Bergen" in page and "Utkast til leksjonen." in page
    assert "Modul 2 av 3" in page
    assert "Innhold i kurset" in page
    assert modules[0].title in page and modules[2].title in page


def test_preview_of_an_unused_module_says_no_course_uses_it(client, editor, sections):
    module = make_module("ubrukt")
    page = preview(client, module)
    assert "Ingen kurs bruker denne modulen ennå." in page
    # An unknown or foreign course in the mode falls back to the module alone.
    assert "Utkast til leksjonen." in preview(client, module, "kurs-999999")
