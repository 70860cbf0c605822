"""The demo's uploaded images, served by Django: `make demo` runs with DEBUG off
(skolering/settings/demo.py), and then django.conf.urls.static serves nothing. Demo only;
in production the web server serves them.

Documents are left to Wagtail's view (/dokumenter/), which checks a collection's privacy: their
files under MEDIA_ROOT are never handed out directly."""

from django.conf import settings
from django.views.static import serve

PRIVATE = ("documents/",)


class DemoMediaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path.removeprefix(settings.MEDIA_URL)
        if path != request.path and not path.startswith(PRIVATE):
            return serve(request, path, document_root=settings.MEDIA_ROOT)
        return self.get_response(request)
