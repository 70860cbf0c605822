"""Serving a page in fewer queries than Wagtail's defaults, with the same answers.

Wagtail loads every page on the way to the one asked for in its specific form (two queries per
level: the child by slug, then its own table), and finds view restrictions in two (the ancestors,
then their restrictions). Here:

- a page whose `route` reads nothing but the tree columns (`routes_through_without_fields`) is
  passed through in its specific class with its own fields left unloaded, so only the page that
  is served pays for its own table; the site's root page too, through `serve`;
- view restrictions on a page and its ancestors come in one query (`OneQueryViewRestrictions`).
"""

from django.db.models import Q
from django.http import Http404

from wagtail.models import Page, PageViewRestriction, Site


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


def _route_for_request(request, path: str):
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        return _routes_through(site.root_page.localized, components).route(request, components)
    except Http404:
        return None


def serve(request, path: str):
    """Wagtail's page view, with the route found as above. Wagtail keeps the route on the
    request, so its own view (and the user bar) reuse it."""
    from wagtail import views as wagtail_views  # loads the page model: not at models' import

    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = _route_for_request(request, path)
    return wagtail_views.serve(request, path)
