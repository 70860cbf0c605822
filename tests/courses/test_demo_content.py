"""The demo's lessons are something a member would take seriously: each national module holds at
least 600 words of lesson text, and every estimate agrees with the content (reading at ~180
words a minute plus a minute per quiz question, within a factor of two). A course's time is
its modules' minutes added up, and nothing else in the demo states one."""

import re

import pytest

from wagtail.models import Page

from courses.models import CoursePage, ModulePage, hours_from_minutes
from devtools.courses.demo_content import expected_minutes, lesson_words
from devtools.courses.demo_content.courses import BERGEN_COURSE, NATIONAL_COURSES
from devtools.quizzes.demo_content import QUIZZES

QUIZ_QUESTIONS = {slug: settings.get("draw_count") or len(q) for slug, settings, q in QUIZZES}
NATIONAL_MODULES = {
    module[0]: module for course in NATIONAL_COURSES for module, _required in course[7]
}
ALL_MODULES = NATIONAL_MODULES | {module[0]: module for module, _required in BERGEN_COURSE[7]}


@pytest.mark.parametrize("slug", sorted(NATIONAL_MODULES))
def test_each_national_module_has_at_least_600_words_of_lesson_text(slug):
    _slug, title, _summary, _minutes, body = NATIONAL_MODULES[slug]
    assert lesson_words(body) >= 600, title


@pytest.mark.parametrize("slug", sorted(ALL_MODULES))
def test_each_modules_estimate_agrees_with_its_content(slug):
    _slug, title, _summary, minutes, body = ALL_MODULES[slug]
    expected = expected_minutes(body, QUIZ_QUESTIONS.get(slug, 0))
    assert expected / 2 <= minutes <= expected * 2, (title, minutes, round(expected, 1))


def test_each_seeded_courses_time_is_its_published_modules_minutes(demo_in_transaction):
    courses = list(CoursePage.objects.all())
    # The national courses, Bergen's local course and the blended «Partiskolen trinn 1»; and
    # the basic course in Nynorsk, whose time must be the same.
    originals = [course for course in courses if course.locale.language_code == "nb"]
    assert len(originals) == len(NATIONAL_COURSES) + 2
    assert len(courses) == len(originals) + 1
    # Published, even when the demo is seeded inside a transaction that never commits.
    assert all(course.live for course in courses)
    for course in courses:
        minutes = sum(
            item.module.estimated_minutes or 0
            for item in course.course_modules.select_related("module")
            if item.module.live
        )
        assert minutes > 0, course.title
        assert course.estimated_hours == hours_from_minutes(minutes), course.title


def test_the_demo_states_no_course_time_of_its_own(demo_in_transaction):
    """Times in words ("to timer") on the site's pages could disagree with the courses."""
    words = r"\b(en|ett|to|tre|fire|halv|halvannen|[0-9]+([,.][0-9]+)?) (time|timer|minutter)\b"
    for page in Page.objects.live().exclude(depth=1).specific():
        if isinstance(page, CoursePage | ModulePage):
            continue  # their time comes from the modules' minutes
        if page.slug in ("personvern", "tilgjengelighet"):
            continue  # statements, not course descriptions ("stengt i 15 minutter")
        # What editors wrote, not what the page computes (a catalogue card's "omtrent 40
        # minutter" comes from the modules).
        text = " ".join(str(getattr(page, field, "")) for field in ("intro", "summary", "body"))
        assert not re.search(words, text), page.url
