"""The organisation in the Wagtail admin: branches, memberships, role assignments and the
(read-only) audit log, grouped under one menu."""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import DeleteView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from skolering.admin_forms import BranchForm
from skolering.models import AuditEvent, Branch, Membership, RoleAssignment, User
from skolering.services import branch_delete_blockers


class BranchChooserViewSet(ChooserViewSet):
    model = Branch
    icon = "group"
    choose_one_text = _("Choose a branch")
    choose_another_text = _("Choose another branch")
    edit_item_text = _("Edit this branch")
    form_fields = []
    search_fields = ["name", "number"]
    per_page = 25


class MemberChooserViewSet(ChooserViewSet):
    model = User
    icon = "user"
    choose_one_text = _("Choose a person")
    choose_another_text = _("Choose another person")
    search_fields = ["email", "first_name", "last_name"]
    per_page = 25


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


class MembershipViewSet(ModelViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Memberships")
    form_fields = ["user", "branch", "member_number", "joined_on", "left_on"]
    list_display = ["user", "branch", "member_number", "joined_on", "left_on"]
    list_filter = ["branch", "joined_on", "left_on"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "member_number"]
    list_per_page = 50

    def get_queryset(self, request):
        return Membership.objects.select_related("user", "branch")


class RoleAssignmentViewSet(ModelViewSet):
    model = RoleAssignment
    icon = "tag"
    menu_label = _("Roles")
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
    model = AuditEvent
    icon = "history"
    menu_label = _("Audit log")
    form_fields = []
    list_display = ["created_at", "actor", "action", "branch", "subject"]
    list_filter = ["action", "created_at"]
    search_fields = ["action", "actor__email"]
    inspect_view_enabled = True
    list_per_page = 50

    def get_queryset(self, request):
        return AuditEvent.objects.select_related("actor", "branch", "subject")


class OrganisationGroup(ViewSetGroup):
    menu_label = _("Organisation")
    menu_icon = "group"
    menu_order = 250
    items = (BranchViewSet, MembershipViewSet, RoleAssignmentViewSet, AuditEventViewSet)


@hooks.register("register_admin_viewset")
def register_organisation_viewsets():
    return [
        OrganisationGroup(),
        BranchChooserViewSet("branch_chooser"),
        MemberChooserViewSet("member_chooser"),
    ]
