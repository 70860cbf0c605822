from django import template
from django.utils import timezone

from certificates.models import Certificate

register = template.Library()


@register.inclusion_tag("certificates/member_certificates.html", takes_context=True)
def member_certificates(context):
    """The member's own certificates with their status today, for /mine-kurs/."""
    user, today = context["request"].user, timezone.localdate()
    certificates = Certificate.objects.filter(user=user).order_by("-issued_on", "-pk")
    return {
        "today": today,
        "certificates": [{"certificate": c, "status": c.status_on(today)} for c in certificates],
    }
