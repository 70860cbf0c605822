"""Quizzes: the `Quiz` snippet editors write (with drafts, revisions and preview), the member's
`QuizAttempt` with the snapshot of what they were shown, their `QuizAnswer`s, and extra time
granted to a member (`QuizTimeExtension`)."""

import uuid

from wagtail_localize.fields import SynchronizedField

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index

from quizzes.blocks import QuizQuestionsBlock, questions_snapshot
from skolering.models import PersonalRecord


class FeedbackPolicy(models.TextChoices):
    NEVER = "never", _("Never")
    AFTER_EACH = "after_each", _("After each question")
    AFTER_PASSING = "after_passing", _("After passing")
    AFTER_LAST_ATTEMPT = "after_last_attempt", _("After the last attempt (or after passing)")


class Quiz(
    TranslatableMixin,
    DraftStateMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=1000,
        help_text=_("Shown before the member starts."),
    )
    questions = StreamField(QuizQuestionsBlock(), verbose_name=_("questions"))
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The share of the points needed to pass, from 0 to 100."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave blank for unlimited attempts."),
    )
    wait_minutes = models.PositiveIntegerField(
        _("wait between attempts (minutes)"),
        default=0,
        validators=[MaxValueValidator(60 * 24 * 30)],
    )
    shuffle_questions = models.BooleanField(_("shuffle the questions"), default=False)
    shuffle_options = models.BooleanField(
        _("shuffle the options"),
        default=False,
        help_text=_("True/false questions keep their order."),
    )
    draw_count = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Draw this many questions from the pool for each attempt. Blank: all."),
    )
    feedback_policy = models.CharField(
        _("show correct answers"),
        max_length=20,
        choices=FeedbackPolicy.choices,
        default=FeedbackPolicy.AFTER_EACH,
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_(
            "Off when blank, which is best for most quizzes. Members who need more time can "
            "be given it under “Extra time”."
        ),
    )

    branch = models.ForeignKey(
        "skolering.Branch",
        verbose_name=_("owned by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="quizzes",
        help_text=_(
            "Empty for a national quiz, which every module can use. A branch's quiz is edited "
            "by its local editors, and only its own modules should use it."
        ),
    )

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]
    # A translation is owned by its original's branch: a translator may not change that.
    override_translatable_fields = [SynchronizedField("branch", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["title"]
        # Wagtail adds this for snippets with drafts only once its admin hooks have loaded,
        # which `migrate` on a fresh database does not do; the editorial groups need it.
        permissions = [("publish_quiz", "Can publish quiz")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Bind every question so that options written as plain data (not through the admin)
        # get their permanent ids now, not a new random id each time the quiz is loaded.
        list(self.questions)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        pool = len(self.questions or [])
        if not pool:
            raise ValidationError({"questions": _("Add at least one question.")})
        if self.draw_count and pool and self.draw_count > pool:
            raise ValidationError(
                {
                    "draw_count": ngettext(
                        "The quiz has %(pool)s question, so it cannot draw %(count)s.",
                        "The quiz has %(pool)s questions, so it cannot draw %(count)s.",
                        pool,
                    )
                    % {"pool": pool, "count": self.draw_count}
                }
            )

    @property
    def question_count(self) -> int:
        """How many questions an attempt has."""
        return self.draw_count or len(self.questions)

    def questions_snapshot(self) -> list[dict]:
        return questions_snapshot(self.questions)

    def get_preview_template(self, request, mode_name):
        return "quizzes/quiz_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["questions"] = self.questions_snapshot()
        return context


class QuizAttempt(PersonalRecord, models.Model):
    """One go at a quiz. `questions` is the snapshot the member was shown, with the correct
    options; it is what the attempt is graded from, whatever happens to the quiz later."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    # Empty once the member is erased: the attempt still counts in the quiz statistics.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="quiz_attempts",
    )
    quiz = models.ForeignKey(Quiz, on_delete=models.SET_NULL, null=True, related_name="attempts")
    quiz_title = models.CharField(max_length=200)
    number = models.PositiveSmallIntegerField()
    seed = models.PositiveBigIntegerField()
    questions = models.JSONField()
    pass_mark = models.PositiveSmallIntegerField()
    feedback_policy = models.CharField(max_length=20, choices=FeedbackPolicy.choices)
    started_at = models.DateTimeField(default=timezone.now)
    deadline = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    points = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    max_points = models.PositiveIntegerField()
    score_percent = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    passed = models.BooleanField(null=True)
    # Where the attempt was started from, for the way back and for completing the module.
    module_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    course_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    return_path = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="quiz_attempt_number_once"
            ),
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(finished_at__isnull=True),
                name="quiz_one_open_attempt",
            ),
        ]
        indexes = [models.Index(fields=["quiz", "finished_at"])]

    def __str__(self):
        return f"{self.quiz_title} #{self.number}"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    def is_expired(self, now=None) -> bool:
        return self.deadline is not None and (now or timezone.now()) >= self.deadline

    @property
    def reveals_while_open(self) -> bool:
        """Whether an answered question shows its feedback before the attempt is handed in."""
        return self.feedback_policy == FeedbackPolicy.AFTER_EACH

    def question(self, question_id: str) -> dict | None:
        return next((q for q in self.questions if q["id"] == question_id), None)


class QuizAnswer(PersonalRecord, models.Model):
    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(max_length=64)
    selected = models.JSONField(default=list)
    points = models.DecimalField(max_digits=5, decimal_places=2)
    correct = models.BooleanField()
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="quiz_answer_once_per_question"
            )
        ]

    def __str__(self):
        return f"{self.attempt_id}:{self.question_id}"


class QuizTimeExtension(PersonalRecord, models.Model):
    """More time for a member who needs it (WCAG 2.2.1), on one quiz or on all."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_time_extensions",
        verbose_name=_("member"),
    )
    quiz = models.ForeignKey(
        Quiz,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="time_extensions",
        verbose_name=_("quiz"),
        help_text=_("Leave blank to give the extra time on every quiz."),
    )
    extra_minutes = models.PositiveSmallIntegerField(
        _("extra minutes"), validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("extra time")
        verbose_name_plural = _("extra time")
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz"], name="quiz_time_extension_once"),
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(quiz__isnull=True),
                name="quiz_time_extension_once_for_all",
            ),
        ]

    def __str__(self):
        return f"{self.user} +{self.extra_minutes} min"
