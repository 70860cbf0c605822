"""The requirements admin's queryset and form. Who may set requirements where is decided in
skolering.access (`requirement_admin_branches`)."""

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from compliance.models import CourseRequirement
from courses.models import CoursePage
from skolering.access import (
    ancestor_paths,
    branches_below,
    requirement_admin_branches,
    requirement_admin_q,
)
from skolering.models import Branch, User
from skolering.translated import originals


def requirements_for_admin(user: User) -> QuerySet:
    """The requirements the administrator may change."""
    return CourseRequirement.objects.select_related("course", "branch").filter(
        requirement_admin_q(user)
    )


def requirements_visible_to(user: User) -> QuerySet:
    """Those they may change, and those set above them that hold in their branches too (the
    party-wide ones, and a county's for a municipality's administrator), to read."""
    tops = requirement_admin_branches(user)
    visible = requirement_admin_q(user)
    if tops is not None:
        above = {path for top in tops for path in ancestor_paths(top.path)}
        visible |= Q(branch__isnull=True) | Q(branch__path__in=above)
    return CourseRequirement.objects.select_related("course", "branch").filter(visible)


class CourseRequirementForm(WagtailAdminModelForm):
    class Meta:
        model = CourseRequirement
        fields = [
            "course",
            "audience",
            "branch",
            "target",
            "due_within_days",
            "renew_on_expiry",
            "applies_from",
        ]
        widgets = {"course": forms.Select, "branch": forms.Select}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Requirements are on the originals; a completion in any language meets them.
        self.fields["course"].queryset = originals(CoursePage.objects.order_by("title"))
        self.fields["course"].label_from_instance = lambda page: page.title
        branch = self.fields["branch"]
        branch.label_from_instance = lambda branch: branch.indented_name
        scope = requirement_admin_branches(self.for_user) if self.for_user else None
        if scope is None:
            branch.queryset = Branch.objects.order_by("path")
            branch.empty_label = _("The whole party")
            return
        branch.queryset = branches_below(scope).order_by("path")
        branch.required = True
        branch.help_text = _("The requirement holds in this branch and every branch below it.")
