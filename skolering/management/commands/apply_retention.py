"""Run daily (see README, "Privacy and security"): erase former members and old audit events.
Dry run unless --apply; running it twice does nothing more the second time."""

from django.conf import settings
from django.core.management.base import BaseCommand

from skolering.retention import retention_apply, retention_plan


class Command(BaseCommand):
    help = (
        "Erase members whose membership ended more than RETENTION_MEMBER_DAYS days ago and "
        "remove audit events older than RETENTION_AUDIT_MONTHS months. Shows what it would do "
        "unless --apply is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--apply", action="store_true", help="Carry it out.")

    def handle(self, *args, apply=False, **options):
        plan = retention_plan()
        self.stdout.write(
            f"Members whose last membership ended before {plan.membership_ended_before} "
            f"({settings.RETENTION_MEMBER_DAYS} days): {len(plan.to_erase)} to erase."
        )
        for user, why in plan.kept:
            self.stdout.write(f"  kept: user {user.pk}, {why}")
        self.stdout.write(
            f"Audit events before {plan.audit_events_before:%Y-%m-%d} "
            f"({settings.RETENTION_AUDIT_MONTHS} months): {plan.old_audit_events} to remove."
        )
        for kind, count in plan.expiring.items():
            self.stdout.write(f"{kind[0].upper()}{kind[1:]}: {count} to remove.")
        if not apply:
            self.stdout.write("Dry run: nothing was changed. Run with --apply to carry it out.")
            return
        erased, removed = retention_apply(plan=plan)
        self.stdout.write(f"Done: {erased} members erased, {removed} audit events removed.")
        for kind, count in plan.expired.items():
            self.stdout.write(f"{kind[0].upper()}{kind[1:]}: {count} removed.")
