"""Taking a quiz: the attempt page, answering one question (htmx, or a plain form post), handing
in, the result and trying again. An attempt is reached only by the member who owns it; to
anyone else it does not exist (404)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from quizzes.grading import AnswerInvalid
from quizzes.models import FeedbackPolicy, QuizAnswer, QuizAttempt
from quizzes.queries import attempt_sheets, quiz_status
from quizzes.services import (
    QuizError,
    SubmissionInvalid,
    quiz_answer_submit,
    quiz_attempt_close_if_expired,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from skolering.http import HtmxHttpRequest
from skolering.site_content import app_modules
from skolering.translated import localized

ANSWER_FIELD_PREFIX = "svar-"
MAX_FIELDS = 300


def _own_attempt(request, attempt_id) -> QuizAttempt:
    return get_object_or_404(
        QuizAttempt.objects.select_related("quiz"), pk=attempt_id, user=request.user
    )


def way_back(attempt: QuizAttempt, request) -> str:
    path = attempt.return_path
    if path and url_has_allowed_host_and_scheme(path, allowed_hosts={request.get_host()}):
        return path
    return reverse("my_courses")


def _attempt_context(request, attempt, *, drafts=None, errors=None, summary="") -> dict:
    answers = list(QuizAnswer.objects.filter(attempt=attempt))
    return {
        "attempt": attempt,
        "sheets": attempt_sheets(
            attempt, answers, reveal=attempt.reveals_while_open, drafts=drafts, errors=errors
        ),
        "answered": len(answers),
        "total": len(attempt.questions),
        "error_summary": summary,
        "back_url": way_back(attempt, request),
    }


def _attempt_page(request, attempt, *, status=200, **kwargs):
    return TemplateResponse(
        request, "quizzes/attempt.html", _attempt_context(request, attempt, **kwargs), status=status
    )


@require_safe
@login_required
def attempt_view(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_finished and attempt.is_expired():
        attempt = quiz_attempt_close_if_expired(user=request.user, attempt_id=attempt.pk)
        messages.warning(
            request, _("The time is up. The answers you gave in time have been graded.")
        )
    if attempt.is_finished:
        return redirect("quiz_result", attempt_id=attempt.pk)
    return _attempt_page(request, attempt)


def _chosen(request, question_id: str) -> list[str]:
    return request.POST.getlist(ANSWER_FIELD_PREFIX + question_id)


@vary_on_headers("HX-Request")
@require_POST
@login_required
def answer_view(request: HtmxHttpRequest, attempt_id):
    """Record the answer to the question named by `sporsmal`."""
    question_id = request.POST.get("sporsmal", "")
    error, status = "", 200
    try:
        quiz_answer_submit(
            user=request.user,
            attempt_id=attempt_id,
            question_id=question_id,
            option_ids=_chosen(request, question_id),
        )
    except QuizAttempt.DoesNotExist:
        raise Http404 from None
    except AnswerInvalid as invalid:
        error, status = invalid.message, 400
    except QuizError as refused:
        error, status = refused.message, refused.status
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_finished and not request.htmx:
        if error:
            messages.error(request, error)
        return redirect("quiz_result", attempt_id=attempt.pk)
    known = attempt.question(question_id) is not None
    if not request.htmx:
        if status == 200:
            return redirect(reverse("quiz_attempt", args=[attempt.pk]) + f"#sporsmal-{question_id}")
        if not known:
            return _attempt_page(request, attempt, status=status, summary=error)
        return _attempt_page(
            request,
            attempt,
            status=status,
            drafts={question_id: _chosen(request, question_id)},
            errors={question_id: error},
        )
    context = _attempt_context(
        request,
        attempt,
        drafts={question_id: _chosen(request, question_id)} if error else None,
        errors={question_id: error} if error else None,
    )
    sheet = next((s for s in context["sheets"] if s.id == question_id), None)
    if sheet is None:
        context["announcement"] = error
        return TemplateResponse(
            request, "quizzes/attempt.html#announcement", context, status=status
        )
    context.update(sheet=sheet, announcement=error or _("Your answer is recorded."))
    return TemplateResponse(request, "quizzes/attempt.html#answer-response", context, status=status)


@require_POST
@login_required
def submit_view(request, attempt_id):
    keys = [key for key in request.POST if key.startswith(ANSWER_FIELD_PREFIX)]
    if len(keys) > MAX_FIELDS:
        attempt = _own_attempt(request, attempt_id)
        return _attempt_page(
            request, attempt, status=400, summary=_("The form has too many fields.")
        )
    answers = {key[len(ANSWER_FIELD_PREFIX) :]: request.POST.getlist(key) for key in keys}
    try:
        attempt = quiz_attempt_submit(user=request.user, attempt_id=attempt_id, answers=answers)
    except QuizAttempt.DoesNotExist:
        raise Http404 from None
    except SubmissionInvalid as invalid:
        attempt = _own_attempt(request, attempt_id)
        return _attempt_page(
            request,
            attempt,
            status=400,
            drafts=answers,
            errors=invalid.errors,
            summary=invalid.message,
        )
    except QuizError as refused:
        messages.error(request, refused.message)
        attempt = _own_attempt(request, attempt_id)
    return redirect("quiz_result", attempt_id=attempt.pk)


@require_safe
@login_required
def result_view(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_finished:
        return redirect("quiz_attempt", attempt_id=attempt.pk)
    status = quiz_status(request.user, attempt.quiz) if attempt.quiz else None
    reveal = status.reveals_answers(attempt) if status else False
    answers = list(QuizAnswer.objects.filter(attempt=attempt))
    # What the apps above this one add, e.g. the completed course and its kursbevis (courses).
    panels = [module.panel(request.user, attempt) for module in app_modules("quiz_result")]
    return TemplateResponse(
        request,
        "quizzes/result.html",
        {
            "attempt": attempt,
            "status": status,
            "reveal": reveal,
            "sheets": attempt_sheets(attempt, answers, reveal=reveal),
            "back_url": way_back(attempt, request),
            "policy": FeedbackPolicy,
            "panels": [panel for panel in panels if panel is not None],
        },
    )


@require_POST
@login_required
def retry_view(request, attempt_id):
    """A new attempt at the same quiz, from the same place as this one."""
    previous = _own_attempt(request, attempt_id)
    if previous.quiz is None:
        raise Http404
    try:
        attempt = quiz_attempt_start(
            user=request.user,
            quiz=previous.quiz,
            shown=localized(previous.quiz),  # in the reader's language, as the first was
            module_page=previous.module_page,
            course_page=previous.course_page,
            return_path=previous.return_path,
        )
    except QuizError as refused:
        messages.error(request, refused.message)
        return redirect("quiz_result", attempt_id=previous.pk)
    return redirect("quiz_attempt", attempt_id=attempt.pk)
