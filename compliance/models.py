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
    # Set by the task that sends the e-mail (compliance.tasks): neither while it waits in the
    # queue; failed_at when the mail server refused it (cleared when it is tried again).
    delivered_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("requirement reminder")
        verbose_name_plural = _("requirement reminders")
        indexes = [models.Index(fields=["requirement", "user", "sent_at"])]

    def __str__(self):
        return f"{self.user} – {self.requirement} ({self.sent_at:%Y-%m-%d})"


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "Excel (XLSX)"


class ExportStatus(models.TextChoices):
    QUEUED = "queued", _("waiting in the queue")
    RUNNING = "running", _("being made")
    DONE = "done", _("ready")
    FAILED = "failed", _("failed")


class ExportFailure(models.TextChoices):
    """Why an export job made no file."""

    NOT_A_LEADER = (
        "not-a-leader",
        _("You no longer lead or train any branch, so the list could not be made."),
    )
    OUT_OF_SCOPE = (
        "out-of-scope",
        _(
            "The branch in the list is no longer one you lead or train, so the list could not be "
            "made."
        ),
    )
    INVALID_FILTERS = (
        "invalid-filters",
        _(
            "The list's filters no longer fit (a course may have been removed). Choose the filters "
            "again and make a new file."
        ),
    )
    ERROR = (
        "error",
        _(
            "Something went wrong while the file was being made. Try again later, or ask the "
            "site's administrator."
        ),
    )


class PeopleExport(PersonalRecord, models.Model):
    """A leader's export of the people list, made in the background when the list is too long
    to stream in the request (compliance.export_jobs). The file lies in the private "exports"
    storage until `expires_at`; only the leader who asked may download it."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="people_exports"
    )
    query = models.CharField(max_length=2000, blank=True)  # the list's filters, as in the address
    format = models.CharField(max_length=4, choices=ExportFormat.choices)
    status = models.CharField(
        max_length=10, choices=ExportStatus.choices, default=ExportStatus.QUEUED
    )
    rows = models.PositiveIntegerField(null=True, blank=True)
    filename = models.CharField(max_length=200)  # the name it is downloaded under
    file = models.CharField(max_length=300, blank=True)  # its name in the "exports" storage
    failure = models.CharField(max_length=20, choices=ExportFailure.choices, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField()

    class Meta:
        verbose_name = _("people export")
        verbose_name_plural = _("people exports")
        indexes = [
            models.Index(fields=["requested_by", "-created_at"]),
            models.Index(fields=["expires_at"]),
        ]

    def __str__(self):
        return f"{self.filename} ({self.get_status_display()})"

    @property
    def is_pending(self) -> bool:
        return self.status in (ExportStatus.QUEUED, ExportStatus.RUNNING)

    @property
    def is_ready(self) -> bool:
        return self.status == ExportStatus.DONE

    @property
    def is_failed(self) -> bool:
        return self.status == ExportStatus.FAILED
