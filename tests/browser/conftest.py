"""Playwright + axe against pytest-django's live server, driving Debian's system Chromium.

Without Chromium the browser tests skip with a clear message, except under CI=true, where a
missing browser fails the run."""

import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from django.conf import settings
from django.test import Client

from skolering.models import User
from tests.browser.helpers import DESKTOP

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(settings.BASE_DIR) / "var" / "test-artifacts"
VIOLATION_PREFIX = "CSP report:"
VIOLATION_REPORTER = (
    "document.addEventListener('securitypolicyviolation', (event) => console.warn("
    f"'{VIOLATION_PREFIX} ' + event.violatedDirective + ' ' + (event.blockedURI || 'inline') + "
    "' at ' + event.sourceFile + ':' + event.lineNumber));"
)
ASSET_KINDS = {"stylesheet", "script", "image", "font", "media", "manifest"}


def chromium_path() -> str | None:
    return (
        os.environ.get("CHROMIUM_PATH")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if not path:
        message = (
            "Chromium was not found, so the browser tests cannot run. Install Debian's package "
            "(apt-get install -y chromium) or set CHROMIUM_PATH."
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in the test thread; Django would then refuse ORM
    # calls from the tests themselves. They run one at a time, so that refusal protects nothing.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


class Browsing:
    """One browser context for a test: pages, logins and what left the machine."""

    def __init__(
        self,
        browser,
        base_url,
        *,
        javascript=True,
        viewport=DESKTOP,
        bypass_csp=False,
        other_origins=(),
    ):
        self.base_url = base_url
        # Hosts the journey visits on purpose (the single sign-on test's OpenID provider).
        self.other_netlocs = {urlparse(origin).netloc for origin in other_origins}
        self.context = browser.new_context(
            java_script_enabled=javascript, viewport=viewport, locale="nb-NO", bypass_csp=bypass_csp
        )
        self.context.set_default_timeout(10_000)
        self.page = self.context.new_page()
        self.foreign_requests: list[str] = []
        self.policy_violations: list[str] = []
        self.errors: list[str] = []
        # The page reports what the Content-Security-Policy blocked as an event, whether or not
        # the browser also says so on the console.
        self.context.add_init_script(VIOLATION_REPORTER)
        self.page.on("request", self._watch)
        self.page.on("console", self._watch_console)
        self.page.on("pageerror", lambda error: self.errors.append(f"{self.page.url}: {error}"))
        self.page.on("response", self._watch_response)
        self.closed = False

    def _watch(self, request):
        address = urlparse(request.url)
        if address.scheme in ("http", "https", "ws", "wss") and (
            address.netloc not in {urlparse(self.base_url).netloc, *self.other_netlocs}
        ):
            self.foreign_requests.append(request.url)

    def _watch_console(self, message):
        text = message.text
        if "Content Security Policy" in text or text.startswith(VIOLATION_PREFIX):
            self.policy_violations.append(f"{self.page.url}: {text}")
        elif message.type == "error" and not text.startswith("Failed to load resource"):
            # (A failed load is judged by _watch_response: a 4xx answer to a form is the
            # product telling the member what was wrong, and the tests assert on it.)
            self.errors.append(f"{self.page.url}: {text}")

    def _watch_response(self, response):
        kind = response.request.resource_type
        if response.status >= 500 or (response.status >= 400 and kind in ASSET_KINDS):
            self.errors.append(f"{response.status} for {kind} {response.url}")

    def log_in_as(self, email: str):
        """Start a session for a demo user without going through the form (the keyboard
        journey tests the form itself)."""
        client = Client()
        client.force_login(User.objects.get(email=email))
        self.context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": self.base_url,
                }
            ]
        )

    def goto(self, path: str):
        return self.page.goto(self.base_url + path)

    def close(self):
        if not self.closed:
            self.context.close()
            self.closed = True

    def save_artifacts(self, name: str):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:150]
        self.page.screenshot(path=ARTIFACTS / f"{stem}.png", full_page=True)
        (ARTIFACTS / f"{stem}.html").write_text(self.page.content(), encoding="utf-8")


@pytest.fixture
def browsing(browser, live_server, request):
    """Open a browsing session; on failure, keep a screenshot and the HTML of every page."""
    sessions = []

    def open_session(**kwargs):
        session = Browsing(browser, live_server.url, **kwargs)
        sessions.append(session)
        return session

    yield open_session
    failed = getattr(request.node, "report_call", None) and request.node.report_call.failed
    for number, session in enumerate(sessions):
        if failed and not session.closed:
            session.save_artifacts(f"{request.node.nodeid}-{number}")
        session.close()
    # Whatever the test was about: no page may ask another host for anything (member pages
    # reveal political opinion), and nothing may break the Content-Security-Policy.
    # And no page may log an error, throw, or fail to load its own styles, scripts or images.
    leaks = [url for session in sessions for url in session.foreign_requests]
    blocked = [text for session in sessions for text in session.policy_violations]
    errors = [text for session in sessions for text in session.errors]
    if not failed and (leaks or blocked or errors):
        pytest.fail(
            f"requests to other hosts: {leaks}; CSP violations: {blocked}; "
            f"console errors: {errors}",
            pytrace=False,
        )
