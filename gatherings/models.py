"""Blended courses: a course run (kursgjennomføring) of a course, organised by a branch, with its
gatherings (samlinger), the members signed up for it, their attendance, and the study association
the run is reported to.

Times are stored in UTC and shown in Europe/Oslo. A gathering's teaching hours are 45-minute
course hours (kurstimer), as the study associations count them."""

import datetime
from decimal import Decimal

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from skolering.models import PersonalRecord

# The study associations' rule: attendance lists are kept five years after the course.
RETENTION_YEARS = 5


class StudyAssociation(models.Model):
    """A study association (studieforbund) that funds live teaching and asks for an attendance
    list per course. Which fields it asks of each participant is its own choice."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    organisation_number = models.CharField(
        _("organisation number"),
        max_length=9,
        validators=[RegexValidator(r"^\d{9}$", _("An organisation number has nine digits."))],
    )
    asks_birth_year = models.BooleanField(_("asks for year of birth"), default=True)
    asks_gender = models.BooleanField(_("asks for gender"), default=True)
    asks_postcode = models.BooleanField(_("asks for postcode"), default=True)
    minimum_hours = models.DecimalField(
        _("minimum teaching hours"),
        max_digits=4,
        decimal_places=1,
        default=Decimal(4),
        validators=[MinValueValidator(Decimal(0))],
        help_text=_("The fewest teaching hours (45 minutes each) a course must have."),
    )
    minimum_participants = models.PositiveSmallIntegerField(
        _("minimum participants"),
        default=4,
        help_text=_("The fewest participants who must attend at least three quarters."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation_number"),
        MultiFieldPanel(
            [FieldPanel("asks_birth_year"), FieldPanel("asks_gender"), FieldPanel("asks_postcode")],
            heading=_("What it asks of each participant"),
        ),
        FieldRowPanel([FieldPanel("minimum_hours"), FieldPanel("minimum_participants")]),
    ]

    class Meta:
        verbose_name = _("study association")
        verbose_name_plural = _("study associations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def asked_fields(self) -> list[str]:
        """The participant fields it asks for, in the order of the attendance list."""
        asked = (
            ("birth_year", self.asks_birth_year),
            ("gender", self.asks_gender),
            ("postcode", self.asks_postcode),
        )
        return [name for name, asks in asked if asks]


class CourseRunQuerySet(models.QuerySet):
    def not_cancelled(self):
        return self.filter(cancelled_at__isnull=True)


class CourseRun(ClusterableModel):
    """One branch's run of a course, with its own gatherings, place, leaders and capacity.
    Members sign up for the run, not for each gathering."""

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="runs",
    )
    course_title = models.CharField(_("course"), max_length=255, editable=False)
    branch = models.ForeignKey(
        "skolering.Branch",
        verbose_name=_("organised by"),
        on_delete=models.PROTECT,
        related_name="course_runs",
        help_text=_("Members of this branch and of every branch below it can sign up."),
    )
    title = models.CharField(
        _("name of the run"),
        max_length=200,
        help_text=_("For example «Partiskolen trinn 1 – Vestland, våren 2027»."),
    )
    description = models.TextField(_("about the run"), blank=True, max_length=2000)
    capacity = models.PositiveSmallIntegerField(
        _("places"), validators=[MinValueValidator(1), MaxValueValidator(1000)]
    )
    signup_deadline = models.DateTimeField(_("sign-up deadline"))
    leaders = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("course leaders"),
        related_name="led_course_runs",
        blank=True,
    )
    study_association = models.ForeignKey(
        StudyAssociation,
        verbose_name=_("reported to study association"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="course_runs",
    )
    study_plan_reference = models.CharField(
        _("study plan reference"),
        max_length=100,
        blank=True,
        help_text=_("The study association's number of the approved study plan."),
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True, editable=False)
    # The course leader's confirmation of the attendance list, printed on the report.
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    confirmed_by_name = models.CharField(max_length=300, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CourseRunQuerySet.as_manager()

    # Plain lists, not choosers: the form narrows them to the courses with gatherings and the
    # administrator's own branches, which a chooser would not.
    panels = [
        FieldPanel("course", widget=forms.Select),
        FieldPanel("branch", widget=forms.Select),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("signup_deadline")]),
        FieldPanel("leader_identifiers"),
        MultiFieldPanel(
            [
                FieldPanel("study_association", widget=forms.Select),
                FieldPanel("study_plan_reference"),
            ],
            heading=_("Study association"),
        ),
        InlinePanel("gatherings", heading=_("Gatherings"), label=_("Gathering"), min_num=1),
        FieldPanel("cancel_run"),
    ]

    class Meta:
        verbose_name = _("course run")
        verbose_name_plural = _("course runs")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.course is not None:
            self.course_title = self.course.title
        super().save(*args, **kwargs)

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    def signup_open(self, now: datetime.datetime | None = None) -> bool:
        return not self.is_cancelled and (now or timezone.now()) <= self.signup_deadline

    @cached_property
    def gathering_list(self) -> list["Gathering"]:
        # Sorted here, so that a prefetch of the gatherings is used.
        return sorted(self.gatherings.all(), key=lambda g: (g.starts_at, g.pk or 0))

    @property
    def starts_at(self) -> datetime.datetime | None:
        return self.gathering_list[0].starts_at if self.gathering_list else None

    @property
    def ends_at(self) -> datetime.datetime | None:
        return max((g.ends_at for g in self.gathering_list), default=None)

    @property
    def teaching_hours(self) -> Decimal:
        return sum((g.teaching_hours for g in self.gathering_list), Decimal(0))

    @property
    def places_free(self) -> int:
        """Free places; read from the list's count (queries.with_counts) when it has one."""
        taken = getattr(self, "places_taken", None)
        if taken is None:
            taken = self.signups.filter(status=SignupStatus.SIGNED_UP).count()
        return max(self.capacity - taken, 0)

    def state_for(self, signup: "Signup | None", now: datetime.datetime) -> tuple[str, str]:
        """How the run stands for a member: (a status-tag modifier, the words)."""
        if self.is_cancelled:
            return "forfalt", _("Cancelled")
        if signup is not None and signup.status == SignupStatus.SIGNED_UP:
            return "fullfort", _("You have a place")
        if signup is not None and signup.status == SignupStatus.WAITING:
            return "utloper", _("You are on the waiting list")
        if not self.signup_open(now):
            return "", _("Sign-up closed")
        if not self.places_free:
            return "utloper", _("Full: you can join the waiting list")
        return "", ngettext(
            "Open: %(free)s place free", "Open: %(free)s places free", self.places_free
        ) % {"free": self.places_free}

    @property
    def attendance_percent_required(self) -> int:
        return self.course.attendance_percent_required if self.course else 75


class Gathering(Orderable):
    """One gathering (samling) of a run: in a place, or digital with everyone at the same time."""

    run = ParentalKey(CourseRun, on_delete=models.CASCADE, related_name="gatherings")
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(
        _("address"),
        max_length=300,
        blank=True,
        help_text=_("Where it is held, for example «Folkets Hus, Håkonsgaten 2, Bergen»"),
    )
    meeting_url = models.URLField(
        _("video meeting link"),
        blank=True,
        help_text=_("For a digital gathering: everyone takes part at the same time."),
    )
    teaching_hours = models.DecimalField(
        _("teaching hours"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal(24))],
        help_text=_("Course hours of 45 minutes, as the study association counts them."),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("place"),
        FieldPanel("meeting_url"),
        FieldPanel("teaching_hours"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("gathering")
        verbose_name_plural = _("gatherings")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="gathering_ends_after_start"
            )
        ]

    def __str__(self):
        return self.title

    @property
    def is_digital(self) -> bool:
        return bool(self.meeting_url)

    @property
    def has_started(self) -> bool:
        """Attendance is taken from the start of a gathering, not before."""
        return self.starts_at <= timezone.now()

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("A gathering ends after it starts.")
        if not self.place and not self.meeting_url:
            errors["place"] = _("Give an address, or a video meeting link for a digital gathering.")
        if self.starts_at and self.ends_at and self.teaching_hours:
            # A course hour is 45 minutes: no more of them than fit in the time.
            fits = Decimal((self.ends_at - self.starts_at).total_seconds()) / Decimal(45 * 60)
            if self.teaching_hours > fits:
                errors["teaching_hours"] = _(
                    "More teaching hours than fit between the start and the end "
                    "(at most %(hours)s)."
                ) % {"hours": fits.quantize(Decimal("0.1"), rounding="ROUND_DOWN")}
        if errors:
            raise ValidationError(errors)


class SignupStatus(models.TextChoices):
    SIGNED_UP = "signed_up", _("Signed up")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Gender(models.TextChoices):
    WOMAN = "kvinne", _("Woman")
    MAN = "mann", _("Man")
    OTHER = "annet", _("Other, or I would rather not say")


class Signup(PersonalRecord, models.Model):
    """A member's place on a run, or on its waiting list (in the order they asked). The fields
    the study association asks for are collected only for runs reported to one, and go with the
    rest of the member when they are erased, or five years after the run."""

    run = models.ForeignKey(CourseRun, on_delete=models.CASCADE, related_name="signups")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_signups"
    )
    status = models.CharField(max_length=20, choices=SignupStatus.choices)
    # The waiting list's order: when they last asked for a place.
    requested_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["run", "user"], name="signup_once_per_run")]
        indexes = [models.Index(fields=["run", "status", "requested_at"])]

    def __str__(self):
        return f"{self.run_id}: {self.user_id} ({self.status})"


class Attendance(PersonalRecord, models.Model):
    """Whether a participant was at a gathering, and for how many of its teaching hours."""

    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="gathering_attendance"
    )
    present = models.BooleanField(default=False)
    hours = models.DecimalField(max_digits=4, decimal_places=1, default=Decimal(0))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["gathering", "user"], name="attendance_once"),
        ]

    def __str__(self):
        return f"{self.gathering_id}: {self.user_id} {self.hours}"


class CalendarFeed(PersonalRecord, models.Model):
    """The secret address of a member's calendar of gatherings. Resetting it makes a new one and
    the old address stops working."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return str(self.user_id)


class GatheringReminder(PersonalRecord, models.Model):
    """That a participant was reminded of a gathering: once, however often the command runs."""

    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["gathering", "user"], name="gathering_reminder_once")
        ]

    def __str__(self):
        return f"{self.gathering_id}: {self.user_id}"


class RunMessage(PersonalRecord, models.Model):
    """A message from a course leader to everyone signed up for the run."""

    run = models.ForeignKey(CourseRun, on_delete=models.CASCADE, related_name="messages")
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"), max_length=5000)
    recipients = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self):
        return self.subject
