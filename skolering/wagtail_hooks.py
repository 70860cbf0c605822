"""The organisation in the Wagtail admin: branches, memberships, role assignments and the
(read-only) audit log, grouped under one menu."""

from functools import wraps

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import CreateView, DeleteView, EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from skolering.admin_forms import BranchForm
from skolering.admin_views import AuditReportView, ReportMenuItem, report_urls
from skolering.languages import DEFAULT_LANGUAGE, locale_id_of
from skolering.models import AuditEvent, Branch, Membership, RoleAssignment, User
from skolering.services import audit_event_record, branch_delete_blockers
from skolering.translated import original


class BranchChooserViewSet(ChooserViewSet):
    model = Branch
    icon = "group"
    choose_one_text = _("Choose a branch")
    choose_another_text = _("Choose another branch")
    edit_item_text = _("Edit this branch")
    form_fields = []
    search_fields = ["name", "number"]
    per_page = 25


# Who may search the people register in the member chooser: those who assign memberships,
# roles and extra quiz time. Having the admin at all (an editor, a requirements administrator)
# is not enough: the list names every member of the party.
PEOPLE_PICKING_PERMISSIONS = (
    "skolering.add_membership",
    "skolering.change_membership",
    "skolering.add_roleassignment",
    "skolering.change_roleassignment",
    "quizzes.add_quiztimeextension",
    "quizzes.change_quiztimeextension",
)


def _for_people_pickers(view):
    @wraps(view)
    def checked(request, *args, **kwargs):
        if not any(request.user.has_perm(perm) for perm in PEOPLE_PICKING_PERMISSIONS):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


class MemberChooserViewSet(ChooserViewSet):
    model = User
    icon = "user"
    choose_one_text = _("Choose a person")
    choose_another_text = _("Choose another person")
    search_fields = ["email", "first_name", "last_name"]
    per_page = 25

    def get_urlpatterns(self):
        return [
            path(str(pattern.pattern), _for_people_pickers(pattern.callback), name=pattern.name)
            for pattern in super().get_urlpatterns()
        ]


class BranchDeleteView(DeleteView):
    def form_valid(self, form):
        blockers = branch_delete_blockers(self.object)
        if blockers:
            messages.error(self.request, " ".join(str(reason) for reason in blockers))
            return redirect(self.edit_url_name, quote(self.object.pk))
        return super().form_valid(form)


class BranchViewSet(ModelViewSet):
    model = Branch
    icon = "group"
    menu_label = _("Branches")
    add_to_admin_menu = False
    delete_view_class = BranchDeleteView
    list_display = [
        Column("indented_name", label=_("Name")),
        "kind",
        "number",
    ]
    list_filter = ["kind"]
    search_fields = ["name", "number", "slug"]
    ordering = ["path"]
    list_per_page = 50
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return BranchForm


def _audit_person_record(view, verb: str, instance, changes: dict | None = None) -> None:
    """A membership or role was added, changed or removed in the admin: who did it, to whom,
    where, and what changed (old and new values)."""
    details = {
        field: str(getattr(instance, field)) for field in view.audited_fields if field != "user"
    }
    if changes:
        details["changes"] = changes
    audit_event_record(
        actor=view.request.user,
        action=f"{view.audit_action}.{verb}",
        branch=instance.branch,
        subject=instance.user,
        details=details,
    )


class AuditedViewMixin:
    audit_action = ""
    audited_fields = ()


class AuditedCreateView(AuditedViewMixin, CreateView):
    @transaction.atomic
    def save_instance(self):
        instance = super().save_instance()
        _audit_person_record(self, "create", instance)
        return instance


class AuditedEditView(AuditedViewMixin, EditView):
    @transaction.atomic
    def save_instance(self):
        before = {name: str(self.form.initial.get(name)) for name in self.form.changed_data}
        changes = {
            name: [old, str(self.form.cleaned_data.get(name))]
            for name, old in before.items()
            # A date widget may report a change when only its text format differs.
            if old != str(self.form.cleaned_data.get(name))
        }
        instance = super().save_instance()
        if changes:
            _audit_person_record(self, "change", instance, changes)
        return instance


class AuditedDeleteView(AuditedViewMixin, DeleteView):
    @transaction.atomic
    def delete_action(self):
        _audit_person_record(self, "delete", self.object)
        super().delete_action()


class AuditedPersonViewSet(ModelViewSet):
    """Changes to who is a member where, and who holds which role, are audited."""

    add_view_class = AuditedCreateView
    edit_view_class = AuditedEditView
    delete_view_class = AuditedDeleteView
    audit_action = ""

    def _audit_kwargs(self) -> dict:
        return {"audit_action": self.audit_action, "audited_fields": self.form_fields}

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(**self._audit_kwargs(), **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(**self._audit_kwargs(), **kwargs)

    def get_delete_view_kwargs(self, **kwargs):
        return super().get_delete_view_kwargs(**self._audit_kwargs(), **kwargs)


class MembershipViewSet(AuditedPersonViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Memberships")
    audit_action = "membership"
    form_fields = ["user", "branch", "joined_on", "left_on"]
    list_display = [
        "user",
        Column("member_number", label=_("Member number"), accessor="user.member_number"),
        "branch",
        "joined_on",
        "left_on",
    ]
    list_filter = ["branch", "joined_on", "left_on"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "user__member_number"]
    list_per_page = 50

    def get_queryset(self, request):
        return Membership.objects.select_related("user", "branch")


class RoleAssignmentViewSet(AuditedPersonViewSet):
    model = RoleAssignment
    icon = "tag"
    menu_label = _("Roles")
    audit_action = "role"
    form_fields = ["user", "branch", "role", "starts_on", "ends_on"]
    list_display = ["user", "role", "branch", "starts_on", "ends_on"]
    list_filter = ["role", "branch", "starts_on", "ends_on"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    list_per_page = 50

    def get_queryset(self, request):
        return RoleAssignment.objects.select_related("user", "branch")


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Audit events are written by the application only: nobody adds, edits or deletes them."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)


register_permission_policy(AuditEvent, ReadOnlyPermissionPolicy(AuditEvent))


class AuditEventViewSet(ModelViewSet):
    """One event in full (the audit report under Reports lists them)."""

    model = AuditEvent
    icon = "history"
    menu_label = _("Audit log")
    add_to_admin_menu = False
    form_fields = []
    list_display = ["created_at", "actor", "action", "branch", "subject"]
    list_filter = ["action", "created_at"]
    inspect_view_enabled = True
    list_per_page = 50


class OrganisationGroup(ViewSetGroup):
    menu_label = _("Organisation")
    menu_icon = "group"
    menu_order = 250
    items = (BranchViewSet, MembershipViewSet, RoleAssignmentViewSet)


@hooks.register("register_admin_viewset")
def register_organisation_viewsets():
    return [
        OrganisationGroup(),
        AuditEventViewSet(),
        BranchChooserViewSet("branch_chooser"),
        MemberChooserViewSet("member_chooser"),
    ]


@hooks.register("register_admin_urls")
def audit_report_urls():
    return report_urls("reports/revisjonslogg/", AuditReportView, "audit_report")


@hooks.register("register_reports_menu_item")
def audit_report_menu_item():
    return ReportMenuItem(
        _("Audit log"),
        reverse("audit_report"),
        report=AuditReportView,
        icon_name="history",
        order=800,
    )


@hooks.register("before_delete_user")
def record_who_erases(request, user):
    """Deleting a user erases their data (skolering.personal_data); the audit event names the
    administrator who did it."""
    user.erasure = (request.user, "deleted in the admin")


# Content is written in Bokmål and translated from it (skolering/translated.py): new pages and
# quizzes are made in the Bokmål tree, their translations with "Translate" (wagtail-localize).
WRITE_IN_BOKMAL = _(
    "New pages and quizzes are written in Bokmål and translated from there: add the page in the "
    "Bokmål tree, then choose “Translate”."
)


@hooks.register("before_create_page")
def pages_are_written_in_bokmal(request, parent_page, page_class):
    if parent_page.is_root() or parent_page.locale_id == locale_id_of(DEFAULT_LANGUAGE):
        return None
    messages.error(request, WRITE_IN_BOKMAL)
    return redirect("wagtailadmin_explore", original(parent_page).pk)


@hooks.register("before_create_snippet")
def snippets_are_written_in_bokmal(request, model):
    language = request.GET.get("locale")
    if not issubclass(model, TranslatableMixin) or language in (None, "", DEFAULT_LANGUAGE):
        return None
    messages.error(request, WRITE_IN_BOKMAL)
    return redirect(f"{request.path}?locale={DEFAULT_LANGUAGE}")
