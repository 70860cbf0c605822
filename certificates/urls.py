from django.urls import path, re_path

from certificates import views

pdf_patterns = [
    re_path(
        r"^kursbevis/(?P<code>[0-9A-Za-z-]{12,20})\.pdf$",
        views.certificate_pdf,
        name="certificate_pdf",
    ),
    re_path(
        r"^kursbevis/(?P<code>[0-9A-Za-z-]{12,20})/offentlig/$",
        views.certificate_public_check,
        name="certificate_public_check",
    ),
]

verification_patterns = [
    path("", views.verify_form, name="certificate_verify_form"),
    re_path(r"^(?P<code>[^/]{1,64})/$", views.verify, name="certificate_verify"),
]
