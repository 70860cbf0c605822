import pytest

from courses.services import local_editor_group_ensure
from devtools.factories import MembershipFactory, UserFactory
from skolering.models import Role
from tests.courses.builders import make_branch_page, make_course, make_module


@pytest.fixture
def sections(site_pages):
    """The site with /kurs/, /moduler/ and /lokalt/."""
    return site_pages


@pytest.fixture
def course(sections):
    """A national course of three modules; the third is optional."""
    modules = [
        make_module("organisasjon", reflection_prompt="Hvorfor meldte du deg inn?", notes="Tavle"),
        make_module("rettigheter"),
        make_module("valgfritt"),
    ]
    return make_course("grunnkurs", [modules[0], modules[1], (modules[2], False)])


@pytest.fixture
def modules(course):
    return [item.module for item in course.course_modules.order_by("sort_order")]


@pytest.fixture
def bergen_section(sections, org):
    return make_branch_page(org.bergen)


@pytest.fixture
def trondheim_section(sections, org):
    return make_branch_page(org.trondheim)


@pytest.fixture
def bergen_course(bergen_section, modules):
    """A local course in Bergen: a national module and a local one."""
    local = make_module("slik-jobber-vi", parent=bergen_section, title="Slik jobber vi i Bergen")
    return make_course("ny-i-bergen", [modules[0], local], parent=bergen_section)


@pytest.fixture
def trondheim_member(org):
    user = UserFactory(email="trondheim@example.org")
    MembershipFactory(user=user, branch=org.trondheim)
    return user


@pytest.fixture
def arstad_member(org):
    user = UserFactory(email="arstad@example.org")
    MembershipFactory(user=user, branch=org.arstad)
    return user


@pytest.fixture
def bergen_leader(org, make_role):
    user = UserFactory(email="leder@example.org")
    make_role(user, org.bergen, Role.LEDER)
    return user


@pytest.fixture
def bergen_editor(bergen_section):
    """Bergen's local editor, in the group made for Bergen's section."""
    user = UserFactory(email="lokalredaktor@example.org")
    user.groups.add(local_editor_group_ensure(branch_page=bergen_section))
    return user
