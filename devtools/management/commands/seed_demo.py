"""Seed a realistic demo: the organisation, ~40 members with roles, the demo logins and the site's
pages. Idempotent: running it again finds what it made before and adds nothing."""

import datetime

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from devtools.modules import dev_modules
from skolering import editorial
from skolering.models import (
    CHILD_KIND,
    Branch,
    BranchKind,
    Membership,
    Role,
    RoleAssignment,
)
from skolering.site_content import ensure_site_pages

SEED = 20261122

# (name, slug, number, children): national → county → municipality → local chapter.
ORGANISATION = (
    "Arbeiderpartiet",
    "arbeiderpartiet",
    "0",
    [
        (
            "Vestland Arbeiderparti",
            "vestland",
            "46",
            [
                ("Bergen Arbeiderparti", "bergen", "4601", [("Årstad lokallag", "arstad", "", [])]),
                ("Voss Arbeiderparti", "voss", "4621", []),
            ],
        ),
        (
            "Trøndelag Arbeiderparti",
            "trondelag",
            "50",
            [
                (
                    "Trondheim Arbeiderparti",
                    "trondheim",
                    "5001",
                    [("Byåsen lokallag", "byasen", "", [])],
                ),
                ("Stjørdal Arbeiderparti", "stjordal", "5035", []),
            ],
        ),
        (
            "Nordland Arbeiderparti",
            "nordland",
            "18",
            [
                ("Bodø Arbeiderparti", "bodo", "1804", []),
                ("Narvik Arbeiderparti", "narvik", "1806", []),
            ],
        ),
    ],
)

# The documented logins: (email, first name, last name, home branch, role and where it is held).
DEMO_LOGINS = (
    ("medlem@example.org", "Ingrid", "Solberg", "bergen", None, "member of Bergen"),
    (
        "tillitsvalgt@example.org",
        "Ola",
        "Haugen",
        "bergen",
        (Role.TILLITSVALGT, "bergen"),
        "officer (tillitsvalgt) in Bergen",
    ),
    (
        "folkevalgt@example.org",
        "Fatima",
        "Ahmed",
        "bergen",
        (Role.FOLKEVALGT, "bergen"),
        "elected representative in Bergen",
    ),
    (
        "leder@example.org",
        "Kari",
        "Nilsen",
        "bergen",
        (Role.LEDER, "bergen"),
        "leader of Bergen (sees Bergen and Årstad)",
    ),
    (
        "fylkesleder@example.org",
        "Per",
        "Johansen",
        "voss",
        (Role.LEDER, "vestland"),
        "leader of Vestland (sees the whole county)",
    ),
    ("redaktor@example.org", "Siri", "Lie", None, None, "national editor (publishes directly)"),
    ("skribent@example.org", "Ola", "Nordmann", None, None, "writer (sends for approval)"),
    ("moderator@example.org", "Sunniva", "Øvrebø", None, None, "moderator (approves what is sent)"),
    ("admin@example.org", "Anders", "Berg", None, None, "superuser"),
)

# Where the other demo members live, and which of them hold roles.
MEMBER_HOMES = ("bergen", "arstad", "voss", "trondheim", "byasen", "stjordal", "bodo", "narvik")
MEMBER_COUNT = 34


class Command(BaseCommand):
    help = "Create demo content and users (idempotent). Prints the demo logins."

    def handle(self, *args, **options):
        try:
            import factory.random

            from devtools.factories import DEMO_PASSWORD, UserFactory
        except ImportError as error:  # pragma: no cover - only without the dev dependencies
            raise CommandError(
                "seed_demo needs the development dependencies (make demo installs them)."
            ) from error

        factory.random.reseed_random(SEED)
        with transaction.atomic():
            # The site first: it also sets up the editorial groups, which the editors join.
            ensure_site_pages()
            branches = self.seed_organisation()
            self.seed_demo_logins(branches, UserFactory)
            self.seed_members(branches, UserFactory)
            # Each app's demo content, from its module `devtools.<app>.demo`.
            app_demos = list(dev_modules("demo"))
            for module in app_demos:
                module.seed(stdout=self.stdout)

        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {Branch.objects.count()} branches, "
                f"{Membership.objects.active().count()} active members, "
                f"{RoleAssignment.objects.active().count()} roles in force."
            )
        )
        self.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD}):")
        app_logins = [login for module in app_demos for login in module.DEMO_LOGINS]
        for email, *_, description in [*DEMO_LOGINS, *app_logins]:
            self.stdout.write(f"  {email:<28} {description}")

    def seed_organisation(self) -> dict[str, Branch]:
        from devtools.factories import BranchFactory

        branches: dict[str, Branch] = {}

        def add(node, parent, kind):
            name, slug, number, children = node
            branch = BranchFactory(parent=parent, kind=kind, name=name, slug=slug, number=number)
            branches[slug] = branch
            for child in children:
                add(child, branch, CHILD_KIND[kind])

        add(ORGANISATION, None, BranchKind.NATIONAL)
        return branches

    def seed_demo_logins(self, branches, user_factory):
        today = timezone.localdate()
        groups = {
            "redaktor@example.org": Group.objects.get(name=editorial.NATIONAL_EDITORS),
            "skribent@example.org": Group.objects.get(name=editorial.WRITERS),
            "moderator@example.org": Group.objects.get(name=editorial.MODERATORS),
        }
        for number, (email, first, last, home, role, _) in enumerate(DEMO_LOGINS, start=1):
            user = user_factory(
                email=email,
                first_name=first,
                last_name=last,
                member_number=f"1{number:05d}" if home else None,
            )
            if email == "admin@example.org" and not user.is_superuser:
                user.is_superuser = user.is_staff = True
                user.save(update_fields=["is_superuser", "is_staff"])
            if email in groups:
                user.groups.add(groups[email])
            if home:
                Membership.objects.get_or_create(
                    user=user,
                    defaults={
                        "branch": branches[home],
                        "joined_on": today - datetime.timedelta(days=900),
                    },
                )
            if role:
                role_name, where = role
                RoleAssignment.objects.get_or_create(
                    user=user,
                    branch=branches[where],
                    role=role_name,
                    defaults={"starts_on": today - datetime.timedelta(days=200)},
                )

    def seed_members(self, branches, user_factory):
        today = timezone.localdate()
        for n in range(1, MEMBER_COUNT + 1):
            user = user_factory(email=f"demo.medlem{n:02d}@example.org", member_number=f"2{n:05d}")
            home = MEMBER_HOMES[n % len(MEMBER_HOMES)]
            # Every fifth member joined recently: the branches follow up new members.
            joined_ago = 20 + n if n % 5 == 0 else 300 + 17 * n
            joined = today - datetime.timedelta(days=joined_ago)
            Membership.objects.get_or_create(
                user=user,
                defaults={
                    "branch": branches[home],
                    "joined_on": joined,
                },
            )
            role = self.member_role(n)
            if role:
                role_name, starts_ago, ends_ago = role
                starts_ago = min(starts_ago, joined_ago)  # a role begins once they are members
                RoleAssignment.objects.get_or_create(
                    user=user,
                    branch=branches[home],
                    role=role_name,
                    defaults={
                        "starts_on": today - datetime.timedelta(days=starts_ago),
                        "ends_on": (
                            today - datetime.timedelta(days=ends_ago) if ends_ago else None
                        ),
                    },
                )

    @staticmethod
    def member_role(n: int):
        """A spread of roles: officers, elected representatives, a training officer, and one
        officer whose term has ended."""
        if n % 4 == 1:
            return (Role.TILLITSVALGT, 40 + 10 * n, None)
        if n % 6 == 2:
            return (Role.FOLKEVALGT, 400, None)
        if n == 3:
            return (Role.SKOLERINGSANSVARLIG, 120, None)
        if n == 7:
            return (Role.TILLITSVALGT, 800, 60)
        return None
