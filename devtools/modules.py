from collections.abc import Iterator
from importlib import import_module
from types import ModuleType

from django.apps import apps


def dev_modules(name: str) -> Iterator[ModuleType]:
    """`devtools.<app>.<name>` for each installed app that has one, in INSTALLED_APPS order
    (dependencies first), as `skolering.site_content.app_modules` finds the apps' own modules."""
    for config in apps.get_app_configs():
        package = f"devtools.{config.label}"
        try:
            yield import_module(f"{package}.{name}")
        except ModuleNotFoundError as error:
            if error.name not in (package, f"{package}.{name}"):
                raise
