"""Response headers that Django's SecurityMiddleware does not set (the Content-Security-Policy
and the Permissions-Policy), the log-in throttle's answers, and the language of each answer."""

from django.conf import settings
from django.core.signals import setting_changed
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers

from skolering.languages import negotiate

POLICY_SETTINGS = {
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_ADMIN",
    "PERMISSIONS_POLICY_DENIED",
}


def _policy_header(directives: dict[str, str]) -> str:
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class SecurityHeadersMiddleware:
    """Members' and leaders' pages get the strict policy: scripts, styles, images and fonts from
    this site only, nothing inline. The Wagtail admin (editors only) still writes some inline
    scripts and styles of its own, so its pages get the same policy with those allowed."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._build_policies()
        # A test that changes the policy (the single sign-on test allows its provider) gets it.
        setting_changed.connect(self._policy_setting_changed)

    def _policy_setting_changed(self, setting, **kwargs):
        if setting in POLICY_SETTINGS:
            self._build_policies()

    def _build_policies(self):
        self.site_policy = _policy_header(settings.CONTENT_SECURITY_POLICY)
        self.admin_policy = _policy_header(
            settings.CONTENT_SECURITY_POLICY | settings.CONTENT_SECURITY_POLICY_ADMIN
        )
        self.permissions_policy = ", ".join(
            f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENIED
        )

    def __call__(self, request):
        response = self.get_response(request)
        in_admin = request.path.startswith(settings.ADMIN_URL_PREFIX)
        response.headers.setdefault(
            "Content-Security-Policy", self.admin_policy if in_admin else self.site_policy
        )
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        # Wagtail's document view writes the encoding mimetypes guessed into Content-Encoding:
        # for an ordinary file that is None, and the header read "None".
        if response.headers.get("Content-Encoding") == "None":
            del response.headers["Content-Encoding"]
        return response


class LoginThrottleMiddleware:
    """Whatever form asked for the password (the site's, the admin's, a password prompt), a
    locked-out attempt answers 429 with the lock's explanation; a successful log-in marks the
    client as known for that account (skolering/throttle.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "login_locked", False) and response.status_code != 429:
            response = TemplateResponse(
                request,
                "registration/locked.html",
                {"minutes": settings.LOGIN_LOCKOUT_SECONDS // 60},
                status=429,
            ).render()
        if cookie := getattr(request, "known_device_cookie", None):
            response.set_cookie(
                settings.KNOWN_DEVICE_COOKIE_NAME,
                cookie,
                max_age=settings.KNOWN_DEVICE_COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response


class LanguageMiddleware:
    """Answers each request in the language `skolering.languages.negotiate` picks (in place of
    Django's LocaleMiddleware, which would answer every unprefixed URL in Bokmål once a URL
    pattern carries a language prefix). After authentication: a member's saved choice counts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = negotiate(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        response.headers.setdefault("Content-Language", language)
        return response
