"""Quizzes in the Wagtail admin: the Quiz snippet (drafts, revisions, preview), extra time for
members, and the statistics report under Reports. Local editors see, edit and choose quizzes
through QuizPermissionPolicy: their branches' own, and national ones to choose."""

import functools

from django.core.exceptions import PermissionDenied
from django.urls import URLPattern, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from quizzes.admin_views import QuizQuestionReportView, QuizReportView
from quizzes.forms import QuizAdminForm
from quizzes.models import Quiz, QuizTimeExtension
from quizzes.permissions import quiz_policy
from skolering.admin_views import ReportMenuItem, report_urls
from skolering.translated import originals

register_permission_policy(Quiz, quiz_policy, exact_class=True)
ANY_ACTION = ["change", "delete", "publish", "view"]


class ChoosableQuizzes:
    def get_object_list(self):
        return quiz_policy.instances_user_may_choose(self.request.user)


class QuizChooserViewSet(SnippetChooserViewSet):
    choose_view_class = type("QuizChooseView", (ChoosableQuizzes, ChooseView), {})
    choose_results_view_class = type(
        "QuizChooseResultsView", (ChoosableQuizzes, ChooseResultsView), {}
    )


def _owned_quizzes_only(view):
    """Refuse a quiz's own views (edit, history, revisions, preview, delete…) to an editor
    who may not act on that quiz, whatever the view checks itself."""

    @functools.wraps(view)
    def checked(request, *args, **kwargs):
        pk = str(kwargs.get("pk", ""))
        if pk.isdigit() and pk.isascii():
            quiz = Quiz.objects.filter(pk=int(pk)).first()
            if quiz is not None and not quiz_policy.user_has_any_permission_for_instance(
                request.user, ANY_ACTION, quiz
            ):
                raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    chooser_viewset_class = QuizChooserViewSet
    list_display = ["title", "branch", "pass_mark", "max_attempts", "feedback_policy"]
    list_filter = ["feedback_policy"]
    list_per_page = 50
    panels = [
        FieldPanel("title"),
        FieldPanel("branch"),
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

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=QuizAdminForm).bind_to_model(self.model)

    def get_queryset(self, request):
        return quiz_policy.instances_user_has_any_permission_for(request.user, ANY_ACTION)

    def get_urlpatterns(self):
        return [
            URLPattern(
                pattern.pattern,
                _owned_quizzes_only(pattern.callback),
                pattern.default_args,
                pattern.name,
            )
            for pattern in super().get_urlpatterns()
        ]


class QuizTimeExtensionViewSet(ModelViewSet):
    model = QuizTimeExtension
    icon = "time"
    menu_label = _("Extra time")
    form_fields = ["user", "quiz", "extra_minutes", "note"]
    list_display = ["user", "quiz", "extra_minutes", "note"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    list_per_page = 50

    def get_form_class(self, for_update=False):
        """Extra time on an original quiz, which the attempts in every language are."""
        base = super().get_form_class(for_update)

        class OnOriginalQuizzes(base):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["quiz"].queryset = originals(self.fields["quiz"].queryset)

        return OnOriginalQuizzes


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
