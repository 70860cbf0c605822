import functools

from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """mapping[key], or None: for looking up a block's saved answer by the block's id."""
    return mapping.get(key) if mapping else None


@register.simple_tag(takes_context=True)
def course_route_url(context, course, name, *args):
    """The address of one of a course's own routes, such as a module in it. Passing the request
    lets Wagtail reuse the site's root paths across a page of many links."""
    return subpage_url(course, name, *args, request=context.get("request"))


def outline_links(course, outline, progress, request) -> None:
    """Give each item of a course's outline its address (`url`) and whether the member has
    completed its module (`done`), for contents that list every module of the course."""
    base = _page_url(course, request)
    for item in outline:
        item.url = base + _route_path(type(course), "module", (item.module.slug,))
        item.done = item.module_id in progress.completed_ids


def subpage_url(course, name, *args, request=None):
    return _page_url(course, request) + _route_path(type(course), name, args)


@functools.lru_cache(maxsize=8192)
def _route_path(page_class, name: str, args: tuple) -> str:
    """A route's path below its page, which is the same for every page of the class: a course's
    contents link each of its modules, and resolving each link was a tenth of the page's time."""
    return page_class.get_resolver().reverse(name, *args)


def _page_url(page, request) -> str:
    """The page's address, worked out once per request."""
    if request is None:
        return page.get_url()
    known = request.__dict__.setdefault("_page_urls", {})
    key = (page.pk, page.url_path)
    if key not in known:
        known[key] = page.get_url(request)
    return known[key]
