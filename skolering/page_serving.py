"""Serving a page in fewer queries than Wagtail's defaults, with the same answers.

Wagtail loads every page on the way to the one asked for in its specific form (two queries per
level: the child by slug, then its own table), and finds view restrictions in two (the ancestors,
then their restrictions). Here:

- a page whose `route` reads nothing but the tree columns (`routes_through_without_fields`) is
  passed through in its specific class with its own fields left unloaded, so only the page that
  is served pays for its own table; the site's root page too, through `serve`;
- view restrictions on a page and its ancestors come in one query (`OneQueryViewRestrictions`).
"""

from urllib.parse import urlsplit

from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction, Site

from skolering.languages import DEFAULT_LANGUAGE, language_in_path


def _routes_through(page: Page, remaining: list[str]) -> Page:
    """The page, in its specific class, to route the `remaining` components through: without
    its own fields where its `route` does not need them, in full where it may be served."""
    if remaining and getattr(page.specific_class, "routes_through_without_fields", False):
        return page.specific_deferred
    return page.specific


class RoutesThroughWithoutFields:
    """For pages whose `route` needs only the tree columns (path, depth, slug): their own
    fields are loaded only when they are the page served."""

    routes_through_without_fields = True

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        child_slug, *remaining = path_components
        subpage = self.get_children().filter(slug=child_slug).first()
        if subpage is None:
            raise Http404
        subpage._cached_parent_obj = self
        return _routes_through(subpage, remaining).route(request, remaining)


class OneQueryViewRestrictions:
    def get_view_restrictions(self):
        """Wagtail's answer (restrictions on the page and its ancestors, an alias answering
        for its source page) in one query instead of two."""
        if self.alias_of_id:
            return super().get_view_restrictions()
        step = self.steplen
        lineage = Page.objects.filter(
            path__in=[self.path[:end] for end in range(step, len(self.path) + 1, step)]
        )
        return PageViewRestriction.objects.filter(
            Q(page__in=lineage.filter(alias_of__isnull=True).values("pk"))
            | Q(page__in=lineage.filter(alias_of__isnull=False).values("alias_of"))
        )


def locale_for(language: str) -> Locale | None:
    return Locale.objects.filter(language_code=language).first()


def _site_root_in(site: Site, language: str) -> Page | None:
    """The site's home page in `language`: the root itself for Bokmål, else its translation."""
    root = site.root_page
    if language == DEFAULT_LANGUAGE:
        return root
    locale = locale_for(language)
    return root.get_translation_or_none(locale) if locale else None


def _route_for_request(request, path: str, *, full_path: str | None = None):
    """The route of `path` in the page tree of the language the URL names: Bokmål for an
    unprefixed URL whatever language the interface is in (Wagtail's own routing would follow
    the interface's language)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    url_language = language_in_path(full_path or request.path_info)
    root = _site_root_in(site, url_language or DEFAULT_LANGUAGE)
    if root is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        return _routes_through(root, components).route(request, components)
    except Http404:
        return None


def translation_url(request, page: Page, language: str, *, remainder: str = "") -> str | None:
    """The URL of `page`'s live translation into `language`, with the rest of the path below the
    page (a module in a course) kept; None when there is no live translation."""
    locale = locale_for(language)
    if locale is None:
        return None
    translated = page if page.locale_id == locale.pk else page.get_translation_or_none(locale)
    if translated is None or not translated.live:
        return None
    url = translated.get_url(request)
    return url + remainder if url else None


def _remainder(request, page: Page, path: str | None = None) -> str:
    """The part of the path below the page's own URL (a routable page's sub-path)."""
    path = path or request.path
    own = page.get_url(request) or ""
    return path[len(own) :] if own and path.startswith(own) else ""


def url_in_language(request, path: str, language: str) -> str:
    """Where the switcher sends a reader of `language` who was at `path`: a page's live
    translation into it, or else its Bokmål original (read with the interface in their
    language); any other address unchanged."""
    address = urlsplit(path)
    query = f"?{address.query}" if address.query else ""
    path = address.path
    language_prefix = language_in_path(path)
    page_path = path.removeprefix(f"/{language_prefix}") if language_prefix else path
    route = _route_for_request(request, page_path, full_path=path)
    if route is None:
        return path + query
    page = route[0]
    remainder = _remainder(request, page, path)
    found = translation_url(request, page, language, remainder=remainder) or translation_url(
        request, page, DEFAULT_LANGUAGE, remainder=remainder
    )
    return (found or path) + query


def _better_translation(request, page: Page) -> str | None:
    """Where a reader of another language is sent from a Bokmål page's unprefixed URL: to the
    page's live translation into their language, when it has one."""
    language = translation.get_language()
    if (
        request.method not in ("GET", "HEAD")
        or language == DEFAULT_LANGUAGE
        or language_in_path(request.path_info)
        or getattr(request, "htmx", False)
    ):
        return None
    url = translation_url(request, page, language, remainder=_remainder(request, page))
    if url and request.META.get("QUERY_STRING"):
        url += "?" + request.META["QUERY_STRING"]
    return url


def serve(request, path: str):
    """Wagtail's page view, with the route found as above. Wagtail keeps the route on the
    request, so its own view (and the user bar) reuse it."""
    from wagtail import views as wagtail_views  # loads the page model: not at models' import

    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = _route_for_request(request, path)
    route = request._wagtail_route_for_request
    if route is not None and (url := _better_translation(request, route[0])):
        return HttpResponseRedirect(url)
    return wagtail_views.serve(request, path)
