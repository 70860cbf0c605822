"""The people list a leader's filters select: the one code path of the people page, its
downloads, its reminders and the exports made in the background, so that each of them sees
exactly the rows the leader may see, as of when it runs."""

from django.core.paginator import Page, Paginator
from django.http import QueryDict

from compliance.forms import BRANCH_KEY, PeopleFilterForm
from compliance.queries import StatusRows, applicable_requirements
from skolering.access import LeaderScope, leader_scope
from skolering.models import User


def people_selection(
    user: User, params: QueryDict
) -> tuple[LeaderScope, PeopleFilterForm, StatusRows | None]:
    """The leader's scope (skolering.access.leader_scope: PermissionDenied for someone who
    leads nothing, Http404 for a branch outside it), the filter form and, if the form is valid,
    the rows it selects."""
    scope = leader_scope(user, params.get(BRANCH_KEY, ""))
    requirements = applicable_requirements(scope.paths)
    form = PeopleFilterForm(params, requirements=requirements)
    if not form.is_valid():
        return scope, form, None
    rows = StatusRows(
        scope_paths=scope.paths,
        requirements=form.matching(requirements),
        people=form.people_filter(),
        sort=form.sort,
    )
    return scope, form, rows


def people_page(rows: StatusRows, number: str | None, size: int) -> Page:
    """The page `number` of the rows (as Paginator.get_page reads it: the first for anything
    but a number, the last for one past the end). Where the page needs every row's status,
    the page and the counts are read in one statement first."""
    try:
        first = (max(1, int(number)) - 1) * size
    except (TypeError, ValueError):
        first = 0
    rows.read_page_with_counts(first, size)
    return Paginator(rows, size).get_page(number)


def filters_for_audit(form: PeopleFilterForm, scope: LeaderScope) -> dict:
    """The filters in force, as an audit event records them."""
    data = {
        key: value for key, value in form.cleaned_data.items() if value not in ("", None, False)
    }
    if scope.branch is not None:
        data[BRANCH_KEY] = scope.branch.pk
    return data
