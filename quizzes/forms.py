"""The quiz form in the admin: who owns the quiz is limited to what the editor may edit."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from skolering.access import edited_branch_ids
from skolering.models import Branch


class QuizAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        field = self.fields.get("branch")
        if field is None or for_user is None:
            return
        branch_ids = edited_branch_ids(for_user, "quizzes.change_quiz")
        if branch_ids is None:
            field.empty_label = _("National (the whole party)")
            return
        # A local editor's quiz belongs to one of their branches; national ones are read-only.
        field.queryset = Branch.objects.filter(pk__in=branch_ids)
        field.required = True
        field.empty_label = None
        if not self.instance.pk and len(branch_ids) == 1:
            field.initial = branch_ids[0]
