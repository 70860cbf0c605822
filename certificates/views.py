"""The holder's PDF, and the public verification of a code.

Party membership is special-category data and the code is printed on PDFs that get shared, so
the public check shows only the status, the course, the dates and the holder's initials. The
full name (and the issuing party) is confirmed only to a visitor who types the name printed on
the certificate. Unknown codes and typed names count against the visitor's address so that
neither can be guessed at speed, and the holder can turn the public check off."""

import functools

from django.conf import settings as django_settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from certificates.codes import normalised
from certificates.models import Certificate, CertificateStatus
from certificates.pdf import render_certificate
from certificates.services import certificate_in_language, certificate_settings
from skolering import throttle

GUESS_LIMIT = 20  # unknown codes per address ...
GUESS_WINDOW = 60 * 60  # ... per hour
NAME_CHECK_LIMIT = 10  # typed names per address, and per certificate, per hour
NAME_MAX_LENGTH = 300
DETAILED_VARIANT = "studieforbund"


def private_to_visitors(view):
    """A verification page is for the visitor who asked: search engines must not index it and
    no cache may keep it."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Cache-Control"] = "no-store, private"
        return response

    return wrapped


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
    # In the member's language (the one the page is in).
    shown = certificate_in_language(certificate, translation.get_language())
    pdf = render_certificate(
        shown,
        verify_url=verification_url(request, certificate),
        logo=logo,
        signer_name=settings.signer_name,
        signer_title=settings.signer_title,
        detailed=request.GET.get("variant") == DETAILED_VARIANT,
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    variant = "-studieforbund" if request.GET.get("variant") == DETAILED_VARIANT else ""
    response["Content-Disposition"] = (
        f'inline; filename="kursbevis-{certificate.code}{variant}.pdf"'
    )
    return response


@never_cache
@login_required
@require_POST
def certificate_public_check(request, code: str):
    """The holder turns the public check of one of their certificates off or on."""
    certificate = get_object_or_404(Certificate, code=normalised(code) or "", user=request.user)
    choice = request.POST.get("offentlig")
    if choice not in ("ja", "nei"):
        return HttpResponse(
            _("Choose whether the certificate can be checked publicly."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    certificate.publicly_verifiable = choice == "ja"
    certificate.save(update_fields=["publicly_verifiable"])
    if certificate.publicly_verifiable:
        note = _("Anyone with the code can now check “%(course)s”.")
    else:
        note = _("“%(course)s” can no longer be checked publicly.")
    messages.success(request, note % {"course": certificate.course_title})
    return redirect(reverse("my_courses") + "#kursbevis")


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


def _too_many_name_checks(request, certificate: Certificate) -> bool:
    window = GUESS_WINDOW
    by_address = throttle.hit("kursbevis-navn", throttle.client_address(request), window=window)
    by_certificate = throttle.hit("kursbevis-navn-bevis", certificate.code, window=window)
    return max(by_address, by_certificate) > NAME_CHECK_LIMIT


def _name_check(request, certificate: Certificate) -> tuple[dict, int]:
    """The typed name's answer for the page, and the status code."""
    typed = request.POST.get("navn", "")
    if len(typed) > NAME_MAX_LENGTH:
        return {"name_error": _("The name is too long.")}, 400
    if not typed.strip():
        return {"name_error": _("Type the name as it is printed on the certificate.")}, 400
    if _too_many_name_checks(request, certificate):
        return {"name_error": _("Too many names tried. Try again in an hour.")}, 429
    return {"name_checked": True, "name_confirmed": certificate.name_matches(typed)}, 200


@private_to_visitors
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


@require_http_methods(["GET", "POST"])
@private_to_visitors
def verify(request, code: str):
    """/kursbevis/<code>/: the certificate's status, course, dates and holder's initials; a
    POST with the name printed on it confirms (or not) the full name."""
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
    if not certificate.publicly_verifiable:
        _count_guess(request)  # a closed code must not be a free oracle for guessing either
        return TemplateResponse(
            request, "certificates/verify.html", {"typed": code, "closed": True}, status=404
        )
    context = {
        "certificate": certificate_in_language(certificate, translation.get_language()),
        "status": status,
        "statuses": CertificateStatus,
    }
    status_code = 200
    if request.method == "POST":
        answer, status_code = _name_check(request, certificate)
        context.update(answer, typed_name=request.POST.get("navn", "")[:NAME_MAX_LENGTH])
    return TemplateResponse(request, "certificates/verified.html", context, status=status_code)
