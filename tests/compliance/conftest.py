import datetime
from decimal import Decimal

import pytest

from django.utils import timezone

from compliance.models import Audience, CourseRequirement, Target
from compliance.site_setup import administrators_group
from courses.models import CourseCompletion, CourseIndexPage, CoursePage, Enrollment, Track
from devtools.factories import MembershipFactory, UserFactory
from skolering.models import Role
from skolering.site_content import ensure_home_page


@pytest.fixture
def catalogue(db):
    """The course catalogue page alone: requirements need courses, not the whole site (which
    takes most of a test's time to build)."""
    home = ensure_home_page()
    return CourseIndexPage.objects.first() or home.add_child(
        instance=CourseIndexPage(title="Kurs", slug="kurs")
    )


def make_required_course(catalogue, slug, title, *, validity_months=None):
    return catalogue.add_child(
        instance=CoursePage(
            title=title,
            slug=slug,
            summary="Et kurs som noen må ta.",
            track=Track.PARTIKULTUR,
            audience="Tillitsvalgte",
            estimated_hours=Decimal(2),
            validity_months=validity_months,
        )
    )


@pytest.fixture
def culture_course(catalogue):
    """The party-culture course, valid for 24 months."""
    return make_required_course(
        catalogue, "trygge-fellesskap", "Trygge fellesskap", validity_months=24
    )


@pytest.fixture
def basic_course(catalogue):
    return make_required_course(catalogue, "grunnkurs", "Grunnkurs for medlemmer")


@pytest.fixture
def officer_requirement(culture_course):
    return CourseRequirement.objects.create(
        course=culture_course, audience=Audience.TILLITSVALGT, due_within_days=90
    )


@pytest.fixture
def onboarding_requirement(basic_course):
    return CourseRequirement.objects.create(
        course=basic_course,
        audience=Audience.MEMBER,
        target=Target.START,
        due_within_days=30,
        renew_on_expiry=False,
    )


@pytest.fixture
def person(org):
    """Make a member of a branch, optionally with a role started some days ago."""

    def make(branch, *, role=Role.TILLITSVALGT, days_ago=30, joined_days_ago=400, **names):
        user = UserFactory(**names)
        MembershipFactory(
            user=user,
            branch=branch,
            joined_on=timezone.localdate() - datetime.timedelta(days=joined_days_ago),
        )
        if role:
            from devtools.factories import RoleAssignmentFactory

            RoleAssignmentFactory(
                user=user,
                branch=branch,
                role=role,
                starts_on=timezone.localdate() - datetime.timedelta(days=days_ago),
            )
        return user

    return make


@pytest.fixture
def leader(org, make_role):
    """Make a leader (leder) of a branch."""

    def make(branch, email=None):
        user = UserFactory(**({"email": email} if email else {}))
        make_role(user, branch, Role.LEDER, days_ago=100)
        return user

    return make


def complete(user, course, *, valid_until=None, revoked=False, cycle=1):
    return CourseCompletion.objects.create(
        user=user,
        course=course,
        course_title=course.title,
        cycle=cycle,
        completed_at=timezone.now(),
        valid_until=valid_until,
        revoked_at=timezone.now() if revoked else None,
    )


def enrol(user, course):
    return Enrollment.objects.create(user=user, course=course, course_title=course.title)


@pytest.fixture
def county_admin(org, make_role):
    user = UserFactory(email="fylkesleder@example.org")
    make_role(user, org.vestland, Role.LEDER)
    user.groups.add(administrators_group())
    return user


@pytest.fixture
def national_admin(org, make_role):
    user = UserFactory(email="sentralt@example.org")
    make_role(user, org.national, Role.SKOLERINGSANSVARLIG)
    user.groups.add(administrators_group())
    return user
