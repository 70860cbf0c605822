from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, SECRET_KEY, SILENCED_SYSTEM_CHECKS, VAR_DIR, env_bool, os
from .shared_services import cache_settings, default_storage_settings, exports_storage_settings

if not SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters."
    )

DEBUG = False
# Keep each worker's database connection for ten minutes rather than opening one per request
# (a PostgreSQL connection costs a few milliseconds); a connection that died in between is
# noticed before use, not by the member's request.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "600"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
STORAGES = {
    # MEDIA_ROOT (shared between machines by a network filesystem), or an S3-compatible bucket
    # when STORAGE_S3_BUCKET is set.
    "default": default_storage_settings(os.environ),
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
    },
    # Leaders' large exports: private files under EXPORTS_ROOT (outside MEDIA_ROOT, on the
    # network filesystem when several machines serve the site), or the bucket's own prefix.
    "exports": exports_storage_settings(
        os.environ, location=os.environ.get("EXPORTS_ROOT", str(VAR_DIR / "private-exports"))
    ),
}

# Throttling counts (skolering/throttle.py) must be shared by every worker process, or each
# gunicorn worker would allow its own five wrong passwords: a file cache on one machine, Redis
# (CACHE_URL/REDIS_URL) when several machines serve the site.
CACHES = cache_settings(
    os.environ,
    default={
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("CACHE_LOCATION", str(VAR_DIR / "cache")),
    },
)

# Background work never runs inside a request: it is queued in the database and run by
# `manage.py db_worker` (README, "Running in production"), whichever app server queued it.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if env_bool("BEHIND_TLS_PROXY", True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
# security.W019 asks for X_FRAME_OPTIONS = "DENY"; Wagtail's live preview needs "SAMEORIGIN",
# which still forbids every other origin from framing the site.
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W019"]
