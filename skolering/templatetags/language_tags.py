"""The language switcher, `hreflang` alternates, and `lang` on content in another language
than the interface (a Bokmål module in a Nynorsk course, a Sámi page with the Bokmål interface)."""

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from skolering import languages

register = template.Library()


@register.simple_tag
def interface_language() -> str:
    """The language the interface is written in: the `lang` of the document."""
    return languages.interface_language(translation.get_language() or languages.DEFAULT_LANGUAGE)


@register.simple_tag
def content_lang(page) -> str:
    """` lang="…"` for a page's content when it is not in the interface's language; nothing
    when it is (the document's `lang` already says so)."""
    language = languages.content_language(page)
    if language is None or language == interface_language():
        return ""
    return format_html(' lang="{}"', language)


@register.inclusion_tag("includes/untranslated_note.html")
def untranslated_note(page, kind: str = "page"):
    """A short note where the reader chose a language this page (or module, or course) has no
    translation into, so it is shown in Bokmål."""
    language = languages.content_language(page)
    chosen = translation.get_language()
    return {
        "show": language is not None and language != chosen,
        "kind": kind,
        "chosen": chosen,
        "in_language": languages.IN_LANGUAGE.get(chosen, ""),
        "language": language,
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    current = translation.get_language()
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "current": current,
        "options": [(code, languages.NATIVE_NAMES[code]) for code in languages.language_codes()],
        "next": request.get_full_path() if request else "/",
    }


@register.simple_tag(takes_context=True)
def page_alternates(context, page) -> str:
    """<link rel="alternate" hreflang> for each live translation of the page, and x-default
    for the Bokmål original."""
    request = context.get("request")
    if page is None or not getattr(page, "pk", None) or getattr(request, "is_preview", False):
        return ""
    links = []
    # Aliases are not translations: they show another language's content.
    translations = page.get_translations(inclusive=True).live().filter(alias_of__isnull=True)
    for translated in translations.select_related("locale"):
        url = translated.get_full_url(request)
        if not url:
            continue
        code = translated.locale.language_code
        links.append(format_html('<link rel="alternate" hreflang="{}" href="{}">', code, url))
        if code == languages.DEFAULT_LANGUAGE:
            links.append(format_html('<link rel="alternate" hreflang="x-default" href="{}">', url))
    return mark_safe("\n    ".join(links)) if len(links) > 2 else ""  # noqa: S308 - built above


@register.simple_tag(takes_context=True)
def pages_prefix(context) -> str:
    """The URL prefix of the interface language's pages ("/nn"), or "" for Bokmål and for a
    language whose site has no home page in it yet."""
    request = context.get("request")
    language = translation.get_language()
    if request is None or language == languages.DEFAULT_LANGUAGE:
        return ""
    if not hasattr(request, "_pages_prefix"):
        request._pages_prefix = languages.pages_prefix(request, language)
    return request._pages_prefix


@register.simple_tag
def bokmal_lang() -> str:
    """` lang="nb"` for text kept in Bokmål, such as a course's title on the leaders' pages,
    when the interface is in another language."""
    return "" if interface_language() == languages.DEFAULT_LANGUAGE else mark_safe(' lang="nb"')
