"""Kursbevis: the document that proves a course completion. Everything printed on it is copied
when it is issued, so renaming the course or the member later changes nothing on it."""

import unicodedata

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from courses.models import (
    CompletionStatus,
    CourseCompletion,
    completion_status_on,
    describe_validity,
)
from skolering.models import PersonalRecord


class CertificateStatus(models.TextChoices):
    """A completion's statuses (courses.models.CompletionStatus), and void: its holder was
    erased."""

    VALID = CompletionStatus.VALID.value, CompletionStatus.VALID.label
    EXPIRED = CompletionStatus.EXPIRED.value, CompletionStatus.EXPIRED.label
    REVOKED = CompletionStatus.REVOKED.value, CompletionStatus.REVOKED.label
    VOID = "void", _("No longer exists")


# Letters that Unicode does not split into a base letter and an accent, but that a visitor
# without a Norwegian or Sámi keyboard types without their stroke.
_STROKED = str.maketrans({"đ": "d", "ŋ": "n", "ŧ": "t", "ø": "o", "ł": "l", "ß": "ss"})


def comparable_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_STROKED))
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.replace("-", " ").split())


class Certificate(PersonalRecord, models.Model):
    completion = models.OneToOneField(
        CourseCompletion,
        on_delete=models.CASCADE,
        related_name="certificate",
        verbose_name=_("course completion"),
    )
    # Erasing the holder voids the certificate and empties everything that named them.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
        verbose_name=_("holder"),
    )
    code = models.CharField(_("code"), max_length=14, unique=True)
    holder_name = models.CharField(_("holder's name"), max_length=300)
    course_title = models.CharField(_("course"), max_length=255)
    track = models.CharField(_("track"), max_length=100)
    hours = models.DecimalField(_("hours"), max_digits=4, decimal_places=1)
    learning_outcomes = models.JSONField(_("learning outcomes"), default=list)
    modules = models.JSONField(_("content"), default=list)
    # A blended course's gatherings the holder attended: {"title", "date", "hours"} each.
    gatherings = models.JSONField(_("gatherings"), default=list, blank=True)
    organisation = models.CharField(_("issued by"), max_length=200)
    issued_on = models.DateField(_("issued"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revocation"), blank=True)
    voided_at = models.DateTimeField(_("void since"), null=True, blank=True)
    # The holder can turn the public check at /kursbevis/<code>/ off (and on) on /mine-kurs/.
    publicly_verifiable = models.BooleanField(_("can be checked publicly"), default=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "-pk"]

    def __str__(self):
        return f"{self.code} – {self.course_title}"

    def status_on(self, day) -> CertificateStatus:
        """The completion's rule, read from the dates copied onto the certificate; void
        first."""
        if self.voided_at is not None:
            return CertificateStatus.VOID
        return CertificateStatus(
            completion_status_on(
                day, revoked=self.revoked_at is not None, valid_until=self.valid_until
            )
        )

    @property
    def status(self) -> CertificateStatus:
        """Its status today."""
        return self.status_on(timezone.localdate())

    @property
    def is_downloadable(self) -> bool:
        """A revoked or void certificate is no proof of anything: it is not offered as a PDF."""
        return self.status not in (CertificateStatus.REVOKED, CertificateStatus.VOID)

    @property
    def holder_initials(self) -> str:
        """What the public check shows of the holder: "I. S." for Ingrid Solberg, "A.-L. B."
        for Anne-Lise Berg."""
        return " ".join(
            "-".join(f"{part[0]}." for part in name.split("-") if part)
            for name in self.holder_name.split()
        )

    def name_matches(self, typed: str) -> bool:
        """Whether a visitor typed the name printed on the certificate: case, accents, spaces
        and hyphens aside ("ase njastad" confirms "Åse Njåstad")."""
        return bool(typed.strip()) and comparable_name(typed) == comparable_name(self.holder_name)

    @property
    def validity_text(self) -> str:
        """Its status today, as its holder reads it."""
        status = self.status
        if status == CertificateStatus.VOID:
            return str(status.label)
        return describe_validity(status, self.valid_until)


@register_setting(icon="doc-full")
class CertificateSettings(BaseSiteSetting):
    """What every kursbevis carries besides the course: who issues it and who signs it."""

    organisation = models.CharField(
        _("issuing organisation"), max_length=200, default="Arbeiderpartiet"
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A PNG or JPEG. Shown at the top of the certificate."),
    )
    signer_name = models.CharField(_("signed by"), max_length=200, blank=True)
    signer_title = models.CharField(_("signer's title"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("certificate settings")


class ExpiryReminder(PersonalRecord, models.Model):
    """That the holder was reminded `days_before` expiry: sent once per certificate and
    threshold, however often the daily command runs."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="+")
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "days_before"], name="expiry_reminder_once"
            )
        ]

    def __str__(self):
        return f"{self.certificate_id}: {self.days_before}"
