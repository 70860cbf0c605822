import pytest

from tests.quizzes.builders import make_quiz, make_quiz_course


@pytest.fixture
def quiz(db):
    return make_quiz()


@pytest.fixture
def quiz_course(site_pages, quiz):
    """(course, intro module, module with the quiz)."""
    return make_quiz_course("quizkurs", quiz)
