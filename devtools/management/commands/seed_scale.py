import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from skolering.models import Branch

DEFAULT_SEED = 20261123


class Command(BaseCommand):
    help = (
        "Fill an empty database with a national organisation of the given size (15 counties, "
        "357 municipalities, ~600 chapters), roles, the demo requirements and a spread of "
        "progress, reproducibly from --seed. Needs the development dependencies (Faker)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--members", type=int, default=60_000)
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED)

    def handle(self, *args, members, seed, **options):
        from devtools.compliance.scale import ScaleBuilder

        if members < 100 or members > 1_000_000:
            raise CommandError("--members must be between 100 and 1 000 000.")
        if Branch.objects.exists():
            raise CommandError(
                "The database already has an organisation. seed_scale fills an empty database: "
                "create a new one and run migrate first."
            )
        started = time.perf_counter()
        summary = ScaleBuilder(members=members, seed=seed).build(self.stdout)
        # Fresh planner statistics (without them PostgreSQL plans for empty tables), and on
        # PostgreSQL a visibility map, so that the status counts read their indexes alone.
        # VACUUM cannot run in a transaction (a test's), where ANALYZE alone must do.
        vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
        roles = ", ".join(f"{role}: {count}" for role, count in sorted(summary.roles.items()))
        self.stdout.write(
            self.style.SUCCESS(
                f"{summary.branches} branches, {summary.members} members, roles in force "
                f"({roles}), {summary.enrollments} enrolments, {summary.completions} "
                f"completions, in {time.perf_counter() - started:.1f} s."
            )
        )
