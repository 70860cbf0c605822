"""Who may set requirements where, for the Wagtail admin: national administrators (superusers,
and people with the requirement permissions who lead or train at the national level) for the
whole party; county administrators (the same permissions, leading a county) for their county."""

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from compliance.models import CourseRequirement
from courses.models import CoursePage
from skolering.access import led_branches
from skolering.models import Branch, BranchKind, User


def admin_scope(user: User) -> list[Branch] | None:
    """None for the whole party; otherwise the branches (with everything below them) where the
    user may set requirements, possibly none."""
    if user.is_superuser:
        return None
    tops = led_branches(user)
    if any(branch.kind == BranchKind.NATIONAL for branch in tops):
        return None
    return tops


def requirements_for_admin(user: User) -> QuerySet:
    requirements = CourseRequirement.objects.select_related("course", "branch")
    scope = admin_scope(user)
    if scope is None:
        return requirements
    if not scope:
        return requirements.none()
    inside = Q()
    for branch in scope:
        inside |= Q(branch__path__startswith=branch.path)
    return requirements.filter(inside)


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
        self.fields["course"].queryset = CoursePage.objects.order_by("title")
        self.fields["course"].label_from_instance = lambda page: page.title
        branch = self.fields["branch"]
        branch.label_from_instance = lambda branch: branch.indented_name
        scope = admin_scope(self.for_user) if self.for_user else None
        if scope is None:
            branch.queryset = Branch.objects.order_by("path")
            branch.empty_label = _("The whole party")
            return
        inside = Q(pk__in=[])
        for top in scope:
            inside |= Q(path__startswith=top.path)
        branch.queryset = Branch.objects.filter(inside).order_by("path")
        branch.required = True
        branch.help_text = _("The requirement holds in this branch and every branch below it.")
