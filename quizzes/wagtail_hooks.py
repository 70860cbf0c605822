"""Quizzes in the Wagtail admin: the Quiz snippet (drafts, revisions, preview), extra time for
members, and the statistics report under Reports."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from quizzes.admin_views import QuizQuestionReportView, QuizReportView
from quizzes.models import Quiz, QuizTimeExtension
from skolering.admin_views import ReportMenuItem, report_urls


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    list_display = ["title", "pass_mark", "max_attempts", "feedback_policy"]
    list_filter = ["feedback_policy"]
    list_per_page = 50
    panels = [
        FieldPanel("title"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldRowPanel([FieldPanel("wait_minutes"), FieldPanel("time_limit_minutes")]),
                FieldPanel("feedback_policy"),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
                FieldPanel("draw_count"),
            ],
            heading=_("Settings"),
        ),
        FieldPanel("questions"),
    ]


class QuizTimeExtensionViewSet(ModelViewSet):
    model = QuizTimeExtension
    icon = "time"
    menu_label = _("Extra time")
    form_fields = ["user", "quiz", "extra_minutes", "note"]
    list_display = ["user", "quiz", "extra_minutes", "note"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    list_per_page = 50


class QuizzesGroup(ViewSetGroup):
    items = (QuizViewSet, QuizTimeExtensionViewSet)
    menu_icon = "tasks"
    menu_label = _("Quizzes")
    menu_name = "quizzes"


@hooks.register("register_admin_viewset")
def quizzes_admin():
    return QuizzesGroup()


@hooks.register("register_admin_urls")
def quiz_report_urls():
    return [
        *report_urls("reports/quizer/", QuizReportView, "quiz_report"),
        *report_urls("reports/quizer/<int:pk>/", QuizQuestionReportView, "quiz_question_report"),
    ]


@hooks.register("register_reports_menu_item")
def quiz_report_menu_item():
    return ReportMenuItem(
        _("Quiz statistics"),
        reverse("quiz_report"),
        report=QuizReportView,
        icon_name="tasks",
        order=700,
    )
