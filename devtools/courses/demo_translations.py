"""Demo translations for `seed_demo`, made as an editor makes them with wagtail-localize: the
basic course in Nynorsk (course, modules and quiz), its first module in English, and that module
in Northern Sámi, labelled as a demo translation nobody with Sámi as their mother tongue has
reviewed. Idempotent: a translation that exists is left alone.

Each translation is entered string by string into wagtail-localize's translation of the Bokmål
original (the demo texts mirror the originals block by block), then published: editors see them
in the admin as complete translations, with what changes in the source since.
"""

import json

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments

from django.db import transaction

from wagtail.fields import StreamField
from wagtail.models import Locale

from courses.models import CoursePage, ModulePage
from devtools.courses.demo_content.basic_en import ORGANISATION_EN
from devtools.courses.demo_content.basic_nn import (
    COURSE_NN,
    GOOD_START,
    INFLUENCE,
    MEMBER_QUIZ_NN,
    RIGHTS,
)
from devtools.courses.demo_content.basic_nn import ORGANISATION as ORGANISATION_NN
from devtools.courses.demo_content.basic_se import ORGANISATION_SE
from devtools.quizzes.demo import quiz_for_module
from quizzes.models import Quiz

BASIC_COURSE = "grunnkurs"
QUIZ_HEADING = {"nn": "Test deg sjølv", "en": "Test yourself", "se": "Geahččal iežat"}
SE_DEMO_NOTICE = (
    "Demojorgalus: ii oktage geas lea sámegiella eatnigiellan leat dárkkistan dán jorgalusa. "
    "(Demooversettelse: ingen med samisk som morsmål har gått gjennom denne oversettelsen.) "
)


def seed(*, stdout) -> None:
    course = CoursePage.objects.filter(slug=BASIC_COURSE, locale__language_code="nb").first()
    if course is None:
        return
    made = []
    nynorsk = Locale.objects.get(language_code="nn")
    quiz = quiz_for_module(MEMBER_QUIZ_NN[0])
    if quiz is not None:
        made += _translate(
            quiz,
            nynorsk,
            Quiz(
                title=MEMBER_QUIZ_NN[1]["title"],
                intro=MEMBER_QUIZ_NN[1]["intro"],
                questions=MEMBER_QUIZ_NN[2],
            ),
        )
    for module in (ORGANISATION_NN, RIGHTS, INFLUENCE, GOOD_START):
        made += _translate_module(module, nynorsk)
    made += _translate(
        course,
        nynorsk,
        CoursePage(
            title=COURSE_NN["title"],
            slug=course.slug,
            summary=COURSE_NN["summary"],
            audience=COURSE_NN["audience"],
            learning_outcomes=[{"type": "outcome", "value": o} for o in COURSE_NN["outcomes"]],
        ),
    )
    made += _translate_module(ORGANISATION_EN, Locale.objects.get(language_code="en"))
    slug, title, summary, minutes, body = ORGANISATION_SE
    # The Sámi text opens with a warning that the Bokmål original has not: it goes first in the
    # summary instead, so that the translation keeps the original's blocks.
    sami = (slug, title, SE_DEMO_NOTICE + summary, minutes, body[1:])
    made += _translate_module(sami, Locale.objects.get(language_code="se"))
    if made:
        stdout.write(f"Translations: {', '.join(made)}.")


def _translate_module(module, locale: Locale) -> list[str]:
    slug, title, summary, _minutes, body = module
    original = ModulePage.objects.filter(slug=slug, locale__language_code="nb").first()
    if original is None:
        return []
    blocks = list(body)
    if original.quiz_ids():
        heading = QUIZ_HEADING[locale.language_code]
        blocks.append({"type": "quiz", "value": {"heading": heading, "quiz": None}})
    words = ModulePage(title=title, slug=slug, summary=summary, body=blocks)
    return _translate(original, locale, words)


def _give_blocks_ids(instance) -> None:
    """Ids for the blocks of an unsaved instance's StreamFields (saving gives them), which
    wagtail-localize reads the texts by."""
    for field in instance._meta.fields:
        if isinstance(field, StreamField):
            value = field.value_from_object(instance)
            list(value)  # binds the blocks, as saving does, so nested items get ids too
            prepared = field.get_prep_value(value)
            if isinstance(prepared, str):
                prepared = json.loads(prepared)
            setattr(instance, field.name, prepared)


@transaction.atomic
def _translate(original, locale: Locale, words) -> list[str]:
    """Translate `original` into `locale` with the texts of `words` (an unsaved instance of the
    same kind whose texts mirror the original's, field by field and block by block), and
    publish the translation."""
    if original.has_translation(locale):
        return []
    source, _created = TranslationSource.get_or_create_from_instance(original)
    Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = list(
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )
    _give_blocks_ids(words)
    texts = [segment for segment in extract_segments(words) if hasattr(segment, "string")]
    if len(texts) != len(segments):
        raise ValueError(
            f"{original}: {len(segments)} strings to translate, {len(texts)} in the demo text"
        )
    for segment, text in zip(segments, texts, strict=True):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    # Saved as a draft and published here, not when the transaction commits (as wagtail-localize
    # does): tests seed the demo inside a transaction that never commits.
    translated, _created = source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True, fallback=True
    )
    translated.refresh_from_db()
    translated.latest_revision.publish()
    return [f"{original} ({locale.language_code})"]
