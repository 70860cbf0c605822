"""Courses, modules and the learning record.

A course is an ordered list of references to modules. A module is written once, in the national
module library or in a branch's own section, and used by any number of courses. Progress is kept
per module, so a module done in one course counts in every course that uses it. Progress,
enrolments and completions keep a copy of the title they were made under, and point to the page
with SET_NULL: unpublishing or deleting content never deletes anybody's learning record."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from modelcluster.fields import ParentalKey
from wagtail_localize.fields import SynchronizedField

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses.blocks import LessonBodyBlock
from courses.panels import CourseModulesPanel, CoursePageForm, ModuleUsagePanel
from skolering import converters  # noqa: F401  (registers <uslug:…>, used by the routes below)
from skolering.blocks import StandardPageBodyBlock
from skolering.models import PersonalRecord
from skolering.page_serving import OneQueryViewRestrictions, RoutesThroughWithoutFields
from skolering.translated import localized_many, original, originals


def page_views():
    """The one seam between these page models and the code that serves them. Wagtail hands a
    request to the page model (its `serve`, `get_context` and routes), while courses/views.py
    builds on these models; so the models reach the views here, when a page is served, and
    import nothing else from them."""
    from courses import views

    return views


def hours_from_minutes(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def describe_duration(hours: Decimal | None) -> str:
    """A course's time as members read it, e.g. "about 40 minutes", "about 1 hour", "about 1.5
    hours"; empty when its modules give no time."""
    if not hours:
        return ""
    if hours < 1:
        minutes = max(5, round(hours * 60 / 5) * 5)  # 0.7 hours reads as "about 40 minutes"
        return ngettext("about %(count)s minute", "about %(count)s minutes", minutes) % {
            "count": minutes
        }
    whole = hours == hours.to_integral_value()
    # Plural forms are chosen by whole numbers; "1.5 hours" takes the plural, as "2 hours" does.
    count = int(hours) if whole else 2
    return ngettext("about %(hours)s hour", "about %(hours)s hours", count) % {
        "hours": number_format(hours, decimal_pos=0 if whole else 1)
    }


def course_hours_refresh(course_ids) -> None:
    """Set each course's hours from its published modules' minutes (see CoursePage.estimated_hours):
    called when a module is saved, since a module's time counts in every course using it."""
    course_ids = list(course_ids)
    totals = dict(
        CourseModule.objects.filter(course_id__in=course_ids, module__live=True)
        .values("course_id")
        .annotate(total=Sum("module__estimated_minutes"))
        .values_list("course_id", "total")
    )
    for course_id in course_ids:
        CoursePage.objects.filter(pk=course_id).update(
            estimated_hours=hours_from_minutes(totals.get(course_id) or 0)
        )


class Track(models.TextChoices):
    GRUNNSKOLERING = "grunnskolering", _("Basic training")
    LEDERSKOLERING = "lederskolering", _("Leadership training")
    PARTIKULTUR = "partikultur", _("Party culture and anti-harassment")
    MANGFOLD = "mangfold", _("Diversity competence")
    ANNET = "annet", _("Other")


class SectionPage(RoutesThroughWithoutFields, OneQueryViewRestrictions, Page):
    """A top-level section of the site, one of its kind, with a short introduction."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["skolering.HomePage"]
    max_count = 1

    class Meta:
        abstract = True


class CourseIndexPage(SectionPage):
    """The national course catalogue at /kurs/. It also lists the local courses of the
    member's own branches."""

    subpage_types = ["courses.CoursePage"]
    template = "courses/course_index_page.html"

    class Meta:
        verbose_name = _("course catalogue")

    def route(self, request, path_components):
        """A course and its type in one query (Wagtail's route takes two), and no query for a
        branch section above it: a course in the national catalogue is national."""
        if path_components:
            course = CoursePage.objects.child_of(self).filter(slug=path_components[0]).first()
            if course is not None:
                course._cached_parent_obj = self
                course.__dict__["owning_branch_page"] = None  # the cached_property's answer
                return course.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_views().catalogue_context(request, self))
        return context


class ModuleLibraryPage(SectionPage):
    """The national module library: modules written once, used by national and local courses."""

    subpage_types = ["courses.ModulePage"]
    template = "courses/module_library_page.html"

    class Meta:
        verbose_name = _("module library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A translation lists its original's modules, each in the reader's language if it can.
        modules = list(ModulePage.objects.live().child_of(original(self)).order_by("title"))
        translations = localized_many(modules)
        context["modules"] = [translations.get(m.translation_key, m) for m in modules]
        return context


class BranchIndexPage(SectionPage):
    """/lokalt/: the section under which branches publish their own courses and modules."""

    subpage_types = ["courses.BranchPage"]
    template = "courses/branch_index_page.html"

    class Meta:
        verbose_name = _("local sections")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_views().branch_index_context(request, self))
        return context


class BranchPage(OneQueryViewRestrictions, Page):
    """A branch's own section: its local courses and modules. Only members of the branch (and
    of the branches below it) and its leaders see it; its editors edit only this subtree."""

    # One section per branch in each language (its translations are the same branch's).
    branch = models.ForeignKey(
        "skolering.Branch",
        verbose_name=_("branch"),
        on_delete=models.PROTECT,
        related_name="branch_pages",
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StandardPageBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("branch"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    parent_page_types = ["courses.BranchIndexPage"]
    subpage_types = ["courses.CoursePage", "courses.ModulePage"]
    template = "courses/branch_page.html"
    # A translation is the same branch's section: a translator may not point it at another.
    override_translatable_fields = [SynchronizedField("branch", overridable=False)]

    class Meta:
        verbose_name = _("branch section")

    def clean(self):
        # One per branch in each language (the locale lies in Wagtail's table, out of reach of
        # a database constraint on this one).
        super().clean()
        others = BranchPage.objects.filter(branch_id=self.branch_id, locale_id=self.locale_id)
        if self.branch_id and others.exclude(pk=self.pk).exists():
            raise ValidationError({"branch": _("This branch already has a section.")})

    @property
    def owning_branch_page(self):
        return self

    def serve(self, request, *args, **kwargs):
        page_views().local_page_check(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_views().branch_section_context(request, self))
        return context


class ModulePage(OneQueryViewRestrictions, Page):
    """One lesson, written once and used by any number of courses. Members take it in the
    context of a course (/kurs/<course>/<module>/); its own address shows it on its own."""

    summary = models.TextField(
        _("summary"),
        max_length=500,
        blank=True,
        help_text=_(
            "One or two sentences on what the module is about, shown in the course's contents "
            "and above the lesson."
        ),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated time in minutes"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_(
            "Time to read, reflect and take the quiz: about 180 words a minute, plus a minute "
            "per quiz question. The modules' minutes add up to the time of each course."
        ),
    )
    body = StreamField(
        LessonBodyBlock(),
        verbose_name=_("lesson"),
        help_text=_(
            "The lesson, built from blocks: text, images, video, scenarios, reflection questions "
            "and a quiz. Add a block with the + button."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        ModuleUsagePanel(heading=_("Used in these courses")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.ModuleLibraryPage", "courses.BranchPage"]
    subpage_types = []
    template = "courses/module_page.html"

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        return page_views().module_standalone(request, self)

    COURSE_PREVIEW_PREFIX = "kurs-"

    @property
    def preview_modes(self):
        """The module alone, and inside each course that uses it."""
        modes = [("", _("The module alone"))]
        if self.pk:
            modes += [
                (
                    f"{self.COURSE_PREVIEW_PREFIX}{course.pk}",
                    _("In the course “%(title)s”") % {"title": course.title},
                )
                for course in self.courses_using()
            ]
        return modes

    def serve_preview(self, request, mode_name):
        return page_views().module_preview(request, self, mode_name)

    def reflection_prompts(self) -> dict:
        """The lesson's reflection questions, by their stable block id."""
        return {block.id: block.value for block in self.body if block.block_type == "reflection"}

    def quiz_blocks(self) -> dict:
        """The lesson's quiz blocks that name a quiz, by their stable block id."""
        return {
            block.id: block.value
            for block in self.body
            if block.block_type == "quiz" and block.value.get("quiz") is not None
        }

    def quiz_ids(self) -> set[int]:
        return {value["quiz"].pk for value in self.quiz_blocks().values()}

    def courses_using(self):
        """Every course, national or local, live or not, that uses this module (or, for a
        translation, its original): the originals, which their translations follow."""
        return originals(
            CoursePage.objects.filter(course_modules__module=original(self))
            .distinct()
            .order_by("title")
        )

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # Publishing, unpublishing or retiming the module changes the time of its courses.
        course_hours_refresh(
            CourseModule.objects.filter(module=self).values_list("course_id", flat=True)
        )
        return result

    @cached_property
    def owning_branch_page(self):
        """The BranchPage this module belongs to, or None for a national module."""
        return BranchPage.objects.ancestor_of(self).first()


class CoursePage(OneQueryViewRestrictions, RoutablePageMixin, Page):
    """A course: an ordered list of modules, taken at /kurs/<course>/<module>/."""

    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences, shown in the catalogue and at the top of the course."),
    )
    track = models.CharField(
        _("track"),
        max_length=20,
        choices=Track.choices,
        help_text=_(
            "Which training track the course belongs to. Members filter the catalogue by it."
        ),
    )
    audience = models.CharField(
        _("audience"),
        max_length=250,
        help_text=_("Who the course is for, for example 'All members' or 'New officers'."),
    )
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Learning outcome"), max_length=300))],
        verbose_name=_("learning outcomes"),
        blank=True,
        help_text=_("What the member can do after the course. Printed on the certificate."),
    )
    # The one source of a course's time is its modules' minutes: this is their sum, kept up
    # to date when the course or one of its modules is saved, shown on the course, in the
    # catalogue and (copied when issued) on the certificate.
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=4,
        decimal_places=1,
        default=Decimal(0),
        editable=False,
        help_text=_(
            "The sum of the published modules' estimated minutes, in hours. Printed on the "
            "certificate."
        ),
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_("How long a completion stays valid. Leave blank if it never expires."),
    )
    # A blended course: each branch that runs it schedules the gatherings (gatherings app), and
    # attendance counts towards completion beside the modules.
    gatherings_planned = models.PositiveSmallIntegerField(
        _("gatherings"),
        default=0,
        validators=[MaxValueValidator(30)],
        help_text=_(
            "How many gatherings (samlinger) a run of this course has. 0 for a course taken "
            "online only. Branches schedule the gatherings of their own runs."
        ),
    )
    attendance_percent_required = models.PositiveSmallIntegerField(
        _("attendance required (%)"),
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "For a course with gatherings: the share of the teaching hours a member must attend "
            "to complete it, besides the modules."
        ),
    )
    final_quiz = models.ForeignKey(
        "quizzes.Quiz",
        verbose_name=_("final quiz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional. A quiz the member must pass, besides the modules, to complete the course."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("track"),
                FieldPanel("audience"),
                FieldPanel("validity_months"),
            ],
            heading=_("About the course"),
        ),
        MultiFieldPanel(
            [FieldPanel("gatherings_planned"), FieldPanel("attendance_percent_required")],
            heading=_("Gatherings"),
        ),
        FieldPanel("learning_outcomes"),
        FieldPanel("final_quiz"),
        CourseModulesPanel(
            "course_modules",
            heading=_("Modules"),
            label=_("Module"),
            min_num=1,
            help_text=_(
                "In the order members take them. A local course may use national modules and "
                "its own branch's modules."
            ),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CourseIndexPage", "courses.BranchPage"]
    subpage_types = []
    template = "courses/course_page.html"
    base_form_class = CoursePageForm

    class Meta:
        verbose_name = _("course")

    def serve(self, request, *args, **kwargs):
        page_views().local_page_check(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_views().course_context(request, self))
        return context

    # Before the module route, which would take "fornye" for a module's slug.
    @path("fornye/", name="renew")
    def renew_route(self, request):
        return page_views().course_renew_view(request, self)

    @path("<uslug:module_slug>/", name="module")
    def module_route(self, request, module_slug):
        return page_views().module_in_course(request, self, module_slug)

    @path("<uslug:module_slug>/fullfort/", name="complete")
    def complete_route(self, request, module_slug):
        return page_views().module_complete_view(request, self, module_slug)

    @path("<uslug:module_slug>/quiz/<str:block_id>/", name="quiz")
    def quiz_route(self, request, module_slug, block_id):
        return page_views().quiz_start_view(request, self, module_slug, block_id)

    @path("avsluttende-quiz/start/", name="final_quiz")
    def final_quiz_route(self, request):
        return page_views().final_quiz_start_view(request, self)

    @path("<uslug:module_slug>/refleksjon/<str:block_id>/", name="reflection")
    def reflection_route(self, request, module_slug, block_id):
        return page_views().reflection_save_view(request, self, module_slug, block_id)

    def save(self, *args, **kwargs):
        # The modules in the form (or the revision), saved or not yet.
        module_ids = [item.module_id for item in self.course_modules.all()]
        minutes = ModulePage.objects.filter(pk__in=module_ids, live=True).aggregate(
            total=Sum("estimated_minutes")
        )["total"]
        self.estimated_hours = hours_from_minutes(minutes or 0)
        return super().save(*args, **kwargs)

    @property
    def duration_text(self) -> str:
        return describe_duration(self.estimated_hours)

    @cached_property
    def owning_branch_page(self):
        """The BranchPage this course belongs to, or None for a national course."""
        return BranchPage.objects.ancestor_of(self).first()

    @staticmethod
    def module_sources(parent: Page | None) -> list[Page]:
        """Where a course placed under `parent` may take its modules from: the national module
        library, and the branch section it lies in, if any."""
        sources: list[Page] = list(originals(ModuleLibraryPage.objects.all()))
        if parent is not None:
            sources += BranchPage.objects.ancestor_of(parent, inclusive=True)[:1]
        return sources


class CourseModule(Orderable):
    """A module's place in a course. Deleting the module removes it from the course; the
    members' progress on it stays."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="course_modules")
    module = models.ForeignKey(
        ModulePage,
        verbose_name=_("module"),
        on_delete=models.CASCADE,
        related_name="course_uses",
    )
    required = models.BooleanField(
        _("required in the course"),
        default=True,
        help_text=_("The course is completed when every required module is."),
    )

    panels = [FieldPanel("module"), FieldPanel("required")]

    class Meta(Orderable.Meta):
        verbose_name = _("module in course")
        verbose_name_plural = _("modules in course")
        constraints = [
            models.UniqueConstraint(fields=["course", "module"], name="course_module_once")
        ]


class ModuleProgress(PersonalRecord, models.Model):
    """A member's progress on one module, whichever course they took it in."""

    # Empty once the member is erased (skolering.personal_data): it still counts in statistics.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="module_progress",
    )
    module = models.ForeignKey(
        ModulePage, on_delete=models.SET_NULL, null=True, related_name="progress"
    )
    module_title = models.CharField(max_length=255)
    started_at = models.DateTimeField(auto_now_add=True)
    last_viewed_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="module_progress_once")
        ]

    def __str__(self):
        return f"{self.user} – {self.module_title}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class Enrollment(PersonalRecord, models.Model):
    """A member taking a course: when they started and where they were last."""

    # Empty once the member is erased (skolering.personal_data): it still counts in statistics.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="enrollments",
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.SET_NULL, null=True, related_name="enrollments"
    )
    course_title = models.CharField(max_length=255)
    started_at = models.DateTimeField(auto_now_add=True)
    last_visited_at = models.DateTimeField(auto_now=True)
    last_module = models.ForeignKey(
        ModulePage, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="enrollment_once")]
        # The leaders' status counts read a course's enrolments from the index alone.
        indexes = [models.Index(fields=["course", "user"], name="enrollment_by_course")]

    def __str__(self):
        return f"{self.user} – {self.course_title}"


class CompletionStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


def completion_status_on(day: datetime.date, *, revoked: bool, valid_until) -> CompletionStatus:
    """Whether a completion (or the certificate that proves it) is in force on `day`: the one
    statement of the rule. It lapses after `valid_until`, its last day."""
    if revoked:
        return CompletionStatus.REVOKED
    if valid_until is not None and day > valid_until:
        return CompletionStatus.EXPIRED
    return CompletionStatus.VALID


def describe_validity(status: str, valid_until: datetime.date | None) -> str:
    """How a completion's or a certificate's status reads for its holder, e.g. "Valid until
    1. mars 2027"."""
    if status == CompletionStatus.REVOKED:
        return gettext("Revoked")
    if valid_until is None:
        return gettext("Does not expire")
    date = date_format(valid_until, "DATE_FORMAT")
    if status == CompletionStatus.EXPIRED:
        return gettext("Expired %(date)s") % {"date": date}
    return gettext("Valid until %(date)s") % {"date": date}


class CourseCompletionQuerySet(models.QuerySet):
    def unrevoked(self):
        return self.filter(revoked_at__isnull=True)

    def in_force(self, *, on: datetime.date | None = None):
        """The completions that count on `on` (today by default): not revoked, not expired.
        The query form of `completion_status_on`."""
        on = on or timezone.localdate()
        return self.unrevoked().filter(Q(valid_until__isnull=True) | Q(valid_until__gte=on))


class CourseCompletion(PersonalRecord, models.Model):
    """The record that a member completed a course: the source of truth for dashboards,
    requirements and certificates. `cycle` counts completions of the same course (a new cycle
    after a revocation, or a renewal when a completion has expired)."""

    # Empty once the member is erased (skolering.personal_data): it still counts in statistics.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="course_completions",
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.SET_NULL, null=True, related_name="completions"
    )
    course_title = models.CharField(max_length=255)
    cycle = models.PositiveSmallIntegerField(default=1)
    completed_at = models.DateTimeField()
    valid_until = models.DateField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.TextField(blank=True)

    objects = CourseCompletionQuerySet.as_manager()

    class Meta:
        verbose_name = _("course completion")
        verbose_name_plural = _("course completions")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course", "cycle"], name="course_completion_cycle_once"
            )
        ]
        # The leaders' status SQL: a course's unrevoked completions, by person, with the date
        # they last (read from the index alone, for one person or for a whole course).
        indexes = [
            models.Index(
                fields=["course", "user", "valid_until"],
                condition=Q(revoked_at__isnull=True),
                name="completion_unrevoked_by_course",
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.course_title} ({self.cycle})"

    def status_on(self, day: datetime.date) -> CompletionStatus:
        return completion_status_on(
            day, revoked=self.revoked_at is not None, valid_until=self.valid_until
        )

    def is_valid_on(self, day: datetime.date) -> bool:
        return self.status_on(day) == CompletionStatus.VALID

    @property
    def validity_text(self) -> str:
        """Its status today, as its holder reads it."""
        return describe_validity(self.status_on(timezone.localdate()), self.valid_until)


class ReflectionAnswer(PersonalRecord, models.Model):
    """A member's answer to a reflection prompt. Private: shown only to its author."""

    MAX_LENGTH = 5000

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections"
    )
    module = models.ForeignKey(
        ModulePage, on_delete=models.SET_NULL, null=True, related_name="reflections"
    )
    block_id = models.CharField(max_length=64)
    text = models.TextField(max_length=MAX_LENGTH)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module", "block_id"], name="reflection_once_per_prompt"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.block_id}"
