"""/oidc/: the party's single sign-on. Register Skolering at the provider with the redirect URI
<site>/oidc/callback/ (README, "Single sign-on")."""

from django.urls import path

from register import oidc_views

urlpatterns = [
    # mozilla-django-oidc finds these two by name.
    path("start/", oidc_views.SingleSignOnStartView.as_view(), name="oidc_authentication_init"),
    path(
        "callback/",
        oidc_views.SingleSignOnCallbackView.as_view(),
        name="oidc_authentication_callback",
    ),
    path("avvist/", oidc_views.refused, name="oidc_refused"),
]
