from .base import *  # noqa: F403
from .base import INSTALLED_APPS

SECRET_KEY = "test-only-not-secret-skolering"  # noqa: S105
DEBUG = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Hashing passwords slowly is a feature in production and only costs time in tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Each test process counts throttling in its own memory, whatever CACHE_URL the shell has.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tasks run at once, so the mail tests see the e-mail; tests of the queue choose the database
# backend themselves.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "exports": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}

# The tests seed the demo and build their data with devtools' factories.
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]
