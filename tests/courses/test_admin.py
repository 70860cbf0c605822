"""Courses in the Wagtail admin: local editors work in their own branch's section only, courses
use only modules they may use, and a module shows which courses use it."""

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from courses.models import BranchPage, CoursePage, ModulePage
from devtools.factories import UserFactory
from tests.courses.builders import course_form_data, make_module, module_form_data


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def test_local_editor_edits_their_own_section(client, bergen_editor, bergen_course):
    client.force_login(bergen_editor)
    local_module = bergen_course.course_modules.get(sort_order=1).module
    for page in (
        BranchPage.objects.get(locale__language_code="nb", slug="bergen"),
        bergen_course,
        local_module,
    ):
        assert client.get(edit_url(page)).status_code == 200, page

    response = client.post(
        edit_url(local_module), module_form_data("Slik jobber vi", local_module.slug)
    )
    assert response.status_code == 302
    assert ModulePage.objects.get(pk=local_module.pk).get_latest_revision().content["title"] == (
        "Slik jobber vi"
    )


def test_local_editor_cannot_edit_national_content_or_another_branch(
    client, bergen_editor, modules, course, trondheim_section
):
    client.force_login(bergen_editor)
    for page in (modules[0], course, trondheim_section):
        response = client.get(edit_url(page))
        assert response.status_code == 302, page  # Wagtail's "permission denied" redirect
        response = client.post(edit_url(page), module_form_data("Kapret", page.slug))
        assert response.status_code == 302, page
    assert ModulePage.objects.get(pk=modules[0].pk).title != "Kapret"
    assert client.get(add_url(ModulePage, modules[0].get_parent())).status_code == 302
    assert client.get(add_url(CoursePage, trondheim_section)).status_code == 302


def test_local_editor_composes_a_local_course_from_national_and_own_modules(
    client, bergen_editor, bergen_section, modules
):
    local = make_module("bergen-modul", parent=bergen_section)
    client.force_login(bergen_editor)
    response = client.post(
        add_url(CoursePage, bergen_section),
        course_form_data("Møteskolen", "moteskolen", [modules[0].pk, local.pk]),
    )
    assert response.status_code == 302
    course = CoursePage.objects.get(locale__language_code="nb", slug="moteskolen")
    assert course.get_parent().specific == bergen_section
    assert [item.module_id for item in course.course_modules.order_by("sort_order")] == [
        modules[0].pk,
        local.pk,
    ]


def test_a_course_cannot_use_another_branchs_module(
    client, bergen_editor, bergen_section, trondheim_section, sections
):
    foreign = make_module("trondheim-modul", parent=trondheim_section, title="Trondheims modul")
    client.force_login(bergen_editor)
    response = client.post(
        add_url(CoursePage, bergen_section),
        course_form_data("Lånt", "lant", [foreign.pk]),
    )
    assert response.status_code == 200
    assert "«Trondheims modul» hører til et annet lag." in response.text
    assert not CoursePage.objects.filter(slug="lant").exists()


def test_a_national_course_cannot_use_local_modules_or_a_module_twice(
    admin_client, bergen_section, modules, sections
):
    from courses.models import CourseIndexPage

    local = make_module("bare-bergen", parent=bergen_section, title="Bare Bergen")
    catalogue = CourseIndexPage.objects.get(locale__language_code="nb")
    response = admin_client.post(
        add_url(CoursePage, catalogue), course_form_data("Nasjonalt", "nasjonalt", [local.pk])
    )
    assert "«Bare Bergen» hører til et annet lag." in response.text
    response = admin_client.post(
        add_url(CoursePage, catalogue),
        course_form_data("Dobbelt", "dobbelt", [modules[0].pk, modules[0].pk]),
    )
    assert f"«{modules[0].title}» er allerede med i kurset." in response.text
    assert not CoursePage.objects.filter(slug__in=["nasjonalt", "dobbelt"]).exists()


def test_module_edit_page_lists_the_courses_that_use_it(
    admin_client, course, bergen_course, modules
):
    html = admin_client.get(edit_url(modules[0])).text
    assert "Brukes i disse kursene" in html
    assert course.title in html and bergen_course.title in html
    unused = make_module("ubrukt")
    assert "Ingen kurs bruker denne modulen ennå." in admin_client.get(edit_url(unused)).text


def test_modules_with_the_same_address_cannot_share_a_course(admin_client, bergen_section, modules):
    twin = make_module("organisasjon", parent=bergen_section, title="Organisasjon i Bergen")
    response = admin_client.post(
        add_url(CoursePage, bergen_section),
        course_form_data("Tvilling", "tvilling", [modules[0].pk, twin.pk]),
    )
    assert "En annen modul i kurset har adressen «organisasjon»." in response.text
    assert not CoursePage.objects.filter(slug="tvilling").exists()


def test_a_new_branch_section_gets_its_editor_group(admin_client, sections, org):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    from courses.models import BranchIndexPage

    response = admin_client.post(
        add_url(BranchPage, BranchIndexPage.objects.get(locale__language_code="nb")),
        nested_form_data(
            {
                "title": "Voss",
                "slug": "voss",
                "branch": str(org.voss.pk),
                "intro": "",
                "body": streamfield([]),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302
    group = Group.objects.get(name="Lokalredaktører – Voss")
    assert group.page_permissions.get(permission__codename="change_page").page.slug == "voss"


def test_command_creates_missing_editor_groups(bergen_section, trondheim_section):
    Group.objects.filter(name__startswith="Lokalredaktører").delete()
    call_command("create_local_editor_groups", verbosity=0)
    assert set(
        Group.objects.filter(name__startswith="Lokalredaktører").values_list("name", flat=True)
    ) == {
        "Lokalredaktører – Bergen",
        "Lokalredaktører – Trondheim",
    }


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(email="admin@example.org", is_superuser=True, is_staff=True))
    return client
