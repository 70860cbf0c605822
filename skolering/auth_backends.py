import time

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q

from skolering import throttle
from skolering.sessions import session_user


def password_login_allowed(user) -> bool:
    """Whether this user may log in with a password. Everyone may, unless
    PASSWORD_LOGIN_FOR_MEMBERS is off: then members log in through the party's single sign-on
    (register/oidc.py), and only staff, superusers and people with access to the Wagtail admin
    keep their passwords."""
    return (
        settings.PASSWORD_LOGIN_FOR_MEMBERS
        or user.is_staff
        or user.is_superuser
        or user.has_perm("wagtailadmin.access_admin")
    )


# When the member last proved who they are at the party's log-in, asked to log in again there
# (register/oidc_views.py): what the password prompt proves for those who have no password here.
IDENTITY_CONFIRMED_SESSION_KEY = "identity_confirmed_at"
IDENTITY_CONFIRMATION_SECONDS = 10 * 60


def identity_confirmed_recently(request) -> bool:
    confirmed = request.session.get(IDENTITY_CONFIRMED_SESSION_KEY)
    return confirmed is not None and time.time() - confirmed < IDENTITY_CONFIRMATION_SECONDS


class EmailBackend(ModelBackend):
    """Log in with the email address, whatever its case and surrounding spaces: addresses are
    stored lower-cased, and members type them however their phone capitalises them.

    Every `authenticate()` with a password passes here (the site's and the admin's log-in forms,
    the password change, the data-rights password prompts), so the log-in throttle lives here
    too: while the client is locked out for that account, no password is tried.
    `skolering.receivers` counts the failures and `LoginThrottleMiddleware` answers 429.

    A member's right password is refused, like a wrong one, when password log-in is off for
    members (`password_login_allowed`): the answer must not tell whether it was right."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            return None
        username = username.strip().lower()
        if request is not None and throttle.login_locked(request, username):
            request.login_locked = True
            raise PermissionDenied  # authenticate() stops and reports a failed log-in
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None or not password_login_allowed(user):
            return None
        if request is not None:
            # For the audit of the log-in that may follow (skolering/receivers.py).
            request.password_checked_for = user.pk
        return user

    def get_user(self, user_id):
        """The session's user as read with the session (skolering/sessions.py), when it is
        this one; Django's own read otherwise."""
        loaded = session_user.get()
        if loaded is not None and loaded.pk == user_id:
            return loaded if self.user_can_authenticate(loaded) else None
        return super().get_user(user_id)

    def get_all_permissions(self, user_obj, obj=None):
        """The user's own and their groups' permissions in one query (Django's backend takes
        two). Every page asks once: the Wagtail user bar checks `access_admin` for everyone."""
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            if user_obj.is_superuser:
                return super().get_all_permissions(user_obj, obj)
            granted = (
                Permission.objects.filter(Q(user=user_obj) | Q(group__user=user_obj))
                .values_list("content_type__app_label", "codename")
                .order_by()
                .distinct()
            )
            user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in granted}
        return user_obj._perm_cache
