"""The languages Skolering speaks, and which one a request is answered in.

Bokmål (`nb`) is the default: its pages have no prefix in the URL. Nynorsk and English have
complete, reviewed interface catalogues. Northern Sámi (`se`) is a content language: pages,
modules and courses can be translated into it, and its interface falls back to Bokmål (Django
falls back to `LANGUAGE_CODE` for every message its catalogue lacks), marked `lang="nb"`.

Which language a request is answered in, first match wins:
1. the language in the URL (`/nn/kurs/…`): a page's translation is asked for by name;
2. the logged-in member's saved choice (`User.preferred_language`);
3. the language cookie, set by the switcher for visitors;
4. the browser's `Accept-Language`;
5. Bokmål.
"""

from django.conf import settings
from django.urls import LocalePrefixPattern
from django.utils import translation
from django.utils.translation import gettext_lazy as _

DEFAULT_LANGUAGE = "nb"
ADMIN_PREFIX = "/admin/"
# Languages whose interface catalogue is complete and reviewed (check_messages holds them to it).
INTERFACE_LANGUAGES = ("nb", "nn", "en")

# Each language named in itself, for the switcher (not translated: a reader looks for their own).
NATIVE_NAMES = {
    "nb": "Bokmål",
    "nn": "Nynorsk",
    "en": "English",
    "se": "Davvisámegiella",
}


# "in <language>" within a sentence, for the note on content not translated into it.
IN_LANGUAGE = {
    "nb": _("in Bokmål"),
    "nn": _("in Nynorsk"),
    "en": _("in English"),
    "se": _("in Northern Sámi"),
}


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_in_path(path: str) -> str | None:
    """The language a URL path names (`/nn/…` → "nn"), or None for Bokmål's unprefixed paths."""
    first = path.lstrip("/").split("/", 1)[0]
    if first != DEFAULT_LANGUAGE and first in language_codes():
        return first
    return None


def interface_language(language: str) -> str:
    """The language the interface is written in when `language` is chosen: itself when its
    catalogue is complete, Bokmål otherwise (Northern Sámi)."""
    return language if language in INTERFACE_LANGUAGES else DEFAULT_LANGUAGE


def supported(language: str | None) -> str | None:
    return language if language in language_codes() else None


def negotiate(request) -> str:
    """The language to answer `request` in (the order in this module's docstring). The admin
    is Bokmål for every editor (Wagtail switches to English for those who ask in their
    profile): it has no Nynorsk or Sámi."""
    if request.path_info.startswith(ADMIN_PREFIX):
        return DEFAULT_LANGUAGE
    if language := language_in_path(request.path_info):
        return language
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and supported(user.preferred_language):
        return user.preferred_language
    if language := supported(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)):
        return language
    return _from_accept_language(request.headers.get("Accept-Language", ""))


def _from_accept_language(header: str) -> str:
    for accepted, _quality in translation.trans_real.parse_accept_lang_header(header):
        if accepted == "*":
            break
        accepted = accepted.lower()
        # Norwegian without a written standard ("no") reads Bokmål; a regional variant (nn-NO,
        # se-FI) its language.
        base = "nb" if accepted.split("-")[0] == "no" else accepted.split("-")[0]
        if supported(base):
            return base
    return DEFAULT_LANGUAGE


class PagePathLanguagePrefix(LocalePrefixPattern):
    """The URL prefix of Wagtail's page view: Bokmål pages at /…, the other languages' at
    /<language>/…, whichever language the interface is in (a Nynorsk reader may open a Bokmål
    page: Django's own pattern would only match the active language's prefix). Reversing gives
    the active language's prefix, which Wagtail sets to the page's own language."""

    def __init__(self):
        super().__init__(prefix_default_language=False)

    def match(self, path):
        if language := language_in_path(path):
            return path.removeprefix(f"{language}/"), (), {}
        return path, (), {}


# Locale ids and their languages: read once, forgotten when a locale is saved or deleted.
_locale_languages: dict[int, str] = {}


def _locales(*, reread: bool = False) -> dict[int, str]:
    from wagtail.models import Locale

    if reread or not _locale_languages:
        _locale_languages.clear()
        _locale_languages.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_languages


def locale_language(locale_id: int | None) -> str | None:
    """The language of a Wagtail locale, by its id (the locales are read once)."""
    if locale_id is None:
        return None
    languages = _locales()
    if locale_id not in languages:
        languages = _locales(reread=True)
    return languages.get(locale_id)


def locale_id_of(language: str) -> int | None:
    """The id of a language's Wagtail locale (read again once if it is not known yet)."""
    for reread in (False, True):
        languages = _locales(reread=reread)
        if found := next((pk for pk, code in languages.items() if code == language), None):
            return found
    return None


def locales_changed(**kwargs) -> None:
    _locale_languages.clear()


def content_language(page) -> str | None:
    """The language a page's content is written in: its locale's, or for an alias (a page that
    shows another page's content in this locale's tree) the original's; for a course's module
    as its outline shows it, the language it was looked up in."""
    if page is None:
        return None
    if getattr(page, "language", None):
        return page.language
    if not getattr(page, "locale_id", None):
        return None
    if getattr(page, "alias_of_id", None):
        from wagtail.models import Page

        original = Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True)
        return locale_language(original.first() or page.locale_id)
    return locale_language(page.locale_id)


def pages_prefix(request, language: str) -> str:
    """ "/<language>" when the site's home page and its course catalogue (/kurs/, which the menu
    links) are live in `language` (as translations or aliases), else "" (one query)."""
    from django.db.models import Q

    from wagtail.models import Page, Site

    site = Site.find_for_request(request)
    if site is None:
        return ""
    home = site.root_page
    in_language = Page.objects.live().filter(locale__language_code=language)
    found = in_language.filter(
        Q(translation_key=home.translation_key) | Q(depth=home.depth + 1, slug="kurs")
    ).count()
    return f"/{language}" if found == 2 else ""


def user_language(user) -> str:
    """The language to write to `user` in (e-mails, certificates): their choice, else Bokmål."""
    return supported(getattr(user, "preferred_language", "")) or DEFAULT_LANGUAGE


def in_language_of(user):
    """`with in_language_of(user):` renders text in the language `user` chose."""
    return translation.override(user_language(user))
