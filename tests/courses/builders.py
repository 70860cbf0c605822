"""Small builders for course content in tests: modules, courses and branch sections, published."""

from courses.models import (
    BranchIndexPage,
    BranchPage,
    CourseIndexPage,
    CourseModule,
    CoursePage,
    ModuleLibraryPage,
    ModulePage,
    Track,
)
from devtools.courses.demo import publish_child


def lesson(*, reflection_prompt=None, notes=None):
    body = [{"type": "paragraph", "value": "<p>Alle medlemmer kan fremme forslag.</p>"}]
    if reflection_prompt:
        body.append({"type": "reflection", "value": {"prompt": reflection_prompt, "hint": ""}})
    if notes:
        body.append({"type": "facilitator_notes", "value": {"text": f"<p>{notes}</p>"}})
    return body


def make_module(slug, *, parent=None, title=None, minutes=45, **lesson_options) -> ModulePage:
    parent = parent or ModuleLibraryPage.objects.get(locale__language_code="nb")
    return publish_child(
        parent,
        ModulePage(
            title=title or slug.replace("-", " ").capitalize(),
            slug=slug,
            summary=f"Om {slug}.",
            estimated_minutes=minutes,
            body=lesson(**lesson_options),
        ),
    )


def make_course(slug, modules, *, parent=None, validity_months=None, track=Track.ANNET):
    """`modules`: ModulePage objects (required) or (module, required) pairs, in order."""
    parent = parent or CourseIndexPage.objects.get(locale__language_code="nb")
    course = CoursePage(
        title=slug.replace("-", " ").capitalize(),
        slug=slug,
        summary=f"Kurset {slug}.",
        track=track,
        audience="Alle medlemmer",
        validity_months=validity_months,
    )
    pairs = [item if isinstance(item, tuple) else (item, True) for item in modules]
    course.course_modules = [
        CourseModule(module=module, required=required, sort_order=position)
        for position, (module, required) in enumerate(pairs)
    ]
    return publish_child(parent, course)


def make_branch_page(branch) -> BranchPage:
    return publish_child(
        BranchIndexPage.objects.get(locale__language_code="nb"),
        BranchPage(title=branch.name, slug=branch.slug, branch=branch, intro="Lokalt stoff."),
    )


def module_form_data(title, slug, text="<p>Innhold.</p>"):
    """What the admin's module form posts (StreamField is built by JavaScript in the browser,
    so tests post its data themselves)."""
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Kort om modulen.",
            "estimated_minutes": "15",
            "body": streamfield([("paragraph", rich_text(text))]),
            "comments": inline_formset([]),
        }
    )


def course_form_data(title, slug, module_ids):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Et kurs.",
            "track": Track.GRUNNSKOLERING,
            "audience": "Nye medlemmer",
            "validity_months": "",
            "gatherings_planned": "0",
            "attendance_percent_required": "75",
            "learning_outcomes": streamfield([("outcome", "Kjenne laget sitt")]),
            "course_modules": inline_formset(
                [{"module": str(pk), "required": "on"} for pk in module_ids], min=1
            ),
            "comments": inline_formset([]),
        }
    )


def translate_page(page, language: str, **fields):
    """The page's translation into `language`, published, with `fields` set (as an editor's
    finished translation would have them); its parents are made as aliases where missing."""
    from wagtail.models import Locale

    translated = page.specific.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True
    )
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    translated.save_revision().publish()
    return type(page.specific).objects.get(pk=translated.pk)
