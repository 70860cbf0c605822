"""Certificates in the Wagtail admin: look them up, and revoke one with a reason (audit-logged).
Certificates are only ever issued by completing a course, so nobody adds, copies or deletes one
here."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from certificates.models import Certificate
from certificates.services import certificate_revoke


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Changing a certificate means revoking it; adding and deleting are for nobody."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


class RevokeForm(forms.ModelForm):
    revoked_reason = forms.CharField(
        label=_("Reason for revocation"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("Kept in the audit log. Not shown on the public verification page."),
    )

    class Meta:
        model = Certificate
        fields = ["revoked_reason"]


class RevokeView(EditView):
    success_message = _("The certificate %(object)s is revoked.")

    def get_page_subtitle(self):
        return _("Revoke %(code)s") % {"code": self.object.code}

    def save_instance(self):
        return certificate_revoke(
            certificate=self.object,
            reason=self.form.cleaned_data["revoked_reason"],
            actor=self.request.user,
        )

    def form_valid(self, form):
        self.form = form
        try:
            return super().form_valid(form)
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
            return self.form_invalid(form)


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    menu_order = 250
    add_to_admin_menu = True
    edit_view_class = RevokeView
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "code",
        "holder_name",
        "course_title",
        "track",
        "hours",
        "issued_on",
        "valid_until",
        "organisation",
        "revoked_at",
        "revoked_reason",
        "voided_at",
    ]
    list_display = [
        "code",
        "holder_name",
        "course_title",
        "issued_on",
        "valid_until",
        Column("validity_text", label=_("Status")),
    ]
    list_filter = ["issued_on"]
    search_fields = ["code", "holder_name", "course_title"]
    list_per_page = 50
    ordering = ["-issued_on", "-pk"]

    def get_form_class(self, for_update=False):
        return RevokeForm


@hooks.register("register_admin_viewset")
def certificates_admin():
    return CertificateViewSet("certificates")
