"""The certificates panel of /mine-kurs/ (found by name by courses.views.my_courses)."""

from certificates.models import Certificate, CertificateStatus
from courses.queries import MemberPanel
from skolering.models import User

# A revoked or void certificate is no proof of anything: it is not offered as a PDF.
NOT_DOWNLOADABLE = (CertificateStatus.REVOKED, CertificateStatus.VOID)


def panel(user: User) -> MemberPanel:
    """The member's own certificates, newest first, with their status today (one query)."""
    certificates = Certificate.objects.filter(user=user).order_by("-issued_on", "-pk")
    return MemberPanel(
        template="certificates/member_certificates.html",
        context={
            "certificates": [
                {"certificate": c, "downloadable": c.status not in NOT_DOWNLOADABLE}
                for c in certificates
            ]
        },
    )
