"""The single sign-on views: mozilla-django-oidc's, with Skolering's refusals, throttle and
audit. They answer 404 while single sign-on is not configured."""

import time

import requests
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.generic import View

from register.oidc import Refusal, oidc_setting
from skolering import throttle
from skolering.auth_backends import IDENTITY_CONFIRMED_SESSION_KEY
from skolering.services import audit_event_record

REFUSAL_SESSION_KEY = "oidc_refusal"
CONFIRMING_SESSION_KEY = "oidc_confirming"


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
        request.session[CONFIRMING_SESSION_KEY] = bool(request.GET.get("bekreft"))
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
        return super().get(request)

    @property
    def failure_url(self):
        return reverse("oidc_refused")

    def login_success(self):
        if self.request.session.pop(CONFIRMING_SESSION_KEY, False):
            self.request.session[IDENTITY_CONFIRMED_SESSION_KEY] = time.time()
        audit_event_record(
            actor=self.user, action="login.oidc", subject=self.user, details={"result": "success"}
        )
        return super().login_success()

    def login_failure(self):
        reason = getattr(self.request, "refusal_reason", None) or Refusal.FAILED
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
