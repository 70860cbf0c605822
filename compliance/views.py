"""The leader dashboard (/leder/): thin views that find the leader's scope through
skolering.access, parse the filters, ask compliance.queries and write an audit event for every
look at other people's data. Long exports are made in the background (compliance.export_jobs),
and the leader follows them, and the reminders they sent, on pages that poll with htmx."""

from dataclasses import replace
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.messages.utils import get_level_tags
from django.http import HttpResponseBadRequest, QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from compliance import export_jobs, exports, phrases
from compliance.charts import requirement_charts
from compliance.forms import BRANCH_KEY, PeopleFilterForm
from compliance.models import NEW_MEMBER_DAYS, Audience, ExportFormat, Status
from compliance.people_list import filters_for_audit, people_page, people_selection
from compliance.queries import (
    SORTS,
    PeopleFilter,
    StatusRows,
    applicable_requirements,
    branch_summary,
    reminder_delivery,
    summary_units,
)
from compliance.services import requirement_reminders_retry, requirement_reminders_send
from skolering.access import LeaderScope, branches_below, is_within, leader_scope
from skolering.http import HtmxHttpRequest
from skolering.services import audit_event_record

PAGE_SIZE = 50
NEW_MEMBERS_SHOWN = 10
# htmx stops polling when a poll is answered with this status.
STOP_POLLING = 286
BRANCH_INDENT = "\u00a0" * 4  # per level, in the branch filter's options


def filter_query(params: QueryDict, **changes) -> str:
    """The filters of `params` as a query string, with `changes` applied (None removes)."""
    values = {key: params.get(key, "") for key in PeopleFilterForm.query_keys()}
    values.update({key: "" if value is None else str(value) for key, value in changes.items()})
    return urlencode({key: value for key, value in values.items() if value})


def _audit(request, action: str, scope: LeaderScope, details: dict) -> None:
    audit_event_record(
        actor=request.user,
        action=action,
        branch=scope.audit_branch,
        details={"scope": [branch.name for branch in scope.branches]} | details,
    )


@login_required
@require_safe
@vary_on_headers("HX-Request")
def dashboard(request: HtmxHttpRequest):
    scope = leader_scope(request.user, request.GET.get(BRANCH_KEY, ""))
    today = timezone.localdate()
    requirements = applicable_requirements(scope.paths)
    rows, totals = branch_summary(
        units=summary_units(scope),
        requirements=requirements,
        scope_branch=scope.branch,
        today=today,
    )
    member_requirements = [r for r in requirements if r.audience == Audience.MEMBER]
    new_members = StatusRows(
        scope_paths=scope.paths,
        requirements=member_requirements,
        people=PeopleFilter(new_members_only=True),
        sort="-start",
        today=today,
    )
    new_member_rows = new_members[:NEW_MEMBERS_SHOWN]
    _audit(
        request,
        "leader.dashboard.view",
        scope,
        {
            "branches": len(rows),
            "requirements": len(requirements),
            "new_members_shown": len(new_member_rows),
        },
    )
    return TemplateResponse(
        request,
        "compliance/dashboard.html",
        {
            "scope": scope,
            "trail": scope.trail,
            "requirements": requirements,
            "summary_rows": rows,
            "totals": totals,
            "charts": requirement_charts(rows, requirements),
            "new_members": new_member_rows,
            # People, not rows: a new member has a row for each course required of members.
            "new_member_count": new_members.people_count() if new_member_rows else 0,
            "member_requirements": member_requirements,
            "new_member_days": NEW_MEMBER_DAYS,
        },
    )


@login_required
@require_safe
@vary_on_headers("HX-Request")
def people(request: HtmxHttpRequest):
    scope, form, rows = people_selection(request.user, request.GET)
    context = {
        "scope": scope,
        "trail": scope.trail,
        "form": form,
        "branch_choices": _branch_choices(scope),
        "query": filter_query(request.GET),
    }
    status = 200
    if rows is None:
        status = 400
        context["page_obj"] = None
    else:
        page = people_page(rows, request.GET.get("side"), PAGE_SIZE)
        counts = rows.counts()
        context.update(
            {
                "page_obj": page,
                "counts": counts,
                "count_text": phrases.rows_and_people(counts),
                "overdue_note": phrases.overdue_note(counts),
                "reminder_button": phrases.reminder_button(counts),
                "sort_links": _sort_links(request.GET, form.sort),
                "reminder_filters": parse_qsl(filter_query(request.GET, sorter=None)),
                "export_filters": parse_qsl(filter_query(request.GET)),
                "export_in_background": export_jobs.export_runs_in_background(counts.rows),
                **_delivery_context(request),
                "page_links": {
                    "previous": "?" + filter_query(request.GET, side=page.previous_page_number())
                    if page.has_previous()
                    else None,
                    "next": "?" + filter_query(request.GET, side=page.next_page_number())
                    if page.has_next()
                    else None,
                },
            }
        )
        _audit(
            request,
            "leader.people.view",
            scope,
            {
                "filters": filters_for_audit(form, scope),
                "rows": counts.rows,
                "page": page.number,
            },
        )
    template = "compliance/people.html"
    if request.htmx:
        # The filter form replaces the whole page body (a new branch changes the heading and
        # the branch choices); sorting and paging replace the results only.
        template += "#page-body" if request.htmx.target == "people-page" else "#results"
    return TemplateResponse(request, template, context, status=status)


def _branch_choices(scope: LeaderScope) -> list[tuple[str, str]]:
    """The branches offered in the filter: every branch the leader may see, in tree order,
    indented by depth below the branch they lead (options cannot be styled, so the indent is
    non-breaking spaces, which screen readers do not read out)."""
    tops = {top.path: top.depth for top in scope.tops}
    choices = [] if len(scope.tops) == 1 else [("", _("All my branches"))]
    for branch in branches_below(scope.tops).order_by("path"):
        top_depth = next(depth for path, depth in tops.items() if is_within(branch.path, [path]))
        indent = BRANCH_INDENT * (branch.depth - top_depth)
        choices.append((str(branch.pk), indent + branch.name))
    return choices


def _sort_links(params: QueryDict, current: str) -> dict[str, dict]:
    """For each sortable column: the address that sorts by it (or reverses it) and its
    aria-sort state."""
    links = {}
    for key in (key for key, sort in SORTS.items() if sort.heading):
        if current == key:
            target, state = f"-{key}", "ascending"
        elif current == f"-{key}":
            target, state = key, "descending"
        else:
            target, state = key, None
        links[key] = {
            "url": "?" + filter_query(params, sorter=target, side=None),
            "state": state,
            "heading": str(SORTS[key].heading),  # translated once, not in every row
        }
    return links


def _export(request, fmt: str):
    scope, form, rows = people_selection(request.user, request.GET)
    if rows is None:
        return people(request)
    count = rows.count()
    if export_jobs.export_runs_in_background(count):
        # Too long for the request: the page offers to make the file in the background.
        messages.info(request, phrases.export_too_long(count))
        return redirect(reverse("leader_people") + "?" + filter_query(request.GET))
    _audit(
        request,
        "leader.people.export",
        scope,
        {"format": fmt, "filters": filters_for_audit(form, scope), "rows": count},
    )
    filename = exports.filename(scope)
    if fmt == "csv":
        return exports.csv_response(rows, filename)
    return exports.xlsx_response(rows, filename)


@login_required
@require_safe
def export_csv(request):
    return _export(request, "csv")


@login_required
@require_safe
def export_xlsx(request):
    return _export(request, "xlsx")


@login_required
@require_POST
@vary_on_headers("HX-Request")
def send_reminders(request: HtmxHttpRequest):
    scope, form, rows = people_selection(request.user, request.POST)
    back = reverse("leader_people") + "?" + filter_query(request.POST)
    if rows is None:
        messages.error(request, _("The list could not be read. Choose the filters again."))
        return redirect(back)
    overdue_rows = []
    if rows.people.status in ("", Status.OVERDUE):
        overdue_rows = list(
            StatusRows(
                scope_paths=scope.paths,
                requirements=list(rows.requirements.values()),
                people=replace(rows.people, status=Status.OVERDUE),
            )
        )
    result = requirement_reminders_send(actor=request.user, overdue=overdue_rows)
    _audit(
        request,
        "leader.reminders.send",
        scope,
        {
            "filters": filters_for_audit(form, scope),
            "rows": len(overdue_rows),
            "sent": result.sent,
            "skipped": result.skipped,
        },
    )
    if not overdue_rows:
        text = _("Nobody in this list is overdue, so no reminders were sent.")
    else:
        text = phrases.reminders_result(result)
    # Green when reminders went out or are on their way, red when some could not be sent;
    # otherwise the neutral look of information.
    level = messages.SUCCESS if result.sent else messages.INFO
    if result.failed:
        level = messages.ERROR
    if request.htmx:
        # The delivery status beside the button is brought up to date too (out of band), and
        # polls while the reminders wait in the queue.
        return TemplateResponse(
            request,
            "compliance/people.html#reminder-result",
            {
                "reminder_message": text,
                "reminder_tag": get_level_tags()[level],
                "query": filter_query(request.POST),
                "reminder_filters": parse_qsl(filter_query(request.POST, sorter=None)),
                **_delivery_context(request),
            },
        )
    messages.add_message(request, level, text)
    return redirect(back)


@login_required
@require_POST
def export_start(request):
    """Queue the export of the list the filters (hidden fields) select, and show its page."""
    scope, form, rows = people_selection(request.user, request.POST)
    fmt = request.POST.get("format", "")
    if rows is None or fmt not in ExportFormat.values:
        return HttpResponseBadRequest(
            _("The list could not be read. Choose the filters again."),
            content_type="text/plain; charset=utf-8",
        )
    count = rows.count()
    job = export_jobs.people_export_create(
        actor=request.user,
        query=filter_query(request.POST),
        fmt=fmt,
        filename=exports.filename(scope),
    )
    _audit(
        request,
        "leader.people.export",
        scope,
        {
            "format": fmt,
            "filters": filters_for_audit(form, scope),
            "rows": count,
            "export": job.pk,
        },
    )
    return redirect("leader_export_job", export_id=job.pk)


@login_required
@require_safe
@vary_on_headers("HX-Request")
def export_job(request: HtmxHttpRequest, export_id: int):
    """An export's page: its state, and the leader's other recent exports. Only its leader
    sees it; polled with htmx while the file is being made."""
    job = export_jobs.people_export_get(user=request.user, export_id=export_id)
    context = {"job": job, "failure": phrases.export_failure(job)}
    if request.htmx:
        return TemplateResponse(
            request,
            "compliance/export_job.html#export-status-body",
            context,
            status=200 if job.is_pending else STOP_POLLING,
        )
    context["others"] = [
        other
        for other in export_jobs.people_exports_recent(user=request.user)
        if other.pk != job.pk
    ]
    context["keep_days"] = settings.EXPORT_KEEP_DAYS
    response = TemplateResponse(request, "compliance/export_job.html", context)
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_safe
def export_download(request, export_id: int):
    job = export_jobs.people_export_get(user=request.user, export_id=export_id)
    file = export_jobs.people_export_open(job=job)
    audit_event_record(
        actor=request.user,
        action="leader.people.export.download",
        details={"export": job.pk, "format": job.format, "rows": job.rows},
    )
    return exports.file_response(file, f"{job.filename}.{job.format}", job.format)


def _delivery_context(request) -> dict:
    delivery = reminder_delivery(actor=request.user)
    return {"delivery": delivery, "delivery_text": phrases.reminder_delivery(delivery)}


@login_required
@require_safe
@vary_on_headers("HX-Request")
def reminder_status(request: HtmxHttpRequest):
    """How far the reminders the leader sent lately have got: the people page polls this while
    some wait; without htmx, the people page itself says it."""
    leader_scope(request.user)
    if not request.htmx:
        return redirect(reverse("leader_people") + "?" + filter_query(request.GET))
    context = _delivery_context(request) | {"query": filter_query(request.GET)}
    return TemplateResponse(
        request,
        "compliance/people.html#reminder-status-body",
        context,
        status=200 if context["delivery"].waiting else STOP_POLLING,
    )


@login_required
@require_POST
@vary_on_headers("HX-Request")
def retry_reminders(request: HtmxHttpRequest):
    """Queue again the reminders the leader sent lately that could not be sent, to the people
    who are still in what the leader may see."""
    scope = leader_scope(request.user)
    result = requirement_reminders_retry(actor=request.user, scope_paths=scope.paths)
    _audit(request, "leader.reminders.retry", scope, {"sent": result.sent})
    text = phrases.reminders_result(result)
    query = filter_query(request.POST)
    if request.htmx:
        context = _delivery_context(request) | {
            "query": query,
            "reminder_message": text,
            "reminder_filters": parse_qsl(query),
        }
        return TemplateResponse(request, "compliance/people.html#reminder-status", context)
    messages.add_message(request, messages.ERROR if result.failed else messages.INFO, text)
    return redirect(reverse("leader_people") + "?" + query)
