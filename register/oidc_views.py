"""The single sign-on views: mozilla-django-oidc's, with Skolering's refusals, throttle and
audit. They answer 404 while single sign-on is not configured."""

import time

import requests
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import SuspiciousOperation
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import View

from register.oidc import Refusal, oidc_setting
from skolering import throttle
from skolering.auth_backends import IDENTITY_CONFIRMED_SESSION_KEY
from skolering.services import audit_event_record

REFUSAL_SESSION_KEY = "oidc_refusal"
CONFIRMING_SESSION_KEY = "oidc_confirming"


# Clocks differ a little between the provider and Skolering.
CLOCK_SKEW_SECONDS = 60


def password_typed_since(auth_time, started: float) -> bool:
    """Whether the ID token's auth_time says the person logged in at the provider after the
    confirmation started (max_age=0 makes the provider send auth_time)."""
    try:
        return float(auth_time) >= started - CLOCK_SKEW_SECONDS
    except (TypeError, ValueError):
        return False


def _refusal_page(request, reason: str, *, status: int) -> TemplateResponse:
    return TemplateResponse(
        request,
        "register/single_sign_on_refused.html",
        {"reason": reason, "label": settings.OIDC_PROVIDER_NAME},
        status=status,
    )


class SingleSignOnStartView(OIDCAuthenticationRequestView):
    """The log-in page's button, a plain link (the Content-Security-Policy allows forms to post
    only to this site): sends the browser to the provider's authorization endpoint."""

    get_settings = staticmethod(oidc_setting)

    def __init__(self, **kwargs):
        # mozilla-django-oidc reads the endpoint here; this view looks it up in get().
        View.__init__(self, **kwargs)

    def get(self, request):
        if not settings.OIDC_ENABLED:
            raise Http404
        try:
            self.OIDC_OP_AUTH_ENDPOINT = oidc_setting("OIDC_OP_AUTHORIZATION_ENDPOINT")
        except requests.RequestException:
            return _refusal_page(request, Refusal.FAILED, status=503)
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        # A confirmation counts only if the provider asked for the password after this moment.
        request.session[CONFIRMING_SESSION_KEY] = (
            time.time() if request.GET.get("bekreft") else None
        )
        return super().get(request)

    def get_extra_params(self, request):
        """`?bekreft=1`: the member confirms who they are before their data is handed out or
        erased, so the provider must ask for the password even if it remembers them."""
        extra = dict(super().get_extra_params(request))
        if request.GET.get("bekreft"):
            extra |= {"prompt": "login", "max_age": "0"}
        return extra


class SingleSignOnCallbackView(OIDCAuthenticationCallbackView):
    """Where the provider sends the browser back. Failures count towards a lock per client
    address, like wrong passwords; outcomes are audited."""

    get_settings = staticmethod(oidc_setting)

    def get(self, request):
        if not settings.OIDC_ENABLED:
            raise Http404
        if throttle.single_sign_on_locked(request):
            return TemplateResponse(
                request,
                "registration/locked.html",
                {"minutes": settings.LOGIN_LOCKOUT_SECONDS // 60, "single_sign_on": True},
                status=429,
            )
        if "error" in request.GET:
            # Cancelled at the provider: not a failed log-in to count, and a member who was
            # confirming who they are stays logged in (mozilla-django-oidc would log them out).
            if request.user.is_authenticated:
                request.session.pop(CONFIRMING_SESSION_KEY, None)
                messages.info(request, _("Nothing was confirmed: it was cancelled."))
                return redirect(request.session.get("oidc_login_next") or "/")
            self.cancelled = True
        if request.GET.get("state") not in request.session.get("oidc_states", {}):
            # A state this browser did not start: the back button, a second tab, a forged link.
            # Not counted: no code was tried, and nobody should lock others out this way.
            return _refusal_page(request, Refusal.FAILED, status=400)
        try:
            return super().get(request)
        except SuspiciousOperation:
            # A state this browser did not start: the back button, a second tab, a forged link.
            return _refusal_page(request, Refusal.FAILED, status=400)

    @property
    def failure_url(self):
        return reverse("oidc_refused")

    def login_success(self):
        started = self.request.session.pop(CONFIRMING_SESSION_KEY, None)
        if started:
            if password_typed_since(getattr(self.request, "oidc_auth_time", None), started):
                self.request.session[IDENTITY_CONFIRMED_SESSION_KEY] = time.time()
            else:
                messages.error(
                    self.request,
                    _("%(provider)s did not ask for your password again, so nothing was confirmed.")
                    % {"provider": settings.OIDC_PROVIDER_NAME},
                )
        audit_event_record(
            actor=self.user, action="login.oidc", subject=self.user, details={"result": "success"}
        )
        return super().login_success()

    def login_failure(self):
        reason = getattr(self.request, "refusal_reason", None) or Refusal.FAILED
        if not getattr(self, "cancelled", False):
            throttle.single_sign_on_failed(self.request)
        audit_event_record(
            actor=None,
            action="login.oidc",
            subject=getattr(self.request, "refused_user", None),
            details={"result": "refused", "reason": reason},
        )
        # Shown by the refusal page, which a reload shows again (the callback's code is spent).
        self.request.session[REFUSAL_SESSION_KEY] = reason
        return super().login_failure()


@never_cache
def refused(request):
    """Why the provider's person may not log in, and what to do about it."""
    if not settings.OIDC_ENABLED:
        raise Http404
    reason = request.session.get(REFUSAL_SESSION_KEY, Refusal.FAILED)
    return _refusal_page(request, reason, status=403)
