from django import forms
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm, PasswordResetForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from skolering import throttle
from skolering.auth_backends import identity_confirmed_recently, password_login_allowed

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
        """Active accounts with this address that may log in with a password. Unlike Django's,
        also those with no password yet: members the register sync created set their first
        password here. A password a member may not log in with is not worth a link (the page
        says so)."""
        users = get_user_model()._default_manager.filter(email__iexact=email, is_active=True)
        return (user for user in users if password_login_allowed(user))

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
    """Proof that it is the member, asked again before their data is handed out or erased: the
    password (wrong ones count towards the same lock-out as the log-in form), or, for members
    who log in only through the party's single sign-on, a fresh log-in there a few minutes ago."""

    def __init__(self, *args, user, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request
        # Members the register sync created have no password until they set one: with single
        # sign-on, they confirm there.
        self.by_password = not settings.OIDC_ENABLED or (
            password_login_allowed(user) and user.has_usable_password()
        )
        if self.by_password:
            self.fields["password"] = forms.CharField(
                label=_("Your password"),
                max_length=4096,
                strip=False,
                widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
            )

    @property
    def identity_confirmed(self) -> bool:
        return not self.by_password and identity_confirmed_recently(self.request)

    def clean_password(self):
        wrong = ValidationError(_("The password is wrong."), code="wrong_password")
        return checked_password(self.request, self.user, self.cleaned_data["password"], wrong)

    def clean(self):
        cleaned = super().clean()
        if not self.by_password and not identity_confirmed_recently(self.request):
            raise ValidationError(
                _("Confirm that it is you first: log in again with %(provider)s.")
                % {"provider": settings.OIDC_PROVIDER_NAME},
                code="not_confirmed",
            )
        return cleaned


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
