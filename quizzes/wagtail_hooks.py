"""Quizzes in the Wagtail admin: the Quiz snippet (drafts, revisions, preview), extra time for
members, and the statistics report under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from quizzes.admin_views import QuizQuestionReportView, QuizReportView
from quizzes.models import Quiz, QuizTimeExtension


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
        path("reports/quizer/", QuizReportView.as_view(), name="quiz_report"),
        path(
            "reports/quizer/resultater/",
            QuizReportView.as_view(results_only=True),
            name="quiz_report_results",
        ),
        path(
            "reports/quizer/<int:pk>/",
            QuizQuestionReportView.as_view(),
            name="quiz_question_report",
        ),
        path(
            "reports/quizer/<int:pk>/resultater/",
            QuizQuestionReportView.as_view(results_only=True),
            name="quiz_question_report_results",
        ),
    ]


class QuizReportMenuItem(MenuItem):
    def is_shown(self, request):
        return QuizReportView.permission_policy.user_has_any_permission(
            request.user, QuizReportView.any_permission_required
        )


@hooks.register("register_reports_menu_item")
def quiz_report_menu_item():
    return QuizReportMenuItem(
        _("Quiz statistics"), reverse("quiz_report"), icon_name="tasks", order=700
    )
