"""Fail when locale/nb is incomplete or its compiled catalogue is stale.

1. Extracts the UI strings from the code (makemessages into a scratch folder) and checks, with
   msgcmp, that the committed django.po translates every one of them (fuzzy ones do not count).
2. Compiles django.po (msgfmt) and checks that the committed django.mo holds the same catalogue.
Both need GNU gettext; without it the check is skipped with a notice, unless CI=true.
"""

import gettext
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test import override_settings

LANGUAGE = "nb"
# Where UI strings live. Extraction runs over a copy of these in a scratch folder, because
# makemessages writes into the locale folder nearest the sources, which would be our own, and
# leaves work files beside each template while it runs (two checks at once, as CI runs them on
# two databases side by side, would trip over each other's).
SOURCE_DIRS = ["skolering", "quizzes", "courses", "certificates", "compliance", "templates"]
NOT_SOURCES = shutil.ignore_patterns("__pycache__", "*.pyc", "migrations", "fonts", "*.ttf")


class Command(BaseCommand):
    help = "Check that locale/nb is complete and compiled."

    def handle(self, *args, **options):
        tools = [shutil.which(tool) for tool in ("xgettext", "msgfmt", "msgcmp")]
        if not all(tools):
            message = "GNU gettext (xgettext, msgfmt, msgcmp) is not installed."
            if os.environ.get("CI") == "true":
                raise CommandError(message)
            self.stdout.write(self.style.WARNING(f"{message} Skipping the translation check."))
            return

        locale_dir = Path(settings.LOCALE_PATHS[0]) / LANGUAGE / "LC_MESSAGES"
        po_file, mo_file = locale_dir / "django.po", locale_dir / "django.mo"
        if not po_file.exists() or not mo_file.exists():
            raise CommandError(f"{po_file} and {mo_file} must both exist: run `make messages`.")

        with tempfile.TemporaryDirectory() as scratch:
            scratch = Path(scratch)
            extracted = extract_messages(scratch)
            result = subprocess.run(  # noqa: S603 - fixed tool, our own files
                [tools[2], str(po_file), str(extracted)], capture_output=True, text=True
            )
            if result.returncode != 0:
                raise CommandError(
                    "locale/nb/LC_MESSAGES/django.po lacks translations (run `make messages` "
                    f"and translate):\n{result.stderr}"
                )

            compiled = scratch / "django.mo"
            subprocess.run(  # noqa: S603
                [tools[1], "--check", "-o", str(compiled), str(po_file)], check=True
            )
            if read_catalogue(compiled) != read_catalogue(mo_file):
                raise CommandError(f"{mo_file} is stale: run `make messages` and commit it.")

        self.stdout.write(self.style.SUCCESS("locale/nb is complete and compiled."))


def extract_messages(scratch: Path) -> Path:
    for name in SOURCE_DIRS:
        shutil.copytree(Path(settings.BASE_DIR) / name, scratch / name, ignore=NOT_SOURCES)
    (scratch / "locale").mkdir()
    cwd = os.getcwd()
    os.chdir(scratch)
    try:
        with override_settings(LOCALE_PATHS=[]):
            call_command("makemessages", locale=[LANGUAGE], no_location=True, verbosity=0)
    finally:
        os.chdir(cwd)
    return scratch / "locale" / LANGUAGE / "LC_MESSAGES" / "django.po"


def read_catalogue(path: Path) -> dict:
    with path.open("rb") as handle:
        return dict(gettext.GNUTranslations(handle)._catalog)
