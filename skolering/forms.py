from django import forms
from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm, PasswordResetForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from skolering import throttle
from skolering.auth_backends import password_login_allowed

THROTTLED = "throttled"


def login_locked_error() -> ValidationError:
    return ValidationError(
        _(
            "Too many failed log-ins. Wait %(minutes)s minutes and try again, or ask for a new "
            "password."
        ),
        code=THROTTLED,
        params={"minutes": settings.LOGIN_LOCKOUT_SECONDS // 60},
    )


class EmailAuthenticationForm(AuthenticationForm):
    """Django's login form, labelled for an email address and kind to typing variations. After
    too many wrong passwords for one address, or from one client, it refuses to try more for a
    while, with a message that says how long."""

    username = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    password = forms.CharField(
        label=_("Password"),
        max_length=4096,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    error_messages = {
        "invalid_login": _("Wrong email address or password. Check what you typed and try again."),
        "inactive": _("This account is not active. Contact your local branch."),
    }

    def clean(self):
        # The count and the lock live in the authentication backends (skolering/throttle.py);
        # the form only words the refusal.
        try:
            return super().clean()
        except ValidationError:
            if getattr(self.request, "login_locked", False):
                raise login_locked_error() from None
            raise


class NorwegianPasswordResetForm(PasswordResetForm):
    """Django's reset form, limited per client and per address so that nobody can flood a
    member's inbox or probe the form at speed. The limit applies whether or not the address
    belongs to an account, so the refusal tells nothing."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def get_users(self, email):
        # A password a member may not log in with is not worth a link (the page says so).
        return (user for user in super().get_users(email) if password_login_allowed(user))

    def clean(self):
        cleaned = super().clean()
        window = settings.PASSWORD_RESET_WINDOW_SECONDS
        address = throttle.client_address(self.request) if self.request else ""
        by_address = throttle.hit("password-reset-address", address, window=window)
        by_email = throttle.hit("password-reset-email", cleaned.get("email", ""), window=window)
        if max(by_address, by_email) > settings.PASSWORD_RESET_LIMIT:
            raise ValidationError(
                _("Too many requests for a new password. Try again in an hour."), code=THROTTLED
            )
        return cleaned


def password_matches(request, user, password: str) -> bool:
    """Whether `password` is the user's, checked through authenticate() so that the log-in
    throttle counts a wrong one and refuses while the client is locked out."""
    return authenticate(request, username=user.get_username(), password=password) == user


def checked_password(request, user, password: str, wrong: ValidationError) -> str:
    """`password` if it is the user's; else `wrong`, or the lock-out message once the throttle
    has locked this client out."""
    if not password_matches(request, user, password):
        if getattr(request, "login_locked", False):
            raise login_locked_error()
        raise wrong
    return password


class PasswordConfirmForm(forms.Form):
    """The member's password, asked again before their data is handed out or erased. Wrong
    passwords count towards the same lock-out as the login form."""

    password = forms.CharField(
        label=_("Your password"),
        max_length=4096,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request

    def clean_password(self):
        wrong = ValidationError(_("The password is wrong."), code="wrong_password")
        return checked_password(self.request, self.user, self.cleaned_data["password"], wrong)


class EraseAccountForm(PasswordConfirmForm):
    confirm = forms.BooleanField(
        label=_("I understand that my account and my data are erased for good."),
        error_messages={"required": _("Tick the box to confirm that you want to erase it.")},
    )


class ThrottledPasswordChangeForm(PasswordChangeForm):
    """Django's password change, with the old password checked through the log-in throttle."""

    def __init__(self, user, *args, request=None, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.request = request

    def clean_old_password(self):
        message = self.error_messages["password_incorrect"]
        wrong = ValidationError(message, code="password_incorrect")
        return checked_password(self.request, self.user, self.cleaned_data["old_password"], wrong)
