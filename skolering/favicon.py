"""/favicon.ico: browsers ask for it at the site's root whatever the pages link to, so it is
answered here (from static/favicon.ico) rather than with a 404 in every fresh browser's log."""

import functools

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


@functools.cache
def _icon() -> bytes:
    with open(finders.find("favicon.ico"), "rb") as icon:
        return icon.read()


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24)
def favicon(request):
    return HttpResponse(_icon(), content_type="image/vnd.microsoft.icon")
