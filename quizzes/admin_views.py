"""The editors' quiz report in the Wagtail admin: one row per quiz, and one row per question of
a quiz, each exportable as CSV and XLSX. Statistics only, never members' names, and none at all
below MIN_ATTEMPTS handed-in attempts (see quizzes.reports)."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from quizzes.models import Quiz
from quizzes.permissions import quiz_policy
from quizzes.reports import MIN_ATTEMPTS, hidden_text, question_statistics, quiz_statistics
from skolering.spreadsheets import inert
from skolering.translated import originals

EDITOR_PERMISSIONS = ["add", "change", "publish"]


class PercentColumn(Column):
    """A share in per cent; "–" when there is none, saying why to screen readers: the figures
    are hidden (too few attempts), or `empty_text`."""

    cell_template_name = "quizzes/admin/percent_cell.html"

    def __init__(self, *args, empty_text=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.empty_text = empty_text or _("No answers yet")

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["empty_text"] = self.empty_text if instance.shown else hidden_text()
        return context


class DistributionColumn(Column):
    """The share of attempts choosing each option, as a list (no chart, no JavaScript)."""

    cell_template_name = "quizzes/admin/distribution_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["hidden_text"] = hidden_text()
        return context


class QuizReportMixin:
    template_name = "quizzes/admin/report.html"
    header_icon = "tasks"
    permission_policy = quiz_policy
    any_permission_required = EDITOR_PERMISSIONS

    def report_quizzes(self):
        """The quizzes whose statistics the user may see (national editors all, local editors
        their branches'): every view takes them from here. The originals: attempts in every
        language are kept on them."""
        return originals(
            quiz_policy.instances_user_has_any_permission_for(
                self.request.user, EDITOR_PERMISSIONS
            ).order_by("title")
        )

    def write_csv_row(self, writer, row_dict):
        # Prompts and options are editors' text: keep a spreadsheet from running one as a formula.
        safe = {key: inert(v) if isinstance(v, str) else v for key, v in row_dict.items()}
        return super().write_csv_row(writer, safe)


class QuizReportView(QuizReportMixin, ReportView):
    page_title = _("Quiz statistics")
    index_url_name = "quiz_report"
    index_results_url_name = "quiz_report_results"
    export_filename = "quiz-statistikk"
    verbose_name_plural = _("quizzes")
    list_export = ["title", "attempts", "pass_rate", "median_score"]
    export_headings = {
        "title": _("Quiz"),
        "attempts": _("Attempts handed in"),
        "pass_rate": _("Pass rate (%)"),
        "median_score": _("Median score (%)"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Quiz"),
            get_url=lambda row: reverse("quiz_question_report", args=[row.quiz.pk]),
        ),
        Column("attempts", label=_("Attempts handed in")),
        PercentColumn("pass_rate", label=_("Pass rate")),
        PercentColumn("median_score", label=_("Median score")),
    ]

    @property
    def help_text(self):
        return _(
            "The pass rate and the median score are shown once a quiz has at least "
            "%(count)s handed-in attempts, so that no one's answers can be read off."
        ) % {"count": MIN_ATTEMPTS}

    def get_queryset(self):
        return quiz_statistics(self.report_quizzes())


class QuizQuestionReportView(QuizReportMixin, ReportView):
    index_url_name = "quiz_question_report"
    index_results_url_name = "quiz_question_report_results"
    verbose_name_plural = _("questions")
    list_export = [
        "number",
        "prompt",
        "attempts",
        "share_correct",
        "distribution",
        "discrimination",
    ]
    export_headings = {
        "number": _("No."),
        "prompt": _("Question"),
        "attempts": _("Attempts handed in"),
        "share_correct": _("Answered correctly (%)"),
        "distribution": _("Answer distribution"),
        "discrimination": _("Discrimination index (%)"),
    }
    columns = [
        Column("number", label=_("No.")),
        Column("prompt", label=_("Question")),
        Column("attempts", label=_("Attempts handed in")),
        PercentColumn("share_correct", label=_("Answered correctly")),
        DistributionColumn("options", label=_("Answer distribution")),
        PercentColumn(
            "discrimination",
            label=_("Discrimination index"),
            empty_text=_(
                "Cannot be computed: the scores on the question or on the rest of the quiz "
                "do not vary"
            ),
        ),
    ]

    @cached_property
    def quiz(self) -> Quiz:
        return get_object_or_404(self.report_quizzes(), pk=self.kwargs["pk"])

    @cached_property
    def report(self):
        return question_statistics(self.quiz)

    @property
    def help_text(self):
        return _(
            "Per question, over the handed-in attempts that had it: the share answered fully "
            "correctly, and the share that chose each option (✓ marks the correct ones; where "
            "several options are correct, one attempt can choose several). The discrimination "
            "index is the correlation between the score on the question and the score on the "
            "rest of the quiz, in per cent, as in Moodle: around 30 %% or more means the "
            "question tells those who know the material from those who do not; near zero or "
            "negative, check the question and its correct answer. Figures are shown only for "
            "questions with at least %(count)s attempts."
        ) % {"count": MIN_ATTEMPTS}

    @cached_property
    def no_results_message(self):
        if not self.report.shown:
            return _(
                "Statistics are shown once at least %(count)s attempts have been handed in."
            ) % {"count": MIN_ATTEMPTS}
        return super().no_results_message

    def get_page_title(self):
        return _("Questions in “%(title)s”") % {"title": self.quiz.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("quiz_report"), "label": _("Quiz statistics")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.quiz.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.quiz.pk])

    def get_filename(self):
        return f"quiz-{self.quiz.pk}-sporsmal"

    def get_queryset(self):
        return self.report.questions
