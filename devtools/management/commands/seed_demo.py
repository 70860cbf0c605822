"""Seed a realistic demo: the organisation, ~40 members with roles, the demo logins and the site's
pages. Idempotent: running it again finds what it made before and adds nothing."""

import datetime
from dataclasses import replace
from pathlib import Path

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX, make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

import register
from devtools.modules import dev_modules
from register.parsing import Register, register_read
from register.sync import register_sync
from skolering import editorial
from skolering.models import Branch, Membership, RoleAssignment, User
from skolering.site_content import ensure_site_pages

SEED = 20261122

# The demo organisation, its members and their roles: the register's sample files, loaded through
# the register sync as a real register's would be. Their dates are as of SAMPLE_DATE and move
# with the calendar, so that the demo always has new members and roles about to end.
SAMPLES = Path(register.__file__).parent / "samples"
SAMPLE_FILES = ("lag.csv", "medlemmer.csv", "verv.jsonl")
SAMPLE_DATE = datetime.date(2026, 12, 1)

# The documented logins: (email, first name, last name, description). The first five are
# members in the sample files; the editors and the administrator are not in the register.
DEMO_LOGINS = (
    ("medlem@example.org", "Ingrid", "Solberg", "member of Bergen"),
    ("tillitsvalgt@example.org", "Ola", "Haugen", "officer (tillitsvalgt) in Bergen"),
    ("folkevalgt@example.org", "Fatima", "Ahmed", "elected representative in Bergen"),
    ("leder@example.org", "Kari", "Nilsen", "leader of Bergen (sees Bergen and Årstad)"),
    ("fylkesleder@example.org", "Per", "Johansen", "leader of Vestland (sees the whole county)"),
    ("redaktor@example.org", "Siri", "Lie", "national editor (publishes directly)"),
    ("skribent@example.org", "Ola", "Nordmann", "writer (sends for approval)"),
    ("moderator@example.org", "Sunniva", "Øvrebø", "moderator (approves what is sent)"),
    ("admin@example.org", "Anders", "Berg", "superuser"),
)
EDITOR_GROUPS = {
    "redaktor@example.org": editorial.NATIONAL_EDITORS,
    "skribent@example.org": editorial.WRITERS,
    "moderator@example.org": editorial.MODERATORS,
}


def sample_register(today: datetime.date) -> Register:
    """The sample files, read as the sync reads any register's, with their dates moved by the
    days since SAMPLE_DATE."""
    register = register_read([(name, (SAMPLES / name).read_bytes()) for name in SAMPLE_FILES])
    shift = today - SAMPLE_DATE

    def moved(row, *names):
        return replace(
            row, **{name: getattr(row, name) + shift for name in names if getattr(row, name)}
        )

    register.members = [moved(row, "joined_on", "left_on") for row in register.members]
    register.roles = [moved(row, "starts_on", "ends_on") for row in register.roles]
    return register


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
            self.sync_organisation()
            self.seed_demo_logins(UserFactory, DEMO_PASSWORD)
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

    def sync_organisation(self) -> None:
        """Branches, members and roles through the register sync; again only if it would change
        something, so that a second run adds no audit event either."""
        register = sample_register(timezone.localdate())
        if register_sync(register=register, dry_run=True).changes:
            register_sync(register=register)

    def seed_demo_logins(self, user_factory, password: str) -> None:
        """The demo password for the members the sync made (it gives them none: members log in
        through the party's login), and the editors and the administrator."""
        members = User.objects.filter(
            member_number__isnull=False, password__startswith=UNUSABLE_PASSWORD_PREFIX
        )
        members.update(password=make_password(password))
        for email, first, last, _description in DEMO_LOGINS:
            user = user_factory(email=email, first_name=first, last_name=last)
            if email == "admin@example.org" and not user.is_superuser:
                user.is_superuser = user.is_staff = True
                user.save(update_fields=["is_superuser", "is_staff"])
            if email in EDITOR_GROUPS:
                user.groups.add(Group.objects.get(name=EDITOR_GROUPS[email]))
