"""Demo settings for certificates (who signs the kursbevis), and a certificate for every demo
completion. Completions announce themselves when the seeding transaction commits; issuing here
already makes the count right, and the announcements then find the certificates issued."""

from certificates.models import Certificate
from certificates.services import certificate_settings, certificates_fill_in
from courses.models import CourseCompletion

DEMO_LOGINS = ()


def seed(*, stdout) -> None:
    settings = certificate_settings()
    if not settings.signer_name:
        settings.signer_name = "Kari Nordmann"
        settings.signer_title = "Partisekretær"
        settings.save()
    certificates_fill_in(completions=CourseCompletion.objects.order_by("pk"))
    stdout.write(f"Certificates: {Certificate.objects.count()} issued.")
