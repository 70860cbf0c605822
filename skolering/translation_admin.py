"""Who may translate what (wagtail-localize's admin views, wrapped).

wagtail-localize lets anyone with its one permission ("submit translation") translate anything.
Here a translation is asked for, or brought up to date with its source, only by someone who may
edit the source: national editors translate national content, a branch's local editors their
own section and quizzes. Editing a translation is Wagtail's page editing, with the page
permissions that follow each translation from its original (skolering/receivers.py).
"""

from functools import wraps

from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import edit_translation, report, snippets_api
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext as _

from wagtail.admin.auth import require_admin_access
from wagtail.models import GroupPagePermission, Page
from wagtail.permissions import policy_registry


def may_edit(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    policy = policy_registry.get(instance)
    return policy.user_has_permission_for_instance(user, "change", instance)


def _refuse_unless(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied(_("Only those who may edit the original may translate it."))


@require_admin_access
def submit_page_translation(request, page_id: int):
    page = get_object_or_404(Page, id=page_id).specific
    _refuse_unless(may_edit(request.user, page))
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)


@require_admin_access
def submit_snippet_translation(request, app_label: str, model_name: str, pk: str):
    view = SubmitSnippetTranslationView()
    view.kwargs = {"app_label": app_label, "model_name": model_name, "pk": pk}
    _refuse_unless(may_edit(request.user, view.get_object()))
    return SubmitSnippetTranslationView.as_view()(
        request, app_label=app_label, model_name=model_name, pk=pk
    )


@require_admin_access
def update_translations(request, translation_source_id: int):
    source = get_object_or_404(TranslationSource, id=translation_source_id)
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist:
        instance = None
    _refuse_unless(instance is not None and may_edit(request.user, instance))
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


def _on_translations_one_may_edit(view):
    """wagtail-localize's translation editor endpoints (a string, an override, the PO file, the
    preview, stopping) check the right to edit a snippet type only, not the snippet: here the
    translation's page or quiz must be one the editor may edit."""

    @require_admin_access
    @wraps(view)
    def guarded(request, translation_id: int, *args, **kwargs):
        translation = get_object_or_404(Translation, id=translation_id)
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            target = None
        _refuse_unless(target is not None and may_edit(request.user, target))
        return view(request, translation_id, *args, **kwargs)

    return guarded


def edits_everything(user) -> bool:
    """A national editor (rights on the whole page tree) or a superuser."""
    return (
        user.is_superuser
        or GroupPagePermission.objects.filter(
            group__user=user, page__depth=1, permission__codename="change_page"
        ).exists()
    )


def _for_national_editors(view):
    """Lists of every translation or snippet, whichever branch it is: not for local editors."""

    @require_admin_access
    @wraps(view)
    def guarded(request, *args, **kwargs):
        _refuse_unless(edits_everything(request.user))
        return view(request, *args, **kwargs)

    return guarded


_LOCALIZE = "admin/localize/"
_TRANSLATE = f"{_LOCALIZE}translate/<int:translation_id>/"
# Before the admin's own (skolering/urls.py), so that these answer in place of wagtail-localize's.
urlpatterns = [
    path(f"{_LOCALIZE}submit/page/<int:page_id>/", submit_page_translation),
    path(
        f"{_LOCALIZE}submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        submit_snippet_translation,
    ),
    path(f"{_LOCALIZE}update/<int:translation_source_id>/", update_translations),
    *(
        path(f"{_TRANSLATE}{route}", _on_translations_one_may_edit(view))
        for route, view in (
            ("strings/<int:string_segment_id>/edit/", edit_translation.edit_string_translation),
            ("overrides/<int:overridable_segment_id>/edit/", edit_translation.edit_override),
            ("pofile/download/", edit_translation.download_pofile),
            ("pofile/upload/", edit_translation.upload_pofile),
            ("machine_translate/", edit_translation.machine_translate),
            ("preview/", edit_translation.preview_translation),
            ("preview/<str:mode>/", edit_translation.preview_translation),
            ("disable/", edit_translation.stop_translation),
        )
    ),
    path(
        f"{_LOCALIZE}reports/translations/",
        _for_national_editors(report.TranslationsReportView.as_view()),
    ),
    path(
        f"{_LOCALIZE}reports/translations/results/",
        _for_national_editors(report.TranslationsReportView.as_view(results_only=True)),
    ),
    path(
        f"{_LOCALIZE}api/snippets/<slug:app_label>/<slug:model_name>/",
        _for_national_editors(snippets_api.SnippetViewSet.as_view({"get": "list"})),
    ),
    path(
        f"{_LOCALIZE}api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        _for_national_editors(snippets_api.SnippetViewSet.as_view({"get": "retrieve"})),
    ),
]
