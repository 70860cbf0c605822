from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

MAX_FILES = 3


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            if not data:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class RegisterUploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Files from the member register"),
        help_text=_(
            "Branches, members and roles, as CSV or JSON Lines: one file of each kind, or only "
            "the kinds to sync. The README describes the columns."
        ),
    )
    dry_run = forms.BooleanField(
        label=_("Only show what would change (dry run)"), required=False, initial=True
    )
    force = forms.BooleanField(
        label=_("End memberships even beyond the safety limit"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["force"].help_text = _(
            "Without this, a sync that would end more than %(limit)s %% of the memberships is "
            "refused: a file cut short must not end the party's membership."
        ) % {"limit": number_format(settings.REGISTER_SYNC_MAX_END_SHARE * 100, 0)}

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(_("Give at most three files: branches, members and roles."))
        limit = settings.REGISTER_UPLOAD_MAX_BYTES
        for upload in files:
            if upload.size > limit:
                raise forms.ValidationError(
                    _("%(name)s is larger than %(limit)s.")
                    % {"name": upload.name, "limit": filesizeformat(limit)}
                )
        if len({upload.name for upload in files}) < len(files):
            raise forms.ValidationError(_("Two files have the same name."))
        return files


class CarryOutForm(forms.Form):
    force = forms.BooleanField(
        label=_("End memberships even beyond the safety limit"), required=False
    )
