"""Required training in the Wagtail admin: requirements are kept under their own menu item,
each administrator seeing and editing only those inside their own part of the party."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.defaultfilters import yesno
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.models import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from compliance.admin import (
    CourseRequirementForm,
    requirements_for_admin,
    requirements_visible_to,
)
from compliance.models import CourseRequirement
from compliance.queries import requirement_impact
from courses.models import CoursePage


class ScopedObjectMixin:
    """An administrator outside the requirement's branch gets 404, as if it did not exist."""

    def get_queryset(self):
        return requirements_for_admin(self.request.user)


# Every field of the form changes whom a requirement applies to, or when they are overdue.
IMPACT_FIELDS = set(CourseRequirementForm.Meta.fields)
CONFIRM = "bekreft"


class ImpactCheckMixin:
    """Before a requirement is saved (or changed in a way that moves whom it applies to), the
    form comes back once with how many people it applies to and how many would be overdue at
    once; the administrator then saves with the confirm button. Works without JavaScript."""

    impact = None

    def form_valid(self, form):
        needs_check = not form.instance.pk or IMPACT_FIELDS & set(form.changed_data)
        if needs_check and self.request.POST.get(CONFIRM) != "1":
            self.impact = requirement_impact(form.instance)
            return self.render_to_response(self.get_context_data(form=form))
        return super().form_valid(form)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["impact"] = self.impact
        context["confirm_name"] = CONFIRM
        context["without_start_date"] = self.impact is not None and (
            context["form"].instance.applies_from is None
        )
        return context


class CourseRequirementCreateView(ImpactCheckMixin, CreateView):
    template_name = "compliance/admin/requirement_create.html"


def heading(field: str):
    """A column heading from the field's name, capitalised like Wagtail's own."""
    return capfirst(CourseRequirement._meta.get_field(field).verbose_name)


class CourseRequirementIndexView(IndexView):
    def get_base_queryset(self):
        return requirements_visible_to(self.request.user)

    @cached_property
    def editable_ids(self) -> set[int]:
        return set(requirements_for_admin(self.request.user).values_list("pk", flat=True))

    def get_edit_url(self, instance):
        # Requirements set above the administrator are listed to read, not to change.
        if instance.pk not in self.editable_ids:
            return None
        return super().get_edit_url(instance)

    def get_delete_url(self, instance):
        if instance.pk not in self.editable_ids:
            return None
        return super().get_delete_url(instance)

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "course",
                label=heading("course"),
                accessor=lambda requirement: requirement.course.title,
                get_url=self.get_edit_url,
            ),
            Column("audience", label=heading("audience"), accessor="get_audience_display"),
            Column(
                "branch",
                label=heading("branch"),
                accessor=lambda requirement: (
                    requirement.branch.name if requirement.branch else _("The whole party")
                ),
            ),
            Column("target", label=heading("target"), accessor="get_target_display"),
            Column("due_within_days", label=heading("due_within_days")),
            Column(
                "renew_on_expiry",
                label=heading("renew_on_expiry"),
                accessor=lambda requirement: yesno(requirement.renew_on_expiry, _("Yes,No")),
            ),
            Column(
                "editable",
                label=gettext_lazy("Access"),
                accessor=lambda requirement: (
                    _("You can change it")
                    if requirement.pk in self.editable_ids
                    else _("Set above you: read only")
                ),
            ),
        ]


class CourseRequirementEditView(ScopedObjectMixin, ImpactCheckMixin, EditView):
    template_name = "compliance/admin/requirement_edit.html"


class CourseRequirementDeleteView(ScopedObjectMixin, DeleteView):
    pass


class CourseRequirementViewSet(ModelViewSet):
    model = CourseRequirement
    icon = "tasks"
    menu_label = gettext_lazy("Required training")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = CourseRequirementIndexView
    add_view_class = CourseRequirementCreateView
    edit_view_class = CourseRequirementEditView
    delete_view_class = CourseRequirementDeleteView
    list_filter = ["audience", "target"]
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return CourseRequirementForm


@hooks.register("register_admin_viewset")
def register_requirement_viewset():
    return CourseRequirementViewSet("course_requirements")


@hooks.register("before_delete_page")
def keep_courses_that_are_required(request, page):
    """A course that a requirement points to cannot be deleted: remove the requirement first."""
    if (
        isinstance(page.specific, CoursePage)
        and CourseRequirement.objects.filter(course_id=page.pk).exists()
    ):
        messages.error(
            request,
            _("“%(title)s” is a required course. Remove its requirements first.")
            % {"title": page.title},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None
