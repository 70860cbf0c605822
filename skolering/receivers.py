"""Log-in outcomes feed the throttle (skolering/throttle.py), whichever form they came from."""

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from skolering import throttle


@receiver(user_login_failed, dispatch_uid="skolering.count_failed_login")
def count_failed_login(sender, credentials, request=None, **kwargs):
    username = credentials.get("username")
    # A refusal by the lock itself is not another guess.
    if request is None or not username or getattr(request, "login_locked", False):
        return
    throttle.login_failed(request, username)


@receiver(user_logged_in, dispatch_uid="skolering.remember_login")
def remember_login(sender, request, user, **kwargs):
    if request is None or not user.email:
        return
    throttle.login_succeeded(request, user.email)
    # LoginThrottleMiddleware sets the cookie on the response.
    request.known_device_cookie = throttle.known_device_cookie(request, user.email)
