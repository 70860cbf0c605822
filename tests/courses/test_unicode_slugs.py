"""Titles with æ, ø, å and Sámi letters: Wagtail makes slugs such as "møteplasser-i-bergen" from
them, and every page and route of the course must answer (a module route that accepted only
ASCII turned whole courses into 500 errors)."""

import uuid
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.urls import resolve

from courses.models import (
    CourseIndexPage,
    CourseModule,
    CoursePage,
    ModuleLibraryPage,
    ModulePage,
    Track,
)
from courses.templatetags.course_tags import subpage_url
from devtools.courses.demo import publish_child
from devtools.factories import BranchFactory, MembershipFactory, UserFactory
from skolering.models import BranchKind
from tests.courses.builders import lesson, make_branch_page
from tests.quizzes.builders import make_quiz

NORWEGIAN_AND_SAMI = "æøåÆØÅáčđŋšŧžÁČĐŊŠŦŽ"


def module_titled(title, parent, *, quiz=None) -> ModulePage:
    body = lesson(reflection_prompt="Hva tar du med deg?")
    if quiz is not None:
        body.append({"type": "quiz", "value": {"heading": "Test deg selv", "quiz": quiz.pk}})
    # No slug: Wagtail makes it from the title, as the admin does.
    page = ModulePage(title=title, summary="Om laget.", estimated_minutes=10, body=body)
    return publish_child(parent, page)


def course_titled(title, parent, modules) -> CoursePage:
    course = CoursePage(
        title=title, summary="Et kurs.", track=Track.ANNET, audience="Alle", estimated_hours=1
    )
    course.course_modules = [
        CourseModule(module=module, required=True, sort_order=n) for n, module in enumerate(modules)
    ]
    return publish_child(parent, course)


def assert_every_route_answers(client, course, module, *, expect=200):
    module_url = subpage_url(course, "module", module.slug)
    for url in (course.url, module_url, module.url, "/kurs/", "/mine-kurs/"):
        response = client.get(url)
        assert response.status_code == expect if url == module_url else response.status_code < 500
    block_ids = list(module.quiz_blocks())
    reflection_id = next(b.id for b in module.body if b.block_type == "reflection")
    posts = [
        (subpage_url(course, "reflection", module.slug, reflection_id), {"text": "Fellesskap"}),
        (subpage_url(course, "complete", module.slug), {}),
        *[(subpage_url(course, "quiz", module.slug, block_id), {}) for block_id in block_ids],
    ]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code in (302, 303), (url, response.status_code)
        assert response.status_code < 500


@pytest.mark.django_db
def test_national_and_local_courses_with_norwegian_and_sami_titles_work(client, org, sections):
    library, catalogue = (
        ModuleLibraryPage.objects.get(locale__language_code="nb"),
        CourseIndexPage.objects.get(locale__language_code="nb"),
    )
    quiz = make_quiz("Quiz om møteplasser")
    national_module = module_titled("Møteplasser i Bergen – ovttas árjjat", library, quiz=quiz)
    national_course = course_titled("Grunnkurs på Ŋ og Ŧ: æøå", catalogue, [national_module])

    sapmi = BranchFactory(
        parent=org.trondelag, kind=BranchKind.MUNICIPALITY, name="Kárášjohka", slug="kárášjohka"
    )
    section = make_branch_page(sapmi)
    local_module = module_titled("Čoahkkimat Kárášjogas", section)
    local_course = course_titled(
        "Ođđa lahttun – ny i laget", section, [national_module, local_module]
    )

    for page, expected in (
        (national_module, "møteplasser-i-bergen-ovttas-árjjat"),
        (national_course, "grunnkurs-på-ŋ-og-ŧ-æøå"),
        (local_module, "čoahkkimat-kárášjogas"),
        (local_course, "ođđa-lahttun-ny-i-laget"),
    ):
        assert page.slug == expected

    member = UserFactory(email="máret@example.org", first_name="Máret", last_name="Ánde")
    MembershipFactory(user=member, branch=sapmi)
    client.force_login(member)
    assert client.get(section.url).status_code == 200
    assert_every_route_answers(client, national_course, national_module)
    assert_every_route_answers(client, local_course, local_module)
    assert_every_route_answers(client, local_course, national_module)
    my_courses = client.get("/mine-kurs/")
    assert my_courses.status_code == 200
    assert "Grunnkurs på Ŋ og Ŧ: æøå" in my_courses.text
    assert "Ođđa lahttun – ny i laget" in my_courses.text

    # The local course stays local: a member elsewhere gets 404, not 500.
    outsider = UserFactory(email="trondheim@example.org")
    MembershipFactory(user=outsider, branch=org.trondheim)
    client.force_login(outsider)
    assert client.get(local_course.url).status_code == 404
    assert client.get(subpage_url(local_course, "module", local_module.slug)).status_code == 404


TITLE_LETTERS = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -–:,.!?«»'()&/")
    + list(NORWEGIAN_AND_SAMI)
)
TITLES = st.text(TITLE_LETTERS, min_size=1, max_size=80).filter(
    lambda title: any(ch.isalnum() for ch in title)
)


@pytest.mark.django_db
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(module_title=TITLES, course_title=TITLES)
def test_any_norwegian_title_gives_routes_that_reverse_and_resolve(
    sections, module_title, course_title
):
    library, catalogue = (
        ModuleLibraryPage.objects.get(locale__language_code="nb"),
        CourseIndexPage.objects.get(locale__language_code="nb"),
    )
    # Hypothesis runs every example in the same database: unique titles keep slugs apart.
    suffix = uuid.uuid4().hex[:6]
    module = module_titled(f"{module_title} {suffix}", library)
    course = course_titled(f"{course_title} {suffix}", catalogue, [module])
    for name, args in (("module", [module.slug]), ("complete", [module.slug])):
        url = subpage_url(course, name, *args)
        assert url.startswith(course.url)
        _view, _args, view_kwargs = course.resolve_subpage(
            "/" + unquote(url.removeprefix(course.url))
        )
        assert view_kwargs["module_slug"] == module.slug
    assert resolve(unquote(module.url)).url_name == "wagtail_serve"
