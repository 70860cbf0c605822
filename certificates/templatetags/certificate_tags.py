from django import template
from django.utils import timezone

from certificates.models import Certificate

register = template.Library()


@register.inclusion_tag("certificates/member_certificates.html", takes_context=True)
def member_certificates(context):
    """The member's own certificates, for /mine-kurs/ (the status text reads `today`)."""
    user, today = context["request"].user, timezone.localdate()
    certificates = Certificate.objects.filter(user=user).order_by("-issued_on", "-pk")
    return {
        "today": today,
        # A revoked certificate is no proof of anything: it is not offered as a PDF.
        "certificates": [
            {"certificate": c, "downloadable": c.revoked_at is None} for c in certificates
        ],
    }
