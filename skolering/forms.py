from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from skolering import throttle

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
        email = self.cleaned_data.get("username") or ""
        address = throttle.client_address(self.request) if self.request else ""
        if throttle.login_locked(email, address):
            raise login_locked_error()
        try:
            cleaned = super().clean()
        except ValidationError as error:
            if error.code == "invalid_login":
                throttle.login_failed(email, address)
            raise
        throttle.login_succeeded(email)
        return cleaned


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


class PasswordConfirmForm(forms.Form):
    """The member's password, asked again before their data is handed out or erased. Wrong
    passwords count towards the same lock-out as the login form."""

    password = forms.CharField(
        label=_("Your password"),
        max_length=4096,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if throttle.login_locked(self.user.email):
            raise login_locked_error()
        if not self.user.check_password(password):
            throttle.login_failed(self.user.email)
            raise ValidationError(_("The password is wrong."), code="wrong_password")
        return password


class EraseAccountForm(PasswordConfirmForm):
    confirm = forms.BooleanField(
        label=_("I understand that my account and my data are erased for good."),
        error_messages={"required": _("Tick the box to confirm that you want to erase it.")},
    )
