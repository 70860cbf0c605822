from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import URLResolver, include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates import urls as certificate_urls
from compliance import urls as compliance_urls
from courses import admin_views as course_admin_views
from courses import views as course_views
from gatherings import urls as gathering_urls
from quizzes import urls as quiz_urls
from register import oidc_urls
from skolering import page_serving, translation_admin, views
from skolering.favicon import favicon
from skolering.languages import PagePathLanguagePrefix

account_patterns = [
    path("", views.account, name="account"),
    path(
        "logg-inn/",
        views.LoginView.as_view(),
        name="login",
    ),
    path("logg-ut/", views.LogoutView.as_view(), name="logout"),
    path("passord/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "passord/endret/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path(
        "glemt-passord/",
        views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "glemt-passord/sendt/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "tilbakestill/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "tilbakestill/ferdig/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

urlpatterns = [
    path("favicon.ico", favicon),
    # Before the admin's own: the page chooser opens in the module library when it picks modules.
    path("admin/choose-page/", course_admin_views.choose_page),
    # Before the admin's own: translations only by those who may edit the original.
    *translation_admin.urlpatterns,
    path("admin/", include(wagtailadmin_urls)),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("konto/", include(account_patterns)),
    path("sprak/", views.language_choose, name="language_choose"),
    # Single sign-on (register/oidc_urls.py): answers 404 unless it is configured.
    path("oidc/", include(oidc_urls)),
    path("mine-kurs/", course_views.my_courses, name="my_courses"),
    path("mine-kurs/personvern/", views.my_data, name="my_data"),
    path("mine-kurs/personvern/eksport/", views.my_data_export, name="my_data_export"),
    path("mine-kurs/personvern/slett/", views.my_data_erase, name="my_data_erase"),
    path("mine-kurs/", include(certificate_urls.pdf_patterns)),
    path("kursbevis/", include(certificate_urls.verification_patterns)),
    path("quiz/", include(quiz_urls)),
    path("", include(gathering_urls)),
    path("leder/", include(compliance_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's own URLs, with its page view routed in fewer queries (skolering/page_serving.py),
# and pages in other languages than Bokmål under their language's prefix (/nn/kurs/…).
urlpatterns += [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    URLResolver(
        PagePathLanguagePrefix(),
        [re_path(wagtail_urls.serve_pattern, page_serving.serve, name="wagtail_serve")],
    ),
]
