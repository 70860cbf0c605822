import pytest

from courses.services import module_complete
from devtools.factories import MembershipFactory, UserFactory
from tests.courses.builders import make_course, make_module


@pytest.fixture
def sami_member(org):
    """A member whose name needs the Sámi letters."""
    user = UserFactory(
        email="maret@example.org", first_name="Máret Ŋuvtti", last_name="Đuvččá-Šŧžá"
    )
    MembershipFactory(user=user, branch=org.bergen)
    return user


@pytest.fixture
def valid_course(site_pages):
    """A course of two modules whose completion is valid for 24 months."""
    modules = [make_module("verdier"), make_module("si-fra")]
    course = make_course("trygge-fellesskap", modules, validity_months=24)
    course.learning_outcomes = [("outcome", "Vite hvor man sier fra")]
    course.save_revision().publish()
    return course.__class__.objects.get(pk=course.pk)


@pytest.fixture
def complete(django_capture_on_commit_callbacks):
    """Complete every module of the course for the user, running the on-commit signals (which
    issue the certificate); returns the completion."""

    def run(user, course):
        with django_capture_on_commit_callbacks(execute=True):
            for item in course.course_modules.order_by("sort_order"):
                module_complete(user=user, module=item.module, course=course)
        return user.course_completions.filter(course=course).latest("cycle")

    return run
