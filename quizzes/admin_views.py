"""The editors' quiz report in the Wagtail admin: one row per quiz, and one row per question of
a quiz, each exportable as CSV and XLSX. Statistics only, never members' names."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from quizzes.models import Quiz
from quizzes.reports import question_statistics, quiz_statistics

EDITOR_PERMISSIONS = ["add", "change", "publish"]


class PercentColumn(Column):
    cell_template_name = "quizzes/admin/percent_cell.html"


class QuizReportView(ReportView):
    page_title = _("Quiz statistics")
    header_icon = "tasks"
    index_url_name = "quiz_report"
    index_results_url_name = "quiz_report_results"
    permission_policy = ModelPermissionPolicy(Quiz)
    any_permission_required = EDITOR_PERMISSIONS
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

    def get_queryset(self):
        return quiz_statistics()


class QuizQuestionReportView(ReportView):
    header_icon = "tasks"
    index_url_name = "quiz_question_report"
    index_results_url_name = "quiz_question_report_results"
    permission_policy = ModelPermissionPolicy(Quiz)
    any_permission_required = EDITOR_PERMISSIONS
    verbose_name_plural = _("questions")
    list_export = ["number", "prompt", "answered", "share_correct", "most_chosen_wrong"]
    export_headings = {
        "number": _("No."),
        "prompt": _("Question"),
        "answered": _("Answered"),
        "share_correct": _("Answered correctly (%)"),
        "most_chosen_wrong": _("Most chosen wrong option (times)"),
    }
    columns = [
        Column("number", label=_("No.")),
        Column("prompt", label=_("Question")),
        Column("answered", label=_("Answered")),
        PercentColumn("share_correct", label=_("Answered correctly")),
        Column("most_chosen_wrong", label=_("Most chosen wrong option (times)")),
    ]

    @cached_property
    def quiz(self) -> Quiz:
        return get_object_or_404(Quiz, pk=self.kwargs["pk"])

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
        return question_statistics(self.quiz)
