"""Fail when locale/nb, locale/nn, locale/en or locale_wagtail/nb is incomplete, or a compiled
catalogue is stale.

1. Extracts the UI strings from the code (makemessages into a scratch folder) and checks, with
   msgcmp, that the committed django.po of each complete interface language (nb, nn, en)
   translates every one of them (fuzzy ones do not count). Northern Sámi (se) is left to fall
   back to Bokmål where it has no reviewed translation, so it is only compiled.
2. Compiles each django.po (msgfmt) and checks that its committed django.mo holds the same
   catalogue.
3. Checks that every message of the installed Wagtail apps, in both domains (django for the
   templates and Python code, djangojs for the admin's scripts), has a Bokmål translation: in
   Wagtail's own nb catalogue or in locale_wagtail/nb, which fills the gaps Wagtail leaves.
   The messages are those of Wagtail's locale/en catalogues.
4. Compiles locale_wagtail's django.po and djangojs.po and checks that the committed .mo files
   hold the same catalogues.
Step 3 needs no tool and always runs. The others need GNU gettext; without it they are skipped
with a notice, unless CI=true.
"""

import gettext
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test import override_settings

LANGUAGE = "nb"
# The interface languages whose catalogue must be complete (skolering/languages.py).
COMPLETE_LANGUAGES = ("nb", "nn", "en")
COMPILED_ONLY_LANGUAGES = ("se",)
# Where UI strings live. Extraction runs over a copy of these in a scratch folder, because
# makemessages writes into the locale folder nearest the sources, which would be our own, and
# leaves work files beside each template while it runs (two checks at once, as CI runs them on
# two databases side by side, would trip over each other's).
# The project's own apps (devtools, dev and test only, has no UI text), and the templates: read
# from the installed apps, so that a new app cannot be left out (register and gatherings were).
NOT_UI_APPS = {"devtools"}


def source_dirs() -> list[str]:
    base = Path(settings.BASE_DIR)
    apps_here = [
        Path(config.path).name
        for config in apps.get_app_configs()
        if Path(config.path).parent == base and Path(config.path).name not in NOT_UI_APPS
    ]
    return [*apps_here, "templates"]


NOT_SOURCES = shutil.ignore_patterns("__pycache__", "*.pyc", "migrations", "fonts", "*.ttf")
# Bokmål for the Wagtail messages that Wagtail's own nb catalogue leaves untranslated.
WAGTAIL_LOCALE = "locale_wagtail"
DOMAINS = ("django", "djangojs")


class Command(BaseCommand):
    help = "Check that locale/nb, nn, en and locale_wagtail/nb are complete and compiled."

    def handle(self, *args, **options):
        # Needs no tool: Wagtail's messages against its catalogues and ours.
        problems = []
        if Path(settings.BASE_DIR) / WAGTAIL_LOCALE not in map(Path, settings.LOCALE_PATHS):
            problems.append(f"LOCALE_PATHS lacks {WAGTAIL_LOCALE}: Django would not use it.")
        if untranslated := missing_wagtail_messages():
            count = sum(len(messages) for messages in untranslated.values())
            listing = "\n".join(
                f"  [{domain}] {message.label()}"
                for domain, messages in untranslated.items()
                for message in messages
            )
            problems.append(
                f"{count} Wagtail messages have no Bokmål translation, neither in Wagtail's nb "
                f"catalogues nor in {WAGTAIL_LOCALE}/{LANGUAGE} (translate them there, then run "
                f"`make messages`):\n{listing}"
            )

        tools = [shutil.which(tool) for tool in ("xgettext", "msgfmt", "msgcmp")]
        if not all(tools):
            message = "GNU gettext (xgettext, msgfmt, msgcmp) is not installed."
            if os.environ.get("CI") == "true":
                raise CommandError("\n\n".join([message, *problems]))
            self.stdout.write(self.style.WARNING(f"{message} Skipping the translation check."))
        else:
            problems += check_catalogues(msgfmt=tools[1], msgcmp=tools[2])

        if problems:
            raise CommandError("\n\n".join(problems))
        if all(tools):
            self.stdout.write(
                self.style.SUCCESS(
                    f"locale/{{{','.join(COMPLETE_LANGUAGES)}}} and {WAGTAIL_LOCALE}/nb are "
                    "complete and compiled."
                )
            )


def check_catalogues(*, msgfmt: str, msgcmp: str) -> list[str]:
    """What is wrong with the committed catalogues: untranslated project messages, and .mo files
    that do not hold what their .po files compile to."""
    problems = []
    project = Path(settings.LOCALE_PATHS[0])
    ours = [project / language / "LC_MESSAGES" for language in COMPLETE_LANGUAGES]
    compiled_only = [project / language / "LC_MESSAGES" for language in COMPILED_ONLY_LANGUAGES]
    catalogues = [
        (folder / f"{domain}.po", folder / f"{domain}.mo")
        for folder, domains in [
            *((folder, ["django"]) for folder in ours + compiled_only),
            (wagtail_locale_dir(), DOMAINS),
        ]
        for domain in domains
    ]
    for po, mo in catalogues:
        if not po.exists() or not mo.exists():
            raise CommandError(f"{po} and {mo} must both exist: run `make messages`.")

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        extracted = extract_messages(scratch)
        for folder in ours:
            po_file = folder / "django.po"
            result = subprocess.run(  # noqa: S603 - fixed tool, our own files
                [msgcmp, str(po_file), str(extracted)], capture_output=True, text=True
            )
            if result.returncode != 0:
                shown = (
                    po_file.relative_to(project.parent)
                    if po_file.is_relative_to(project.parent)
                    else po_file
                )
                problems.append(
                    f"{shown} lacks translations (run `make messages` and translate):\n"
                    f"{result.stderr}"
                )

        for number, (po, mo) in enumerate(catalogues):
            compiled = scratch / f"{number}.mo"
            subprocess.run(  # noqa: S603
                [msgfmt, "--check", "-o", str(compiled), str(po)], check=True
            )
            if read_catalogue(compiled) != read_catalogue(mo):
                problems.append(f"{mo} is stale: run `make messages` and commit it.")
    return problems


def extract_messages(scratch: Path) -> Path:
    for name in source_dirs():
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


# Reading .po files (Python's gettext reads only compiled ones).


@dataclass
class Message:
    msgid: str
    context: str | None = None
    plural: str | None = None
    msgstr: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.context, self.msgid)

    @property
    def translated(self) -> bool:
        return bool(self.msgstr) and all(self.msgstr) and "fuzzy" not in self.flags

    def label(self) -> str:
        context = f"{self.context!r}: " if self.context is not None else ""
        return f"{context}{self.msgid!r}"


ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
KEYWORD = re.compile(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")\s*$')


def unquote(text: str) -> str:
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"not a quoted string: {text!r}")
    return re.sub(r"\\(.)", lambda match: ESCAPES.get(match[1], match[1]), text[1:-1])


def read_po(path: Path) -> list[Message]:
    """The entries of a .po file, the header (msgid "") and obsolete ones (#~) left out."""
    messages: list[Message] = []
    flags: list[str] = []
    comments: list[str] = []
    current: Message | None = None
    part: tuple[str, int] | None = None

    def finish():
        nonlocal current, part
        if current is not None and current.msgid:
            messages.append(current)
        current, part = None, None

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#~"):
            continue
        if stripped.startswith("#"):
            if current is not None and current.msgstr:
                finish()
            if stripped.startswith("#,"):
                flags += [flag.strip() for flag in stripped[2:].split(",") if flag.strip()]
            else:
                comments.append(line)
            continue
        if match := KEYWORD.match(stripped):
            keyword, index, value = match[1], match[2], unquote(match[3])
            if keyword in ("msgctxt", "msgid") and current is not None and current.msgstr:
                finish()
            if current is None:
                current = Message(msgid="", flags=flags, comments=comments)
                flags, comments = [], []
            if keyword == "msgctxt":
                current.context, part = value, ("context", 0)
            elif keyword == "msgid":
                current.msgid, part = value, ("msgid", 0)
            elif keyword == "msgid_plural":
                current.plural, part = value, ("plural", 0)
            else:
                position = int(index or 0)
                if position != len(current.msgstr):
                    raise ValueError(f"{path}:{number}: msgstr out of order")
                current.msgstr.append(value)
                part = ("msgstr", position)
            continue
        if stripped.startswith('"') and current is not None and part is not None:
            name, position = part
            if name == "msgstr":
                current.msgstr[position] += unquote(stripped)
            else:
                setattr(current, name, (getattr(current, name) or "") + unquote(stripped))
            continue
        raise ValueError(f"{path}:{number}: cannot read {line!r}")
    finish()
    return messages


# Wagtail's messages and their Bokmål translations.


def wagtail_locale_dir() -> Path:
    return Path(settings.BASE_DIR) / WAGTAIL_LOCALE / LANGUAGE / "LC_MESSAGES"


def installed_wagtail_locales(*, localize: bool = True) -> list[Path]:
    """The locale folders of the installed Wagtail apps, and of wagtail-localize (the editors'
    translation screens, whose scripts have a catalogue of their own) unless `localize` is off."""
    folders = []
    for app_config in apps.get_app_configs():
        name = app_config.name
        is_localize = name.startswith("wagtail_localize")
        if (name == "wagtail" or name.startswith("wagtail.") or is_localize) and (
            localize or not is_localize
        ):
            folder = Path(app_config.path) / "locale"
            if folder.is_dir():
                folders.append(folder)
    return folders


def wagtail_messages(
    domain: str, *, localize: bool = True
) -> dict[tuple[str | None, str], Message]:
    """Every message of the installed Wagtail apps in a domain, from their locale/en catalogues."""
    messages: dict[tuple[str | None, str], Message] = {}
    for folder in installed_wagtail_locales(localize=localize):
        path = folder / "en" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            for message in read_po(path):
                messages.setdefault(message.key, message)
    return messages


def translated_keys(paths: Iterable[Path]) -> set[tuple[str | None, str]]:
    return {
        message.key
        for path in paths
        if path.exists()
        for message in read_po(path)
        if message.translated
    }


def missing_wagtail_messages(
    extra: Path | None = None, only_wagtail: bool = False
) -> dict[str, list[Message]]:
    """The Wagtail messages, by domain, that no Bokmål catalogue translates: neither Wagtail's
    nor (unless only_wagtail) locale_wagtail's, or `extra` in its place."""
    ours = extra if extra is not None else wagtail_locale_dir()
    missing = {}
    for domain in DOMAINS:
        catalogues = [
            folder / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
            for folder in installed_wagtail_locales()
        ]
        if not only_wagtail:
            catalogues.append(ours / f"{domain}.po")
        known = translated_keys(catalogues)
        untranslated = [m for key, m in wagtail_messages(domain).items() if key not in known]
        if untranslated:
            missing[domain] = untranslated
    return missing
