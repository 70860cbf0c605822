"""Taking a quiz through the test client: the module's quiz block, the attempt page, answering
with and without htmx, handing in, the result, tampered requests and the editor report."""

import csv
import io
import re
import uuid

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from courses.models import ModuleProgress
from devtools.factories import UserFactory
from quizzes.models import Quiz, QuizAnswer, QuizAttempt
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.quizzes.builders import make_quiz, make_quiz_course, numbered_questions, right, wrong

HTMX = {"HTTP_HX_REQUEST": "true"}


def module_url(course, module):
    return f"{course.url}{module.slug}/"


def quiz_block_id(module):
    return next(iter(module.quiz_blocks()))


def start(client, course, module):
    response = client.post(f"{module_url(course, module)}quiz/{quiz_block_id(module)}/")
    assert response.status_code == 302
    return QuizAttempt.objects.latest("started_at")


def own_quiz_course(client, member, slug, title, **quiz):
    """A course of its own for the quiz `title` (`quiz`: its settings), the member logged in:
    the course and the quiz's module."""
    course, _intro, module = make_quiz_course(slug, make_quiz(title, **quiz))
    client.force_login(member)
    return course, module


def answer_data(question_id, options):
    """One question's form, as the attempt page posts it."""
    return {"sporsmal": question_id, f"svar-{question_id}": options}


def answer(client, attempt, question_id, options, **extra):
    return client.post(
        reverse("quiz_answer", args=[attempt.pk]), answer_data(question_id, options), **extra
    )


def hand_in_data(answers):
    """The whole attempt's form with `answers` ({question id: option ids}) chosen."""
    return {f"svar-{qid}": options for qid, options in answers.items()}


@pytest.fixture
def taking(client, member, quiz_course):
    client.force_login(member)
    course, _intro, module = quiz_course
    return client, course, module


@pytest.fixture
def started(taking):
    """The member has started the module's quiz: their client and the attempt."""
    client, course, module = taking
    return client, start(client, course, module)


def test_module_shows_the_quiz_and_holds_back_the_complete_button(taking, quiz):
    client, course, module = taking
    page = client.get(module_url(course, module)).text
    assert "Test deg selv" in page and "Start quizen" in page
    assert "Bestå quizen i modulen for å fullføre den." in page
    assert "Merk som fullført" not in page


def test_completing_a_module_with_an_unpassed_quiz_is_refused(taking):
    client, course, module = taking
    response = client.post(f"{module_url(course, module)}fullfort/", follow=True)
    assert "Bestå quizen i modulen for å fullføre den: «Quiz om partiet»." in response.text
    assert not ModuleProgress.objects.filter(completed_at__isnull=False).exists()


def test_attempt_page_renders_questions_as_fieldsets_with_legends(started):
    client, attempt = started
    page = client.get(reverse("quiz_attempt", args=[attempt.pk])).text
    assert page.count("<fieldset") == 5
    assert page.count("<legend") == 5
    assert "Spørsmål 1 av 5" in page and "Amina vil foreslå noe for laget." in page
    assert 'type="checkbox"' in page and 'type="radio"' in page


def test_no_trace_of_the_correct_options_before_answering(started):
    client, attempt = started
    page = client.get(reverse("quiz_attempt", args=[attempt.pk])).text
    for question in attempt.questions:
        for option in question["options"]:
            if option["feedback"]:
                assert option["feedback"] not in page
        assert question["explanation"] not in page
    assert "riktig svar" not in page and "option--correct" not in page
    # The markup of a correct and a wrong option differs only in its text and id.
    first = attempt.questions[0]
    items = re.findall(r'<li class="option[^"]*">.*?</li>', page, re.S)
    shapes = set()
    for item in items[:3]:
        for option in first["options"]:
            item = item.replace(option["id"], "ID").replace(option["text"], "TEXT")
        shapes.add(item)
    assert len(shapes) == 1


def test_answer_with_htmx_returns_the_question_with_feedback(started):
    client, attempt = started
    question = attempt.questions[0]
    chosen = wrong(attempt)[question["id"]]
    response = answer(client, attempt, question["id"], chosen, **HTMX)
    assert response.status_code == 200
    assert response.text.count("<fieldset") == 1
    assert "Ikke riktig." in response.text and "Landsmøtet er øverste organ." in response.text
    assert "Nei, styret leder bare." in response.text  # the chosen option's feedback
    assert "1 av 5 spørsmål besvart" in response.text
    assert 'hx-swap-oob="innerHTML">Svaret ditt er registrert.' in response.text


def test_feedback_with_htmx_says_which_answer_the_member_chose(started):
    client, attempt = started
    question = attempt.questions[0]
    response = answer(client, attempt, question["id"], wrong(attempt)[question["id"]], **HTMX)
    assert "Du svarte: <strong>Styret</strong>" in response.text
    assert re.search(r"Styret <span class=\"option__mark\">\(ditt svar\)</span>", response.text)


def test_feedback_without_javascript_says_which_answers_the_member_chose(started):
    client, attempt = started
    question = attempt.questions[1]  # multiple choice
    page = answer(client, attempt, question["id"], right(attempt)[question["id"]], follow=True).text
    assert "Du svarte: <strong>Stemmerett</strong>, <strong>Forslagsrett</strong>" in page
    assert page.count("(ditt svar)") == 2
    assert page.count("Du svarte:") == 1  # only the answered question


def test_feedback_says_what_was_chosen_even_when_answers_are_hidden(client, member, site_pages):
    course, module = own_quiz_course(
        client, member, "stille-quiz", "Stille quiz om Sámediggi", feedback_policy="after_passing"
    )
    attempt = start(client, course, module)
    question = attempt.questions[0]
    response = answer(client, attempt, question["id"], right(attempt)[question["id"]], **HTMX)
    assert "Du svarte: <strong>Landsmøtet</strong>" in response.text
    assert "Svaret ditt er registrert." in response.text and "Riktig." not in response.text


def test_answer_without_javascript_redirects_back_to_the_question(started):
    client, attempt = started
    question = attempt.questions[1]
    response = answer(client, attempt, question["id"], right(attempt)[question["id"]])
    assert response.status_code == 302
    assert response.url.endswith(f"#sporsmal-{question['id']}")
    assert QuizAnswer.objects.get().correct


@pytest.mark.parametrize(
    "tamper",
    [
        lambda a: answer_data("ukjent", "x"),
        lambda a: answer_data(a.questions[0]["id"], a.questions[1]["options"][0]["id"]),
        lambda a: {"sporsmal": a.questions[0]["id"]},
        lambda a: answer_data(a.questions[0]["id"], "x" * 5000),
        lambda a: answer_data(a.questions[0]["id"], [o["id"] for o in a.questions[0]["options"]]),
    ],
)
@pytest.mark.parametrize("htmx", [True, False])
def test_tampered_answers_get_a_norwegian_400_and_record_nothing(started, tamper, htmx):
    client, attempt = started
    response = client.post(
        reverse("quiz_answer", args=[attempt.pk]), tamper(attempt), **(HTMX if htmx else {})
    )
    assert response.status_code == 400
    assert re.search(
        "Velg et svar|Velg bare ett svar|ikke et av alternativene|ikke med i dette forsøket",
        response.text,
    )
    assert not QuizAnswer.objects.exists()


@pytest.mark.parametrize("htmx", [True, False])
def test_the_same_option_twice_on_a_single_choice_question_is_a_400(started, htmx):
    client, attempt = started
    question = attempt.questions[0]  # single choice: «Hvem vedtar programmet?»
    assert not question["multiple"]
    landsmotet = question["options"][0]["id"]
    response = answer(
        client, attempt, question["id"], [landsmotet, landsmotet], **(HTMX if htmx else {})
    )
    assert response.status_code == 400
    assert "Velg bare ett svar." in response.text
    assert not QuizAnswer.objects.exists()


def test_handing_in_the_same_option_twice_is_a_400_and_records_nothing(started):
    client, attempt = started
    answers = right(attempt)
    single = attempt.questions[0]["id"]
    answers[single] = answers[single] * 2
    response = client.post(reverse("quiz_submit", args=[attempt.pk]), hand_in_data(answers))
    assert response.status_code == 400
    assert "Se spørsmål 1." in response.text and "Velg bare ett svar." in response.text
    assert not QuizAnswer.objects.exists()
    attempt.refresh_from_db()
    assert not attempt.is_finished


def test_the_attempt_page_title_names_the_quiz_once(client, member, site_pages):
    course, module = own_quiz_course(
        client, member, "tittel", "Quiz: Medlem i partiet", time_limit_minutes=1
    )
    assert "Tidsgrense 1 minutt." in client.get(module_url(course, module)).text
    attempt = start(client, course, module)
    page = client.get(reverse("quiz_attempt", args=[attempt.pk])).text
    assert "<title>Quiz: Medlem i partiet – Forsøk 1 – Skolering</title>" in page
    assert "Quiz: Quiz:" not in page


def test_a_one_point_quiz_reads_its_score(client, member, site_pages):
    course, module = own_quiz_course(
        client, member, "ett-poeng", "Ett poeng", questions=numbered_questions(1)
    )
    attempt = start(client, course, module)
    data = hand_in_data(right(attempt))
    page = client.post(reverse("quiz_submit", args=[attempt.pk]), data, follow=True).text
    assert "1 av 1 poeng (100 %)." in page


def test_another_members_attempt_is_404(client, quiz, member):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    client.force_login(UserFactory())
    question = attempt.questions[0]["id"]
    data = answer_data(question, right(attempt)[question])
    assert client.get(reverse("quiz_attempt", args=[attempt.pk])).status_code == 404
    assert client.post(reverse("quiz_answer", args=[attempt.pk]), data).status_code == 404
    assert client.post(reverse("quiz_submit", args=[attempt.pk]), data).status_code == 404
    assert client.get(reverse("quiz_result", args=[attempt.pk])).status_code == 404
    assert client.post(reverse("quiz_retry", args=[attempt.pk])).status_code == 404
    assert client.get(reverse("quiz_attempt", args=[uuid.uuid4()])).status_code == 404
    assert not QuizAnswer.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, quiz, member):
    attempt = quiz_attempt_start(user=member, quiz=quiz)
    response = client.get(reverse("quiz_attempt", args=[attempt.pk]))
    assert response.status_code == 302 and "/konto/logg-inn/" in response.url


def test_hand_in_missing_answers_shows_the_errors_and_keeps_the_choices(started):
    client, attempt = started
    answers = right(attempt)
    first = attempt.questions[0]["id"]
    del answers[attempt.questions[2]["id"]]
    response = client.post(reverse("quiz_submit", args=[attempt.pk]), hand_in_data(answers))
    assert response.status_code == 400
    assert "Svar på alle spørsmålene før du leverer. Se spørsmål 3." in response.text
    assert f'value="{answers[first][0]}" checked' in response.text
    assert not QuizAnswer.objects.exists()


def test_fail_then_pass_completes_the_module(taking):
    client, course, module = taking
    attempt = start(client, course, module)
    data = hand_in_data(wrong(attempt))
    response = client.post(reverse("quiz_submit", args=[attempt.pk]), data, follow=True)
    assert "Du besto ikke «Quiz om partiet» denne gangen" in response.text
    assert "0 av 8 poeng (0 %)" in response.text
    assert "Prøv igjen" in response.text
    assert "Landsmøtet er øverste organ." in response.text  # policy: after each question

    response = client.post(reverse("quiz_retry", args=[attempt.pk]))
    second = QuizAttempt.objects.get(number=2)
    assert response.url == reverse("quiz_attempt", args=[second.pk])
    data = hand_in_data(right(second))
    response = client.post(reverse("quiz_submit", args=[second.pk]), data, follow=True)
    assert "Du besto «Quiz om partiet»" in response.text
    assert "Modulen er registrert som fullført." in response.text
    assert ModuleProgress.objects.get(module=module).completed_at
    page = client.get(module_url(course, module)).text
    assert "Du besto med 100 %." in page and "Du har fullført denne modulen." in page


def test_handing_in_twice_shows_the_same_result(started):
    client, attempt = started
    data = hand_in_data(right(attempt))
    first = client.post(reverse("quiz_submit", args=[attempt.pk]), data)
    second = client.post(reverse("quiz_submit", args=[attempt.pk]), data)
    assert first.url == second.url == reverse("quiz_result", args=[attempt.pk])
    assert QuizAnswer.objects.count() == 5


def test_result_hides_the_answers_when_the_policy_says_so(client, member, site_pages):
    course, module = own_quiz_course(
        client, member, "stille", "Stille quiz", feedback_policy="after_passing"
    )
    attempt = start(client, course, module)
    data = hand_in_data(wrong(attempt))
    page = client.post(reverse("quiz_submit", args=[attempt.pk]), data, follow=True).text
    assert "De riktige svarene vises når du har bestått." in page
    assert "Landsmøtet er øverste organ." not in page and "riktig svar" not in page


def test_answer_endpoint_runs_a_constant_number_of_queries(
    client, member, django_assert_max_num_queries
):
    client.force_login(member)
    counts = []
    for size in (3, 30):
        quiz = make_quiz(f"Quiz {size}", questions=numbered_questions(size))
        attempt = quiz_attempt_start(user=member, quiz=quiz)
        question = attempt.questions[-1]["id"]
        chosen = right(attempt)[question]
        with django_assert_max_num_queries(10) as captured:
            response = answer(client, attempt, question, chosen, **HTMX)
        assert response.status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_editor_report_shows_statistics_without_names(editor_client, quiz, member):
    # Six attempts, three right and three wrong: enough (MIN_ATTEMPTS) for figures to be shown.
    members = [
        member,
        *(UserFactory(first_name=f"Fornavn{n}", last_name=f"Etternavn{n}") for n in range(5)),
    ]
    for number, taker in enumerate(members):
        attempt = quiz_attempt_start(user=taker, quiz=quiz)
        quiz_attempt_submit(
            user=taker, attempt_id=attempt.pk, answers=(wrong if number % 2 else right)(attempt)
        )
    client = editor_client

    page = client.get(reverse("quiz_report")).text
    assert "Quiz om partiet" in page and "50 %" in page

    questions = client.get(reverse("quiz_question_report", args=[quiz.pk])).text
    assert "Hvem vedtar programmet?" in questions
    assert re.search(r"<li>Styret: <span[^>]*>50 %</span></li>", questions)

    exported = client.get(reverse("quiz_question_report", args=[quiz.pk]) + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode())))
    assert rows[0][:4] == ["Nr.", "Spørsmål", "Leverte forsøk", "Besvart riktig (%)"]
    assert rows[1][1:4] == ["Hvem vedtar programmet?", "6", "50.0"]
    assert "Styret 50 %" in rows[1][4]
    workbook = client.get(reverse("quiz_report") + "?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(workbook.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Quiz", "Leverte forsøk", "Andel bestått (%)", "Median poengsum (%)"]
    assert values[1][:2] == ["Quiz om partiet", 6]
    for taker in members:
        for shown in (page, questions, str(rows), str(values)):
            assert taker.email not in shown
            assert taker.first_name not in shown and taker.last_name not in shown


def test_members_cannot_open_the_report(client, member, quiz):
    client.force_login(member)
    assert client.get(reverse("quiz_report")).status_code in (302, 403)
    question_report = reverse("quiz_question_report", args=[quiz.pk])
    assert client.get(question_report).status_code in (302, 403)


def quiz_form_data(*, pass_mark="80", draw_count="", correct=("", "")):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    options = [
        ("item", {"text": text, "correct": flag}) for text, flag in zip("AB", correct, strict=False)
    ]
    return nested_form_data(
        {
            "title": "Ny quiz",
            "intro": "",
            "pass_mark": pass_mark,
            "max_attempts": "",
            "wait_minutes": "0",
            "time_limit_minutes": "",
            "feedback_policy": "after_each",
            "draw_count": draw_count,
            "questions": streamfield(
                [
                    (
                        "single_choice",
                        {
                            "prompt": "Hva?",
                            "options": streamfield(options),
                            "points": "1",
                            "explanation": "",
                        },
                    )
                ]
            ),
        }
    )


def test_editor_sees_validation_errors_in_the_admin(admin_client):
    add_url = reverse("wagtailsnippets_quizzes_quiz:add")
    response = admin_client.post(add_url, quiz_form_data(pass_mark="150"))
    assert response.status_code == 200
    assert "Verdien må være mindre enn eller lik 100." in response.text
    assert "Merk minst ett alternativ som riktig." in response.text

    response = admin_client.post(add_url, quiz_form_data(draw_count="5", correct=("on", "")))
    assert "Quizen har 1 spørsmål, så den kan ikke trekke 5." in response.text
    assert not Quiz.objects.exists()

    response = admin_client.post(add_url, quiz_form_data(correct=("on", "")))
    assert response.status_code == 302
    assert Quiz.objects.get().questions_snapshot()[0]["options"][0]["correct"]


def test_course_page_offers_the_final_quiz(client, member, site_pages):
    from tests.courses.builders import make_course, make_module

    final = make_quiz("Avsluttende quiz")
    course = make_course("med-sluttquiz", [make_module("eneste-modul")])
    course.final_quiz = final
    course.save_revision().publish()
    client.force_login(member)

    page = client.get(course.url).text
    assert "Avsluttende quiz" in page and "Start quizen" in page
    response = client.post(f"{course.url}avsluttende-quiz/start/")
    attempt = QuizAttempt.objects.get()
    assert response.url == reverse("quiz_attempt", args=[attempt.pk])
    assert attempt.course_page_id == course.pk and attempt.return_path.endswith("#avsluttende-quiz")


def test_a_course_without_a_final_quiz_has_no_final_quiz_route(client, member, quiz_course):
    course, _intro, _module = quiz_course
    client.force_login(member)
    assert client.post(f"{course.url}avsluttende-quiz/start/").status_code == 404
