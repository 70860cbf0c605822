from django import template

from compliance.forms import PeopleFilterForm
from compliance.queries import SummaryCell

register = template.Library()


@register.simple_tag
def people_query(cell: SummaryCell, status: str = "") -> str:
    """The people list's query string for the people a summary cell counts, with `status`."""
    return PeopleFilterForm.query(
        branch_id=cell.branch_id,
        audience=cell.audience,
        course_id=cell.course_id,
        own_branch_only=cell.own_branch_only,
        status=status,
    )
