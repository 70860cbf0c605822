"""Other people's things by their address or id (insecure direct object references): another
member's quiz attempt, reflection, certificate PDF and progress, and another branch's export,
all answer 404 (or are left untouched), whatever is typed into the address or the form."""

import uuid

import pytest

from django.urls import reverse

from certificates.models import Certificate
from courses.models import ModuleProgress, ReflectionAnswer
from courses.services import module_complete, reflection_save
from devtools.factories import MembershipFactory, UserFactory
from quizzes.models import QuizAttempt
from quizzes.services import quiz_attempt_start
from skolering.models import Role
from tests.courses.builders import make_course, make_module
from tests.quizzes.builders import make_quiz

SECRET = "Det jeg egentlig mener om lokallaget, som ingen andre skal lese."


@pytest.fixture
def two_members(org, site_pages, django_capture_on_commit_callbacks):
    """Bente has a reflection, an open quiz attempt, progress and a certificate; Arne is
    another member of the same branch, logged in."""
    arne = UserFactory(email="arne@example.org")
    bente = UserFactory(email="bente@example.org")
    for person in (arne, bente):
        MembershipFactory(user=person, branch=org.bergen)
    module = make_module("verdier", reflection_prompt="Hva mener du?")
    other_module = make_module("si-fra")
    course = make_course("trygge-fellesskap", [module, other_module])
    block_id = next(iter(module.reflection_prompts()))
    reflection_save(user=bente, module=module, block_id=block_id, text=SECRET)
    with django_capture_on_commit_callbacks(execute=True):
        module_complete(user=bente, module=module, course=course)
        module_complete(user=bente, module=other_module, course=course)
    attempt = quiz_attempt_start(user=bente, quiz=make_quiz())
    return {
        "arne": arne,
        "bente": bente,
        "course": course,
        "module": module,
        "block_id": block_id,
        "attempt": attempt,
        "certificate": Certificate.objects.get(user=bente),
    }


@pytest.fixture
def as_arne(client, two_members):
    client.force_login(two_members["arne"])
    return client


@pytest.mark.parametrize("view", ["quiz_attempt", "quiz_result"])
def test_another_members_attempt_does_not_exist_for_me(as_arne, two_members, view):
    response = as_arne.get(reverse(view, args=[two_members["attempt"].pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("view", ["quiz_answer", "quiz_submit", "quiz_retry"])
def test_i_cannot_answer_or_hand_in_another_members_attempt(as_arne, two_members, view):
    attempt = two_members["attempt"]
    question = attempt.questions[0]
    response = as_arne.post(
        reverse(view, args=[attempt.pk]),
        {"question": question["id"], f"svar-{question['id']}": question["options"][0]["id"]},
    )
    assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.finished_at is None and not attempt.answers.exists()


def test_an_unknown_attempt_id_is_a_404(as_arne):
    assert as_arne.get(reverse("quiz_attempt", args=[uuid.uuid4()])).status_code == 404
    assert as_arne.get("/quiz/forsok/ikke-en-uuid/").status_code == 404


def test_another_members_reflection_is_never_shown_or_overwritten(as_arne, two_members):
    course, module = two_members["course"], two_members["module"]
    page = as_arne.get(f"{course.url}{module.slug}/")
    assert page.status_code == 200 and SECRET not in page.text
    # A tampered form naming Bente changes nothing of hers.
    as_arne.post(
        f"{course.url}{module.slug}/refleksjon/{two_members['block_id']}/",
        {"text": "Mitt svar", "user": two_members["bente"].pk},
    )
    assert ReflectionAnswer.objects.get(user=two_members["bente"]).text == SECRET
    assert ReflectionAnswer.objects.get(user=two_members["arne"]).text == "Mitt svar"


def test_another_members_certificate_pdf_is_a_404(as_arne, two_members):
    code = two_members["certificate"].code
    assert as_arne.get(reverse("certificate_pdf", args=[code])).status_code == 404
    assert as_arne.get(reverse("certificate_pdf", args=["AAAA-BBBB-CCCC"])).status_code == 404


def test_another_members_progress_is_neither_shown_nor_changed(as_arne, two_members):
    course = two_members["course"]
    mine = as_arne.get(reverse("my_courses"))
    assert course.title not in mine.text
    assert two_members["certificate"].code not in mine.text
    course_page = as_arne.get(course.url)
    assert "Fullført" not in course_page.text
    before = list(
        ModuleProgress.objects.filter(user=two_members["bente"]).values_list("pk", flat=True)
    )
    as_arne.post(
        f"{course.url}{two_members['module'].slug}/fullfort/", {"user": two_members["bente"].pk}
    )
    after = list(
        ModuleProgress.objects.filter(user=two_members["bente"]).values_list("pk", flat=True)
    )
    assert before == after
    assert ModuleProgress.objects.filter(user=two_members["arne"]).count() == 1


def test_my_data_export_is_always_my_own_whatever_the_form_says(as_arne, two_members):
    arne = two_members["arne"]
    arne.set_password("arnes-passord-123")
    arne.save()
    as_arne.force_login(arne)
    response = as_arne.post(
        reverse("my_data_export"),
        {"eksport-password": "arnes-passord-123", "user": two_members["bente"].pk},
    )
    assert response.status_code == 200
    assert SECRET not in response.content.decode()
    assert "bente@example.org" not in response.content.decode()


def test_another_branchs_people_and_export_are_a_404(client, org, two_members, make_role):
    voss_leader = UserFactory(email="voss-leder@example.org")
    MembershipFactory(user=voss_leader, branch=org.voss)
    make_role(voss_leader, org.voss, Role.LEDER)
    client.force_login(voss_leader)
    for name in ("leader_dashboard", "leader_people", "leader_export_csv", "leader_export_xlsx"):
        response = client.get(reverse(name), {"lag": org.bergen.pk})
        assert response.status_code == 404, name
    assert client.post(reverse("leader_reminders"), {"lag": org.bergen.pk}).status_code == 404
    assert not QuizAttempt.objects.filter(user=voss_leader).exists()
