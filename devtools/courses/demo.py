"""Demo courses for `seed_demo`: the national modules and courses, Bergen's local section with a
local editor, and progress for some of the demo members. Idempotent: content that exists (by
slug) is left alone, and progress is recorded through the services, which record it once."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from courses.models import (
    BranchIndexPage,
    BranchPage,
    CourseIndexPage,
    CourseModule,
    CoursePage,
    ModuleLibraryPage,
    ModulePage,
)
from courses.services import local_editor_group_ensure, module_complete, module_progress_touch
from courses.templatetags.course_tags import subpage_url
from devtools.courses import demo_translations
from devtools.courses.demo_content.courses import BERGEN_COURSE, BERGEN_MODULE, NATIONAL_COURSES
from devtools.factories import UserFactory
from devtools.quizzes.demo import quiz_for_module, take
from quizzes.models import QuizAttempt
from skolering.models import Branch, User

LOCAL_EDITOR = ("lokalredaktor@example.org", "Jonas", "Dahl", "local editor of Bergen's section")
NYNORSK_MEMBER = ("nynorsk@example.org", "Ragnhild", "Kvåle", "member of Voss who reads Nynorsk")
DEMO_LOGINS = (LOCAL_EDITOR, NYNORSK_MEMBER)
# The languages the demo members chose (the rest have not chosen: their browser decides).
LANGUAGES_CHOSEN = {"medlem@example.org": "nb", "nynorsk@example.org": "nn"}

MEETING_CHECKLIST = """Sjekkliste for medlemsmøtet – Bergen Arbeiderparti

To uker før:
- Send innkalling med saksliste, sted og tid.
- Spør om noen trenger tolk, teleslynge eller barnepass.

På møtet:
- Ønsk nye medlemmer velkommen ved navn.
- Gå gjennom talerlisten og taletiden før første sak.
- Avslutt med hva som skjer fram til neste møte.

Etter møtet:
- Send protokollen til medlemmene innen en uke.
- Ring de nye som var der, og takk for at de kom.
"""

# Who has done what: (email, course slug, how many of its modules, in order, are done). Where
# a module has a quiz, they pass it (which is what completes the module).
PROGRESS = (
    ("medlem@example.org", "grunnkurs", 2),
    ("tillitsvalgt@example.org", "trygge-fellesskap", 4),
    ("folkevalgt@example.org", "trygge-fellesskap", 1),
    ("leder@example.org", "trygge-fellesskap", 4),
    ("leder@example.org", "lederkurs", 4),
    ("fylkesleder@example.org", "lederkurs", 2),
)


def seed(*, stdout) -> None:
    modules = seed_national_courses()
    bergen_page = ensure_branch_page(Branch.objects.get(slug="bergen"))
    local_module = ensure_module(bergen_page, BERGEN_MODULE, extra_blocks=[checklist_download()])
    slug, title, track, summary, audience, outcomes, validity, items = BERGEN_COURSE
    references = [
        (local_module if module is BERGEN_MODULE else modules[module[0]], required)
        for module, required in items
    ]
    ensure_course(
        bergen_page, slug, title, track, summary, audience, outcomes, validity, references
    )
    seed_local_editor(bergen_page)
    seed_progress()
    demo_translations.seed(stdout=stdout)
    for email, language in LANGUAGES_CHOSEN.items():
        User.objects.filter(email=email).update(preferred_language=language)
    courses = CoursePage.objects.live().filter(locale__language_code="nb")
    modules = ModulePage.objects.live().filter(locale__language_code="nb")
    stdout.write(f"Courses: {courses.count()} published, {modules.count()} modules.")


def seed_national_courses() -> dict[str, ModulePage]:
    """The national modules and courses (also used by `seed_scale`); the modules by slug."""
    library = ModuleLibraryPage.objects.get(locale__language_code="nb")
    catalogue = CourseIndexPage.objects.get(locale__language_code="nb")
    modules: dict[str, ModulePage] = {}
    for slug, title, track, summary, audience, outcomes, validity, items in NATIONAL_COURSES:
        references = [(ensure_module(library, module), required) for module, required in items]
        for module, _required in references:
            modules[module.slug] = module
        ensure_course(
            catalogue, slug, title, track, summary, audience, outcomes, validity, references
        )
    return modules


def ensure_module(parent, module, extra_blocks=()) -> ModulePage:
    slug, title, summary, minutes, body = module
    existing = ModulePage.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    quiz = quiz_for_module(slug)
    if quiz is not None:
        extra_blocks = [*extra_blocks, quiz_block(quiz)]
    return publish_child(
        parent,
        ModulePage(
            title=title,
            slug=slug,
            summary=summary,
            estimated_minutes=minutes,
            body=[*body, *extra_blocks],
        ),
    )


def quiz_block(quiz) -> dict:
    return {
        "type": "quiz",
        "value": {
            "heading": "Test deg selv",
            "quiz": quiz.pk,
        },
    }


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    parent.refresh_from_db()
    return page


def ensure_course(parent, slug, title, track, summary, audience, outcomes, validity, refs):
    existing = CoursePage.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    course = CoursePage(
        title=title,
        slug=slug,
        track=track,
        summary=summary,
        audience=audience,
        learning_outcomes=[{"type": "outcome", "value": outcome} for outcome in outcomes],
        validity_months=validity,
    )
    course.course_modules = [
        CourseModule(module=module, required=required, sort_order=position)
        for position, (module, required) in enumerate(refs)
    ]
    return publish_child(parent, course)


def ensure_branch_page(branch: Branch) -> BranchPage:
    existing = BranchPage.objects.filter(locale__language_code="nb", branch=branch).first()
    if existing:
        return existing
    return publish_child(
        BranchIndexPage.objects.get(locale__language_code="nb"),
        BranchPage(
            title=branch.name,
            slug=branch.slug,
            branch=branch,
            intro="Kurs og møtestoff fra kommunepartiet, for medlemmene i Bergen og lokallagene.",
        ),
    )


def checklist_download() -> dict:
    document_model = get_document_model()
    document = document_model.objects.filter(title="Sjekkliste for medlemsmøtet").first()
    if document is None:
        document = document_model(title="Sjekkliste for medlemsmøtet")
        document.file.save(
            "sjekkliste-medlemsmote.txt", ContentFile(MEETING_CHECKLIST.encode()), save=False
        )
        document.save()
        # What Wagtail's upload form records: its size and hash (the hash is the download's
        # ETag, which would otherwise be empty).
        document.get_file_size()
        document.get_file_hash()
    return {
        "type": "downloads",
        "value": {"title": "Til møtet", "documents": [document.pk]},
    }


def seed_local_editor(branch_page: BranchPage) -> None:
    email, first, last, _description = LOCAL_EDITOR
    user = UserFactory(email=email, first_name=first, last_name=last)
    user.groups.add(local_editor_group_ensure(branch_page=branch_page))


# Attempts that did not pass: (email, course slug, module slug).
FAILED_ATTEMPTS = (
    ("folkevalgt@example.org", "trygge-fellesskap", "plikten-til-a-handle"),
    ("tillitsvalgt@example.org", "trygge-fellesskap", "plikten-til-a-handle"),
    ("fylkesleder@example.org", "lederkurs", "ryddige-prosesser"),
)


def complete_module(user, module, course, *, fail_first=False) -> None:
    """Complete the module as a member would: by passing its quiz, if it has one."""
    quiz = quiz_for_module(module.slug)
    if (
        quiz is not None
        and not QuizAttempt.objects.filter(user=user, quiz=quiz, passed=True).exists()
    ):
        context = {
            "module_page": module,
            "course_page": course,
            "return_path": subpage_url(course, "module", module.slug),
        }
        if fail_first:
            take(user, quiz, correct=False, **context)
        take(user, quiz, correct=True, **context)
    module_complete(user=user, module=module, course=course)


def seed_progress() -> None:
    courses = {
        course.slug: course
        for course in CoursePage.objects.live().filter(locale__language_code="nb")
    }
    for email, course_slug, module_slug in FAILED_ATTEMPTS:
        user = User.objects.get(email=email)
        quiz = quiz_for_module(module_slug)
        if not QuizAttempt.objects.filter(user=user, quiz=quiz).exists():
            course = courses[course_slug]
            module = ModulePage.objects.get(locale__language_code="nb", slug=module_slug)
            take(
                user,
                quiz,
                correct=False,
                module_page=module,
                course_page=course,
                return_path=subpage_url(course, "module", module_slug),
            )
    for email, course_slug, done in PROGRESS:
        user = User.objects.get(email=email)
        course = courses[course_slug]
        for item in course.course_modules.select_related("module").order_by("sort_order")[:done]:
            complete_module(user, item.module, course)
    # Demo members: every third has taken the basic course, some of them only half of it.
    members = User.objects.filter(email__startswith="demo.medlem").order_by("email")
    basic = courses["grunnkurs"]
    outline = [item.module for item in basic.course_modules.order_by("sort_order")]
    for number, user in enumerate(members, start=1):
        if number % 3:
            continue
        count = len(outline) if number % 2 else 2
        for module in outline[:count]:
            complete_module(user, module, basic, fail_first=number % 4 == 1)
        if count < len(outline):
            module_progress_touch(user=user, module=outline[count])
