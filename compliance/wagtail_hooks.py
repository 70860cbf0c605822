"""Required training in the Wagtail admin: requirements are kept under their own menu item,
each administrator seeing and editing only those inside their own part of the party."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from compliance.admin import CourseRequirementForm, requirements_for_admin
from compliance.models import CourseRequirement
from courses.models import CoursePage


class ScopedObjectMixin:
    """An administrator outside the requirement's branch gets 404, as if it did not exist."""

    def get_queryset(self):
        return requirements_for_admin(self.request.user)


class CourseRequirementIndexView(IndexView):
    def get_base_queryset(self):
        return requirements_for_admin(self.request.user)


class CourseRequirementEditView(ScopedObjectMixin, EditView):
    pass


class CourseRequirementDeleteView(ScopedObjectMixin, DeleteView):
    pass


class CourseRequirementViewSet(ModelViewSet):
    model = CourseRequirement
    icon = "tasks"
    menu_label = gettext_lazy("Required training")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = CourseRequirementIndexView
    edit_view_class = CourseRequirementEditView
    delete_view_class = CourseRequirementDeleteView
    list_display = ["course", "audience", "branch", "target", "due_within_days", "renew_on_expiry"]
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
