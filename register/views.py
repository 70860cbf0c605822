"""The member register in the admin: upload the register's files, follow the sync while it runs,
read what it did or would do. For national administrators (`register.add_registersync`)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from register.forms import CarryOutForm, RegisterUploadForm
from register.models import RegisterSync, SyncStatus
from register.services import CannotCarryOut, register_sync_carry_out, register_sync_start
from register.summary import STAGES, summary_lines
from register.tasks import sync_progress

PER_PAGE = 20
PERMISSION_CODENAME = "add_registersync"
PERMISSION = f"register.{PERMISSION_CODENAME}"


class RegisterAdminMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("register_sync_index"), "label": gettext_lazy("Member register")},
            *([{"url": "", "label": self.get_page_title()}] if self.crumb else []),
        ]

    crumb = False


class RegisterSyncIndexView(RegisterAdminMixin, FormView):
    page_title = gettext_lazy("Member register")
    template_name = "register/admin/index.html"
    form_class = RegisterUploadForm

    def get_context_data(self, **kwargs):
        syncs = RegisterSync.objects.select_related("requested_by")
        page = Paginator(syncs, PER_PAGE).get_page(self.request.GET.get("side"))
        return super().get_context_data(page=page, **kwargs)

    def form_valid(self, form):
        uploads = [(upload.name, upload.read()) for upload in form.cleaned_data["files"]]
        sync = register_sync_start(
            user=self.request.user,
            uploads=uploads,
            dry_run=form.cleaned_data["dry_run"],
            force=form.cleaned_data["force"],
        )
        return redirect("register_sync_detail", sync.pk)


class RegisterSyncDetailView(RegisterAdminMixin, TemplateView):
    template_name = "register/admin/detail.html"
    crumb = True

    def get_page_title(self):
        started = timezone.localtime(self.sync.created_at)
        return _("Sync of %(time)s") % {"time": started.strftime("%d.%m.%Y %H:%M")}

    def dispatch(self, request, *args, pk, **kwargs):
        if not request.user.has_perm(PERMISSION):  # before the lookup: 403 whether it exists
            raise PermissionDenied
        self.sync = get_object_or_404(RegisterSync.objects.select_related("requested_by"), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        progress = sync_progress(self.sync.pk) if self.sync.in_progress else None
        return super().get_context_data(
            sync=self.sync,
            progress=progress,
            stage=STAGES.get(progress["stage"], "") if progress else "",
            lines=summary_lines(self.sync.summary),
            carry_out_form=CarryOutForm(initial={"force": self.sync.force}),
            can_carry_out=self.sync.can_be_carried_out(),
            SyncStatus=SyncStatus,
            **kwargs,
        )

    def get(self, request, *args, **kwargs):
        if request.GET.get("del") == "status":
            return render(request, "register/admin/status.html", self.get_context_data())
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        form = CarryOutForm(request.POST)
        try:
            if not form.is_valid():
                raise CannotCarryOut
            sync = register_sync_carry_out(
                dry_run_sync=self.sync, user=request.user, force=form.cleaned_data["force"]
            )
        except CannotCarryOut:
            messages.error(
                request, _("This dry run cannot be carried out. Upload the files again.")
            )
            return redirect("register_sync_detail", self.sync.pk)
        return redirect("register_sync_detail", sync.pk)
