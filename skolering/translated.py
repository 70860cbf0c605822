"""Translations of pages and snippets (Wagtail i18n): where a member's records are kept, and
what a reader of another language is shown.

Content is written in Bokmål and translated from it (new pages and quizzes are made in Bokmål:
skolering/wagtail_hooks.py), so the Bokmål version is each translation's original. Progress,
completions, quiz attempts, reflection answers, requirements and course runs are kept on the
original: a member who did module 2 in Nynorsk has done it in every language and every course,
and a requirement is met whatever language the course was taken in. The translations are what
readers of their language see.
"""

from django.utils import translation

from skolering.languages import DEFAULT_LANGUAGE, locale_id_of, locale_language


def original(obj):
    """The Bokmål original of a translated page or snippet (itself when it is the original,
    without a query)."""
    if (
        obj is None
        or obj.pk is None
        or not hasattr(obj, "locale_id")  # a course outline's module: the original's already
        or locale_language(obj.locale_id) == DEFAULT_LANGUAGE
    ):
        return obj
    model = type(obj)
    found = (
        model._default_manager.filter(
            translation_key=obj.translation_key, locale_id=locale_id_of(DEFAULT_LANGUAGE)
        )
        .order_by("pk")
        .first()
    )
    return found or obj


def localized(obj, language: str | None = None):
    """The live translation of `obj` into `language` (the active language by default), or
    `obj` itself when there is none (one query, none when `obj` is in that language)."""
    language = language or translation.get_language() or DEFAULT_LANGUAGE
    if obj is None or locale_language(obj.locale_id) == language:
        return obj
    locale_id = locale_id_of(language)
    if locale_id is None:
        return obj
    found = _translations(type(obj)).filter(
        translation_key=obj.translation_key, locale_id=locale_id
    )
    return found.first() or obj


def localized_many(objects, language: str | None = None) -> dict:
    """{translation_key: live translation into `language`} of the objects that have one (one
    query for any number)."""
    language = language or translation.get_language() or DEFAULT_LANGUAGE
    objects = [obj for obj in objects if obj is not None]
    locale_id = locale_id_of(language)
    if not objects or locale_id is None:
        return {}
    keys = {obj.translation_key for obj in objects if locale_language(obj.locale_id) != language}
    if not keys:
        return {}
    found = _translations(type(objects[0])).filter(translation_key__in=keys, locale_id=locale_id)
    return {obj.translation_key: obj for obj in found}


def _translations(model):
    """A model's live translations: published, and for pages not aliases (an alias shows
    another language's content in its language's tree: no translation)."""
    found = model._default_manager.all()
    if hasattr(model, "live"):
        found = found.filter(live=True)
    if hasattr(model, "alias_of"):
        found = found.filter(alias_of__isnull=True)
    return found


def originals(queryset):
    """The originals among `queryset`'s pages or snippets: what records, requirements and course
    runs are kept on (the translations are there for readers)."""
    return queryset.filter(locale_id=locale_id_of(DEFAULT_LANGUAGE))
