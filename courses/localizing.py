"""What a reader of another language than Bokmål is shown of courses and modules.

A course's records (outline, progress, completion) are its Bokmål original's
(skolering/translated.py); a reader of Nynorsk is shown the Nynorsk translation of the course
and of each module that has one, and the Bokmål original of the others, marked as Bokmål.
"""

import dataclasses

from django.db.models import OuterRef, Subquery
from django.utils import translation

from wagtail.models import Page

from courses.models import ModulePage
from skolering.languages import DEFAULT_LANGUAGE, locale_id_of
from skolering.translated import localized_many


def _language() -> str:
    return translation.get_language() or DEFAULT_LANGUAGE


def localized_outline(outline: list) -> list:
    """The outline (of a course's original) with each module shown in the reader's language
    where it has a live translation (one query; none for Bokmål). The items keep the original's
    ids and slugs: they are what progress and the course's addresses go by."""
    language = _language()
    locale_id = locale_id_of(language)
    modules = [getattr(item, "module", None) for item in outline]
    if (
        language == DEFAULT_LANGUAGE
        or locale_id is None
        or not all(hasattr(module, "shown_pk") for module in modules)
    ):
        return outline
    default_locale = locale_id_of(DEFAULT_LANGUAGE)
    originals = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale_id=default_locale
    ).values("pk")[:1]
    translated = {
        row["original_pk"]: row
        for row in ModulePage.objects.filter(
            locale_id=locale_id,
            live=True,
            translation_key__in=Page.objects.filter(pk__in=[m.pk for m in modules]).values(
                "translation_key"
            ),
        )
        .annotate(original_pk=Subquery(originals))
        .values(
            "original_pk",
            "pk",
            "title",
            "summary",
            "live_revision_id",
            "last_published_at",
        )
    }
    for item in outline:
        row = translated.get(item.module.pk)
        if row is None:
            item.module = dataclasses.replace(item.module, language=DEFAULT_LANGUAGE)
            continue
        item.module = dataclasses.replace(
            item.module,
            title=row["title"],
            summary=row["summary"],
            shown_pk=row["pk"],
            shown_revision_id=row["live_revision_id"],
            shown_published_at=row["last_published_at"],
            language=language,
        )
    return outline


def shown_pages(pages: list) -> dict:
    """{page pk: what a reader of the active language is shown of it}: its live translation,
    or itself (one query for all, none for Bokmål)."""
    translations = localized_many(pages)
    return {page.pk: translations.get(page.translation_key, page) for page in pages}
