"""Members of the site, for locust (`manage.py load_test` runs it; by hand:
`.venv/bin/locust -f devtools/locust/members.py --headless -u 300 -r 5 -H http://127.0.0.1:8000`).

`Member` behaves as a member in a browser: loads the login page and its static files, types the
address and password (one PBKDF2 check on the server), lands on "Mine kurs", then, with think
time between pages, opens the catalogue, goes on with a course (or picks another), reads a few
of its modules from where they left off, marks those without a quiz completed and takes the
quizzes they meet: starts one, answers the questions one at a time through htmx (a random
option, as real members are sometimes wrong), hands in the last answer with the form and reads
the result. A static file is fetched once per member, as a browser caches it.
`FloorMember` logs in the same way and then asks for a bare Wagtail page (/personvern/): the floor.

Every request is checked: a status other than the one the page answers a browser with, a
redirect to the login page, or a page without the link or form the member needs next is a
failure, and that member stops. When every member has logged in (or failed to), the measured
window begins; with --measure-seconds the run ends that long after. On quitting it prints one
table (the log-ins on their own line, then the browsing and quiz requests before and in the
window) and writes the figures as JSON (--summary)."""

import itertools
import json
import random
import re
import time
from html import unescape
from http.cookiejar import DefaultCookiePolicy
from urllib.parse import urlencode

import gevent
from locust import FastHttpUser, events, task
from locust.exception import StopUser

LOGIN_PATH = "/konto/logg-inn/"
LANDING_PATH = "/mine-kurs/"
CATALOGUE_PATH = "/kurs/"
FLOOR_PATH = "/personvern/"

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STATIC = re.compile(r'(?:href|src)="(/static/[^"]+)"')
COURSE = re.compile(r'class="course-card__title"><a href="([^"]+)"')
MODULE = re.compile(r'class="module-list__title"><a href="([^"]+)"')
RESUME = re.compile(r'<a class="button" href="([^"]+)">')
QUIZ = re.compile(r'<section class="quiz".*?</section>', re.DOTALL)
COMPLETION = re.compile(r'<section class="panel completion".*?</section>', re.DOTALL)
FORM_ACTION = re.compile(r'<form method="post" action="([^"]+)"')
QUESTION = re.compile(
    r'<fieldset class="question[^"]*" id="sporsmal-([^"]+)"(.*?)</fieldset>', re.DOTALL
)
OPTION = re.compile(r'<input type="(radio|checkbox)" id="[^"]+" name="svar-[^"]+" value="([^"]+)"')
ATTEMPT = re.compile(r"^/quiz/forsok/[0-9a-f-]+/$")

# The members' choices: nothing secret, so a plain generator.
chance = random.Random()  # noqa: S311

# What each request is, for the table: its group, then its own line.
GROUPS = {
    "log-in page": "log-in",
    "log in (POST, password check)": "log-in",
    "my courses (after log-in)": "log-in",
    "static file": "static",
    "catalogue": "browsing",
    "course": "browsing",
    "module": "browsing",
    "module completed (POST, htmx)": "browsing",
    "quiz start (POST)": "quiz",
    "quiz attempt": "quiz",
    "quiz answer (POST, htmx)": "quiz",
    "quiz hand-in (POST)": "quiz",
    "quiz result": "quiz",
    "floor: /personvern/": "floor",
}


@events.init_command_line_parser.add_listener
def _arguments(parser):
    parser.add_argument("--account-pattern", default="last.medlem{:03d}@example.org")
    parser.add_argument("--accounts", type=int, default=300, help="how many accounts exist")
    parser.add_argument("--password", env_var="LOAD_PASSWORD", default="", is_secret=True)
    parser.add_argument("--think-min", type=float, default=3.0, help="seconds between pages")
    parser.add_argument("--think-max", type=float, default=15.0)
    parser.add_argument(
        "--settle-seconds",
        type=float,
        default=0,
        help="begin the window this long after the last member has logged in",
    )
    parser.add_argument(
        "--measure-seconds",
        type=float,
        default=0,
        help="end the run this long after the last member has logged in (0: at --run-time)",
    )
    parser.add_argument("--summary", default="", help="write the figures here as JSON")
    parser.add_argument("--window-mark", default="", help="a file to create when it begins")
    parser.add_argument("--seed", type=int, default=None, help="for the same choices again")


class Run:
    """What this process measured: every request with its start, time and outcome, and when
    the last member finished logging in (the window starts then)."""

    environment = None
    accounts = itertools.count()
    logged_in = 0
    log_ins_over = 0  # logged in, or failed to
    log_ins_end: float | None = None  # when the last member had logged in (or failed to)
    window_start: float | None = None
    window_end: float | None = None
    records: list[tuple[str, float, float, bool]] = []  # (name, start, ms, failed)
    failures: dict[str, int] = {}


@events.request.add_listener
def _record(name, start_time, response_time, exception, **kwargs):
    Run.records.append((name, start_time, response_time, exception is not None))
    if exception is not None:
        message = f"{name}: {exception}"
        Run.failures[message] = Run.failures.get(message, 0) + 1


@events.init.add_listener
def _remember(environment, **kwargs):
    Run.environment = environment
    if environment.parsed_options and environment.parsed_options.seed is not None:
        chance.seed(environment.parsed_options.seed)


@events.spawning_complete.add_listener
def _end_when_nobody_is_left(user_count, **kwargs):
    """Members stop at their first failure; when none is left, the run is over."""

    def watch(runner):
        while runner.user_count:
            gevent.sleep(1)
        runner.quit()

    gevent.spawn(watch, Run.environment.runner)


def _log_in_over(environment) -> None:
    """One more member has logged in, or failed to: when all have, the window begins (after
    --settle-seconds, in which the requests that queued behind the last password checks are
    answered; they get a line of their own)."""
    Run.log_ins_over += 1
    if Run.log_ins_end is None and Run.log_ins_over >= environment.runner.target_user_count:
        options = environment.parsed_options
        Run.log_ins_end = time.time()
        Run.window_start = Run.log_ins_end + options.settle_seconds
        gevent.spawn_later(options.settle_seconds, _window_begins, environment)


def _window_begins(environment) -> None:
    options = environment.parsed_options
    if options.window_mark:
        open(options.window_mark, "w").close()
    if options.measure_seconds:
        gevent.spawn_later(options.measure_seconds, environment.runner.quit)


class Browser(FastHttpUser):
    """A member's browser: cookies (the session and the CSRF cookie), a cache of static files,
    and the checks every page must pass."""

    abstract = True
    network_timeout = 60.0
    connection_timeout = 60.0

    def wait_time(self):
        options = self.environment.parsed_options
        return chance.uniform(options.think_min, options.think_max)

    def on_start(self):
        # The session and CSRF cookies are Secure in production; this plain-HTTP client to
        # 127.0.0.1 sends them anyway, as browsers do to localhost.
        self.client.cookiejar.set_policy(
            DefaultCookiePolicy(secure_protocols=("https", "wss", "http"))
        )
        self.cached: set[str] = set()
        options = self.environment.parsed_options
        self.email = options.account_pattern.format(next(Run.accounts) % options.accounts)
        try:
            form = self.page("log-in page", LOGIN_PATH)
            self.think()
            self.post(
                "log in (POST, password check)",
                LOGIN_PATH,
                {
                    "csrfmiddlewaretoken": self.token(form, "log-in page"),
                    "username": self.email,
                    "password": options.password,
                    "next": "",
                },
                redirect_to=LANDING_PATH,
            )
            self.page("my courses (after log-in)", LANDING_PATH)
            Run.logged_in += 1
        finally:
            _log_in_over(self.environment)

    def think(self) -> None:
        self.wait()  # the think time, and where locust may stop this member

    def page(self, name: str, path: str, headers: dict | None = None) -> str:
        """GET a page that must answer 200, then the static files it uses that are not cached."""
        with self.client.get(
            path, name=name, headers=headers, allow_redirects=False, catch_response=True
        ) as response:
            text = response.text or ""
            if response.status_code != 200:
                where = response.headers.get("Location", "") if response.headers else ""
                response.failure(f"{path} answered {response.status_code} {where}".strip())
                raise StopUser  # this member cannot go on: the failure is counted, the run too
        for asset in STATIC.findall(text):
            if asset not in self.cached:
                self.cached.add(asset)
                self.client.get(asset, name="static file")
        return text

    def post(
        self,
        name: str,
        path: str,
        fields: dict,
        *,
        redirect_to: str | re.Pattern = "",
        headers: dict | None = None,
    ) -> str:
        """POST a form (a field may have several values: a list); it must answer a redirect to
        `redirect_to` (a path, or a pattern), or, without one, 200. Returns where it redirects,
        or the page."""
        with self.client.post(
            path,
            data=urlencode(fields, doseq=True),
            headers={"Content-Type": "application/x-www-form-urlencoded", **(headers or {})},
            name=name,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            location = (response.headers.get("Location", "") if response.headers else "") or ""
            if redirect_to:
                matches = (
                    redirect_to.match(location)
                    if isinstance(redirect_to, re.Pattern)
                    else location == redirect_to
                )
                if response.status_code != 302 or not matches:
                    response.failure(f"{path} answered {response.status_code} {location}".strip())
                    raise StopUser
                return location
            if response.status_code != 200:
                response.failure(f"{path} answered {response.status_code}")
                raise StopUser
            return response.text or ""

    def token(self, page: str, name: str) -> str:
        found = CSRF.search(page)
        if found is None:
            self.fail(name, "has no CSRF token")
        return found.group(1)

    def fail(self, name: str, reason: str):
        """A page without what the member needs next: a failure of its own, and this member
        stops."""
        events.request.fire(
            request_type="CHECK",
            name=name,
            response_time=0,
            response_length=0,
            exception=AssertionError(f"{name} {reason}"),
            context={},
            start_time=time.time(),
            url="",
            response=None,
        )
        raise StopUser


class Member(Browser):
    """Browses the catalogue and courses, reads modules and takes quizzes, with think time
    between pages (--think-min/--think-max; 0 for the capacity run)."""

    def on_start(self):
        super().on_start()
        self.steps = self.journey()

    @task
    def step(self):
        next(self.steps)  # one page; locust then waits the think time

    def journey(self):
        current = None  # the course this member is taking
        while True:
            courses = [
                unescape(url) for url in COURSE.findall(self.page("catalogue", CATALOGUE_PATH))
            ]
            if not courses:
                self.fail("catalogue", "lists no course")
            yield
            # Most go on with the course they began; some look at another.
            if current not in courses or chance.random() < 0.2:
                current = chance.choice(courses)
            course = self.page("course", current)
            modules = [unescape(url) for url in MODULE.findall(course)]
            if not modules:
                self.fail("course", "links to no module")
            resume = RESUME.search(course)  # "Start the course" or "Continue where you left off"
            resume_url = unescape(resume.group(1)) if resume else ""
            start = modules.index(resume_url) if resume_url in modules else 0
            yield
            for url in modules[start : start + chance.randint(1, 3)]:
                module = self.page("module", url)
                yield
                for section in QUIZ.findall(module):
                    action = FORM_ACTION.search(section)
                    if action:  # else passed already, or waiting before another attempt
                        yield from self.quiz(unescape(action.group(1)), section)
                completion = COMPLETION.search(module)
                action = FORM_ACTION.search(completion.group(0)) if completion else None
                if action:  # a module without a quiz: the member marks it completed
                    self.post(
                        "module completed (POST, htmx)",
                        unescape(action.group(1)),
                        {"csrfmiddlewaretoken": self.token(completion.group(0), "module")},
                        headers={"HX-Request": "true"},
                    )
                    yield

    def quiz(self, start_url: str, section: str):
        attempt = self.post(
            "quiz start (POST)",
            start_url,
            {"csrfmiddlewaretoken": self.token(section, "module")},
            redirect_to=ATTEMPT,
        )
        page = self.page("quiz attempt", attempt)
        token = self.token(page, "quiz attempt")
        questions = [
            (question_id, OPTION.findall(body)) for question_id, body in QUESTION.findall(page)
        ]
        if not questions or not all(options for _, options in questions):
            self.fail("quiz attempt", "has no questions to answer")
        *one_by_one, last = [(qid, self.choose(options)) for qid, options in questions]
        for question_id, chosen in one_by_one:
            yield
            self.post(
                "quiz answer (POST, htmx)",
                f"{attempt}svar/",
                {
                    "csrfmiddlewaretoken": token,
                    "sporsmal": question_id,
                    f"svar-{question_id}": chosen,
                },
                headers={"HX-Request": "true", "X-CSRFToken": token},
            )
        yield
        question_id, chosen = last
        result = self.post(
            "quiz hand-in (POST)",
            f"{attempt}lever/",
            {"csrfmiddlewaretoken": token, f"svar-{question_id}": chosen},
            redirect_to=f"{attempt}resultat/",
        )
        self.page("quiz result", result)
        yield

    @staticmethod
    def choose(options: list[tuple[str, str]]) -> list[str]:
        """A random answer: one option of a single-choice question, one or more of a multiple."""
        ids = [option_id for _, option_id in options]
        if options[0][0] == "checkbox":
            return chance.sample(ids, chance.randint(1, len(ids)))
        return [chance.choice(ids)]


class FloorMember(Browser):
    """The same member on the bare page, again and again: the floor."""

    @task
    def floor(self):
        self.page("floor: /personvern/", FLOOR_PATH)


def _percentile(values: list[float], share: float) -> float:
    return values[max(0, int(len(values) * share + 0.5) - 1)] if values else 0.0


def _line(label: str, times: list[float], failed: int) -> dict:
    times = sorted(times)
    return {
        "label": label,
        "requests": len(times),
        "failures": failed,
        "median": _percentile(times, 0.5),
        "p95": _percentile(times, 0.95),
        "p99": _percentile(times, 0.99),
        "max": times[-1] if times else 0.0,
    }


def summary(environment) -> dict:
    start = Run.window_start or float("inf")
    end = Run.window_end or time.time()
    lines = []

    def add(label, keep):
        chosen = [(ms, failed) for name, at, ms, failed in Run.records if keep(name, at)]
        lines.append(_line(label, [ms for ms, _ in chosen], sum(failed for _, failed in chosen)))

    group = GROUPS.get
    add("log-ins: page + POST + landing", lambda name, at: group(name) == "log-in")
    add("  of which POST (password check)", lambda name, at: name.startswith("log in (POST"))
    add("static files (once per member)", lambda name, at: group(name) == "static")
    ramp_end = Run.log_ins_end or float("inf")
    add(
        "browsing + quiz, during log-ins",
        lambda n, at: group(n) in ("browsing", "quiz") and at < ramp_end,
    )
    if start > ramp_end:
        add(
            f"browsing + quiz, first {start - ramp_end:.0f} s after",
            lambda n, at: group(n) in ("browsing", "quiz") and ramp_end <= at < start,
        )
    in_window = lambda names: lambda n, at: group(n) in names and at >= start  # noqa: E731
    add("browsing + quiz, after log-ins", in_window(("browsing", "quiz")))
    add("  browsing", in_window(("browsing",)))
    add("  quiz", in_window(("quiz",)))
    for name, kind in GROUPS.items():
        if kind in ("browsing", "quiz"):
            add(f"    {name}", lambda n, at, name=name: n == name and at >= start)
    add("floor: /personvern/, after log-ins", in_window(("floor",)))
    window = max(0.0, end - start) if Run.window_start else 0.0
    measured = [
        r for r in Run.records if r[1] >= start and group(r[0]) in ("browsing", "quiz", "floor")
    ]
    return {
        "users": environment.runner.target_user_count if environment.runner else 0,
        "logged_in": Run.logged_in,
        "window_seconds": window,
        "window_requests": len(measured),
        "per_second": len(measured) / window if window else 0.0,
        "failures_total": sum(1 for r in Run.records if r[3]),
        "failures": Run.failures,
        "counts": {name: sum(1 for r in Run.records if r[0] == name) for name in GROUPS},
        "lines": [line for line in lines if line["requests"] or line["failures"]],
    }


def table(result: dict) -> str:
    heading = "requests failures median ms  p95 ms  p99 ms  max ms"
    rows = [f"{'':40}{heading}"]
    for line in result["lines"]:
        rows.append(
            f"{line['label']:38}{line['requests']:9d}{line['failures']:9d}{line['median']:10.1f}"
            f"{line['p95']:8.1f}{line['p99']:8.1f}{line['max']:8.0f}"
        )
    rows.append(
        f"window after the log-ins: {result['window_seconds']:.1f} s, "
        f"{result['per_second']:.1f} requests/s (browsing, quiz, floor)"
    )
    for message, count in sorted(result["failures"].items()):
        rows.append(f"FAILED {count} times: {message}")
    return "\n".join(rows)


@events.quitting.add_listener
def _report(environment, **kwargs):
    Run.window_end = time.time()
    result = summary(environment)
    result["table"] = table(result)
    print(result["table"], flush=True)
    if environment.parsed_options.summary:
        with open(environment.parsed_options.summary, "w", encoding="utf-8") as file:
            json.dump(result, file, indent=1)
