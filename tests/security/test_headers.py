"""Response headers and cookies as production sends them: the security settings are read from
skolering/settings/production.py itself and applied to the test client."""

import importlib
from unittest import mock

import pytest

from django.test import override_settings
from django.urls import reverse

PRODUCTION_SECURITY_SETTINGS = (
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SAMESITE",
)


def production_settings():
    # production.py refuses a weak SECRET_KEY, which it takes from the already imported base.
    with mock.patch("skolering.settings.base.SECRET_KEY", "p" * 60):
        return importlib.import_module("skolering.settings.production")


def test_production_shares_its_cache_between_worker_processes():
    """Throttling counts live in the cache; a per-process cache would multiply the limits."""
    backend = production_settings().CACHES["default"]["BACKEND"]
    assert backend == "django.core.cache.backends.filebased.FileBasedCache"


@pytest.fixture
def production_security():
    production = production_settings()
    values = {name: getattr(production, name) for name in PRODUCTION_SECURITY_SETTINGS}
    with override_settings(**values):
        yield values


def test_plain_http_is_sent_to_https(client, production_security, db):
    response = client.get(reverse("login"))
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_every_security_header_is_sent(client, production_security, db):
    response = client.get(reverse("login"), secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "browsing-topics=()"):
        assert feature in permissions
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
    )
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'self'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]


def test_session_and_csrf_cookies_are_secure_httponly_and_samesite(
    client, production_security, member
):
    member.set_password("riktig-passord-123")
    member.save()
    client.get(reverse("login"), secure=True)
    response = client.post(
        reverse("login"),
        {"username": member.email, "password": "riktig-passord-123"},
        secure=True,
    )
    assert response.status_code == 302
    for name in ("sessionid", "csrftoken"):
        cookie = response.cookies[name]
        assert cookie["secure"] is True, name
        assert cookie["httponly"] is True, name
        assert cookie["samesite"] == "Lax", name


def test_the_admin_gets_its_own_policy_and_member_pages_never_do(admin_client, client, db):
    admin_policy = admin_client.get("/admin/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in admin_policy
    assert "frame-ancestors 'self'" in admin_policy
    # A path that only starts like the admin's is a member page.
    assert "unsafe-inline" not in client.get("/administrasjon/")["Content-Security-Policy"]
