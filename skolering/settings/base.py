"""Settings shared by every environment. Everything that differs between machines comes from
environment variables, so one code base runs on a laptop, in CI and in production."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from .shared_services import cache_settings, default_storage_settings, exports_storage_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("SKOLERING_VAR_DIR", BASE_DIR / "var"))


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def origin_of(url: str) -> str:
    """scheme://host[:port] of a URL, as a Content-Security-Policy source."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "skolering",
    "quizzes",
    "courses",
    "certificates",
    "compliance",
    "register",
    "gatherings",
    # Editors translate pages, modules, courses and quizzes block by block (the locales app in
    # place of wagtail.locales: the admin's list of languages, with its synchronisation options).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_htmx",
    "template_partials",
    "django_tasks",
    # The task queue's table: production runs reminders and other background work from it.
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "skolering.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "skolering.middleware.LanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "skolering.middleware.LoginThrottleMiddleware",
]

ROOT_URLCONF = "skolering.urls"
WSGI_APPLICATION = "skolering.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'skolering.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
SILENCED_SYSTEM_CHECKS: list[str] = []
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if DATABASE_IS_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")
    # PostgreSQL's JIT compiled the leader dashboard's status SQL for 30 ms on every request to
    # save nothing on queries of 100 ms, and parallel workers took cores from other requests
    # while gaining little on one (README, "PostgreSQL").
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options", "-c jit=off -c max_parallel_workers_per_gather=0"
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes on one SQLite file (gunicorn's workers, db_worker): readers never wait
    # for the writer (WAL), a transaction takes the write lock when it begins, so that two
    # read-then-write transactions queue for up to `timeout` seconds instead of one failing with
    # "database is locked" (README, "Settings"). In-memory test databases ignore WAL.
    _sqlite = DATABASES["default"].setdefault("OPTIONS", {})
    _sqlite.setdefault("transaction_mode", "IMMEDIATE")
    _sqlite.setdefault("timeout", 20)
    _sqlite.setdefault("init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL")
    # The membership indexes include columns for PostgreSQL's index-only scans; SQLite makes
    # them without those, which is what it should do.
    SILENCED_SYSTEM_CHECKS.append("models.W040")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "skolering.User"
# The only password backend, and the log-in throttle: a second password backend must pass it too.
AUTHENTICATION_BACKENDS = ["skolering.auth_backends.EmailBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Database sessions that know their user, so that erasure ends all of them (skolering/sessions.py).
SESSION_ENGINE = "skolering.sessions"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "my_courses"
LOGOUT_REDIRECT_URL = "/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# Bokmål is the default; Nynorsk and English have complete interfaces; Northern Sámi is a content
# language whose interface falls back to Bokmål (skolering/languages.py).
LANGUAGE_CODE = "nb"
# Django knows nb, nn and en; Northern Sámi it learns here.
LANG_INFO.setdefault(
    "se", {"bidi": False, "code": "se", "name": "Northern Sami", "name_local": "davvisámegiella"}
)
LANGUAGES = [
    ("nb", _("Norwegian Bokmål")),
    ("nn", _("Norwegian Nynorsk")),
    ("en", _("English")),
    ("se", _("Northern Sámi")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin stays in Bokmål for every editor (English for those who ask): Wagtail has no nn or se.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nb", "Norsk bokmål"), ("en", "English")]
LANGUAGE_COOKIE_NAME = "sprak"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_wagtail"]
# How each language writes dates (`date:"DATE_FORMAT"` in templates, `date_format` in code).
FORMAT_MODULE_PATH = ["skolering.formats"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    # MEDIA_ROOT, or an S3-compatible bucket when STORAGE_S3_BUCKET is set.
    "default": default_storage_settings(os.environ),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Leaders' large exports: private, outside MEDIA_ROOT (shared_services.py).
    "exports": exports_storage_settings(
        os.environ, location=os.environ.get("EXPORTS_ROOT", str(VAR_DIR / "private-exports"))
    ),
}
# A people list longer than this is exported in the background (compliance.export_jobs); the
# file is kept this many days.
EXPORT_INLINE_MAX_ROWS = int(os.environ.get("EXPORT_INLINE_MAX_ROWS", "5000"))
EXPORT_KEEP_DAYS = int(os.environ.get("EXPORT_KEEP_DAYS", "7"))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Skolering <skolering@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's live preview shows the page in an iframe of the admin itself, so the site may frame
# itself, but no other origin may frame it.
X_FRAME_OPTIONS = "SAMEORIGIN"

# Everything the pages load comes from this site; nothing inline, no third party (member pages
# reveal political opinion). htmx is configured in base.html to add no inline styles.
CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "media-src": "'self'",
    "frame-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'self'",
}
# Wagtail 8's admin still writes inline scripts (inline panels, date pickers) and styles.
ADMIN_URL_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
}
PERMISSIONS_POLICY_DENIED = [
    "accelerometer",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "payment",
    "usb",
]

# Throttling counts failed logins and requests in the cache. Production shares one cache between
# its worker processes (settings/production.py); CACHE_URL/REDIS_URL shares it between machines.
CACHES = cache_settings(
    os.environ, default={"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
)
# Behind a reverse proxy every request comes from the proxy's address: name the header in which
# the proxy passes the client's address (for example HTTP_X_REAL_IP), or throttling counts all
# members as one.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")
# The log-in policy (skolering/throttle.py, README): wrong passwords within LOGIN_LOCKOUT_SECONDS
LOGIN_FAILURE_LIMIT = 5  # per account on one client (address, or known device)
LOGIN_FAILURE_LIMIT_PER_ADDRESS = 30  # per client address, whatever the accounts
LOGIN_FAILURE_LIMIT_PER_ACCOUNT = 50  # per account from all clients that are not known for it
LOGIN_LOCKOUT_SECONDS = 15 * 60
KNOWN_DEVICE_COOKIE_NAME = "skolering_kjent_enhet"
KNOWN_DEVICE_COOKIE_AGE = 365 * 24 * 60 * 60
PASSWORD_RESET_LIMIT = 5  # per client address and per email address
PASSWORD_RESET_WINDOW_SECONDS = 60 * 60
CERTIFICATE_VERIFY_LIMIT = 120  # page views per client address
CERTIFICATE_VERIFY_WINDOW_SECONDS = 60 * 60

# Single sign-on with OpenID Connect (mozilla-django-oidc, register/oidc.py): the party's member
# log-in. On when the provider's issuer and Skolering's client id and secret are set. The
# provider's endpoints are read from its discovery document (issuer + /.well-known/
# openid-configuration) when a log-in first needs them, not at start-up; an OIDC_OP_*_ENDPOINT
# variable overrides one of them.
OIDC_ISSUER = os.environ.get("OIDC_ISSUER", "").rstrip("/")
OIDC_RP_CLIENT_ID = os.environ.get("OIDC_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = os.environ.get("OIDC_CLIENT_SECRET", "")
OIDC_ENABLED = bool(OIDC_ISSUER and OIDC_RP_CLIENT_ID and OIDC_RP_CLIENT_SECRET)
OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("OIDC_OP_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = os.environ.get("OIDC_OP_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = os.environ.get("OIDC_OP_USER_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = os.environ.get("OIDC_OP_JWKS_ENDPOINT", "")
OIDC_OP_END_SESSION_ENDPOINT = os.environ.get("OIDC_OP_END_SESSION_ENDPOINT", "")
# The claim that carries the member number: the one thing a provider's person is matched by.
OIDC_MEMBER_NUMBER_CLAIM = os.environ.get("OIDC_MEMBER_NUMBER_CLAIM", "member_number")
OIDC_RP_SCOPES = os.environ.get("OIDC_SCOPES", "openid")
# The button's text is the provider's name, configured data: shown as it is.
OIDC_LOGIN_LABEL = os.environ.get("OIDC_LOGIN_LABEL", "Logg inn med Mitt Ap")
# The provider's name in running text ("log in again with Mitt Ap").
OIDC_PROVIDER_NAME = os.environ.get("OIDC_PROVIDER_NAME", "Mitt Ap")
OIDC_RP_SIGN_ALGO = "RS256"
OIDC_USE_PKCE = True
OIDC_CREATE_USER = False  # the register sync creates members; a log-in never does
OIDC_STORE_ID_TOKEN = True  # the id_token_hint for ending the session at the provider
OIDC_OP_LOGOUT_URL_METHOD = "register.oidc.provider_logout_url"
OIDC_TIMEOUT = 10
# Off: members (users without staff status or admin access) may log in only through the provider;
# editors and administrators keep their passwords.
PASSWORD_LOGIN_FOR_MEMBERS = env_bool("PASSWORD_LOGIN_FOR_MEMBERS", default=True)
# Failed single sign-on returns per client address within LOGIN_LOCKOUT_SECONDS.
OIDC_FAILURE_LIMIT_PER_ADDRESS = int(os.environ.get("OIDC_FAILURE_LIMIT_PER_ADDRESS", "30"))
if OIDC_ENABLED:
    AUTHENTICATION_BACKENDS = [*AUTHENTICATION_BACKENDS, "register.oidc.MemberOIDCBackend"]
    # Logging out is a form (POST) whose answer sends the browser on to the provider's
    # end-session page, and form-action governs where a form's redirects may go.
    CONTENT_SECURITY_POLICY["form-action"] += " " + origin_of(
        OIDC_OP_END_SESSION_ENDPOINT or OIDC_ISSUER
    )

# The register sync (register/) refuses to end more than this share of the open memberships in
# one run unless forced: a truncated file must not end the party's membership.
REGISTER_SYNC_MAX_END_SHARE = float(os.environ.get("REGISTER_SYNC_MAX_END_SHARE", "0.05"))
REGISTER_UPLOAD_MAX_BYTES = int(os.environ.get("REGISTER_UPLOAD_MAX_BYTES", str(50 * 1024 * 1024)))

# Retention (manage.py apply_retention): a member whose last membership ended this many days
# ago is erased; audit events older than this many months are removed.
RETENTION_MEMBER_DAYS = int(os.environ.get("RETENTION_MEMBER_DAYS", "180"))
RETENTION_AUDIT_MONTHS = int(os.environ.get("RETENTION_AUDIT_MONTHS", "24"))

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Skolering"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = True
# Machine translation stays off: no text leaves for a third party's service.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# A translation asked for is a draft until the translator publishes it: published at once it
# would be the Bokmål text passing for the translation.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin would send a hash of each user's email to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_USAGE_COUNT_ENABLED = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Pillow opens every upload to check it; this bounds what a crafted "image bomb" may unpack to.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Background work (reminder e-mails) runs at once, in the process that asks for it: one command
# runs the demo and development. Production queues it in the database for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
