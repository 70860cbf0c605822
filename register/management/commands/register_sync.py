"""Sync the branches, members and roles with the member register's files (register/sync.py)."""

import sys
import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from register.parsing import RegisterError, register_read
from register.summary import STAGES, summary_lines
from register.sync import SyncBusy, register_sync

BAR_WIDTH = 30


class ProgressBar:
    """One line on a terminal, redrawn at most ten times a second; a line per stage otherwise."""

    def __init__(self, stream):
        self.stream = stream
        self.tty = stream.isatty()
        self.last = 0.0
        self.stage = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        label = str(STAGES.get(stage, stage))
        if not self.tty:
            if stage != self.stage:
                self.stream.write(f"{label} …\n")
                self.stage = stage
            return
        now = time.monotonic()
        if done < total and now - self.last < 0.1 and stage == self.stage:
            return
        self.last, self.stage = now, stage
        share = done / total if total else 1.0
        filled = int(share * BAR_WIDTH)
        bar = "█" * filled + "·" * (BAR_WIDTH - filled)
        self.stream.write(f"\r{label:<32} [{bar}] {share:4.0%} {done}/{total}\x1b[K")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


class Command(BaseCommand):
    help = (
        "Sync branches, members and roles with the member register's files (CSV or JSON Lines). "
        "Without --apply, only shows what would change."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--apply", action="store_true", help="Carry out the sync.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="End memberships even beyond REGISTER_SYNC_MAX_END_SHARE.",
        )
        parser.add_argument("--actor", help="Email address of the administrator responsible.")

    def handle(self, *args, files, apply, force, actor, **options):
        actor_user = None
        if actor:
            actor_user = get_user_model().objects.filter(email=actor.strip().lower()).first()
            if actor_user is None:
                raise CommandError(_("No user has the email address %(email)s.") % {"email": actor})
        try:
            contents = [(path.name, path.read_bytes()) for path in files]
        except OSError as error:
            raise CommandError(str(error)) from error
        started = time.monotonic()
        try:
            register = register_read(contents)
            plan = register_sync(
                register=register,
                actor=actor_user,
                dry_run=not apply,
                force=force,
                progress=ProgressBar(sys.stderr) if options["verbosity"] else None,
            )
        except RegisterError as error:
            raise CommandError(
                _("Nothing was changed.") + "\n" + "\n".join(error.problems)
            ) from error
        except SyncBusy as error:
            raise CommandError(
                _("Another sync is running now. Nothing was changed; try again when it is done.")
            ) from error
        if options["verbosity"]:
            self.print_summary(plan.summary())
        for warning in plan.warnings:
            self.stderr.write(self.style.WARNING(warning))
        seconds = time.monotonic() - started
        if apply:
            self.stdout.write(
                self.style.SUCCESS(_("Synced in %(seconds).1f s.") % {"seconds": seconds})
            )
        else:
            self.stdout.write(
                self.style.WARNING(_("Dry run: nothing was changed. Add --apply to carry it out."))
            )

    def print_summary(self, summary: dict) -> None:
        for kind, rows in summary_lines(summary):
            self.stdout.write(f"{kind}:")
            for verb, count, examples in rows:
                self.stdout.write(f"  {verb}: {count}")
                for example in examples:
                    self.stdout.write(f"      {example}")
