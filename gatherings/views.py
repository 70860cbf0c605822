"""Pages of gatherings. Members: the runs they may sign up for, one run with its sign-up form, a
run's calendar file, and their calendar feed (a secret address, no login). Course leaders: their
runs, a run's participants, the attendance register of each gathering, the course's facilitator
material, a message to all participants and the study association's report. Branch leaders:
their branches' runs, under /leder/. Every look at other people's data is audit-logged."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from gatherings import queries, report, services
from gatherings.calendar import calendar_bytes, run_calendar
from gatherings.forms import RunMessageForm, SignupForm, attendance_rows, parse_attendance
from gatherings.models import CalendarFeed, CourseRun, SignupStatus
from skolering.access import leader_scope
from skolering.services import audit_event_record

PAGE_SIZE = 20


def _calendar_response(content: bytes, filename: str, *, attachment: bool) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(attachment, filename)
    response["Cache-Control"] = "private, no-store"
    return response


# Members


@login_required
@require_safe
def run_list(request):
    runs = Paginator(queries.upcoming_runs(request.user), PAGE_SIZE).get_page(
        request.GET.get("side")
    )
    signups = {signup.run_id: signup for signup in queries.member_signups(request.user)}
    now = timezone.now()
    items = [(run, run.state_for(signups.get(run.pk), now)) for run in runs]
    return TemplateResponse(request, "gatherings/run_list.html", {"runs": runs, "items": items})


def _visible_run(request, run_id: int) -> CourseRun:
    run = (
        queries.with_counts(queries.runs_open_to(request.user))
        .select_related("branch", "study_association", "course")
        .filter(pk=run_id)
        .first()
    )
    if run is None:
        raise Http404
    return run


def _run_page(request, run: CourseRun, form: SignupForm, status: int = 200):
    signup = run.signups.filter(user=request.user).first()
    now = timezone.now()
    return TemplateResponse(
        request,
        "gatherings/run_detail.html",
        {
            "run": run,
            "signup": signup,
            "state": run.state_for(signup, now),
            "can_sign_up": run.signup_open(now)
            and (signup is None or signup.status == SignupStatus.CANCELLED),
            "has_place": signup is not None and signup.status == SignupStatus.SIGNED_UP,
            "is_waiting": signup is not None and signup.status == SignupStatus.WAITING,
            "can_cancel": signup is not None
            and signup.status != SignupStatus.CANCELLED
            and not run.is_cancelled
            and (run.starts_at is None or run.starts_at > now),
            "form": form,
            "is_leader": services.is_run_leader(request.user, run),
        },
        status=status,
    )


@login_required
@require_safe
def run_detail(request, run_id: int):
    run = _visible_run(request, run_id)
    return _run_page(request, run, SignupForm(run=run))


@login_required
@require_POST
def signup(request, run_id: int):
    run = _visible_run(request, run_id)
    form = SignupForm(request.POST, run=run)
    if not form.is_valid():
        return _run_page(request, run, form, status=400)
    try:
        result = services.signup_create(user=request.user, run=run, details=form.details())
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("gatherings:run", run.pk)
    if result.status == SignupStatus.SIGNED_UP:
        messages.success(
            request,
            _(
                "You have a place. We have sent you an e-mail with the gatherings for your "
                "calendar."
            ),
        )
    else:
        messages.info(
            request,
            _(
                "The course is full, so you are on the waiting list. We e-mail you if a place "
                "is free."
            ),
        )
    return redirect("gatherings:run", run.pk)


@login_required
@require_POST
def cancel(request, run_id: int):
    run = _visible_run(request, run_id)
    try:
        signup = services.signup_cancel(user=request.user, run=run)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if signup is not None:
            messages.success(request, _("You are no longer signed up."))
    return redirect("gatherings:run", run.pk)


@login_required
@require_safe
def run_ics(request, run_id: int):
    run = _visible_run(request, run_id)
    if not run.signups.filter(user=request.user, status=SignupStatus.SIGNED_UP).exists():
        raise Http404
    return _calendar_response(run_calendar(run), "samlinger.ics", attachment=True)


@never_cache
@login_required
@require_safe
def feed_settings(request):
    token = services.calendar_feed_token(user=request.user)
    feed_url = request.build_absolute_uri(reverse("gatherings:calendar_feed", args=[token]))
    return TemplateResponse(request, "gatherings/feed.html", {"feed_url": feed_url})


@login_required
@require_POST
def feed_reset(request):
    services.calendar_feed_reset(user=request.user)
    messages.success(request, _("Your calendar has a new address. The old one no longer works."))
    return redirect("gatherings:feed")


@never_cache
@require_safe
def calendar_feed(request, token: str):
    """The member's gatherings as a calendar that their calendar app subscribes to. The token is
    the only key: a wrong one is 404, as is an old one after a reset."""
    feed = CalendarFeed.objects.filter(token=token).select_related("user").first()
    if feed is None or not feed.user.is_active:
        raise Http404
    entries = [
        (gathering, signup.run)
        for signup in queries.member_signups(feed.user)
        if signup.status == SignupStatus.SIGNED_UP
        for gathering in signup.run.gathering_list
    ]
    response = _calendar_response(
        calendar_bytes(_("My gatherings"), entries), "samlinger.ics", attachment=False
    )
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


# Course leaders


def _led_run(request, run_id: int) -> CourseRun:
    """The run, if the user is one of its course leaders; otherwise 404, as if it did not exist."""
    run = queries.led_runs(request.user).filter(pk=run_id).select_related("course").first()
    if run is None:
        raise Http404
    return run


def _audit(request, action: str, run: CourseRun, **details) -> None:
    audit_event_record(
        actor=request.user, action=action, branch=run.branch, details={"run": run.pk} | details
    )


@login_required
@require_safe
def leader_runs(request):
    runs = Paginator(queries.led_runs(request.user), PAGE_SIZE).get_page(request.GET.get("side"))
    return TemplateResponse(request, "gatherings/leader_runs.html", {"runs": runs})


@login_required
@require_safe
def leader_run(request, run_id: int):
    run = _led_run(request, run_id)
    _audit(request, "gatherings.participants.view", run)
    return TemplateResponse(
        request,
        "gatherings/leader_run.html",
        {
            "run": run,
            "participants": queries.participants(run),
            "waiting": queries.waiting_list(run),
            "messages_sent": run.messages.all()[:10],
        },
    )


@login_required
def attendance(request, run_id: int, gathering_id: int):
    run = _led_run(request, run_id)
    gathering = next((g for g in run.gathering_list if g.pk == gathering_id), None)
    if gathering is None:
        raise Http404
    rows = queries.participants(run)
    errors, refusal = [], ""
    if request.method == "POST":
        marks, errors = parse_attendance(
            request.POST, [row.user.pk for row in rows], gathering.teaching_hours
        )
        if not errors:
            try:
                services.attendance_record(
                    run=run, gathering=gathering, by=request.user, marks=marks
                )
            except ValidationError as error:  # not yet started, or the list changed meanwhile
                refusal = " ".join(error.messages)
            else:
                messages.success(
                    request,
                    _("Attendance at %(gathering)s is saved.") % {"gathering": gathering.title},
                )
                return redirect("gatherings:leader_run", run.pk)
    elif request.method not in ("GET", "HEAD"):
        return HttpResponse(status=405)
    _audit(request, "gatherings.attendance.view", run, gathering=gathering.pk)
    response = TemplateResponse(
        request,
        "gatherings/attendance.html",
        {
            "run": run,
            "gathering": gathering,
            "rows": attendance_rows(
                rows, gathering, post=request.POST if errors else None, errors=set(errors)
            ),
            "has_errors": bool(errors),
            "refusal": refusal,
            "not_started": not gathering.has_started,
        },
    )
    if errors or refusal:
        response.status_code = 400
    return response


@login_required
@require_safe
def material(request, run_id: int):
    run = _led_run(request, run_id)
    return TemplateResponse(
        request,
        "gatherings/material.html",
        {"run": run, "modules": queries.facilitator_material(run)},
    )


@login_required
def message(request, run_id: int):
    run = _led_run(request, run_id)
    form = RunMessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            sent = services.run_message_send(run=run, sender=request.user, **form.cleaned_data)
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                for problem in problems:
                    form.add_error(field, problem)
        else:
            messages.success(
                request,
                ngettext(
                    "The message is sent to %(count)s participant.",
                    "The message is sent to %(count)s participants.",
                    sent.recipients,
                )
                % {"count": sent.recipients},
            )
            return redirect("gatherings:leader_run", run.pk)
    response = TemplateResponse(request, "gatherings/message.html", {"run": run, "form": form})
    if form.errors:
        response.status_code = 400
    return response


@login_required
@require_safe
def report_page(request, run_id: int):
    run = _led_run(request, run_id)
    checks = report.report_checks(run)
    return TemplateResponse(
        request,
        "gatherings/report.html",
        {"run": run, "checks": checks, "ready": report.report_ready(checks)},
    )


@login_required
@require_POST
def confirm(request, run_id: int):
    run = _led_run(request, run_id)
    services.run_confirm(run=run, by=request.user)
    messages.success(request, _("You have confirmed the attendance list."))
    return redirect("gatherings:report", run.pk)


def _report_file(request, run_id: int, fmt: str):
    run = _led_run(request, run_id)
    if run.study_association is None:
        raise Http404
    _audit(request, "gatherings.report.export", run, format=fmt)
    if fmt == "csv":
        content, content_type = report.attendance_csv(run), "text/csv; charset=utf-8"
    else:
        content, content_type = report.attendance_pdf(run), "application/pdf"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(
        True, f"fremmoteliste-{run.pk}.{fmt}"
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_safe
def report_csv(request, run_id: int):
    return _report_file(request, run_id, "csv")


@login_required
@require_safe
def report_pdf(request, run_id: int):
    return _report_file(request, run_id, "pdf")


# Branch leaders


@login_required
@require_safe
def branch_runs(request):
    scope = leader_scope(request.user, request.GET.get("lag", ""))
    runs = Paginator(queries.runs_in_scope(scope), PAGE_SIZE).get_page(request.GET.get("side"))
    audit_event_record(
        actor=request.user,
        action="leader.course_runs.view",
        branch=scope.audit_branch,
        details={"scope": [branch.name for branch in scope.branches]},
    )
    query = f"lag={scope.branch.pk}" if scope.branch and len(scope.tops) > 1 else ""
    return TemplateResponse(
        request, "gatherings/branch_runs.html", {"runs": runs, "scope": scope, "query": query}
    )
