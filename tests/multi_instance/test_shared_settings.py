"""The settings several app servers share, built from the environment: Redis for the cache when
CACHE_URL/REDIS_URL names it, and an S3-compatible bucket for uploads when STORAGE_S3_BUCKET is
set. Built without boto3 and without a network: nothing is imported or contacted here."""

import importlib
import importlib.util
from unittest import mock

import pytest

from django.core.exceptions import ImproperlyConfigured

from skolering.settings.shared_services import cache_settings, default_storage_settings

FILE_CACHE = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": "x"}


def test_without_a_url_the_single_machine_cache_stays():
    assert cache_settings({}, default=FILE_CACHE) == {"default": FILE_CACHE}
    assert cache_settings({"CACHE_URL": "  "}, default=FILE_CACHE) == {"default": FILE_CACHE}


@pytest.mark.parametrize("name", ["CACHE_URL", "REDIS_URL"])
def test_a_redis_url_shares_the_cache_between_servers(name):
    cache = cache_settings({name: "redis://127.0.0.1:6379/2"}, default=FILE_CACHE)["default"]
    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/2"
    assert cache["KEY_PREFIX"] == "skolering"


def test_cache_url_wins_over_redis_url_and_the_prefix_can_be_named():
    cache = cache_settings(
        {
            "CACHE_URL": "redis://cache.internal:6379/0",
            "REDIS_URL": "redis://other:6379/5",
            "CACHE_KEY_PREFIX": "skolering-staging",
        },
        default=FILE_CACHE,
    )["default"]
    assert (cache["LOCATION"], cache["KEY_PREFIX"]) == (
        "redis://cache.internal:6379/0",
        "skolering-staging",
    )


def test_a_cache_url_that_is_not_redis_is_refused_at_start():
    with pytest.raises(ImproperlyConfigured, match="Redis URL"):
        cache_settings({"CACHE_URL": "memcached://127.0.0.1:11211"}, default=FILE_CACHE)


def test_uploads_stay_on_the_filesystem_without_a_bucket():
    assert default_storage_settings({}) == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }


def test_a_bucket_selects_s3_with_the_endpoint_and_keys(monkeypatch):
    # boto3 (the s3 extra) is looked for, never imported: pretend it is installed.
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        "skolering.settings.shared_services.find_spec",
        lambda name: object() if name == "boto3" else real_find_spec(name),
    )
    storage = default_storage_settings(
        {
            "STORAGE_S3_BUCKET": "skolering-media",
            "STORAGE_S3_ENDPOINT_URL": "https://s3.example.net",
            "STORAGE_S3_REGION": "eu-north-1",
            "STORAGE_S3_ACCESS_KEY_ID": "AKIAEXAMPLE",
            "STORAGE_S3_SECRET_ACCESS_KEY": "hemmelig",
            "STORAGE_S3_PREFIX": "media",
        }
    )
    assert storage == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "skolering-media",
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": True,
            "endpoint_url": "https://s3.example.net",
            "region_name": "eu-north-1",
            "access_key": "AKIAEXAMPLE",
            "secret_key": "hemmelig",
            "location": "media",
        },
    }


def test_unset_options_are_left_to_boto3s_own_lookup(monkeypatch):
    """Without keys in the environment, boto3 finds them itself (an instance role, ~/.aws)."""
    monkeypatch.setattr("skolering.settings.shared_services.find_spec", lambda name: object())
    options = default_storage_settings({"STORAGE_S3_BUCKET": "b", "STORAGE_S3_REGION": ""})[
        "OPTIONS"
    ]
    assert set(options) == {"bucket_name", "file_overwrite", "default_acl", "querystring_auth"}


def test_a_bucket_without_boto3_is_refused_at_start(monkeypatch):
    monkeypatch.setattr("skolering.settings.shared_services.find_spec", lambda name: None)
    with pytest.raises(ImproperlyConfigured, match="boto3 is not installed"):
        default_storage_settings({"STORAGE_S3_BUCKET": "skolering-media"})


def production_settings():
    # production.py refuses a weak SECRET_KEY, which it takes from the already imported base.
    with mock.patch("skolering.settings.base.SECRET_KEY", "p" * 60):
        return importlib.import_module("skolering.settings.production")


def test_production_queues_background_work_for_the_worker():
    production = production_settings()
    assert production.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert "django_tasks_db" in production.INSTALLED_APPS


def test_the_demo_and_the_tests_run_background_work_at_once(settings):
    from skolering.settings import demo

    immediate = "django_tasks.backends.immediate.ImmediateBackend"
    assert demo.TASKS["default"]["BACKEND"] == immediate  # `make demo` needs no worker
    assert settings.TASKS["default"]["BACKEND"] == immediate
