"""Log-in outcomes feed the throttle (skolering/throttle.py), whichever form they came from, and
the audit log. Single sign-on's outcomes are audited where it ends (register/oidc_views.py)."""

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from skolering import throttle
from skolering.models import User
from skolering.services import audit_event_record


@receiver(user_login_failed, dispatch_uid="skolering.count_failed_login")
def count_failed_login(sender, credentials, request=None, **kwargs):
    username = credentials.get("username")
    # A refusal by the lock itself is not another guess.
    if request is None or not username or getattr(request, "login_locked", False):
        return
    throttle.login_failed(request, username)
    # Attempts the lock refused are not audited: they check no password and cost nothing to
    # repeat. Neither the typed address nor the password is kept, only whose account it was.
    account = User.objects.filter(email=username.strip().lower()).first()
    audit_event_record(
        actor=None, action="login.password", subject=account, details={"result": "refused"}
    )


@receiver(user_logged_in, dispatch_uid="skolering.remember_login")
def remember_login(sender, request, user, **kwargs):
    if request is None:
        return
    # Only a log-in after a password check (not force_login, not single sign-on).
    if getattr(request, "password_checked_for", None) == user.pk:
        audit_event_record(
            actor=user, action="login.password", subject=user, details={"result": "success"}
        )
    if not user.email:
        return
    throttle.login_succeeded(request, user.email)
    # LoginThrottleMiddleware sets the cookie on the response.
    request.known_device_cookie = throttle.known_device_cookie(request, user.email)
