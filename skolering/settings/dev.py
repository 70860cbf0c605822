from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env_bool, os

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret-skolering"
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# Demo seeding, factories, benchmarks and the load test; production settings leave them out.
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]
