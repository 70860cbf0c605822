from django import template

from compliance.queries import PeopleFilter, StatusRows, applicable_requirements

register = template.Library()

WHOLE_ORGANISATION = [""]  # every branch path starts with the empty string


@register.inclusion_tag("compliance/includes/member_requirements.html", takes_context=True)
def member_requirements(context):
    """The member's own required courses, for /mine-kurs/: what their roles and membership
    require, by when, and how far they have come (two queries)."""
    user = context["request"].user
    rows = StatusRows(
        scope_paths=WHOLE_ORGANISATION,
        requirements=applicable_requirements(WHOLE_ORGANISATION),
        people=PeopleFilter(user_id=user.pk),
        sort="frist",
    )
    return {"rows": rows[:], "request": context["request"]}
