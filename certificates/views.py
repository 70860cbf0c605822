"""The holder's PDF, and the public verification of a code. Verification shows status, name,
course and dates, and nothing else; unknown codes count against the visitor's address so that
codes cannot be guessed at speed."""

from django.conf import settings as django_settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from certificates.codes import normalised
from certificates.models import Certificate, CertificateStatus
from certificates.pdf import render_certificate
from certificates.services import certificate_settings
from skolering import throttle

GUESS_LIMIT = 20  # unknown codes per address ...
GUESS_WINDOW = 60 * 60  # ... per hour
DETAILED_VARIANT = "studieforbund"


def verification_url(request, certificate: Certificate) -> str:
    return request.build_absolute_uri(reverse("certificate_verify", args=[certificate.code]))


@never_cache
@login_required
def certificate_pdf(request, code: str):
    """The member's own kursbevis; anyone else's does not exist for them."""
    certificate = get_object_or_404(Certificate, code=normalised(code) or "", user=request.user)
    if not certificate.is_downloadable:
        raise Http404
    settings = certificate_settings()
    logo = None
    if settings.logo is not None:
        with settings.logo.file.open("rb") as image:  # works with any file storage
            logo = image.read()
    pdf = render_certificate(
        certificate,
        verify_url=verification_url(request, certificate),
        logo=logo,
        signer_name=settings.signer_name,
        signer_title=settings.signer_title,
        detailed=request.GET.get("variant") == DETAILED_VARIANT,
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="kursbevis-{certificate.code}.pdf"'
    return response


def _too_many_lookups(request) -> bool:
    """Unknown codes are limited harder than lookups in general: guessing is the attack."""
    address = throttle.client_address(request)
    looked_up = throttle.hit(
        "kursbevis-oppslag", address, window=django_settings.CERTIFICATE_VERIFY_WINDOW_SECONDS
    )
    return (
        looked_up > django_settings.CERTIFICATE_VERIFY_LIMIT
        or throttle.hits("kursbevis-gjetting", address) >= GUESS_LIMIT
    )


def _count_guess(request) -> None:
    throttle.hit("kursbevis-gjetting", throttle.client_address(request), window=GUESS_WINDOW)


def _refused(request):
    return TemplateResponse(
        request,
        "certificates/verify.html",
        {"error": _("Too many look-ups from your address. Try again in an hour.")},
        status=429,
    )


def verify_form(request):
    """/kursbevis/: type a code to check it."""
    typed = request.GET.get("kode")
    if typed is None:
        return TemplateResponse(request, "certificates/verify.html", {})
    code = normalised(typed)
    if code is None:
        return TemplateResponse(
            request,
            "certificates/verify.html",
            {
                "typed": typed[:64],
                "error": _("A code has 12 letters and digits, like K7QM-3WZP-9TRD."),
            },
            status=400,
        )
    return redirect("certificate_verify", code=code)


def verify(request, code: str):
    """/kursbevis/<code>/: the certificate's status, holder, course and dates."""
    if _too_many_lookups(request):
        return _refused(request)
    stored = normalised(code)
    certificate = Certificate.objects.filter(code=stored).first() if stored else None
    if certificate is None:
        _count_guess(request)
        return TemplateResponse(
            request, "certificates/verify.html", {"typed": code[:64], "unknown": True}, status=404
        )
    if stored != code:
        return redirect("certificate_verify", code=stored)
    status = certificate.status_on(timezone.localdate())
    if status == CertificateStatus.VOID:  # its holder was erased
        return TemplateResponse(
            request, "certificates/verify.html", {"typed": code, "void": True}, status=410
        )
    return TemplateResponse(
        request,
        "certificates/verified.html",
        {"certificate": certificate, "status": status, "statuses": CertificateStatus},
    )
