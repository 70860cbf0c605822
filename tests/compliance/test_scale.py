"""seed_scale builds a national organisation of the asked size, reproducibly from its seed."""

import hashlib
from io import StringIO

import pytest

from django.core.management import CommandError, call_command
from django.db import transaction

from compliance.models import CourseRequirement
from courses.models import CourseCompletion, Enrollment
from devtools.compliance.scale import COUNTIES, ScaleBuilder
from skolering.models import Branch, BranchKind, Membership, Role, RoleAssignment, User

pytestmark = pytest.mark.django_db


class Undo(Exception):
    pass


def fingerprint() -> str:
    rows = Membership.objects.order_by("user__email").values_list(
        "user__email", "user__first_name", "user__last_name", "branch__name", "joined_on"
    )
    roles = RoleAssignment.objects.order_by("user__email", "role", "branch__path").values_list(
        "user__email", "role", "branch__path", "starts_on", "ends_on"
    )
    done = CourseCompletion.objects.order_by("user__email", "course__slug").values_list(
        "user__email", "course__slug", "valid_until"
    )
    return hashlib.sha256(repr((list(rows), list(roles), list(done))).encode()).hexdigest()


def test_seed_scale_builds_the_organisation(site_pages):
    out = StringIO()
    call_command("seed_scale", "--members", "600", stdout=out)
    kinds = {kind: Branch.objects.filter(kind=kind).count() for kind in BranchKind}
    assert kinds[BranchKind.NATIONAL] == 1
    assert kinds[BranchKind.COUNTY] == len(COUNTIES) == 15
    assert kinds[BranchKind.MUNICIPALITY] == 357
    assert kinds[BranchKind.CHAPTER] == 600
    assert Branch.find_problems() == ([], [], [], [], [])  # treebeard's own consistency check
    assert Membership.objects.active().count() == 600
    roles = RoleAssignment.objects.active()
    assert roles.filter(role=Role.LEDER).count() > 200  # a leader in every branch with members
    assert roles.filter(role=Role.TILLITSVALGT).exists() and roles.filter(role=Role.FOLKEVALGT)
    assert CourseRequirement.objects.count() == 5
    assert Enrollment.objects.exists() and CourseCompletion.objects.exists()
    assert "973 branches, 600 members" in out.getvalue()
    assert User.objects.filter(email__endswith="@skala.example.org").count() == 600


def test_seed_scale_refuses_a_database_that_has_an_organisation(org):
    with pytest.raises(CommandError, match="already has an organisation"):
        call_command("seed_scale", "--members", "600", stdout=StringIO())


def test_the_same_seed_gives_the_same_data(site_pages):
    fingerprints = []
    for _ in range(2):
        try:
            with transaction.atomic():
                ScaleBuilder(members=300, seed=7).build(StringIO())
                fingerprints.append(fingerprint())
                raise Undo
        except Undo:
            pass
    assert fingerprints[0] == fingerprints[1]
    with transaction.atomic():
        ScaleBuilder(members=300, seed=8).build(StringIO())
        assert fingerprint() != fingerprints[0]
