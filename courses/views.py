"""Course views: thin wrappers that parse the request, call queries and services, and render.
The page models route to these (see CoursePage's routes)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from courses.forms import ReflectionForm
from courses.models import CoursePage, ModulePage, ReflectionAnswer, Track
from courses.queries import (
    can_see_local_page,
    catalogue_courses,
    course_outline,
    my_learning,
    progress_for,
    with_progress,
)
from courses.services import (
    QuizNotPassed,
    course_renewal_start,
    enrollment_touch,
    module_complete,
    module_progress_touch,
    reflection_save,
)
from courses.templatetags.course_tags import subpage_url
from quizzes.queries import quiz_statuses
from quizzes.services import QuizError, quiz_attempt_start
from skolering.access import is_facilitator

CATALOGUE_PAGE_SIZE = 12


def catalogue_context(request, index_page) -> dict:
    track = request.GET.get("spor", "")
    if track not in Track.values:
        track = ""
    entries = catalogue_courses(request.user, index_page, track=track)
    page = Paginator(entries, CATALOGUE_PAGE_SIZE).get_page(request.GET.get("side"))
    return {
        "tracks": Track.choices,
        "track": track,
        "courses_page": page,
        "items": with_progress(request.user, page.object_list),
        "course_count": len(entries),
    }


def course_context(request, course: CoursePage) -> dict:
    outline = course_outline(course)
    progress = progress_for(request.user, [course], outlines={course.pk: outline})[course.pk]
    next_id = progress.next_module_id()
    next_item = next((item for item in outline if item.module_id == next_id), None)
    final_quiz = course.final_quiz
    return {
        "outline": outline,
        "progress": progress,
        "final_quiz_status": quiz_statuses(request.user, [final_quiz])[final_quiz.pk]
        if final_quiz
        else None,
        "next_item": next_item,
        "branch_page": course.owning_branch_page,
        "today": timezone.localdate(),
    }


def _module_response(request, course, outline, index, *, reflection_form=None, status=200):
    item = outline[index]
    module = ModulePage.objects.get(pk=item.module_id)
    progress = progress_for(request.user, [course], outlines={course.pk: outline})[course.pk]
    answers = {
        answer.block_id: answer
        for answer in ReflectionAnswer.objects.filter(user=request.user, module=module)
    }
    quiz_blocks = module.quiz_blocks()
    statuses = quiz_statuses(request.user, [value["quiz"] for value in quiz_blocks.values()])
    context = {
        "page": course,
        "course": course,
        "module": module,
        "quiz_statuses": statuses,
        "quiz_pending": [
            (block_id, value["quiz"])
            for block_id, value in quiz_blocks.items()
            if value["quiz"].live and not statuses[value["quiz"].pk].passed
        ],
        "outline": outline,
        "position": index + 1,
        "previous_item": outline[index - 1] if index > 0 else None,
        "next_item": outline[index + 1] if index + 1 < len(outline) else None,
        "progress": progress,
        "module_done": module.pk in progress.completed_ids,
        "reflection_answers": answers,
        "reflection_prompts": module.reflection_prompts(),
        "reflection_form": reflection_form,
        "show_facilitator_notes": is_facilitator(request.user),
    }
    template = "courses/module_page.html"
    if request.htmx and status == 200:
        template += "#lesson"
    return TemplateResponse(request, template, context, status=status)


def _find_in_outline(course, module_slug):
    outline = course_outline(course)
    for index, item in enumerate(outline):
        if item.module.slug == module_slug:
            return outline, index
    raise Http404


@vary_on_headers("HX-Request")
def module_in_course(request, course: CoursePage, module_slug: str):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    outline, index = _find_in_outline(course, module_slug)
    module = outline[index].module
    enrollment_touch(user=request.user, course=course, module=module)
    module_progress_touch(user=request.user, module=module)
    return _module_response(request, course, outline, index)


@vary_on_headers("HX-Request")
def module_complete_view(request, course: CoursePage, module_slug: str):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    outline, index = _find_in_outline(course, module_slug)
    try:
        result = module_complete(user=request.user, module=outline[index].module, course=course)
    except QuizNotPassed as pending:
        if request.htmx:
            response = _module_response(request, course, outline, index)
            response.template_name = "courses/module_page.html#completion-response"
            response.context_data["announcement"] = pending.message
            return response
        messages.error(request, pending.message)
        return redirect(subpage_url(course, "module", module_slug, request=request) + "#status")
    announcement = _("The module is completed.")
    if any(c.course_id == course.pk for c in result.course_completions):
        announcement = _("You have completed the course “%(title)s”.") % {"title": course.title}
    if request.htmx:
        response = _module_response(request, course, outline, index)
        response.template_name = "courses/module_page.html#completion-response"
        response.context_data["announcement"] = announcement
        return response
    messages.success(request, announcement)
    return redirect(subpage_url(course, "module", module_slug, request=request) + "#status")


@vary_on_headers("HX-Request")
def reflection_save_view(request, course: CoursePage, module_slug: str, block_id: str):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    outline, index = _find_in_outline(course, module_slug)
    module = outline[index].module
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
    no attempt may be started."""
    enrollment_touch(user=request.user, course=course, module=module)
    try:
        attempt = quiz_attempt_start(
            user=request.user,
            quiz=quiz,
            module_page=module,
            course_page=course,
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
    outline, index = _find_in_outline(course, module_slug)
    module = ModulePage.objects.get(pk=outline[index].module_id)
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
        course_renewal_start(user=request.user, course=course)
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
    quiz = course.final_quiz
    if quiz is None:
        raise Http404
    return _start_quiz(
        request, quiz, course, None, back=f"{course.get_url(request)}#avsluttende-quiz"
    )


def module_standalone(request, module: ModulePage):
    """A module at its own address, outside any course: for reading, and for editors' preview.
    Progress is recorded when it is taken in a course."""
    is_preview = getattr(request, "is_preview", False)
    if not is_preview and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_preview and not can_see_local_page(request.user, module):
        raise Http404
    courses = [
        course
        for course in CoursePage.objects.live()
        .filter(course_modules__module=module)
        .distinct()
        .order_by("title")
        if is_preview or can_see_local_page(request.user, course)
    ]
    context = module.get_context(request)
    context.update(
        {
            "module": module,
            "courses_using": courses,
            "reflection_answers": {},
            "show_facilitator_notes": is_preview or is_facilitator(request.user),
        }
    )
    return TemplateResponse(request, "courses/module_page.html", context)


@login_required
def my_courses(request):
    return TemplateResponse(request, "courses/my_courses.html", my_learning(request.user))
