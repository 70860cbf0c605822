"""The load test's WSGI application: the site with its production settings, plus the collected
static files, which production leaves to the proxy in front of gunicorn. There is no proxy on the
machine that runs `make bench`, so gunicorn serves them, as cheaply as a proxy would: straight
from STATIC_ROOT, before any middleware, with the file handed to the server to send."""

import mimetypes
from pathlib import Path

from django.conf import settings

from skolering.wsgi import application as site

STATIC_ROOT = Path(settings.STATIC_ROOT).resolve()
# Collected names carry a hash of the content (ManifestStaticFilesStorage): they never change.
CACHED_FOR_A_YEAR = "public, max-age=31536000, immutable"


def application(environ, start_response):
    path = environ.get("PATH_INFO", "")
    if not path.startswith(settings.STATIC_URL):
        return site(environ, start_response)
    file = (STATIC_ROOT / path.removeprefix(settings.STATIC_URL)).resolve()
    if not file.is_relative_to(STATIC_ROOT) or not file.is_file():
        start_response("404 Not Found", [("Content-Type", "text/plain"), ("Content-Length", "9")])
        return [b"Not found"]
    content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    start_response(
        "200 OK",
        [
            ("Content-Type", content_type),
            ("Content-Length", str(file.stat().st_size)),
            ("Cache-Control", CACHED_FOR_A_YEAR),
        ],
    )
    return environ["wsgi.file_wrapper"](file.open("rb"))
