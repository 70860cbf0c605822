"""Log-in outcomes feed the throttle (skolering/throttle.py), whichever form they came from, and
the audit log. Single sign-on's outcomes are audited where it ends (register/oidc_views.py).
A new translation of a page gets its original's page permissions."""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import GroupPagePermission, Page

from skolering import throttle
from skolering.languages import DEFAULT_LANGUAGE, locale_id_of, supported
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
    # A language chosen before logging in becomes the member's, if they had not chosen one.
    chosen = supported(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME))
    if chosen and not user.preferred_language:
        user.preferred_language = chosen
        user.save(update_fields=["preferred_language"])
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


@receiver(post_save, dispatch_uid="skolering.permissions_follow_translation")
def permissions_follow_translation(sender, instance, created, raw=False, **kwargs):
    """The groups that may edit a page may edit its translations: a branch's local editors
    translate their own section, which lies in another place of the tree in each language
    (national editors' rights start at the root and cover every language already)."""
    if not created or raw or not isinstance(instance, Page):
        return
    default_locale = locale_id_of(DEFAULT_LANGUAGE)
    if instance.locale_id == default_locale:
        return
    originals = Page.objects.filter(
        translation_key=instance.translation_key, locale_id=default_locale
    ).values("pk")
    granted = GroupPagePermission.objects.filter(page__in=originals)
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group_id=group_id, permission_id=permission_id, page=instance)
            for group_id, permission_id in granted.values_list("group_id", "permission_id")
        ],
        ignore_conflicts=True,
    )
