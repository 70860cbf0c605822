"""URL converters. Importing this module registers them, so import it before defining routes."""

from django.urls import register_converter


class UnicodeSlugConverter:
    """A page slug as Wagtail makes it from a Norwegian or Sámi title ("møteplasser-i-bergen",
    "ovttas-bargat-árjjat"): Django's validate_unicode_slug, [-\\w]+ in any script."""

    regex = r"[-\w]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(UnicodeSlugConverter, "uslug")
