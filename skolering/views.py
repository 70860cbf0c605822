from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from skolering import page_serving, throttle
from skolering.auth_backends import password_login_allowed
from skolering.forms import (
    THROTTLED,
    EmailAuthenticationForm,
    EraseAccountForm,
    NorwegianPasswordResetForm,
    PasswordConfirmForm,
    ThrottledPasswordChangeForm,
)
from skolering.languages import NATIVE_NAMES, language_codes, supported
from skolering.personal_data import personal_data_erase, personal_data_export
from skolering.queries import memberships_of, role_assignments_of


@require_POST
def language_choose(request):
    """The language switcher (a plain form: no JavaScript needed): remembers the choice (on the
    member, and in a cookie for visitors) and goes back to the page in that language."""
    language = supported(request.POST.get("language"))
    back = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) or not back.startswith("/"):
        back = "/"
    if language is None:
        return render(request, "skolering/language_refused.html", {"back": back}, status=400)
    if request.user.is_authenticated and request.user.preferred_language != language:
        request.user.preferred_language = language
        request.user.save(update_fields=["preferred_language"])
    translation.activate(language)
    response = HttpResponseRedirect(page_serving.url_in_language(request, back, language))
    language_cookie_set(response, language)
    return response


def language_cookie_set(response, language: str) -> None:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


@login_required
def account(request):
    """The member's own profile: who they are, where they belong and which roles they hold."""
    return render(
        request,
        "skolering/account.html",
        {
            "memberships": memberships_of(request.user),
            "role_assignments": role_assignments_of(request.user),
            # No password to change for members who log in only through the party's log-in.
            "has_password": request.user.has_usable_password()
            and password_login_allowed(request.user),
            "language_options": [(code, NATIVE_NAMES[code]) for code in language_codes()],
            "chosen_language": request.user.preferred_language or translation.get_language(),
        },
    )


class ThrottledStatusMixin:
    """A form refused by throttling answers 429 Too Many Requests, with the form and its
    message, instead of 200."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error(NON_FIELD_ERRORS, THROTTLED):
            response.status_code = 429
        return response


def login_options() -> dict:
    """What the log-in pages offer: the party's single sign-on when it is configured, and the
    password form unless members log in only through it (the form stays when there is no single
    sign-on: it is then the only way in)."""
    single_sign_on = settings.OIDC_ENABLED
    return {
        "single_sign_on": single_sign_on,
        "single_sign_on_label": settings.OIDC_LOGIN_LABEL,
        "password_for_members": settings.PASSWORD_LOGIN_FOR_MEMBERS,
        "password_form_shown": settings.PASSWORD_LOGIN_FOR_MEMBERS or not single_sign_on,
    }


class LoginView(ThrottledStatusMixin, auth_views.LoginView):
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **login_options()}


class LogoutView(auth_views.LogoutView):
    """Django's log-out. After a single sign-on the browser goes on to the provider, to end the
    session there too (OIDC_OP_LOGOUT_URL_METHOD); Skolering's session ends either way."""

    def post(self, request, *args, **kwargs):
        # Read before the session, which holds the provider's ID token, ends.
        provider_url = None
        if settings.OIDC_ENABLED and request.session.get("oidc_id_token"):
            provider_url = import_string(settings.OIDC_OP_LOGOUT_URL_METHOD)(request)
        response = super().post(request, *args, **kwargs)
        return HttpResponseRedirect(provider_url) if provider_url else response


class PasswordChangeView(ThrottledStatusMixin, auth_views.PasswordChangeView):
    form_class = ThrottledPasswordChangeForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error("old_password", THROTTLED):
            response.status_code = 429
        return response


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """A member who proved they hold the address may log in from this client even while the
    account is locked for clients it does not know (skolering/throttle.py)."""

    def form_valid(self, form):
        self.request.known_device_cookie = throttle.known_device_cookie(
            self.request, form.user.email
        )
        throttle.login_succeeded(self.request, form.user.email)
        return super().form_valid(form)


class PasswordResetView(ThrottledStatusMixin, auth_views.PasswordResetView):
    form_class = NorwegianPasswordResetForm
    subject_template_name = "registration/password_reset_subject.txt"
    email_template_name = "registration/password_reset_email.txt"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **login_options()}


def _my_data_page(request, *, export_form=None, erase_form=None, status=200):
    return render(
        request,
        "skolering/my_data.html",
        {
            "export_form": export_form
            or PasswordConfirmForm(user=request.user, request=request, prefix="eksport"),
            "erase_form": erase_form
            or EraseAccountForm(user=request.user, request=request, prefix="slett"),
            "retention_days": settings.RETENTION_MEMBER_DAYS,
            "provider": settings.OIDC_PROVIDER_NAME,
        },
        status=status,
    )


@never_cache
@login_required
def my_data(request):
    """/mine-kurs/personvern/: download everything stored about me, or erase my account."""
    return _my_data_page(request)


def _refusal(request, form, form_name: str):
    """The data page again with the form's errors, or None if the form is valid."""
    if form.is_valid():
        return None
    status = 429 if form.has_error("password", THROTTLED) else 400
    return _my_data_page(request, **{form_name: form}, status=status)


@never_cache
@login_required
@require_POST
def my_data_export(request):
    form = PasswordConfirmForm(request.POST, user=request.user, request=request, prefix="eksport")
    if refused := _refusal(request, form, "export_form"):
        return refused
    document = personal_data_export(user=request.user)
    response = JsonResponse(document, json_dumps_params={"ensure_ascii": False, "indent": 2})
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="mine-data-{day}.json"'
    return response


@never_cache
@login_required
@require_POST
def my_data_erase(request):
    form = EraseAccountForm(request.POST, user=request.user, request=request, prefix="slett")
    if refused := _refusal(request, form, "erase_form"):
        return refused
    user = request.user
    logout(request)
    personal_data_erase(user=user, actor=user, reason="self-service")
    messages.success(request, _("Your account and your data have been erased."))
    return redirect("/")
