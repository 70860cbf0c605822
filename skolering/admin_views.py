"""The audit report in the Wagtail admin: every audit event, filtered by actor, action and date,
exportable as CSV and XLSX. Taking the log out is itself audited."""

import json

import django_filters

from django.db.models import F
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from skolering.models import AuditEvent
from skolering.services import audit_event_record


def report_urls(route: str, view_class, name: str) -> list:
    """A report's page, and its results alone (what the filters fetch)."""
    return [
        path(route, view_class.as_view(), name=name),
        path(f"{route}resultater/", view_class.as_view(results_only=True), name=f"{name}_results"),
    ]


class ReportMenuItem(MenuItem):
    """An item under Reports, shown to those the report's permission policy lets in."""

    def __init__(self, label, url, *, report, **kwargs):
        super().__init__(label, url, **kwargs)
        self.report = report

    def is_shown(self, request):
        return self.report.permission_policy.user_has_any_permission(
            request.user, self.report.any_permission_required
        )


def details_text(details: dict) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True) if details else ""


class DetailsColumn(Column):
    def get_value(self, instance):
        return details_text(instance.details)


def action_choices():
    actions = AuditEvent.objects.order_by("action").values_list("action", flat=True).distinct()
    return [(action, action) for action in actions]


class AuditEventFilterSet(WagtailFilterSet):
    actor = django_filters.CharFilter(
        label=_("Actor (email address)"),
        field_name="actor__email",
        lookup_expr="icontains",
        max_length=254,
    )
    action = django_filters.ChoiceFilter(label=_("Action"), choices=action_choices)
    created_at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = AuditEvent
        fields = []


class AuditReportView(ReportView):
    page_title = _("Audit log")
    header_icon = "history"
    index_url_name = "audit_report"
    index_results_url_name = "audit_report_results"
    filterset_class = AuditEventFilterSet
    permission_policy = ModelPermissionPolicy(AuditEvent)
    any_permission_required = ["view"]
    export_filename = "revisjonslogg"
    verbose_name_plural = _("audit events")
    list_export = [
        "created_at",
        "actor_email",
        "action",
        "branch_name",
        "subject_email",
        "details",
    ]
    export_headings = {
        "created_at": _("Time"),
        "actor_email": _("Actor"),
        "action": _("Action"),
        "branch_name": _("Branch"),
        "subject_email": _("Person concerned"),
        "details": _("Details"),
    }
    columns = [
        TitleColumn(
            "created_at",
            label=_("Time"),
            get_url=lambda event: reverse("auditevent:inspect", args=[event.pk]),
        ),
        Column("actor_email", label=_("Actor")),
        Column("action", label=_("Action")),
        Column("branch_name", label=_("Branch")),
        Column("subject_email", label=_("Person concerned")),
        DetailsColumn("details", label=_("Details")),
    ]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = self.custom_field_preprocess | {
            "details": {self.FORMAT_CSV: details_text, self.FORMAT_XLSX: details_text}
        }

    def get_queryset(self):
        return AuditEvent.objects.annotate(
            actor_email=F("actor__email"),
            subject_email=F("subject__email"),
            branch_name=F("branch__name"),
        ).order_by("-created_at", "-pk")

    def as_spreadsheet(self, queryset, spreadsheet_format):
        filters = {
            key: value
            for key, value in self.request.GET.items()
            if key != "export" and value and len(value) <= 254
        }
        audit_event_record(
            actor=self.request.user,
            action="audit.export",
            details={"format": spreadsheet_format, "filters": filters, "rows": queryset.count()},
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)
