"""Forms used by the Wagtail admin views of the organisation models."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from skolering.access import branches_below
from skolering.models import Branch
from skolering.services import branch_create, branch_update


class BranchForm(WagtailAdminModelForm):
    """Edits a branch and its place in the tree: treebeard needs new nodes added under a parent
    and moved with move(), not saved as plain rows, so saving goes through the services."""

    parent = forms.ModelChoiceField(
        label=_("Parent branch"),
        queryset=Branch.objects.order_by("path"),
        required=False,
        help_text=_("Leave blank only for the national party, the root of the tree."),
    )

    class Meta:
        model = Branch
        fields = ["name", "slug", "kind", "number", "municipality_number"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].label_from_instance = lambda branch: branch.indented_name
        if self.instance.pk:
            self.initial["parent"] = self.instance.get_parent()
            below = branches_below([self.instance])
            self.fields["parent"].queryset = Branch.objects.exclude(pk__in=below).order_by("path")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind"):
            # ModelForm copies cleaned data onto the instance only after clean(); the placement
            # rules need the new kind now.
            self.instance.kind = cleaned["kind"]
            try:
                self.instance.validate_placement(cleaned.get("parent"))
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned

    def save(self, commit=True):
        fields = {name: self.cleaned_data[name] for name in self.Meta.fields}
        parent = self.cleaned_data.get("parent")
        if self.instance.pk:
            self.instance = branch_update(branch=self.instance, parent=parent, **fields)
        else:
            self.instance = branch_create(parent=parent, **fields)
        return self.instance
