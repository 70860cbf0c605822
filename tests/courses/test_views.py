"""The course pages through the test client: catalogue, course, module, progress forms and
/mine-kurs/, with who may see what."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import CourseCompletion, Enrollment, ModuleProgress, ReflectionAnswer
from courses.services import module_complete
from devtools.factories import DEMO_PASSWORD
from tests.courses.builders import make_course, make_module

HTMX = {"HTTP_HX_REQUEST": "true"}


def module_url(course, module):
    return f"{course.url}{module.slug}/"


def test_catalogue_shows_national_courses_to_everyone(client, course, bergen_course):
    response = client.get("/kurs/")
    assert response.status_code == 200
    assert course.title in response.text
    assert bergen_course.title not in response.text
    assert "Logg inn" in response.text


def test_members_of_bergen_and_below_see_bergens_local_courses(
    client, member, arstad_member, course, bergen_course
):
    for user in (member, arstad_member):
        client.force_login(user)
        response = client.get("/kurs/")
        assert bergen_course.title in response.text, user
        assert "Lokalt kurs, Bergen" in response.text


def test_a_member_elsewhere_neither_sees_nor_reaches_bergens_local_course(
    client, trondheim_member, bergen_course, bergen_section, modules
):
    client.force_login(trondheim_member)
    assert bergen_course.title not in client.get("/kurs/").text
    local_module = bergen_course.course_modules.get(sort_order=1).module
    for url in (
        bergen_section.url,
        bergen_course.url,
        module_url(bergen_course, modules[0]),
        local_module.url,
    ):
        assert client.get(url).status_code == 404, url
    response = client.post(f"{module_url(bergen_course, modules[0])}fullfort/")
    assert response.status_code == 404
    assert not ModuleProgress.objects.exists()


def test_anonymous_visitors_get_404_on_local_pages(client, bergen_course, bergen_section):
    assert client.get(bergen_section.url).status_code == 404
    assert client.get(bergen_course.url).status_code == 404


def test_a_leader_of_the_county_sees_the_local_course(client, org, make_role, bergen_course):
    from devtools.factories import UserFactory
    from skolering.models import Role

    county_leader = UserFactory(email="fylke@example.org")
    make_role(county_leader, org.vestland, Role.LEDER)
    client.force_login(county_leader)
    assert client.get(bergen_course.url).status_code == 200


def test_catalogue_filters_by_track_and_survives_bad_parameters(client, sections):
    module = make_module("modul")
    make_course("lederkurs", [module], track="lederskolering")
    make_course("kultur", [module], track="partikultur")
    response = client.get("/kurs/?spor=lederskolering")
    assert "Lederkurs" in response.text and "Kultur" not in response.text
    response = client.get("/kurs/?spor=<script>&side=999x")
    assert response.status_code == 200
    assert "Lederkurs" in response.text and "Kultur" in response.text
    response = client.get("/kurs/?spor=mangfold")
    assert "Det finnes ingen kurs i dette sporet ennå." in response.text


def test_course_page_shows_progress_and_resume_link(client, member, course, modules):
    module_complete(user=member, module=modules[0], course=course)
    client.force_login(member)
    response = client.get(course.url)
    assert "1 av 3 moduler fullført" in response.text
    assert "Fortsett der du slapp" in response.text
    assert f'href="{module_url(course, modules[1])}"' in response.text


def test_module_pages_need_a_login(client, course, modules):
    response = client.get(module_url(course, modules[0]))
    assert response.status_code == 302 and "/konto/logg-inn/" in response["Location"]


def test_module_page_has_outline_and_previous_next(client, member, course, modules):
    client.force_login(member)
    response = client.get(module_url(course, modules[1]))
    assert response.status_code == 200
    assert "Modul 2 av 3" in response.text
    assert f'rel="prev" href="{module_url(course, modules[0])}"' in response.text
    assert f'rel="next" href="{module_url(course, modules[2])}"' in response.text
    assert 'aria-current="page">Rettigheter' in response.text


def test_unknown_module_or_a_module_from_another_course_is_404(client, member, course, sections):
    stranger = make_module("fremmed")
    client.force_login(member)
    assert client.get(f"{course.url}finnes-ikke/").status_code == 404
    assert client.get(module_url(course, stranger)).status_code == 404
    assert client.post(f"{module_url(course, stranger)}fullfort/").status_code == 404


def test_mark_complete_without_javascript_redirects_back_with_a_message(
    client, member, course, modules
):
    client.force_login(member)
    url = module_url(course, modules[0])
    response = client.post(f"{url}fullfort/", follow=True)
    assert response.redirect_chain[-1][0] == f"{url}#status"
    assert "Modulen er fullført." in response.text
    assert "Du har fullført denne modulen." in response.text
    assert ModuleProgress.objects.get(user=member, module=modules[0]).completed_at


def test_mark_complete_with_htmx_swaps_the_lesson_and_announces(client, member, course, modules):
    client.force_login(member)
    client.post(f"{module_url(course, modules[0])}fullfort/", **HTMX)
    response = client.post(f"{module_url(course, modules[1])}fullfort/", **HTMX)
    assert response.status_code == 200
    assert "<html" not in response.text
    assert 'id="lesson"' in response.text
    assert 'id="announcer" hx-swap-oob="innerHTML">Du har fullført kurset' in response.text
    # Focus goes to the way on: the next module.
    assert f'rel="next" href="{module_url(course, modules[2])}"' in response.text
    assert "autofocus" in response.text.split('rel="next"')[1].split(">")[0]
    assert CourseCompletion.objects.filter(user=member, course=course).count() == 1


def test_complete_only_accepts_post(client, member, course, modules):
    client.force_login(member)
    assert client.get(f"{module_url(course, modules[0])}fullfort/").status_code == 405


def test_reflection_is_saved_and_shown_only_to_its_author(client, member, course, modules):
    (block_id,) = modules[0].reflection_prompts()
    url = module_url(course, modules[0])
    client.force_login(member)
    response = client.post(f"{url}refleksjon/{block_id}/", {"text": "Fellesskapet"}, follow=True)
    assert "Refleksjonen er lagret. Bare du kan se den." in response.text
    assert "Fellesskapet</textarea>" in response.text

    from devtools.factories import MembershipFactory, UserFactory

    other = UserFactory(email="nabo@example.org")
    MembershipFactory(user=other, branch=member.memberships.get().branch)
    client.force_login(other)
    assert "Fellesskapet" not in client.get(url).text


def test_reflection_with_htmx_returns_the_form_and_announces(client, member, course, modules):
    (block_id,) = modules[0].reflection_prompts()
    client.force_login(member)
    response = client.post(
        f"{module_url(course, modules[0])}refleksjon/{block_id}/", {"text": "Svar"}, **HTMX
    )
    assert response.status_code == 200
    assert response.text.count("<form") == 1
    assert 'hx-swap-oob="innerHTML">Refleksjonen er lagret' in response.text


@pytest.mark.parametrize("htmx", [False, True])
def test_bad_reflections_get_a_norwegian_400_and_save_nothing(
    client, member, course, modules, htmx
):
    (block_id,) = modules[0].reflection_prompts()
    url = module_url(course, modules[0])
    client.force_login(member)
    extra = HTMX if htmx else {}
    response = client.post(f"{url}refleksjon/{block_id}/", {"text": "x" * 5001}, **extra)
    assert response.status_code == 400
    assert "Svaret er for langt" in response.text
    assert 'aria-invalid="true"' in response.text
    response = client.post(f"{url}refleksjon/ukjent-blokk/", {"text": "Hei"}, **extra)
    assert response.status_code == 400
    assert "Dette refleksjonsspørsmålet finnes ikke lenger" in response.text
    assert not ReflectionAnswer.objects.exists()


def test_facilitator_notes_are_for_leaders_only(client, member, bergen_leader, course, modules):
    url = module_url(course, modules[0])
    client.force_login(member)
    assert "Tavle" not in client.get(url).text
    client.force_login(bergen_leader)
    assert "Tavle" in client.get(url).text


def test_my_courses_lists_progress_and_completions(client, member, course, modules, sections):
    other = make_course("annet-kurs", [make_module("enkel")], validity_months=24)
    client.force_login(member)
    assert "Du har ingen kurs du holder på med." in client.get("/mine-kurs/").text
    module_complete(user=member, module=modules[0], course=course)
    module_complete(user=member, module=other.course_modules.get().module, course=other)
    response = client.get("/mine-kurs/")
    assert response.status_code == 200
    in_progress, completed = response.text.split("<h2>Fullført</h2>")
    assert course.title in in_progress and "1 av 3 moduler fullført" in in_progress
    assert f'href="{module_url(course, modules[1])}"' in in_progress
    assert other.title in completed and "Gyldig til" in completed


def test_after_log_in_my_courses_opens_with_the_course_worked_on_last(
    client, member, course, modules, sections
):
    other = make_course(
        "samisk-og-norsk", [make_module("giella", title="Giella ja kultuvra"), make_module("båt")]
    )
    client.force_login(member)
    client.get(module_url(course, modules[1]))
    client.get(module_url(other, other.course_modules.first().module))
    Enrollment.objects.filter(course=course).update(
        last_visited_at=timezone.now() - datetime.timedelta(days=2)
    )
    client.logout()
    response = client.post(
        "/konto/logg-inn/", {"username": "medlem@example.org", "password": DEMO_PASSWORD}
    )
    assert response["Location"] == "/mine-kurs/"
    page = client.get("/mine-kurs/").text
    after_heading = page.split("<h1>Mine kurs</h1>", 1)[1].lstrip()
    giella = module_url(other, other.course_modules.first().module)
    assert after_heading.startswith(
        f'<p><a class="button" href="{giella}">Fortsett der du slapp: {other.title}</a></p>'
    )


def test_my_courses_has_nothing_to_continue_before_a_course_is_started(client, member, sections):
    client.force_login(member)
    page = client.get("/mine-kurs/").text
    assert "Fortsett der du slapp" not in page
    assert page.split("<h1>Mine kurs</h1>", 1)[1].lstrip().startswith("<h2")


def test_my_courses_needs_a_login(client):
    response = client.get("/mine-kurs/")
    assert response.status_code == 302 and "/konto/logg-inn/" in response["Location"]


def test_standalone_module_page_links_to_the_courses_using_it(client, member, course, modules):
    client.force_login(member)
    response = client.get(modules[0].url)
    assert response.status_code == 200
    assert f'href="{module_url(course, modules[0])}"' in response.text


def _queries(client, url):
    client.get(url)  # the first visit writes (enrolment, progress) and fills caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_catalogue_runs_the_same_queries_for_few_and_many_courses(
    client, member, sections, bergen_section
):
    module = make_module("felles")
    client.force_login(member)
    make_course("kurs-a", [module])
    make_course("lokal-a", [module], parent=bergen_section)
    few = _queries(client, "/kurs/")
    for n in range(10):
        make_course(f"kurs-b{n}", [module])
        make_course(f"lokal-b{n}", [module], parent=bergen_section)
    assert _queries(client, "/kurs/") == few
