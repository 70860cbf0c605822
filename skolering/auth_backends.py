from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from skolering import throttle


class EmailBackend(ModelBackend):
    """Log in with the email address, whatever its case and surrounding spaces: addresses are
    stored lower-cased, and members type them however their phone capitalises them.

    Every `authenticate()` with a password passes here (the site's and the admin's log-in forms,
    the password change, the data-rights password prompts), so the log-in throttle lives here
    too: while the client is locked out for that account, no password is tried.
    `skolering.receivers` counts the failures and `LoginThrottleMiddleware` answers 429."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            return None
        username = username.strip().lower()
        if request is not None and throttle.login_locked(request, username):
            request.login_locked = True
            raise PermissionDenied  # authenticate() stops and reports a failed log-in
        return super().authenticate(request, username=username, password=password, **kwargs)
