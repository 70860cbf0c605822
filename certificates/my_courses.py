"""The certificates panel of /mine-kurs/ (found by name by courses.views.my_courses)."""

from certificates.models import Certificate
from courses.queries import MemberPanel
from skolering.models import User


def panel(user: User) -> MemberPanel:
    """The member's own certificates, newest first, with their status today (one query)."""
    certificates = Certificate.objects.filter(user=user).order_by("-issued_on", "-pk")
    return MemberPanel(
        template="certificates/member_certificates.html",
        context={"certificates": list(certificates)},
    )
