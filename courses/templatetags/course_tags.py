from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """mapping[key], or None: for looking up a block's saved answer by the block's id."""
    return mapping.get(key) if mapping else None


@register.simple_tag
def subpage_url(course, name, *args):
    """The address of one of a course's own routes, such as a module in it."""
    return course.url + course.reverse_subpage(name, args=args)
