from django import template

from skolering import access

register = template.Library()


@register.simple_tag(takes_context=True)
def leads_a_branch(context) -> bool:
    """Whether the user leads or trains a branch (the header's menu asks)."""
    return access.leads_a_branch(context["request"])
