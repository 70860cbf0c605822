import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]
STRONG_SECRET = "k" * 20 + "9f8e7d6c5b4a3210zyxwvutsrqponmlkjihgfedcba"
# devtools' commands: the dev and test settings install them, production does not.
DEV_COMMANDS = {"seed_demo", "seed_scale", "bench", "bench_scale", "load_test"}


def manage(*args, env_overrides):
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for themselves; production never has it.
    dropped = {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(env_overrides)
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings_and_a_real_secret():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        "--settings=skolering.settings.production",
        env_overrides={"SECRET_KEY": STRONG_SECRET, "ALLOWED_HOSTS": "skolering.example.org"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_leave_out_the_dev_commands():
    result = manage(
        "help",
        "--commands",
        "--settings=skolering.settings.production",
        env_overrides={"SECRET_KEY": STRONG_SECRET},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    commands = set(result.stdout.split())
    assert {"migrate", "setup_site", "apply_retention"} <= commands
    assert not commands & DEV_COMMANDS


def test_the_test_settings_have_the_dev_commands():
    assert "devtools" in settings.INSTALLED_APPS
    assert get_commands().keys() >= DEV_COMMANDS


def test_production_refuses_to_start_without_a_secret_key():
    result = manage(
        "check",
        "--settings=skolering.settings.production",
        env_overrides={"SECRET_KEY": ""},
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_language_and_time_zone():
    assert settings.LANGUAGE_CODE == "nb"
    assert settings.TIME_ZONE == "Europe/Oslo"


def test_postgres_extensions_are_installed_exactly_when_the_database_is_postgres():
    engine = settings.DATABASES["default"]["ENGINE"]
    is_postgres = engine == "django.db.backends.postgresql"
    assert ("django.contrib.postgres" in settings.INSTALLED_APPS) == is_postgres
