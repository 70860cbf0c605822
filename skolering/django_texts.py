"""Django's own texts that members read, in plain Bokmål instead of Django's translation.

Nothing imports this module: it is here for `makemessages`, which extracts the msgids below
into locale/nb, and our catalogue comes before Django's (LOCALE_PATHS), so its wording is the one
shown. Each msgid must be exactly Django's, curly apostrophes included: xgettext reads no
escapes, hence the `noqa: RUF001` on those lines. When Django changes a msgid, the new English
text would show, so tests/skolering/test_django_texts.py renders the forms and checks them."""

from django.utils.translation import gettext_noop, ngettext_lazy

TEXTS = (
    # Every form (django.forms): "påkrevd", as the site says it, not Django's "påkrevet".
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    # The password forms (django.contrib.auth.forms): change, reset and set.
    gettext_noop("The two password fields didn’t match."),  # noqa: RUF001
    gettext_noop("Password confirmation"),
    gettext_noop("Enter the same password as before, for verification."),
    gettext_noop("New password confirmation"),
    gettext_noop("Your old password was entered incorrectly. Please enter it again."),
    # The password validators (AUTH_PASSWORD_VALIDATORS): help texts and refusals.
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    gettext_noop(
        "Your password can’t be too similar to your other personal information."  # noqa: RUF001
    ),
    gettext_noop("This password is too common."),
    gettext_noop("Your password can’t be a commonly used password."),  # noqa: RUF001
    gettext_noop("This password is entirely numeric."),
    gettext_noop("Your password can’t be entirely numeric."),  # noqa: RUF001
)

# Plural msgids have no gettext_noop; lazy objects that are never evaluated do the same job.
PLURAL_TEXTS = (
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
)
