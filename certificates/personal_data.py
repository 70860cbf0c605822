"""Certificates for the data-rights export and erasure (skolering.personal_data). An erased
member's certificates become void: the verification page says the certificate no longer
exists, and nothing on the row names the holder."""

from django.utils import timezone

from certificates.models import Certificate
from skolering.personal_data import rows


def export(user) -> dict:
    return {
        "certificates": rows(
            Certificate.objects.filter(user=user).order_by("issued_on"),
            "code",
            "holder_name",
            "course_title",
            "issued_on",
            "valid_until",
            "revoked_at",
        )
    }


def erase(user) -> None:
    Certificate.objects.filter(user=user).update(
        voided_at=timezone.now(), holder_name="", revoked_reason=""
    )
