"""Forms of gatherings: signing up (with the study association's fields, when the run is reported
to one), the attendance register, the course leader's message, and the admin's course run form
(course leaders named by e-mail address or member number, since a list of every member would be
60 000 long)."""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import BranchPage, CoursePage
from gatherings.models import Attendance, CourseRun, Gender, StudyAssociation
from gatherings.services import MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX, ParticipantDetails
from skolering.access import (
    ancestor_paths,
    branches_below,
    path_prefix_q,
    people_in_admin_scope,
    requirement_admin_branches,
)
from skolering.models import Branch, User
from skolering.translated import originals

# The purpose, stated where the fields are asked for.
PURPOSE = _(
    "%(association)s pays for the teaching and asks for these details about each participant. "
    "They are used only on the attendance list sent to the association, are kept for five years "
    "as the association requires, and are then deleted."
)


class SignupForm(forms.Form):
    """Empty for a run without a study association: signing up is one button."""

    birth_year = forms.IntegerField(label=_("Year of birth"))  # bounded in __init__
    gender = forms.ChoiceField(label=_("Gender"), choices=[("", "—"), *Gender.choices])
    postcode = forms.CharField(
        label=_("Postcode"),
        max_length=4,
        min_length=4,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code"}),
    )

    def __init__(self, *args, run: CourseRun, **kwargs):
        super().__init__(*args, **kwargs)
        association = run.study_association
        asked = set(association.asked_fields) if association else set()
        for name in list(self.fields):
            if name not in asked:
                del self.fields[name]
        if "birth_year" in self.fields:
            self.fields["birth_year"] = forms.IntegerField(
                label=_("Year of birth"),
                min_value=1900,
                max_value=timezone.localdate().year,
                widget=forms.TextInput(
                    attrs={"inputmode": "numeric", "autocomplete": "bday-year", "maxlength": 4}
                ),
            )
        self.purpose = PURPOSE % {"association": association.name} if asked else ""

    def clean_postcode(self):
        postcode = self.cleaned_data["postcode"].strip()
        if not re.fullmatch(r"[0-9]{4}", postcode):
            raise ValidationError(_("A postcode has four digits."))
        return postcode

    def details(self) -> ParticipantDetails:
        data = self.cleaned_data
        return ParticipantDetails(
            birth_year=data.get("birth_year"),
            gender=data.get("gender", ""),
            postcode=data.get("postcode", ""),
        )


def parse_attendance(
    post, participant_ids: list[int], teaching_hours: Decimal
) -> tuple[dict[int, Decimal | None], list[str]]:
    """The attendance register's rows: for each participant a checkbox `present-<id>` and hours
    `hours-<id>` (blank: the whole gathering). Returns the marks and Norwegian errors."""
    marks, errors = {}, []
    for user_id in participant_ids:
        present = post.get(f"present-{user_id}") == "on"
        typed = post.get(f"hours-{user_id}", "").strip().replace(",", ".")
        if not present:
            marks[user_id] = None
            continue
        if not typed:
            marks[user_id] = teaching_hours
            continue
        try:
            hours = Decimal(typed)
        except InvalidOperation:
            errors.append(user_id)
            continue
        if not hours.is_finite() or not Decimal(0) < hours <= teaching_hours:
            errors.append(user_id)
            continue
        hours = hours.quantize(Decimal("0.1"))
        if hours == 0:  # "0,04": present, but nothing left of the hours once rounded
            errors.append(user_id)
            continue
        marks[user_id] = hours
    return marks, errors


@dataclass
class AttendanceRow:
    """One line of the attendance register as the form shows it."""

    user_id: int
    name: str
    present: bool
    hours: str
    has_error: bool = False


def attendance_rows(rows, gathering, *, post=None, errors=()) -> list[AttendanceRow]:
    """The register's lines: what was recorded, or what was typed when it came back with
    errors. Hours equal to the whole gathering are left empty (empty means the whole)."""
    lines = []
    for row in rows:
        user_id = row.user.pk
        if post is not None:
            present = post.get(f"present-{user_id}") == "on"
            hours = post.get(f"hours-{user_id}", "")[:10]
        else:
            present = gathering.pk in row.present_at
            recorded = row.hours_by_gathering.get(gathering.pk)
            whole = recorded is None or recorded == gathering.teaching_hours
            hours = "" if whole else formats.number_format(recorded.normalize())
        lines.append(
            AttendanceRow(
                user_id,
                row.user.get_full_name() or row.user.email,
                present,
                hours,
                user_id in errors,
            )
        )
    return lines


class RunMessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=MESSAGE_SUBJECT_MAX)
    body = forms.CharField(
        label=_("Message"), max_length=MESSAGE_BODY_MAX, widget=forms.Textarea(attrs={"rows": 8})
    )


def admin_branches(user: User | None) -> QuerySet:
    """The branches the training administrator may organise runs in."""
    if user is None:
        return Branch.objects.none()
    scope = requirement_admin_branches(user)
    return Branch.objects.all() if scope is None else branches_below(scope)


def schedulable_courses(user: User | None) -> QuerySet:
    """Published courses with gatherings that the administrator may run: national ones, and local
    ones of the branches they administer or above them (never another county's)."""
    courses = originals(CoursePage.objects.live().filter(gatherings_planned__gt=0))
    if user is None:
        return courses.none()
    scope = requirement_admin_branches(user)
    if scope is None:
        return courses
    own = {path for top in scope for path in ancestor_paths(top.path)}
    own |= set(branches_below(scope).values_list("path", flat=True))
    foreign = BranchPage.objects.exclude(branch__path__in=own).values_list("path", flat=True)
    return courses.exclude(path_prefix_q(foreign))


class CourseRunAdminForm(WagtailAdminModelForm):
    """The admin's form: the branches and courses the administrator may choose, and the course
    leaders by e-mail address or member number, one a line."""

    leader_identifiers = forms.CharField(
        label=_("Course leaders"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "The course leaders' e-mail addresses or member numbers, one a line. Course leaders "
            "take attendance and see the participants of this run only."
        ),
    )

    cancel_run = forms.BooleanField(
        label=_("Cancel this run"),
        required=False,
        help_text=_("Everyone signed up or waiting is told by e-mail. This cannot be undone."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk or self.instance.is_cancelled:
            del self.fields["cancel_run"]
        course = self.fields["course"]
        course.queryset = schedulable_courses(self.for_user).order_by("title")
        course.label_from_instance = lambda page: page.title
        course.required = True
        course.help_text = _(
            "Published courses with gatherings (set on the course, under Gatherings): national "
            "ones, and your own branches' local ones."
        )
        branch = self.fields["branch"]
        branch.queryset = admin_branches(self.for_user).order_by("path")
        branch.label_from_instance = lambda branch: branch.indented_name
        self.fields["study_association"].queryset = StudyAssociation.objects.all()
        if self.instance.pk:
            self.fields["leader_identifiers"].initial = "\n".join(
                leader.email for leader in self.instance.leaders.order_by("email")
            )

    def clean(self):
        cleaned = super().clean()
        gatherings = self.formsets.get("gatherings")
        if gatherings is not None:
            removed = [form.instance.pk for form in gatherings.deleted_forms if form.instance.pk]
            if removed and Attendance.objects.filter(gathering_id__in=removed).exists():
                raise ValidationError(
                    _(
                        "A gathering with attendance taken cannot be removed: the attendance "
                        "list must be kept. Cancel the run instead, if it will not be held."
                    )
                )
            starts = [
                form.cleaned_data["starts_at"]
                for form in gatherings.forms
                if form not in gatherings.deleted_forms and form.cleaned_data.get("starts_at")
            ]
            deadline = cleaned.get("signup_deadline")
            if deadline and starts and deadline > max(starts):
                self.add_error(
                    "signup_deadline", _("The sign-up deadline must be before the last gathering.")
                )
        return cleaned

    def clean_leader_identifiers(self) -> list[User]:
        lines = [line.strip() for line in self.cleaned_data["leader_identifiers"].splitlines()]
        lines = [line for line in lines if line]
        if len(lines) > 20:
            raise ValidationError(_("At most 20 course leaders."))
        leaders, unknown = [], []
        people = people_in_admin_scope(self.for_user)
        for line in lines:
            user = people.filter(Q(email__iexact=line) | Q(member_number=line)).first()
            if user is None:
                unknown.append(line)
            else:
                leaders.append(user)
        if unknown:
            raise ValidationError(
                _(
                    "Nobody with a membership or a role in the branches you administer has "
                    "this e-mail address or member number: %(unknown)s"
                )
                % {"unknown": ", ".join(f"«{line}»" for line in unknown)}
            )
        return leaders

    def save(self, commit=True):
        run = super().save(commit=commit)
        if commit:
            run.leaders.set(self.cleaned_data["leader_identifiers"])
        return run
