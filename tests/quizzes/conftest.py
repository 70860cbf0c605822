import pytest

from django.contrib.auth.models import Group, Permission

from devtools.factories import UserFactory
from tests.quizzes.builders import make_quiz, make_quiz_course


@pytest.fixture
def quiz(db):
    return make_quiz()


@pytest.fixture
def quiz_course(site_pages, quiz):
    """(course, intro module, module with the quiz)."""
    return make_quiz_course("quizkurs", quiz)


@pytest.fixture
def editor_client(db, client):
    """A client logged in as a national quiz editor (may change quizzes, sees the report)."""
    editor = UserFactory(email="redaktor@example.org", first_name="Rita")
    group = Group.objects.create(name="Quizredaktører")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_quiz"),
    )
    editor.groups.add(group)
    client.force_login(editor)
    return client
