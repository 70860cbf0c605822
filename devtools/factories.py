"""factory_boy factories for tests and for the demo data (`manage.py seed_demo`). They live in
devtools so that factory_boy stays out of the production dependencies."""

import datetime

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

from skolering.models import Branch, BranchKind, Membership, Role, RoleAssignment, User
from skolering.services import branch_create

# The documented password of the demo logins.
DEMO_PASSWORD = "skolering-demo"  # noqa: S105 - documented in the README, demo only


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)

    first_name = factory.Faker("first_name", locale="no_NO")
    last_name = factory.Faker("last_name", locale="no_NO")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    password = factory.django.Password(DEMO_PASSWORD)


class BranchFactory(DjangoModelFactory):
    """Builds a branch in the tree: pass `parent`, or get a national root."""

    class Meta:
        model = Branch

    kind = BranchKind.NATIONAL
    name = factory.Sequence(lambda n: f"Lag {n}")
    slug = factory.Sequence(lambda n: f"lag-{n}")
    number = ""
    parent = None

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        existing = model_class.objects.filter(slug=kwargs["slug"]).first()
        return existing or branch_create(parent=parent, **kwargs)


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    branch = factory.SubFactory(BranchFactory)
    joined_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=400))


class RoleAssignmentFactory(DjangoModelFactory):
    class Meta:
        model = RoleAssignment

    user = factory.SubFactory(UserFactory)
    branch = factory.SubFactory(BranchFactory)
    role = Role.TILLITSVALGT
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
