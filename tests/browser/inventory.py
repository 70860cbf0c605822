"""Every page a member, leader or the public sees, with who looks at it. The browser tests visit
each one; a new page is added here and nowhere else."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PageVisit:
    name: str
    path: str | Callable[[], str]  # a callable for addresses that exist only in the demo data
    user: str | None = None  # a demo login (see seed_demo), or None for an anonymous visitor
    status: int = 200
    url_name: str | None = None  # the Django URL name this visit covers, if it has one

    def __str__(self):
        return self.name

    def address(self) -> str:
        return self.path() if callable(self.path) else self.path


def attempt_path(email: str, quiz_title: str, suffix: str = "") -> Callable[[], str]:
    """The address of the member's newest attempt at the quiz (started now if they have none
    open and the page is the attempt itself)."""

    def path() -> str:
        from quizzes.models import Quiz, QuizAttempt
        from quizzes.services import quiz_attempt_start
        from skolering.models import User

        quiz = Quiz.objects.get(title=quiz_title, locale__language_code="nb")
        user = User.objects.get(email=email)
        if suffix:
            attempt = QuizAttempt.objects.filter(user=user, quiz=quiz).latest("started_at")
        else:
            attempt = quiz_attempt_start(user=user, quiz=quiz, return_path="/mine-kurs/")
        return f"/quiz/forsok/{attempt.pk}/{suffix}"

    return path


def certificate_path(email: str, course_slug: str) -> Callable[[], str]:
    """The verification address of the member's certificate for the course."""

    def path() -> str:
        from certificates.models import Certificate

        certificate = Certificate.objects.get(
            user__email=email, completion__course__slug=course_slug
        )
        return f"/kursbevis/{certificate.code}/"

    return path


def branch_address(path: str, slug: str) -> Callable[[], str]:
    """`path` with the demo branch's id in its query string."""

    def address() -> str:
        from skolering.models import Branch

        return f"{path}?lag={Branch.objects.get(slug=slug).pk}"

    return address


def export_job_path(email: str) -> Callable[[], str]:
    """The page of a people export the leader asks for now (made in the background; the tests'
    immediate backend makes it at once)."""

    def path() -> str:
        from compliance.export_jobs import people_export_create
        from skolering.models import User

        job = people_export_create(
            actor=User.objects.get(email=email), query="", fmt="csv", filename="skolering-status"
        )
        return f"/leder/personer/eksporter/{job.pk}/"

    return path


def run_path(branch_slug: str, prefix: str = "/samlinger/", suffix: str = "") -> Callable[[], str]:
    """The address of the demo's course run organised by the branch (with the first gathering's
    id in place of {gathering})."""

    def path() -> str:
        from gatherings.models import CourseRun

        run = CourseRun.objects.get(branch__slug=branch_slug)
        return f"{prefix}{run.pk}/" + suffix.format(gathering=run.gathering_list[0].pk)

    return path


PAGES = [
    PageVisit("home", "/"),
    PageVisit("home-as-member", "/", user="medlem@example.org"),
    PageVisit("privacy", "/personvern/"),
    PageVisit("accessibility-statement", "/tilgjengelighet/"),
    PageVisit("login", "/konto/logg-inn/", url_name="login"),
    PageVisit("password-reset", "/konto/glemt-passord/", url_name="password_reset"),
    PageVisit("password-reset-sent", "/konto/glemt-passord/sendt/", url_name="password_reset_done"),
    PageVisit(
        "password-reset-bad-link",
        "/konto/tilbakestill/MQ/ugyldig-lenke/",
        url_name="password_reset_confirm",
    ),
    PageVisit(
        "password-reset-complete",
        "/konto/tilbakestill/ferdig/",
        url_name="password_reset_complete",
    ),
    PageVisit("account-member", "/konto/", user="medlem@example.org", url_name="account"),
    PageVisit("account-leader", "/konto/", user="fylkesleder@example.org"),
    PageVisit("account-no-membership", "/konto/", user="redaktor@example.org"),
    PageVisit(
        "password-change", "/konto/passord/", user="medlem@example.org", url_name="password_change"
    ),
    PageVisit(
        "password-change-done",
        "/konto/passord/endret/",
        user="medlem@example.org",
        url_name="password_change_done",
    ),
    PageVisit("not-found", "/finnes-ikke/", status=404),
    # Courses
    PageVisit("catalogue", "/kurs/"),
    PageVisit("catalogue-member", "/kurs/", user="medlem@example.org"),
    PageVisit("catalogue-empty-track", "/kurs/?spor=annet", user="medlem@example.org"),
    PageVisit("course", "/kurs/grunnkurs/"),
    # Languages: the basic course in Nynorsk, a module in Northern Sámi (the interface in
    # Bokmål), and a course not translated, read with the Nynorsk interface.
    PageVisit("course-nynorsk", "/nn/kurs/grunnkurs/", user="nynorsk@example.org"),
    PageVisit(
        "module-nynorsk",
        "/nn/kurs/grunnkurs/slik-er-partiet-organisert/",
        user="nynorsk@example.org",
    ),
    PageVisit("course-untranslated-nynorsk", "/kurs/lederkurs/", user="nynorsk@example.org"),
    PageVisit("catalogue-nynorsk", "/nn/kurs/"),
    PageVisit("module-sami", "/se/moduler/slik-er-partiet-organisert/", user="medlem@example.org"),
    PageVisit(
        "module-english", "/en/moduler/slik-er-partiet-organisert/", user="medlem@example.org"
    ),
    PageVisit("course-in-progress", "/kurs/grunnkurs/", user="medlem@example.org"),
    PageVisit("course-completed", "/kurs/trygge-fellesskap/", user="tillitsvalgt@example.org"),
    PageVisit(
        "module-with-reflection",
        "/kurs/grunnkurs/fra-sak-til-vedtak/",
        user="medlem@example.org",
    ),
    PageVisit(
        "module-completed", "/kurs/grunnkurs/slik-er-partiet-organisert/", user="medlem@example.org"
    ),
    PageVisit(
        "module-with-facilitator-notes",
        "/kurs/lederkurs/inkluderende-moter/",
        user="leder@example.org",
    ),
    PageVisit("module-library", "/moduler/"),
    PageVisit("module-on-its-own", "/moduler/si-fra/", user="medlem@example.org"),
    PageVisit("local-sections", "/lokalt/"),
    PageVisit("local-sections-member", "/lokalt/", user="medlem@example.org"),
    PageVisit("branch-section", "/lokalt/bergen/", user="medlem@example.org"),
    PageVisit("local-course", "/lokalt/bergen/ny-i-bergen/", user="medlem@example.org"),
    PageVisit(
        "local-module-with-download",
        "/lokalt/bergen/ny-i-bergen/slik-jobber-vi-i-bergen/",
        user="medlem@example.org",
    ),
    # Quizzes
    PageVisit(
        "module-with-quiz-passed",
        "/kurs/trygge-fellesskap/plikten-til-a-handle/",
        user="leder@example.org",
    ),
    PageVisit(
        "module-with-quiz-failed",
        "/kurs/trygge-fellesskap/plikten-til-a-handle/",
        user="folkevalgt@example.org",
    ),
    PageVisit(
        "quiz-attempt-with-time-limit",
        attempt_path("medlem@example.org", "Quiz: Ny i Bergen"),
        user="medlem@example.org",
        url_name="quiz_attempt",
    ),
    PageVisit(
        "quiz-result-failed-answers-hidden",
        attempt_path("folkevalgt@example.org", "Quiz: Trygge fellesskap", "resultat/"),
        user="folkevalgt@example.org",
        url_name="quiz_result",
    ),
    PageVisit(
        "quiz-result-passed-with-answers",
        attempt_path("demo.medlem09@example.org", "Quiz: Medlem i partiet", "resultat/"),
        user="demo.medlem09@example.org",
    ),
    # Certificates
    PageVisit("certificate-check", "/kursbevis/", url_name="certificate_verify_form"),
    PageVisit("certificate-check-bad-code", "/kursbevis/?kode=tull", status=400),
    PageVisit(
        "certificate-valid",
        certificate_path("leder@example.org", "trygge-fellesskap"),
        url_name="certificate_verify",
    ),
    PageVisit("certificate-unknown", "/kursbevis/AAAA-BBBB-CCCC/", status=404),
    PageVisit("my-courses", "/mine-kurs/", user="medlem@example.org", url_name="my_courses"),
    PageVisit("my-courses-completed", "/mine-kurs/", user="leder@example.org"),
    PageVisit("my-courses-empty", "/mine-kurs/", user="redaktor@example.org"),
    PageVisit("my-data", "/mine-kurs/personvern/", user="medlem@example.org", url_name="my_data"),
    PageVisit("my-courses-required", "/mine-kurs/", user="tillitsvalgt@example.org"),
    # Leader dashboard
    PageVisit(
        "leader-dashboard-county",
        "/leder/",
        user="fylkesleder@example.org",
        url_name="leader_dashboard",
    ),
    PageVisit("leader-dashboard-national", "/leder/", user="sentralt@example.org"),
    PageVisit(
        "leader-dashboard-chapter", branch_address("/leder/", "arstad"), user="leder@example.org"
    ),
    PageVisit(
        "leader-people",
        "/leder/personer/",
        user="fylkesleder@example.org",
        url_name="leader_people",
    ),
    PageVisit(
        "leader-people-overdue",
        "/leder/personer/?status=forfalt&sorter=navn",
        user="fylkesleder@example.org",
    ),
    PageVisit("leader-people-nobody", "/leder/personer/?q=finnesikke", user="leder@example.org"),
    PageVisit(
        "leader-people-bad-filter",
        "/leder/personer/?status=tull",
        user="fylkesleder@example.org",
        status=400,
    ),
    PageVisit(
        "leader-export-job",
        export_job_path("fylkesleder@example.org"),
        user="fylkesleder@example.org",
        url_name="leader_export_job",
    ),
    PageVisit("leader-forbidden", "/leder/", user="medlem@example.org", status=403),
    # Gatherings: members
    PageVisit("course-with-gatherings", "/kurs/partiskolen-trinn-1/", user="medlem@example.org"),
    PageVisit("runs", "/samlinger/", user="medlem@example.org", url_name="gatherings:runs"),
    PageVisit("runs-none-open", "/samlinger/", user="redaktor@example.org"),
    PageVisit(
        "run-full-with-association-fields",
        run_path("vestland"),
        user="medlem@example.org",
        url_name="gatherings:run",
    ),
    PageVisit("run-with-a-place", run_path("vestland"), user="tillitsvalgt@example.org"),
    PageVisit("run-on-the-waiting-list", run_path("vestland"), user="demo.medlem09@example.org"),
    PageVisit("run-open", run_path("bergen"), user="medlem@example.org"),
    PageVisit(
        "run-outside-the-members-county",
        run_path("vestland"),
        user="demo.medlem30@example.org",
        status=404,
    ),
    PageVisit(
        "calendar-feed-settings",
        "/samlinger/kalender/",
        user="medlem@example.org",
        url_name="gatherings:feed",
    ),
    PageVisit("my-courses-with-gatherings", "/mine-kurs/", user="kursleder@example.org"),
    # Gatherings: course leaders
    PageVisit(
        "course-leader-runs",
        "/kursleder/",
        user="kursleder@example.org",
        url_name="gatherings:leader_runs",
    ),
    PageVisit("course-leader-runs-none", "/kursleder/", user="medlem@example.org"),
    PageVisit(
        "course-leader-run",
        run_path("vestland", "/kursleder/"),
        user="kursleder@example.org",
        url_name="gatherings:leader_run",
    ),
    PageVisit(
        "course-leader-attendance",
        run_path("vestland", "/kursleder/", "samling/{gathering}/"),
        user="kursleder@example.org",
        url_name="gatherings:attendance",
    ),
    PageVisit(
        "course-leader-material",
        run_path("vestland", "/kursleder/", "materiell/"),
        user="kursleder@example.org",
        url_name="gatherings:material",
    ),
    PageVisit(
        "course-leader-message",
        run_path("vestland", "/kursleder/", "melding/"),
        user="kursleder@example.org",
        url_name="gatherings:message",
    ),
    PageVisit(
        "course-leader-report",
        run_path("vestland", "/kursleder/", "rapport/"),
        user="kursleder@example.org",
        url_name="gatherings:report",
    ),
    PageVisit(
        "course-leader-run-of-another",
        run_path("vestland", "/kursleder/"),
        user="fylkesleder@example.org",
        status=404,
    ),
    # Gatherings: branch leaders
    PageVisit(
        "leader-course-runs-county",
        "/leder/samlinger/",
        user="fylkesleder@example.org",
        url_name="gatherings:branch_runs",
    ),
    PageVisit("leader-course-runs-municipality", "/leder/samlinger/", user="leder@example.org"),
]

# URL names that have no page of their own to look at: forms that post and redirect, and files.
NOT_PAGES = {
    "logout",
    "gatherings:signup",
    "gatherings:cancel",
    "gatherings:feed_reset",
    "gatherings:confirm",
    "gatherings:run_ics",
    "gatherings:calendar_feed",
    "gatherings:report_csv",
    "gatherings:report_pdf",
}
