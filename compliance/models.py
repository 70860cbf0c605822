"""Required training: which course each role (or every member) must take, where, and by when;
and the reminders leaders send to people who are overdue.

A requirement's status for one person is never stored: it is derived, when asked, from roles,
memberships, enrolments and completions (see `compliance.queries`), so it is never stale."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from skolering.access import is_within
from skolering.models import Branch, PersonalRecord, Role

# A completion that runs out within this many days is "expiring".
EXPIRING_WITHIN_DAYS = 60
# Members who joined within this many days are "new" (the new-members panel).
NEW_MEMBER_DAYS = 90
# A person gets at most one reminder per requirement within this many days.
REMINDER_INTERVAL_DAYS = 7


class Audience(models.TextChoices):
    """Who a requirement is for: the holders of one role, or every member."""

    TILLITSVALGT = Role.TILLITSVALGT.value, Role.TILLITSVALGT.label
    FOLKEVALGT = Role.FOLKEVALGT.value, Role.FOLKEVALGT.label
    LEDER = Role.LEDER.value, Role.LEDER.label
    SKOLERINGSANSVARLIG = Role.SKOLERINGSANSVARLIG.value, Role.SKOLERINGSANSVARLIG.label
    MEMBER = "medlem", _("every member")


class Target(models.TextChoices):
    COMPLETE = "fullfore", _("complete the course")
    START = "starte", _("start the course")


class Status(models.TextChoices):
    """A person's standing with one requirement. The values appear in shared addresses."""

    OVERDUE = "forfalt", _("overdue")
    EXPIRED = "utlopt", _("expired")
    EXPIRING = "utloper", _("expiring soon")
    NOT_STARTED = "ikke-startet", _("not started")
    IN_PROGRESS = "i-gang", _("in progress")
    COMPLETED = "fullfort", _("completed")


# Most urgent first: the order of the status sort.
STATUS_URGENCY = {status: rank for rank, status in enumerate(Status)}


class CourseRequirement(models.Model):
    """A course that the holders of a role (or every member) in a part of the organisation must
    complete, or start, within a number of days of taking up the role (or of joining)."""

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="requirements",
    )
    audience = models.CharField(_("who"), max_length=30, choices=Audience.choices)
    branch = models.ForeignKey(
        Branch,
        verbose_name=_("where"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="course_requirements",
        help_text=_(
            "The requirement holds in this branch and every branch below it. "
            "Blank: the whole party."
        ),
    )
    target = models.CharField(
        _("what is required"), max_length=10, choices=Target.choices, default=Target.COMPLETE
    )
    due_within_days = models.PositiveSmallIntegerField(
        _("due within (days)"),
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_("Days after the role starts, or after joining for every member."),
    )
    renew_on_expiry = models.BooleanField(
        _("renew on expiry"),
        default=True,
        help_text=_(
            "When the course's completion expires, the requirement is no longer met until the "
            "course is taken again."
        ),
    )
    applies_from = models.DateField(
        _("applies from"),
        null=True,
        blank=True,
        help_text=_(
            "Only people who took up the role, or joined, on or after this day. Blank: everybody, "
            "however long ago."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("course requirement")
        verbose_name_plural = _("course requirements")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "audience", "branch"],
                condition=Q(branch__isnull=False),
                name="course_requirement_once_per_branch",
                violation_error_message=_("This branch already has this requirement."),
            ),
            models.UniqueConstraint(
                fields=["course", "audience"],
                condition=Q(branch__isnull=True),
                name="course_requirement_once_nationally",
                violation_error_message=_("The whole party already has this requirement."),
            ),
        ]

    def __str__(self):
        return _("%(who)s: %(course)s") % {
            "who": self.get_audience_display(),
            "course": self.course.title,
        }

    def clean(self):
        super().clean()
        if self.course_id is None:
            return
        owner = self.course.specific.owning_branch_page
        if owner is None:
            return
        # A local course is only open to the members of its branch and the branches below it.
        if self.branch is None or not is_within(self.branch.path, [owner.branch.path]):
            raise ValidationError(
                {
                    "branch": _(
                        "“%(course)s” is a local course of %(owner)s: it can only be required "
                        "in %(owner)s or a branch below it."
                    )
                    % {"course": self.course.title, "owner": owner.branch.name}
                }
            )

    @property
    def short_label(self) -> str:
        """The course and who it is for, as a column heading."""
        return f"{self.course.title} ({self.get_audience_display()})"


class RequirementReminder(PersonalRecord, models.Model):
    """A reminder e-mail sent to one person about one requirement: the record that keeps it to
    one per person and requirement a week."""

    requirement = models.ForeignKey(
        CourseRequirement, on_delete=models.CASCADE, related_name="reminders"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="requirement_reminders"
    )
    sent_at = models.DateTimeField(default=timezone.now)
    due_on = models.DateField()
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("requirement reminder")
        verbose_name_plural = _("requirement reminders")
        indexes = [models.Index(fields=["requirement", "user", "sent_at"])]

    def __str__(self):
        return f"{self.user} – {self.requirement} ({self.sent_at:%Y-%m-%d})"
