"""Course views: thin wrappers that parse the request, call queries and services, and render.

The page models reach this module through `courses.models.page_views`, the one seam between
them: their routes, `serve` and `get_context` call the functions below, and the context builders
of courses.queries that this module re-exports for them (`import … as …`)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from courses.forms import ReflectionForm
from courses.lessons import Lesson, lesson_of, lesson_render
from courses.localizing import localized_outline, shown_pages
from courses.models import CoursePage, ModulePage
from courses.queries import branch_index_context as branch_index_context
from courses.queries import branch_section_context as branch_section_context
from courses.queries import (
    can_see_local_page,
    course_outline,
    my_learning,
    progress_for,
    reflection_answers_by_block,
)
from courses.queries import catalogue_context as catalogue_context
from courses.queries import course_context as course_context
from courses.services import (
    QuizNotPassed,
    course_renewal_start,
    enrollment_touch,
    module_complete,
    module_visit_record,
    reflection_save,
)
from courses.templatetags.course_tags import outline_links, subpage_url
from quizzes.queries import quiz_statuses, quizzes_by_id
from quizzes.services import QuizError, quiz_attempt_start
from skolering.access import is_facilitator
from skolering.http import HtmxHttpRequest
from skolering.site_content import app_modules
from skolering.translated import localized, original


def local_page_check(request, page) -> None:
    """404 for a local section, course or module the visitor may not see (editors' previews
    excepted)."""
    if not getattr(request, "is_preview", False) and not can_see_local_page(request.user, page):
        raise Http404


def _lesson(request, module) -> Lesson:
    """The module's lesson: as published (rendered once per revision), or as in the editor's
    form in a preview; in the reader's language where the module is translated."""
    if getattr(request, "is_preview", False) and isinstance(module, ModulePage):
        return lesson_render(module.body)
    module = getattr(module, "shown", module)
    return lesson_of(
        module,
        load_body=lambda: (
            module.body
            if isinstance(module, ModulePage)
            else ModulePage.objects.only("body").get(pk=module.pk).body
        ),
    )


def _lesson_context(request, module, *, in_course: bool) -> dict:
    """What the lesson shows the reader: their reflection answers and quiz statuses (in a
    course), and the facilitator notes when they lead."""
    lesson = _lesson(request, module)
    prompts = lesson.reflection_prompts()
    # The answers and quiz results are the original module's and quizzes', in any language.
    record_id = original(module).pk if isinstance(module, ModulePage) else module.pk
    answers = (
        reflection_answers_by_block(user_id=request.user.pk, module_id=record_id)
        if prompts and in_course
        else {}
    )
    quiz_parts = lesson.quiz_parts()
    # A translated lesson may name its quiz's translation, a draft even: what is published,
    # passed and started is the original; what the reader sees, its live translation if any.
    named = quizzes_by_id([part.quiz_id for part in quiz_parts])
    originals = {pk: original(quiz) for pk, quiz in named.items()}
    quizzes = {pk: localized(quiz) for pk, quiz in originals.items()}
    statuses = _quiz_statuses(request.user, originals) if in_course else {}
    return {
        "lesson": lesson,
        "quizzes": quizzes,
        "quiz_statuses": statuses,
        "quiz_pending": [
            (part.block_id, quizzes[part.quiz_id])
            for part in quiz_parts
            if part.quiz_id in quizzes
            and originals[part.quiz_id].live
            and not statuses[part.quiz_id].passed
        ]
        if in_course
        else [],
        "reflection_answers": answers,
        "reflection_prompts": prompts,
        "show_facilitator_notes": lesson.has_facilitator_notes
        and (getattr(request, "is_preview", False) or is_facilitator(request)),
    }


def _quiz_statuses(user, quizzes: dict) -> dict:
    """Each quiz's status for the member, by the quiz shown: a translated quiz has its original's
    attempts (grading and results pool every language)."""
    originals = {pk: original(quiz) for pk, quiz in quizzes.items()}
    by_original = quiz_statuses(user, list({quiz.pk: quiz for quiz in originals.values()}.values()))
    return {pk: by_original[quiz.pk] for pk, quiz in originals.items()}


def _module_response(
    request: HtmxHttpRequest,
    course,
    outline,
    index,
    *,
    reflection_form=None,
    status=200,
    module=None,
    progress=None,
):
    item = outline[index]
    module = module or item.module
    progress = progress or _course_progress(request.user, original(course), outline)
    outline_links(course, outline, progress, request)
    context = {
        "page": course,
        "course": course,
        "module": module,
        "outline": outline,
        "position": index + 1,
        "previous_item": outline[index - 1] if index > 0 else None,
        "next_item": outline[index + 1] if index + 1 < len(outline) else None,
        "progress": progress,
        "module_done": module.pk in progress.completed_ids,
        "reflection_form": reflection_form,
    } | _lesson_context(request, module, in_course=True)
    template = "courses/module_page.html"
    if request.htmx and status == 200:
        template += "#lesson"
    return TemplateResponse(request, template, context, status=status)


def _course_progress(user, course, outline, *, reread=False):
    return progress_for(user, [course], outlines={course.pk: outline}, reread=reread)[course.pk]


def _find_in_outline(course, module_slug, *, user):
    """The outline of the course (of its original, for a translation), with `user`'s progress
    (None after a change: the page then reads it afresh), and the module's place in it; the
    modules shown in the reader's language."""
    outline = localized_outline(course_outline(original(course), user=user))
    for index, item in enumerate(outline):
        if item.module.slug == module_slug:
            return outline, index
    raise Http404


def _module_page(outline, index) -> ModulePage:
    """The module itself, for what changes it (the outline knows only what it shows)."""
    return ModulePage.objects.get(pk=outline[index].module_id)


def module_preview(request, module: ModulePage, mode_name: str):
    """The editor's preview of a module (the version in the form, unsaved): alone, or as a
    member sees it inside one of the courses using it, with the course's contents. Nothing is
    recorded."""
    request.is_preview = True
    course_id = mode_name.removeprefix(ModulePage.COURSE_PREVIEW_PREFIX)
    course = CoursePage.objects.filter(pk=course_id).first() if course_id.isdigit() else None
    if course is None or module.pk is None:
        return module_standalone(request, module)
    outline = list(course.course_modules.select_related("module").order_by("sort_order", "pk"))
    index = next((n for n, item in enumerate(outline) if item.module_id == module.pk), None)
    if index is None:
        return module_standalone(request, module)
    return _module_response(request, course, outline, index, module=module)


@require_safe
@vary_on_headers("HX-Request")
def module_in_course(request: HtmxHttpRequest, course: CoursePage, module_slug: str):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    outline, index = _find_in_outline(course, module_slug, user=request.user)
    module = outline[index].module
    record = original(course)
    progress = _course_progress(request.user, record, outline)
    if module_visit_record(
        user=request.user,
        course=record,
        module=module,
        enrollment=progress.enrollment,
        last_viewed=progress.last_viewed.get(module.pk),
    ):
        # The visit enrolled them or moved them on (and may even have completed the course).
        progress = _course_progress(request.user, record, outline, reread=True)
    return _module_response(request, course, outline, index, progress=progress)


@require_POST
@vary_on_headers("HX-Request")
def module_complete_view(request: HtmxHttpRequest, course: CoursePage, module_slug: str):
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    outline, index = _find_in_outline(course, module_slug, user=None)
    record = original(course)
    try:
        result = module_complete(
            user=request.user, module=_module_page(outline, index), course=record
        )
    except QuizNotPassed as pending:
        if request.htmx:
            response = _module_response(request, course, outline, index)
            response.template_name = "courses/module_page.html#completion-response"
            response.context_data["announcement"] = pending.message
            return response
        messages.error(request, pending.message)
        return redirect(subpage_url(course, "module", module_slug, request=request) + "#status")
    announcement = _("The module is completed.")
    if any(c.course_id == record.pk for c in result.course_completions):
        announcement = _("You have completed the course “%(title)s”.") % {"title": course.title}
    if request.htmx:
        response = _module_response(request, course, outline, index)
        response.template_name = "courses/module_page.html#completion-response"
        response.context_data["announcement"] = announcement
        return response
    messages.success(request, announcement)
    return redirect(subpage_url(course, "module", module_slug, request=request) + "#status")


@require_POST
@vary_on_headers("HX-Request")
def reflection_save_view(
    request: HtmxHttpRequest, course: CoursePage, module_slug: str, block_id: str
):
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    outline, index = _find_in_outline(course, module_slug, user=None)
    module = _module_page(outline, index)
    form = ReflectionForm(request.POST)
    if form.is_valid():
        try:
            reflection_save(
                user=request.user, module=module, block_id=block_id, text=form.cleaned_data["text"]
            )
        except ValidationError as error:
            form.add_error("text", error)
    if form.errors:
        if not request.htmx and block_id not in module.reflection_prompts():
            # A tampered or outdated address: there is no question on the page to show it on.
            messages.error(request, form.errors["text"][0])
        form.block_id = block_id
        response = _module_response(
            request, course, outline, index, reflection_form=form, status=400
        )
        if request.htmx:
            response.template_name = "courses/module_page.html#reflection-response"
            response.context_data["block_id"] = block_id
        return response
    saved = _("Your reflection is saved. Only you can see it.")
    if request.htmx:
        response = _module_response(request, course, outline, index)
        response.template_name = "courses/module_page.html#reflection-response"
        response.context_data.update({"block_id": block_id, "saved_message": saved})
        return response
    messages.success(request, saved)
    url = subpage_url(course, "module", module_slug, request=request)
    return redirect(f"{url}#refleksjon-{block_id}")


def _start_quiz(request, quiz, course, module, *, back: str):
    """Start (or resume) the member's attempt and go to it; back to `back` with the reason if
    no attempt may be started. The attempt is the original quiz's, in the original course and
    module, with the questions as the reader is shown them (in their language)."""
    record = original(course)
    enrollment_touch(user=request.user, course=record, module=module)
    try:
        attempt = quiz_attempt_start(
            user=request.user,
            quiz=original(quiz),
            shown=localized(original(quiz)),
            module_page=module,
            course_page=record,
            return_path=back,
        )
    except QuizError as refused:
        messages.error(request, refused.message)
        return redirect(back)
    return redirect("quiz_attempt", attempt_id=attempt.pk)


@require_POST
def quiz_start_view(request, course: CoursePage, module_slug: str, block_id: str):
    """Start (or resume) the quiz of one of the module's quiz blocks."""
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    outline, index = _find_in_outline(course, module_slug, user=None)
    module = _module_page(outline, index)
    block = module.quiz_blocks().get(block_id)
    module_url = subpage_url(course, "module", module_slug, request=request)
    if block is None:
        raise Http404
    return _start_quiz(request, block["quiz"], course, module, back=f"{module_url}#quiz-{block_id}")


@require_POST
def course_renew_view(request, course: CoursePage):
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    try:
        course_renewal_start(user=request.user, course=original(course))
    except ValidationError as refused:
        messages.error(request, " ".join(refused.messages))
    else:
        messages.success(
            request, _("Take the modules again to complete the course and get a new certificate.")
        )
    return redirect(course.get_url(request))


@require_POST
def final_quiz_start_view(request, course: CoursePage):
    """Start (or resume) the course's final quiz."""
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    quiz = original(course).final_quiz
    if quiz is None:
        raise Http404
    return _start_quiz(
        request, quiz, course, None, back=f"{course.get_url(request)}#avsluttende-quiz"
    )


def module_standalone(request, module: ModulePage):
    """A module at its own address, outside any course: for reading, and for editors' preview
    (which lists every course using it, published or not). Progress is recorded when it is
    taken in a course."""
    is_preview = getattr(request, "is_preview", False)
    if not is_preview and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_preview and not can_see_local_page(request.user, module):
        raise Http404
    # A translation is used in its original's courses (shown in the reader's language).
    record = original(module) if module.pk else module  # its slug: courses go by it
    if is_preview:
        courses = list(record.courses_using()) if module.pk else []
    else:
        courses = [
            course
            for course in record.courses_using().live()
            if can_see_local_page(request.user, course)
        ]
        shown = shown_pages(courses)
        courses = [shown[course.pk] for course in courses]
    context = module.get_context(request)
    context.update(
        {"module": module, "module_slug": record.slug, "courses_using": courses}
        | _lesson_context(request, module, in_course=False)
    )
    return TemplateResponse(request, "courses/module_page.html", context)


@require_safe
@login_required
def my_courses(request):
    """/mine-kurs/: the member's required courses (compliance), their courses in progress and
    completed (this app) and their certificates (certificates). The other apps' panels come from
    their modules `my_courses`, found by name, since this app cannot import them."""
    panels = [module.panel(request.user) for module in app_modules("my_courses")]
    context = my_learning(request.user) | {
        "panels_first": [panel for panel in panels if panel.first],
        "panels_last": [panel for panel in panels if not panel.first],
    }
    return TemplateResponse(request, "courses/my_courses.html", context)
