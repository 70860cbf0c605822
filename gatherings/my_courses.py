"""The gatherings panel of /mine-kurs/ (found by name by courses.views.my_courses): the runs the
member has a place on or waits for, with their own attendance."""

from django.utils import timezone

from courses.queries import MemberPanel
from gatherings.models import Attendance
from gatherings.queries import member_signups
from skolering.models import User


def panel(user: User) -> MemberPanel:
    """Four queries, however many runs."""
    signups = member_signups(user)
    attended = {}
    for mark in Attendance.objects.filter(user=user, present=True):
        attended[mark.gathering_id] = mark.hours
    now = timezone.now()
    items = [
        {
            "run": signup.run,
            "state": signup.run.state_for(signup, now),
            "attended": sum((attended.get(g.pk, 0) for g in signup.run.gathering_list), 0),
        }
        for signup in signups
    ]
    leads = user.led_course_runs.exists()
    return MemberPanel(
        template="gatherings/member_panel.html", context={"items": items, "leads_runs": leads}
    )
