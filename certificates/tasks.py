"""Background work for certificates (django-tasks): the expiry reminder e-mail."""

from django_tasks import task

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from certificates.models import Certificate
from certificates.services import certificate_in_language
from skolering.languages import in_language_of, user_language


@task()
def send_expiry_reminder(*, certificate_id: int, days_left: int) -> bool:
    """Send the reminder, unless the certificate was revoked, or its holder erased, between the
    queueing and the worker's turn. Returns whether an e-mail went out."""
    certificate = (
        Certificate.objects.select_related("user")
        .filter(pk=certificate_id, revoked_at__isnull=True, voided_at__isnull=True)
        .first()
    )
    if certificate is None or certificate.user is None:
        return False
    context = {
        # The course as the holder reads it: in their language where it is translated.
        "certificate": certificate_in_language(certificate, user_language(certificate.user)),
        "days_left": days_left,
        "site_url": settings.WAGTAILADMIN_BASE_URL,
    }
    with in_language_of(certificate.user):
        subject = render_to_string("certificates/email/expiry_subject.txt", context).strip()
        body = render_to_string("certificates/email/expiry_body.txt", context)
    send_mail(
        subject=subject, message=body, from_email=None, recipient_list=[certificate.user.email]
    )
    return True
