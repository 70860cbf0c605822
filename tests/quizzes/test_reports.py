"""The editors' quiz statistics: the share choosing each option, the share correct, the
discrimination index, nothing below MIN_ATTEMPTS handed-in attempts, the export, and a number of
queries that does not grow with the attempts."""

import csv
import io
import re
from decimal import Decimal

import pytest

from django.urls import reverse
from django.utils.translation import gettext

from devtools.factories import UserFactory
from quizzes.reports import MIN_ATTEMPTS, hidden_text, question_statistics, quiz_statistics
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.quizzes.builders import make_quiz, numbered_questions, right

SINGLE = "Hvem vedtar programmet?"
MULTIPLE = "Hvilke rettigheter har et medlem?"
PARTIAL = "Hvor kan du si fra?"
TRUE_FALSE = "Vedtektene setter forslagsfristen."
SCENARIO = "Hva gjør hun først?"
PROMPTS = (SINGLE, MULTIPLE, PARTIAL, TRUE_FALSE, SCENARIO)

# Six attempts at the quiz of every type (points: single 1, multiple "all" 2, multiple partial
# 3, true/false 1, scenario 1; 8 in all), each as the options chosen per question, and the
# points that earns: (single, multiple, partial, true/false, scenario) = total.
SIX_ATTEMPTS = [
    # 1 + 2 + 3 + 1 + 1 = 8
    {},
    # 0 + 2 + 2 + 1 + 0 = 5
    {SINGLE: ["Styret"], PARTIAL: ["Tillitsvalgt", "Varslingskanalen"], SCENARIO: ["Venter"]},
    # 1 + 0 + 0 + 0 + 1 = 2 (partial: one right, one wrong)
    {MULTIPLE: ["Stemmerett"], PARTIAL: ["Tillitsvalgt", "Ingen steder"], TRUE_FALSE: ["false"]},
    # 1 + 2 + 1 + 1 + 1 = 6
    {PARTIAL: ["Tillitsvalgt"]},
    # 0 + 0 + 0 + 0 + 0 = 0
    {
        SINGLE: ["Gruppa"],
        MULTIPLE: ["Innsyn i andres medlemskap"],
        PARTIAL: ["Ingen steder"],
        TRUE_FALSE: ["false"],
        SCENARIO: ["Venter"],
    },
    # 0 + 2 + 2 + 1 + 1 = 6 (partial: three right, one wrong)
    {SINGLE: ["Styret"], PARTIAL: ["Tillitsvalgt", "Varslingskanalen", "Ombudet", "Ingen steder"]},
]
SIX_TOTALS = [8, 5, 2, 6, 0, 6]


def answering(choices: dict[str, list[str]]):
    """The answers choosing these options (by text or id) for these questions (by prompt), and
    the right options for the rest."""

    def answers(attempt):
        given = right(attempt)
        for question in attempt.questions:
            if question["prompt"] in choices:
                wanted = choices[question["prompt"]]
                given[question["id"]] = [
                    option["id"]
                    for option in question["options"]
                    if option["text"] in wanted or option["id"] in wanted
                ]
        return given

    return answers


def hand_in(quiz, choices=None, *, user=None):
    """A new member's attempt at the quiz, handed in with `choices` (else all right)."""
    user = user or UserFactory()
    attempt = quiz_attempt_start(user=user, quiz=quiz)
    return quiz_attempt_submit(
        user=user, attempt_id=attempt.pk, answers=answering(choices or {})(attempt)
    )


def row_for(report, prompt):
    return next(row for row in report.questions if row.prompt.startswith(prompt))


@pytest.fixture
def six(quiz):
    attempts = [hand_in(quiz, choices) for choices in SIX_ATTEMPTS]
    assert [attempt.points for attempt in attempts] == SIX_TOTALS
    return quiz


def test_single_choice_option_shares_sum_to_100(six):
    report = question_statistics(six)
    assert report.shown and report.attempts == 6
    for prompt in (SINGLE, TRUE_FALSE, SCENARIO):
        row = row_for(report, prompt)
        assert row.attempts == 6
        assert sum(option.count for option in row.options) == 6
        assert sum(option.share for option in row.options) == 100
    single = row_for(report, SINGLE)
    assert [(o.text, o.correct, o.count, o.share) for o in single.options] == [
        ("Landsmøtet", True, 3, Decimal("50.0")),
        ("Styret", False, 2, Decimal("33.3")),
        ("Gruppa", False, 1, Decimal("16.7")),
    ]
    assert single.share_correct == Decimal("50.0")
    assert single.distribution == "Landsmøtet ✓ 50 % · Styret 33,3 % · Gruppa 16,7 %"
    # Several options may be chosen in one attempt: each share is of the attempts.
    multiple = row_for(report, MULTIPLE)
    assert [(o.text, o.correct, o.count) for o in multiple.options] == [
        ("Stemmerett", True, 5),
        ("Forslagsrett", True, 4),
        ("Innsyn i andres medlemskap", False, 1),
    ]
    assert multiple.share_correct == Decimal("66.7")
    # Partial credit is not "correct": only the first attempt had every right option alone.
    assert row_for(report, PARTIAL).share_correct == Decimal("16.7")


def test_discrimination_index_matches_a_hand_computed_value(six):
    """Pearson's r between the item score (points / points possible) and the rest score (the
    other questions' points / their points possible), over the six attempts. Scaled to whole
    numbers (which leaves r alone), with S = Σab - ΣaΣb/n:

    single:     a = 1 0 1 1 0 0     (of 1)   b = 7 5 1 5 0 6 (of 7)
                Sab = 13 - 3·24/6 = 1, Saa = 3 - 9/6 = 3/2, Sbb = 136 - 24²/6 = 40
                r = 1 / √(3/2 · 40) = 1/√60 = 0.1291
    multiple:   a = 1 1 0 1 0 1     (of 1)   b = 6 3 2 4 0 4 (of 6)
                Sab = 17 - 4·19/6 = 13/3, Saa = 4/3, Sbb = 81 - 19²/6 = 125/6
                r = (13/3) / √(4/3 · 125/6) = 0.8222
    partial:    a = 3 2 0 1 0 2     (thirds) b = 5 3 2 5 0 4 (of 5)
                Sab = 34 - 8·19/6 = 26/3, Saa = 18 - 8²/6 = 22/3, Sbb = 79 - 19²/6 = 113/6
                r = (26/3) / √(22/3 · 113/6) = 0.7375
    true/false: a = 1 1 0 1 0 1     (of 1)   b = 7 4 2 5 0 5 (of 7)
                Sab = 21 - 4·23/6 = 17/3, Saa = 4/3, Sbb = 119 - 23²/6 = 185/6
                r = (17/3) / √(4/3 · 185/6) = 0.8838
    scenario:   a = 1 0 1 1 0 1     (of 1)   b = 7 5 1 5 0 5 (of 7)
                Sab = 18 - 4·23/6 = 8/3, Saa = 4/3, Sbb = 125 - 23²/6 = 221/6
                r = (8/3) / √(4/3 · 221/6) = 0.3805
    """
    report = question_statistics(six)
    assert {prompt: row_for(report, prompt).discrimination for prompt in PROMPTS} == {
        SINGLE: Decimal("12.9"),
        MULTIPLE: Decimal("82.2"),
        PARTIAL: Decimal("73.7"),
        TRUE_FALSE: Decimal("88.4"),
        SCENARIO: Decimal("38.1"),
    }


def test_no_variance_gives_no_discrimination_index(quiz, editor_client):
    for _number in range(MIN_ATTEMPTS):
        hand_in(quiz)  # all right: every score the same
    report = question_statistics(quiz)
    assert report.shown
    assert all(row.discrimination is None for row in report.questions)
    assert all(row.share_correct == 100 for row in report.questions)

    page = editor_client.get(reverse("quiz_question_report", args=[quiz.pk])).text
    assert "Landsmøtet" in page
    assert (
        gettext(
            "Cannot be computed: the scores on the question or on the rest of the quiz do not vary"
        )
        in page
    )


def test_nothing_is_shown_below_five_attempts(quiz):
    assert MIN_ATTEMPTS == 5
    for choices in SIX_ATTEMPTS[:4]:
        hand_in(quiz, choices)
    [statistics] = quiz_statistics([quiz])
    assert statistics.attempts == 4
    assert not statistics.shown
    assert statistics.pass_rate is None and statistics.median_score is None
    report = question_statistics(quiz)
    assert report.attempts == 4 and not report.shown and report.questions == []

    hand_in(quiz, SIX_ATTEMPTS[4])
    [statistics] = quiz_statistics([quiz])
    assert statistics.shown and statistics.attempts == 5
    assert statistics.pass_rate == Decimal("20.0")  # only the all-right attempt passes 80 %
    assert statistics.median_score == Decimal("62.5")  # 5 of 8 points
    report = question_statistics(quiz)
    assert report.shown and len(report.questions) == 5
    single = row_for(report, SINGLE)
    assert single.attempts == 5 and single.share_correct == Decimal("60.0")
    assert single.distribution == "Landsmøtet ✓ 60 % · Styret 20 % · Gruppa 20 %"


def test_the_report_pages_show_nothing_below_five_attempts(quiz, editor_client):
    members = [
        UserFactory(first_name=f"Fornavn{n}", last_name=f"Etternavn{n}")
        for n in range(MIN_ATTEMPTS)
    ]
    for member, choices in zip(members[:4], SIX_ATTEMPTS, strict=False):
        hand_in(quiz, choices, user=member)
    questions_url = reverse("quiz_question_report", args=[quiz.pk])

    listing = editor_client.get(reverse("quiz_report")).text
    assert "Quiz om partiet" in listing and hidden_text() in listing
    assert re.search(r"<td[^>]*>\s*4\s*</td>", listing)
    assert not re.search(r"\d %", listing)
    page = editor_client.get(questions_url).text
    message = gettext(
        "Statistics are shown once at least %(count)s attempts have been handed in."
    ) % {"count": MIN_ATTEMPTS}
    assert message in page
    assert SINGLE not in page and "Landsmøtet" not in page and "Styret" not in page
    exported = editor_client.get(questions_url + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode())))
    assert len(rows) == 1  # the headings only

    hand_in(quiz, SIX_ATTEMPTS[4], user=members[4])
    listing = editor_client.get(reverse("quiz_report")).text
    assert "20 %" in listing and "62,5 %" in listing
    page = editor_client.get(questions_url).text
    assert message not in page
    assert SINGLE in page and "Landsmøtet" in page
    for member in members:
        for shown in (page, listing):
            assert member.email not in shown
            assert member.first_name not in shown and member.last_name not in shown


def test_a_question_drawn_into_fewer_than_five_attempts_shows_no_figures(editor_client):
    quiz = make_quiz("Trekkquiz", questions=numbered_questions(2), draw_count=1)
    for _number in range(MIN_ATTEMPTS):
        hand_in(quiz)
    report = question_statistics(quiz)
    assert report.shown and sum(row.attempts for row in report.questions) == MIN_ATTEMPTS
    hidden = [row for row in report.questions if row.attempts < MIN_ATTEMPTS]
    assert hidden  # five draws of one of two questions leave one with fewer than five
    for row in hidden:
        assert not row.shown
        assert row.correct is None and row.share_correct is None
        assert row.options == [] and row.discrimination is None
        assert row.distribution == hidden_text()
    page = editor_client.get(reverse("quiz_question_report", args=[quiz.pk])).text
    assert hidden_text() in page


def test_a_question_removed_since_keeps_its_row(editor_client):
    quiz = make_quiz("Kortere quiz", questions=numbered_questions(2))
    for number in range(MIN_ATTEMPTS):
        hand_in(quiz, {"Spørsmål 2": ["Galt"]} if number % 2 else {})
    del quiz.questions[1]
    quiz.save()
    quiz.save_revision().publish()

    report = question_statistics(quiz)
    assert [row.number for row in report.questions] == [1, 2]
    removed = report.questions[1]
    assert removed.prompt == "Spørsmål 2 " + gettext("(a question since removed from the quiz)")
    assert removed.attempts == 5 and removed.share_correct == Decimal("60.0")
    assert removed.distribution == "Riktig ✓ 60 % · Galt 40 %"
    page = editor_client.get(reverse("quiz_question_report", args=[quiz.pk])).text
    assert gettext("(a question since removed from the quiz)") in page


def test_an_unanswered_question_counts_as_no_answer(member):
    quiz = make_quiz("Tidsquiz", questions=numbered_questions(2), time_limit_minutes=10)
    for _number in range(MIN_ATTEMPTS - 1):
        hand_in(quiz)
    # The time ran out before the member answered: an attempt with no answers.
    from django.utils import timezone

    from quizzes.models import QuizAttempt
    from quizzes.services import quiz_attempt_close_if_expired

    attempt = quiz_attempt_start(user=member, quiz=quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now())
    quiz_attempt_close_if_expired(user=member, attempt_id=attempt.pk)

    row = question_statistics(quiz).questions[0]
    assert row.attempts == 5 and row.share_correct == Decimal("80.0")
    assert row.distribution == f"Riktig ✓ 80 % · Galt 0 % · {gettext('(no answer)')} 20 %"


def test_the_question_report_runs_a_bounded_number_of_queries(
    quiz, editor_client, django_assert_max_num_queries
):
    url = reverse("quiz_question_report", args=[quiz.pk])
    counts = []
    for total in (MIN_ATTEMPTS, 4 * MIN_ATTEMPTS):
        while quiz.attempts.count() < total:
            hand_in(quiz, SIX_ATTEMPTS[quiz.attempts.count() % len(SIX_ATTEMPTS)])
        editor_client.get(url)  # caches warmed
        with django_assert_max_num_queries(25) as captured:
            response = editor_client.get(url)
        assert response.status_code == 200 and "Landsmøtet" in response.text
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_the_export_has_the_answer_distribution(six, editor_client):
    url = reverse("quiz_question_report", args=[six.pk])
    exported = editor_client.get(url + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode())))
    assert rows[0] == [
        gettext("No."),
        gettext("Question"),
        gettext("Attempts handed in"),
        gettext("Answered correctly (%)"),
        gettext("Answer distribution"),
        gettext("Discrimination index (%)"),
    ]
    assert rows[1] == [
        "1",
        SINGLE,
        "6",
        "50.0",
        "Landsmøtet ✓ 50 % · Styret 33,3 % · Gruppa 16,7 %",
        "12.9",
    ]
    assert len(rows) == 6

    from openpyxl import load_workbook

    workbook = editor_client.get(url + "?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(workbook.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][4] == "Landsmøtet ✓ 50 % · Styret 33,3 % · Gruppa 16,7 %"


def test_the_question_page_lists_the_distribution_accessibly(six, editor_client):
    page = editor_client.get(reverse("quiz_question_report", args=[six.pk])).text
    correct = (
        '<span aria-hidden="true">✓</span>'
        f'<span class="w-sr-only">{gettext("(correct answer)")}</span>'
    )
    assert f"<li>Landsmøtet {correct}:" in page
    assert re.search(r"<li>Styret: <span[^>]*>33,3 %</span></li>", page)
    assert "<script" not in page.split('id="listing-results"')[1].split("</table>")[0]
