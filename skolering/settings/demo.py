"""`make demo`: the development settings with DEBUG off, so that the demo shows the site's own
Norwegian error pages (a leader opening another branch's page gets its 404, not Django's list
of URL patterns). Development (`make serve`) keeps the debug pages.

With DEBUG off Django serves no files itself: the Makefile runs `runserver --insecure` for the
static files, and devtools' middleware serves the uploaded images (MEDIA_ROOT).

Background work (reminder e-mails) runs at once, as in development, so that `make demo` needs no
`db_worker` beside it; production queues it (settings/production.py)."""

from .dev import *  # noqa: F403
from .dev import MIDDLEWARE

DEBUG = False
MIDDLEWARE = [*MIDDLEWARE, "devtools.media.DemoMediaMiddleware"]
