"""What several app servers must share, built from environment variables: the cache (throttling
counts) and the storage of uploaded files. Pure functions of the environment, so that tests can
build the settings for any environment without importing a settings module again."""

from collections.abc import Mapping
from importlib.util import find_spec

from django.core.exceptions import ImproperlyConfigured

REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
FILE_SYSTEM_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
# Environment variable -> option of django-storages' S3Storage, beside the bucket.
S3_OPTIONS = {
    "STORAGE_S3_ENDPOINT_URL": "endpoint_url",
    "STORAGE_S3_REGION": "region_name",
    "STORAGE_S3_ACCESS_KEY_ID": "access_key",
    "STORAGE_S3_SECRET_ACCESS_KEY": "secret_key",
    "STORAGE_S3_CUSTOM_DOMAIN": "custom_domain",
    "STORAGE_S3_PREFIX": "location",
}


def cache_settings(environ: Mapping[str, str], *, default: dict) -> dict:
    """Redis (django-redis) when `CACHE_URL` or `REDIS_URL` names one, so that every app server
    counts the same failed log-ins; otherwise `default`."""
    url = (environ.get("CACHE_URL") or environ.get("REDIS_URL") or "").strip()
    if not url:
        return {"default": default}
    if not url.startswith(REDIS_SCHEMES):
        raise ImproperlyConfigured(
            "CACHE_URL/REDIS_URL must be a Redis URL such as redis://127.0.0.1:6379/1."
        )
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            # One Redis server may hold several sites' caches (and this site's test runs).
            "KEY_PREFIX": environ.get("CACHE_KEY_PREFIX", "skolering"),
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }


def default_storage_settings(environ: Mapping[str, str]) -> dict:
    """Uploaded files (images, documents) on the filesystem under MEDIA_ROOT, or in an
    S3-compatible bucket when `STORAGE_S3_BUCKET` is set. The S3 backend needs boto3 (the `s3`
    extra), which is only imported when the bucket is set: Django imports a storage backend
    when it is first used, and this refuses to start without boto3 rather than fail then."""
    bucket = environ.get("STORAGE_S3_BUCKET", "").strip()
    if not bucket:
        return dict(FILE_SYSTEM_STORAGE)
    if find_spec("boto3") is None:
        raise ImproperlyConfigured(
            "STORAGE_S3_BUCKET is set, but boto3 is not installed: install the s3 extra "
            "(django-storages[s3])."
        )
    options = {
        "bucket_name": bucket,
        # Two uploads of "program.pdf" keep both files; objects stay private and are handed
        # out through signed, expiring URLs (Wagtail's document view checks privacy first).
        "file_overwrite": False,
        "default_acl": None,
        "querystring_auth": True,
    }
    for name, option in S3_OPTIONS.items():
        if value := environ.get(name, "").strip():
            options[option] = value
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def exports_storage_settings(environ: Mapping[str, str], *, location: str) -> dict:
    """The leaders' exports made in the background (compliance.export_jobs): private files that
    only the download view hands out, to the leader who asked. On the filesystem under
    `location`, never under MEDIA_ROOT (which /media/ may serve); in the bucket when
    `STORAGE_S3_BUCKET` is set, under their own key prefix (`STORAGE_S3_EXPORTS_PREFIX`), with
    no custom domain, so that no address of the bucket's can serve one without a signature."""
    storage = default_storage_settings(environ)
    if storage["BACKEND"] == FILE_SYSTEM_STORAGE["BACKEND"]:
        # Readable by the site's own user only (other accounts on the machine cannot read them).
        return {
            "BACKEND": storage["BACKEND"],
            "OPTIONS": {
                "location": str(location),
                "file_permissions_mode": 0o600,
                "directory_permissions_mode": 0o700,
            },
        }
    options = {key: value for key, value in storage["OPTIONS"].items() if key != "custom_domain"}
    prefix = environ.get("STORAGE_S3_PREFIX", "").strip().strip("/")
    default_prefix = f"{prefix}/private-exports" if prefix else "private-exports"
    options["location"] = environ.get("STORAGE_S3_EXPORTS_PREFIX", "").strip() or default_prefix
    options["file_overwrite"] = False
    return {"BACKEND": storage["BACKEND"], "OPTIONS": options}
