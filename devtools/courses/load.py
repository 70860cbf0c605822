"""The load test's members (manage.py load_test): each one browses the catalogue, a course and
its modules, and takes the quizzes it meets, over plain HTTP against a real server, the way a
browser without JavaScript would. Every request is timed; any answer of 400 or more, or a
failed connection, is an error."""

import http.client
import re
import secrets
import statistics
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

from courses.models import CoursePage
from courses.templatetags.course_tags import subpage_url
from skolering.models import Branch, Membership, User
from skolering.sessions import SessionStore

LOAD_COURSES = ("grunnkurs", "trygge-fellesskap")
ANSWER = re.compile(r'name="svar-([^"]+)" value="([^"]+)"')


def prepare(*, members: int) -> dict:
    """Members of Bergen, each with a logged-in session (made as the login view makes one, so
    that 50 password hashes do not take the first seconds), and the addresses they visit."""
    bergen = Branch.objects.get(slug="bergen")
    sessions = []
    for number in range(members):
        user, _ = User.objects.get_or_create(
            email=f"last{number:03d}@example.org",
            defaults={"first_name": "Last", "last_name": f"Test {number}"},
        )
        Membership.objects.get_or_create(user=user, defaults={"branch": bergen})
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "skolering.auth_backends.EmailBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        sessions.append(session.session_key)
    courses = []
    for course in CoursePage.objects.live().filter(slug__in=LOAD_COURSES).order_by("slug"):
        modules = []
        for item in course.course_modules.select_related("module").order_by("sort_order"):
            module = item.module.specific
            quizzes = [
                subpage_url(course, "quiz", module.slug, block_id)
                for block_id in module.quiz_blocks()
            ]
            modules.append({"url": f"{course.url}{module.slug}/", "quizzes": quizzes})
        courses.append({"url": course.url, "modules": modules})
    return {"sessions": sessions, "courses": courses}


@dataclass
class Timings:
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, ms: float, error: str = "") -> None:
        with self.lock:
            self.by_kind.setdefault(kind, []).append(ms)
            if error:
                self.errors.append(error)

    def all(self) -> list[float]:
        return sorted(ms for values in self.by_kind.values() for ms in values)


def percentile(sorted_values: list[float], share: float) -> float:
    return sorted_values[max(0, int(len(sorted_values) * share) - 1)] if sorted_values else 0.0


def summary(timings: Timings, seconds: float) -> dict:
    values = timings.all()
    return {
        "requests": len(values),
        "errors": len(timings.errors),
        "per_second": len(values) / seconds,
        "median": statistics.median(values) if values else 0.0,
        "p95": percentile(values, 0.95),
        "p99": percentile(values, 0.99),
        "by_kind": {
            kind: (len(ms), percentile(sorted(ms), 0.95))
            for kind, ms in sorted(timings.by_kind.items())
        },
    }


class Member:
    """One member's browser: a session cookie, a CSRF secret sent as cookie and as form field
    (Django accepts the unmasked secret), and nothing else."""

    def __init__(self, base_url: str, session_key: str, timings: Timings):
        self.netloc = urlsplit(base_url).netloc
        self.csrf = secrets.token_hex(16)  # 32 characters, as Django's secret
        self.cookie = f"sessionid={session_key}; csrftoken={self.csrf}"
        self.timings = timings

    def request(self, kind: str, method: str, path: str, form: dict | None = None):
        body = (
            urlencode({**(form or {}), "csrfmiddlewaretoken": self.csrf})
            if form is not None
            else None
        )
        headers = {"Cookie": self.cookie, "Host": self.netloc.split(":")[0]}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        try:
            connection = http.client.HTTPConnection(self.netloc, timeout=30)
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            connection.close()
        except OSError as error:
            self.timings.add(kind, (time.perf_counter() - started) * 1000, f"{path}: {error}")
            return 0, "", ""
        location = response.getheader("Location", "")
        error = f"{method} {path}: {response.status}" if response.status >= 400 else ""
        if "/konto/logg-inn/" in location:
            error = f"{method} {path}: sent to log in, the session was not accepted"
        self.timings.add(kind, (time.perf_counter() - started) * 1000, error)
        return response.status, location, text

    def take_quiz(self, start_url: str) -> None:
        status, location, _ = self.request("quiz start (POST)", "POST", start_url, {})
        if status != 302 or "/quiz/forsok/" not in location:
            return  # passed already, or waiting before another attempt: the module shows why
        attempt = urlsplit(location).path
        _, _, page = self.request("quiz attempt", "GET", attempt)
        answers: dict[str, str] = {}
        for question_id, option_id in ANSWER.findall(page):
            answers.setdefault(question_id, option_id)  # the first option of each question
        for question_id, option_id in answers.items():
            self.request(
                "quiz answer (POST)",
                "POST",
                f"{attempt}svar/",
                {"sporsmal": question_id, f"svar-{question_id}": option_id},
            )
        self.request(
            "quiz hand-in (POST)",
            "POST",
            f"{attempt}lever/",
            {f"svar-{question_id}": option for question_id, option in answers.items()},
        )
        self.request("quiz result", "GET", f"{attempt}resultat/")

    def browse(self, plan: dict, deadline: float) -> None:
        while time.monotonic() < deadline:
            self.request("catalogue", "GET", "/kurs/")
            for course in plan["courses"]:
                self.request("course", "GET", course["url"])
                for module in course["modules"]:
                    if time.monotonic() >= deadline:
                        return
                    self.request("module", "GET", module["url"])
                    for quiz in module["quizzes"]:
                        self.take_quiz(quiz)

    def floor(self, path: str, deadline: float) -> None:
        while time.monotonic() < deadline:
            self.request("floor", "GET", path)


def run(base_url: str, plan: dict, *, seconds: float, floor_path: str = "") -> Timings:
    """Every member in a thread of its own, for `seconds`: browsing and taking quizzes, or, with
    `floor_path`, asking for that one page again and again (the floor)."""
    timings = Timings()
    deadline = time.monotonic() + seconds
    threads = []
    for session_key in plan["sessions"]:
        member = Member(base_url, session_key, timings)
        target = member.floor if floor_path else member.browse
        argument = floor_path or plan
        threads.append(threading.Thread(target=target, args=(argument, deadline)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timings
