"""The required-courses panel of /mine-kurs/ (found by name by courses.views.my_courses)."""

from compliance.queries import PeopleFilter, StatusRows, applicable_requirements
from courses.localizing import shown_pages
from courses.queries import MemberPanel
from skolering.models import User

WHOLE_ORGANISATION = [""]  # every branch path starts with the empty string


def panel(user: User) -> MemberPanel:
    """What the member's roles and membership require, by when, and how far they have come (two
    queries). Shown first: it is what the member's branch follows up."""
    rows = StatusRows(
        scope_paths=WHOLE_ORGANISATION,
        requirements=applicable_requirements(WHOLE_ORGANISATION),
        people=PeopleFilter(user_id=user.pk),
        sort="frist",
    )
    rows = rows[:]
    # Each course in the member's language where it is translated (one query; none in Bokmål).
    courses = [row.requirement.course for row in rows if row.requirement.course is not None]
    shown = shown_pages(list({course.pk: course for course in courses}.values()))
    for row in rows:
        row.course_shown = shown.get(row.requirement.course_id)
    return MemberPanel(
        template="compliance/includes/member_requirements.html",
        context={"rows": rows},
        first=True,
    )
