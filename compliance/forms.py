"""The leader's filters of the people list. They arrive in the query string (so a filtered list
can be shared as a link) or, for the reminder action, as hidden fields of a POST."""

from urllib.parse import urlencode

from django import forms
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _

from compliance.models import Audience, CourseRequirement, Status
from compliance.queries import DEFAULT_SORT, SORTS, PeopleFilter

SEARCH_MAX_LENGTH = 100
# The address's key for the branch a leader looks at: not a filter of this form, since the
# leader's scope (skolering.access.leader_scope) reads and checks it.
BRANCH_KEY = "lag"


class PeopleFilterForm(forms.Form):
    rolle = forms.ChoiceField(
        label=_("Role"),
        required=False,
        choices=[("", _("All")), *((value, capfirst(label)) for value, label in Audience.choices)],
    )
    kurs = forms.TypedChoiceField(label=_("Course"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), *((value, capfirst(label)) for value, label in Status.choices)],
    )
    q = forms.CharField(label=_("Name"), required=False, max_length=SEARCH_MAX_LENGTH)
    nye = forms.BooleanField(label=_("Only members who joined in the last 90 days"), required=False)
    bare = forms.BooleanField(
        label=_("Only the branch's own people, not those of the branches below it"),
        required=False,
    )
    sorter = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            *((key, sort.label) for key, sort in SORTS.items()),
            *(
                (f"-{key}", format_lazy("{}, {}", sort.label, _("reversed")))
                for key, sort in SORTS.items()
            ),
        ],
    )

    @classmethod
    def query_keys(cls) -> tuple[str, ...]:
        """The keys of the address that make up a people list: the branch and the filters."""
        return (BRANCH_KEY, *cls.base_fields)

    @classmethod
    def query(
        cls,
        *,
        branch_id: int | None = None,
        audience: str = "",
        course_id: int | None = None,
        own_branch_only: bool = False,
        status: str = "",
    ) -> str:
        """The address's query string of a people list with these filters, in this form's own
        names (the dashboard links its counts to the people they count)."""
        values = {
            BRANCH_KEY: branch_id,
            "rolle": audience,
            "kurs": course_id,
            "bare": "on" if own_branch_only else "",
            "status": status,
        }
        return urlencode({key: value for key, value in values.items() if value})

    def __init__(self, *args, requirements: list[CourseRequirement], **kwargs):
        super().__init__(*args, **kwargs)
        courses = {requirement.course_id: requirement.course.title for requirement in requirements}
        self.fields["kurs"].choices = [
            ("", _("All")),
            *sorted(courses.items(), key=lambda item: item[1]),
        ]
        self.fields["q"].widget.attrs.update({"type": "search", "autocomplete": "off"})

    @property
    def sort(self) -> str:
        return self.cleaned_data.get("sorter") or DEFAULT_SORT

    def people_filter(self) -> PeopleFilter:
        data = self.cleaned_data
        return PeopleFilter(
            audience=data["rolle"],
            course_id=data["kurs"],
            status=data["status"],
            search=data["q"].strip(),
            new_members_only=data["nye"],
            own_branch_only=data["bare"],
        )

    def matching(self, requirements: list[CourseRequirement]) -> list[CourseRequirement]:
        """The requirements the role, course and new-members filters leave."""
        data = self.cleaned_data
        return [
            requirement
            for requirement in requirements
            if (not data["rolle"] or requirement.audience == data["rolle"])
            and (not data["nye"] or requirement.audience == Audience.MEMBER)
            and (not data["kurs"] or requirement.course_id == data["kurs"])
        ]
