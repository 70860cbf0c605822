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


def subpage_url(course, name, *args, request=None):
    return course.get_url(request) + course.reverse_subpage(name, args=args)
