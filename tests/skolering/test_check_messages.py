"""`check_messages` holds the three complete interface catalogues (nb, nn, en) to every string in
the code, untranslated or fuzzy ones counting as missing; Northern Sámi's is only compiled."""

import os
import shutil
from pathlib import Path

import pytest

from django.conf import settings
from django.test import override_settings

from skolering.management.commands.check_messages import check_catalogues

TOOLS = [shutil.which(tool) for tool in ("msgfmt", "msgcmp", "xgettext")]
pytestmark = pytest.mark.skipif(
    not all(TOOLS) and os.environ.get("CI") != "true", reason="needs GNU gettext"
)


def problems_with(tmp_path, edit=None) -> list[str]:
    locale = tmp_path / "locale"
    shutil.copytree(Path(settings.BASE_DIR) / "locale", locale)
    if edit:
        edit(locale)
    with override_settings(LOCALE_PATHS=[locale, *settings.LOCALE_PATHS[1:]]):
        return check_catalogues(msgfmt=TOOLS[0], msgcmp=TOOLS[1])


def untranslate(language: str, msgid: str, *, fuzzy: bool = False):
    def edit(locale):
        po = locale / language / "LC_MESSAGES" / "django.po"
        text = po.read_text(encoding="utf-8")
        entry = f'msgid "{msgid}"\nmsgstr "'
        assert entry in text
        if fuzzy:
            text = text.replace(entry, f"#, fuzzy\n{entry}", 1)
        else:
            start = text.index(entry) + len(entry)
            text = text[:start] + text[text.index('"\n', start) :]
        po.write_text(text, encoding="utf-8")

    return edit


def test_the_committed_catalogues_are_complete_and_compiled(tmp_path):
    assert problems_with(tmp_path) == []


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_a_string_without_translation_fails(tmp_path, language):
    problems = problems_with(tmp_path, untranslate(language, "Save language"))
    assert any(f"locale/{language}/LC_MESSAGES/django.po lacks" in p for p in problems), problems


@pytest.mark.parametrize("language", ["nn", "en"])
def test_a_fuzzy_translation_counts_as_missing(tmp_path, language):
    problems = problems_with(tmp_path, untranslate(language, "Save language", fuzzy=True))
    assert any(f"locale/{language}/LC_MESSAGES/django.po lacks" in p for p in problems), problems


def test_northern_sami_may_fall_back_to_bokmal(tmp_path):
    # Its catalogue translates nothing yet, and that is no problem.
    problems = problems_with(tmp_path)
    assert not any("locale/se" in problem for problem in problems)
