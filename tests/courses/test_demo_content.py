"""The demo's lessons are something a member would take seriously: each national module holds at
least 600 words of lesson text, and every estimate agrees with the content (reading at ~180
words a minute plus a minute per quiz question, within a factor of two)."""

import pytest

from devtools.courses.demo_content import expected_minutes, lesson_words
from devtools.courses.demo_content.courses import BERGEN_COURSE, NATIONAL_COURSES
from devtools.quizzes.demo_content import QUIZZES

QUIZ_QUESTIONS = {slug: settings.get("draw_count") or len(q) for slug, settings, q in QUIZZES}
NATIONAL_MODULES = {
    module[0]: module for course in NATIONAL_COURSES for module, _required in course[8]
}
ALL_MODULES = NATIONAL_MODULES | {module[0]: module for module, _required in BERGEN_COURSE[8]}


@pytest.mark.parametrize("slug", sorted(NATIONAL_MODULES))
def test_each_national_module_has_at_least_600_words_of_lesson_text(slug):
    _slug, title, _summary, _minutes, body = NATIONAL_MODULES[slug]
    assert lesson_words(body) >= 600, title


@pytest.mark.parametrize("slug", sorted(ALL_MODULES))
def test_each_modules_estimate_agrees_with_its_content(slug):
    _slug, title, _summary, minutes, body = ALL_MODULES[slug]
    expected = expected_minutes(body, QUIZ_QUESTIONS.get(slug, 0))
    assert expected / 2 <= minutes <= expected * 2, (title, minutes, round(expected, 1))


@pytest.mark.parametrize("course", [*NATIONAL_COURSES, BERGEN_COURSE], ids=lambda c: c[0])
def test_each_courses_hours_agree_with_its_modules(course):
    hours, items = course[6], course[8]
    module_minutes = sum(module[3] for module, _required in items)
    assert module_minutes / 2 <= float(hours) * 60 <= module_minutes * 2, course[1]
