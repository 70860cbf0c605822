from django import template

from skolering.access import leading_assignments

register = template.Library()


@register.simple_tag(takes_context=True)
def leads_a_branch(context) -> bool:
    """Whether the user leads or trains a branch (once per request: the header asks)."""
    request = context["request"]
    if not hasattr(request, "_leads_a_branch"):
        request._leads_a_branch = leading_assignments(request.user).exists()
    return request._leads_a_branch
