"""Forms used by the Wagtail admin views of the organisation models."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from skolering.models import Branch
from skolering.services import branch_create, branch_move


class BranchForm(WagtailAdminModelForm):
    """Edits a branch and its place in the tree: treebeard needs new nodes added under a parent
    and moved with move(), not saved as plain rows."""

    parent = forms.ModelChoiceField(
        label=_("Parent branch"),
        queryset=Branch.objects.order_by("path"),
        required=False,
        help_text=_("Leave blank only for the national party, the root of the tree."),
    )

    class Meta:
        model = Branch
        fields = ["name", "slug", "kind", "number"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].label_from_instance = lambda b: "— " * (b.depth - 1) + b.name
        if self.instance.pk:
            self.initial["parent"] = self.instance.get_parent()
            below = Branch.objects.filter(path__startswith=self.instance.path)
            self.fields["parent"].queryset = Branch.objects.exclude(pk__in=below).order_by("path")

    def clean(self):
        cleaned = super().clean()
        parent = cleaned.get("parent")
        kind = cleaned.get("kind")
        if kind:
            self.instance.kind = kind
            try:
                self.instance.validate_parent(parent)
            except ValidationError as error:
                self.add_error("parent", error.message_dict["kind"])
            if self.instance.pk and "kind" in self.changed_data and self.instance.numchild:
                self.add_error("kind", _("A branch with branches below it cannot change its kind."))
        return cleaned

    def save(self, commit=True):
        parent = self.cleaned_data.get("parent")
        if not self.instance.pk:
            self.instance = branch_create(
                parent=parent, **{name: self.cleaned_data[name] for name in self.Meta.fields}
            )
            return self.instance
        self.instance.save()
        if parent is not None and parent != self.initial.get("parent"):
            self.instance = branch_move(branch=self.instance, parent=parent)
        return self.instance
