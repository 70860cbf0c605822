"""Two app servers, as behind a load balancer: two gunicorn instances with the production settings
on two loopback ports, sharing one PostgreSQL database, one Redis cache and one media directory,
and a task worker (`manage.py db_worker`) beside them. What a member or leader does on one server
holds on the other:

- failed log-ins spread over both servers add up to one lock-out (the counts are in Redis);
- a session started on one is accepted by the other (sessions are in the database);
- reminders queued on one are sent by the worker, each exactly once, even with two workers;
- a document uploaded through the Wagtail admin on one is served by the other.

The browser here is a small cookie jar over http.client: cookies belong to the host, not the
port, as in a browser, and every request says it came through the TLS proxy."""

import datetime
import http.client
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from decimal import Decimal
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
import redis
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.models import Collection

from compliance.models import Audience, CourseRequirement, RequirementReminder
from courses.models import CourseIndexPage, CoursePage, Track
from devtools.factories import MembershipFactory, RoleAssignmentFactory, UserFactory
from skolering.models import Role
from skolering.site_content import ensure_home_page

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="two app servers share one PostgreSQL database; SQLite is a file on one machine "
    "(run with DATABASE_URL=postgres://…)",
)

ROOT = Path(settings.BASE_DIR)
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
REDIS_DB = 13  # this test's own database on the shared Redis server, flushed before and after
PASSWORD = "Riktig-passord-2026"
WRONG = "Feil-passord-2026"
START_SECONDS = 40


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cheap_hash(password: str) -> str:
    """A PBKDF2 hash the production settings accept, with few iterations: each wrong guess
    below is checked against it, and the full million would take a second each."""
    hasher = PBKDF2PasswordHasher()
    return hasher.encode(password, hasher.salt(), iterations=1000)


class Response:
    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes):
        self.status, self.headers, self.body = status, headers, body
        self.text = body.decode("utf-8", "replace")


class Browser:
    """One browser: its cookies go to every port of 127.0.0.1."""

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def request(self, port, method, path, *, body=b"", headers=None) -> Response:
        all_headers = {
            "X-Forwarded-Proto": "https",  # as the TLS proxy in front of both servers says
            "Host": f"127.0.0.1:{port}",
            **(headers or {}),
        }
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if method == "POST":
            all_headers["Origin"] = f"https://127.0.0.1:{port}"
        server = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            server.request(method, path, body=body, headers=all_headers)
            answer = server.getresponse()
            response = Response(answer.status, answer.headers, answer.read())
        finally:
            server.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response

    def get(self, port, path, **headers) -> Response:
        return self.request(port, "GET", path, headers=headers)

    def post(self, port, path, fields: dict, **headers) -> Response:
        return self.request(
            port,
            "POST",
            path,
            body=urllib.parse.urlencode(fields).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded", **headers},
        )

    def post_file(self, port, path, fields: dict, name: str, filename: str, content: bytes):
        boundary = secrets.token_hex(16)
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n'.encode()
            + f"{value}\r\n".encode()
            for key, value in fields.items()
        ]
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: text/plain\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request(
            port,
            "POST",
            path,
            body=body,
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )

    def form_token(self, port, path) -> str:
        page = self.get(port, path)
        assert page.status == 200, (path, page.status)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)

    def log_in(self, port, email, password) -> Response:
        token = self.form_token(port, "/konto/logg-inn/")
        return self.post(
            port,
            "/konto/logg-inn/",
            {"csrfmiddlewaretoken": token, "username": email, "password": password},
        )


def database_url() -> str:
    """The test database pytest-django made, for the servers to share with this process."""
    db = connection.settings_dict
    credentials = urllib.parse.quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + urllib.parse.quote(db["PASSWORD"], safe="")
    host = db["HOST"] or "127.0.0.1"
    return f"postgres://{credentials}@{host}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def shared_redis():
    client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=REDIS_DB)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.fail(f"Redis is not running on {REDIS_HOST}:{REDIS_PORT} (.ci/run starts it).")
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


@pytest.fixture
def production_env(tmp_path, shared_redis, transactional_db):
    """What both servers and the worker get: the production settings, one database, one Redis,
    one media directory; e-mail printed to the process's output, so that it can be counted."""
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="skolering.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=database_url(),
        CACHE_URL=f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}",
        CACHE_KEY_PREFIX="skolering-two-servers",
        MEDIA_ROOT=str(tmp_path / "media"),
        STATIC_ROOT=str(tmp_path / "static"),
        ALLOWED_HOSTS="127.0.0.1",
        EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend",
        LOG_LEVEL="WARNING",
    )
    env.pop("STORAGE_S3_BUCKET", None)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=120,
    )
    return env


class Processes:
    """Processes this test started, each in its own process group, ended however the test ends."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.started: list[tuple[subprocess.Popen, Path]] = []

    def start(self, name: str, args: list[str], env: dict) -> tuple[subprocess.Popen, Path]:
        log = self.directory / f"{name}.log"
        with log.open("wb") as output:
            process = subprocess.Popen(  # noqa: S603 - this project's own programs
                args,
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.started.append((process, log))
        return process, log

    def stop_all(self):
        for process, _log in self.started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process, _log in self.started:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


@pytest.fixture
def processes(tmp_path):
    started = Processes(tmp_path)
    yield started
    started.stop_all()


@pytest.fixture
def two_servers(production_env, processes):
    """Two gunicorn instances on two free loopback ports; returns (port A, port B, logs)."""
    ports, logs = [], []
    for name in ("server-a", "server-b"):
        port = free_port()
        _process, log = processes.start(
            name,
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "skolering.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
                "--log-level",
                "warning",
            ],
            production_env,
        )
        ports.append(port)
        logs.append(log)
    deadline = time.monotonic() + START_SECONDS
    for port, log in zip(ports, logs, strict=True):
        while True:
            try:
                if Browser().get(port, "/konto/logg-inn/").status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"gunicorn on port {port} did not answer:\n{log.read_text()}")
            time.sleep(0.2)
    return ports[0], ports[1], logs


@pytest.fixture
def people(org, today):
    """A county leader who also administers the site, and an officer in Bergen whose required
    course was due long ago."""
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    index = ensure_home_page().add_child(instance=CourseIndexPage(title="Kurs", slug="kurs"))
    course = index.add_child(
        instance=CoursePage(
            title="Trygge fellesskap",
            slug="trygge-fellesskap",
            summary="Et kurs som noen må ta.",
            track=Track.PARTIKULTUR,
            audience="Tillitsvalgte",
            estimated_hours=Decimal(2),
        )
    )
    CourseRequirement.objects.create(
        course=course, audience=Audience.TILLITSVALGT, due_within_days=90
    )
    leader = UserFactory(email="fylkesleder@example.org", is_superuser=True)
    RoleAssignmentFactory(
        user=leader,
        branch=org.vestland,
        role=Role.LEDER,
        starts_on=today - datetime.timedelta(days=100),
    )
    officer = UserFactory(email="berit@example.org", first_name="Berit", last_name="Bergmann")
    MembershipFactory(
        user=officer, branch=org.bergen, joined_on=today - datetime.timedelta(days=400)
    )
    RoleAssignmentFactory(
        user=officer,
        branch=org.bergen,
        role=Role.TILLITSVALGT,
        starts_on=today - datetime.timedelta(days=200),
    )
    for user in (leader, officer):
        user.password = cheap_hash(PASSWORD)
        user.save(update_fields=["password"])
    return leader, officer


def test_two_app_servers_share_lockouts_sessions_tasks_and_media(
    two_servers, people, production_env, processes, shared_redis
):
    started = time.monotonic()
    a, b, server_logs = two_servers
    leader, officer = people

    # Wrong passwords for Berit, three on A and two on B: the fifth locks her out on both.
    attacker = Browser()
    for port in (a, a, a, b, b):
        refused = attacker.log_in(port, officer.email, WRONG)
        assert refused.status == 200 and "Feil e-postadresse eller passord" in refused.text
    locked = attacker.log_in(b, officer.email, PASSWORD)
    assert locked.status == 429, locked.status
    assert "For mange mislykkede innlogginger" in locked.text
    assert attacker.log_in(a, officer.email, PASSWORD).status == 429
    assert shared_redis.keys("skolering-two-servers:*throttle:login-client:*")

    # A session started on A is accepted by B.
    browser = Browser()
    logged_in = browser.log_in(a, leader.email, PASSWORD)
    assert logged_in.status == 302, logged_in.text
    assert "sessionid" in browser.cookies
    on_b = browser.get(b, "/leder/personer/")
    assert on_b.status == 200 and "Bergmann" in on_b.text
    assert Browser().get(b, "/leder/personer/").status == 302  # no session: log in first

    # Reminders pressed on A are queued, not sent inside the request.
    token = browser.form_token(b, "/leder/personer/")
    pressed = browser.post(a, "/leder/personer/paminnelser/", {"csrfmiddlewaretoken": token})
    assert pressed.status == 302, pressed.text
    assert urllib.parse.urlsplit(pressed.headers["Location"]).path == "/leder/personer/"
    reminder = RequirementReminder.objects.get()
    assert reminder.user == officer
    task = DBTaskResult.objects.get(task_path="compliance.tasks.send_requirement_reminders")
    assert task.status == TaskResultStatus.READY
    assert officer.email not in "".join(log.read_text() for log in server_logs)

    # A document uploaded through the Wagtail admin on A is served by B.
    content = "Sjekkliste for medlemsmøtet – Kárášjohka\n".encode()
    token = browser.form_token(a, "/admin/documents/add/")
    uploaded = browser.post_file(
        a,
        "/admin/documents/add/",
        {
            "csrfmiddlewaretoken": token,
            "title": "Sjekkliste",
            "collection": Collection.get_first_root_node().pk,
        },
        "file",
        "sjekkliste.txt",
        content,
    )
    assert uploaded.status == 302, uploaded.text
    document = get_document_model().objects.get(title="Sjekkliste")
    assert Path(production_env["MEDIA_ROOT"], document.file.name).read_bytes() == content
    served = Browser().get(b, urllib.parse.quote(document.url))
    assert served.status == 200 and served.body == content

    # Two workers race for the queue: the reminder is sent once, by one of them.
    worker_args = [
        sys.executable,
        "manage.py",
        "db_worker",
        "--batch",
        "--no-startup-delay",
        "--no-reload",
    ]
    workers = [processes.start(f"worker-{n}", worker_args, production_env) for n in (1, 2)]
    for process, log in workers:
        assert process.wait(timeout=40) == 0, log.read_text()
    output = "".join(log.read_text() for _process, log in workers)
    assert output.count(f"To: {officer.email}") == 1, output
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert len(task.worker_ids) == 1
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).exists()

    assert time.monotonic() - started < 60
