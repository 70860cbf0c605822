"""Who may translate what (wagtail-localize's admin views, wrapped).

wagtail-localize lets anyone with its one permission ("submit translation") translate anything.
Here a translation is asked for, or brought up to date with its source, only by someone who may
edit the source: national editors translate national content, a branch's local editors their
own section and quizzes. Editing a translation is Wagtail's page editing, with the page
permissions that follow each translation from its original (skolering/receivers.py).
"""

from wagtail_localize.models import TranslationSource
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
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
