"""Course runs and study associations in the Wagtail admin. Training administrators plan the runs
of the branches they lead (and below); superusers and national leaders every branch's. A run
outside the administrator's part of the party answers 404, as if it did not exist."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.models import (
    CopyView,
    CreateView,
    DeleteView,
    EditView,
    IndexView,
)
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from gatherings.forms import CourseRunAdminForm
from gatherings.models import CourseRun, StudyAssociation
from gatherings.services import (
    gathering_plan,
    run_cancel,
    run_change_notify,
    run_completions_check,
    waiting_list_move_up,
)
from skolering.access import requirement_admin_q


def runs_for_admin(user):
    return CourseRun.objects.filter(requirement_admin_q(user)).select_related("branch")


class ScopedRunMixin:
    """Edit and delete: a run outside the administrator's scope is not found."""

    def get_queryset(self):
        return runs_for_admin(self.request.user)


class ScopedRunObjectMixin:
    """History, usage and copy, which look the run up themselves: the same."""

    def get_base_object_queryset(self):
        return runs_for_admin(self.request.user)

    def get_object(self, queryset=None):
        run = super().get_object() if queryset is None else super().get_object(queryset)
        if not runs_for_admin(self.request.user).filter(pk=run.pk).exists():
            raise Http404
        return run


class CourseRunIndexView(IndexView):
    def get_base_queryset(self):
        return runs_for_admin(self.request.user).prefetch_related("gatherings")

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Name of the run"), get_url=self.get_edit_url),
            Column("course_title", label=_("Course")),
            Column("branch", label=_("Organised by"), accessor="branch.name"),
            Column(
                "starts_at",
                label=_("First gathering"),
                accessor=lambda run: (
                    date_format(timezone.localtime(run.starts_at), "d.m.Y") if run.starts_at else ""
                ),
            ),
            Column("capacity", label=_("Places")),
            Column(
                "cancelled_at",
                label=_("Status"),
                accessor=lambda run: _("Cancelled") if run.is_cancelled else _("Planned"),
            ),
        ]


class AfterSaveMixin:
    """After a save: a raised capacity gives places to the waiting list, and a run marked
    cancelled tells everyone signed up."""

    def save_instance(self):
        run = super().save_instance()
        if self.form.cleaned_data.get("cancel_run"):
            run_cancel(run=run, actor=self.request.user)
            messages.info(self.request, _("The run is cancelled, and everyone signed up is told."))
        else:
            # Places and gatherings may have changed: the waiting list, and whether attendance
            # already taken now completes the course for someone.
            run_completions_check(run=run)
            moved = waiting_list_move_up(run=run)
            if moved:
                messages.info(
                    self.request,
                    _("%(count)s on the waiting list got a place, and are told by e-mail.")
                    % {"count": len(moved)},
                )
        return run


class CourseRunCreateView(AfterSaveMixin, CreateView):
    pass


class CourseRunEditView(ScopedRunMixin, AfterSaveMixin, EditView):
    """Changed times or places are told to those with a place, with the new calendar file."""

    def save_instance(self):
        before = gathering_plan(self.object.pk)
        run = super().save_instance()
        changed = not run.is_cancelled and gathering_plan(run.pk) != before
        if changed and run_change_notify(run=run):
            messages.info(self.request, _("The gatherings changed: those with a place are told."))
        return run


class CourseRunDeleteView(ScopedRunMixin, DeleteView):
    """A run with sign-ups keeps its attendance list (the study association's five years):
    cancel it instead."""

    def dispatch(self, request, *args, **kwargs):
        run = runs_for_admin(request.user).filter(pk=kwargs.get("pk")).first()
        if run is not None and run.signups.exists():
            messages.error(
                request,
                _(
                    "«%(title)s» has sign-ups, and its attendance list must be kept. Cancel the "
                    "run instead: everyone signed up is told."
                )
                % {"title": run.title},
            )
            return redirect("course_runs:edit", run.pk)
        return super().dispatch(request, *args, **kwargs)


class CourseRunHistoryView(ScopedRunObjectMixin, HistoryView):
    pass


class CourseRunUsageView(ScopedRunObjectMixin, UsageView):
    pass


class CourseRunCopyView(ScopedRunObjectMixin, AfterSaveMixin, CopyView):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields.pop("cancel_run", None)  # a copy is a new run: nothing to cancel
        return form


class CourseRunViewSet(ModelViewSet):
    model = CourseRun
    icon = "date"
    menu_label = gettext_lazy("Course runs")
    add_to_admin_menu = False
    index_view_class = CourseRunIndexView
    add_view_class = CourseRunCreateView
    edit_view_class = CourseRunEditView
    delete_view_class = CourseRunDeleteView
    history_view_class = CourseRunHistoryView
    usage_view_class = CourseRunUsageView
    copy_view_class = CourseRunCopyView
    edit_handler = ObjectList(CourseRun.panels, base_form_class=CourseRunAdminForm)
    list_per_page = 50
    search_fields = ["title", "course_title"]


class StudyAssociationViewSet(ModelViewSet):
    model = StudyAssociation
    icon = "group"
    menu_label = gettext_lazy("Study associations")
    form_fields = None
    list_display = ["name", "organisation_number"]


class GatheringsViewSetGroup(ViewSetGroup):
    menu_label = gettext_lazy("Gatherings")
    menu_icon = "date"
    menu_order = 270
    items = (CourseRunViewSet("course_runs"), StudyAssociationViewSet("study_associations"))


@hooks.register("register_admin_viewset")
def register_gatherings_viewsets():
    return GatheringsViewSetGroup()
