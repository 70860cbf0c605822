"""Who may open what: every URL the project defines, and every Wagtail page type, requested as
seven kinds of visitor, each answer asserted. The URLs are collected from the resolver (the
project's own views, and the Wagtail admin views of the project's models), so a new URL without
an entry here fails the test; so does a new page type.

Expected answers, in the order of ROLES. 200: shown; 302: sent elsewhere (to log in, or, in the
admin, back with "no permission"); 403: refused; 404: does not exist for this visitor; 405: not
with GET (state-changing endpoints are asked with POST, see POSTED); 400/410/429 as the view
defines them."""

from collections.abc import Callable
from dataclasses import dataclass
from io import StringIO

import pytest

from django.apps import apps
from django.core.management import call_command
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from wagtail.models import get_page_models

from compliance.export_jobs import people_export_create
from skolering.models import AuditEvent, User

PROJECT_APPS = {"skolering", "quizzes", "courses", "certificates", "compliance", "gatherings"}
ROLES = (
    "anonymous",
    "member",
    "officer",
    "municipal leader",
    "county leader",
    "editor",
    "superuser",
)
LOGINS = {
    "member": "medlem@example.org",
    "officer": "tillitsvalgt@example.org",
    "municipal leader": "leder@example.org",
    "county leader": "fylkesleder@example.org",
    "editor": "redaktor@example.org",
    "superuser": "admin@example.org",
}


@dataclass(frozen=True)
class Cell:
    """One URL: how to fill in its arguments from the demo data, and what each role gets."""

    statuses: tuple[int, int, int, int, int, int, int]
    args: Callable[[], list] = list
    method: str = "get"  # "post" for what changes something, asked with an empty form


def _pk(model: str, **lookup) -> Callable[[], list]:
    return lambda: [apps.get_model(model).objects.filter(**lookup).order_by("pk").first().pk]


def _user(email: str) -> Callable[[], list]:
    return _pk("skolering.User", email=email)


def _certificate_code(email: str) -> Callable[[], list]:
    return lambda: [apps.get_model("certificates.Certificate").objects.get(user__email=email).code]


def _attempt(email: str) -> Callable[[], list]:
    return lambda: [
        apps.get_model("quizzes.QuizAttempt")
        .objects.filter(user__email=email)
        .latest("started_at")
        .pk
    ]


def _quiz_revision() -> list:
    quiz = apps.get_model("quizzes.Quiz").objects.order_by("pk").first()
    return [quiz.pk, quiz.latest_revision.pk]


def _document() -> list:
    from wagtail.documents import get_document_model

    document = get_document_model().objects.order_by("pk").first()
    return [document.pk, document.filename]


# Everybody gets the same.
def same(status: int) -> tuple:
    return (status,) * len(ROLES)


ADMIN_ACCESS = (302, 302, 302, 302, 200, 200, 200)  # any access to the admin
ADMIN_ONLY = (302, 302, 302, 302, 302, 302, 200)  # the superuser alone
ADMIN_EDITOR = (302, 302, 302, 302, 302, 200, 200)  # national editors and the superuser
LOGGED_IN = (302, 200, 200, 200, 200, 200, 200)
LOCAL = (404, 200, 200, 200, 200, 200, 200)  # Bergen's own material: hidden from the public

BERGEN = _pk("skolering.Branch", slug="bergen")
MEMBERSHIP = _pk("skolering.Membership", user__email="medlem@example.org")
ROLE = _pk("skolering.RoleAssignment", user__email="leder@example.org")
EVENT = _pk("skolering.AuditEvent")
MEMBER = _user("medlem@example.org")
QUIZ = _pk("quizzes.Quiz")
EXTENSION = _pk("quizzes.QuizTimeExtension")
CERTIFICATE = _pk("certificates.Certificate", user__email="tillitsvalgt@example.org")
REQUIREMENT = _pk("compliance.CourseRequirement")
ATTEMPT = _attempt("tillitsvalgt@example.org")
EXPORT = _pk("compliance.PeopleExport", requested_by__email="fylkesleder@example.org")
# Vestland's run (reported to a study association; the officer and both leaders have places,
# the county leader administers it), and Bergen's, whose course leader is Bergen's leader.
VESTLAND_RUN = _pk("gatherings.CourseRun", branch__slug="vestland")
BERGEN_RUN = _pk("gatherings.CourseRun", branch__slug="bergen")
ASSOCIATION = _pk("gatherings.StudyAssociation")


def _first_gathering(run: Callable[[], list]) -> Callable[[], list]:
    def args() -> list:
        (run_id,) = run()
        gathering = apps.get_model("gatherings.Gathering").objects.filter(run_id=run_id)
        return [run_id, gathering.order_by("starts_at").first().pk]

    return args


ADMIN_RUNS = (302, 302, 302, 302, 200, 302, 200)  # training administrators and the superuser
# Views that find the run before they check rights: a run outside the editor's scope (none) is
# not found.
ADMIN_RUN_LOOKUP = (302, 302, 302, 302, 200, 404, 200)
COURSE_LEADER = (302, 404, 404, 200, 404, 404, 404)  # Bergen's run: its course leader alone
WITH_A_PLACE = (302, 404, 200, 200, 200, 404, 404)  # the calendar file of Vestland's run
VESTLAND_MEMBERS = (302, 200, 200, 200, 200, 404, 404)  # members in the county see its run


MATRIX: dict[str, Cell] = {
    "account": Cell(LOGGED_IN),
    "audit_report": Cell(ADMIN_ONLY),
    "audit_report_results": Cell(ADMIN_ONLY),
    "auditevent:add": Cell(same(302)),
    "auditevent:copy": Cell(same(302), EVENT),
    "auditevent:delete": Cell(same(302), EVENT),
    "auditevent:edit": Cell(same(302), EVENT),
    "auditevent:history": Cell(same(302), EVENT),
    "auditevent:history_results": Cell(same(302), EVENT),
    "auditevent:index": Cell(ADMIN_ONLY),
    "auditevent:index_results": Cell(ADMIN_ONLY),
    "auditevent:inspect": Cell(ADMIN_ONLY, EVENT),
    "auditevent:usage": Cell(same(302), EVENT),
    "branch:add": Cell(ADMIN_ONLY),
    "branch:copy": Cell(ADMIN_ONLY, BERGEN),
    "branch:delete": Cell(ADMIN_ONLY, BERGEN),
    "branch:edit": Cell(ADMIN_ONLY, BERGEN),
    "branch:history": Cell(ADMIN_ONLY, BERGEN),
    "branch:history_results": Cell(ADMIN_ONLY, BERGEN),
    "branch:index": Cell(ADMIN_ONLY),
    "branch:index_results": Cell(ADMIN_ONLY),
    "branch:inspect": Cell(ADMIN_ONLY, BERGEN),
    "branch:usage": Cell(ADMIN_ONLY, BERGEN),
    "branch_chooser:choose": Cell(ADMIN_ACCESS),
    "branch_chooser:choose_results": Cell(ADMIN_ACCESS),
    "branch_chooser:chosen": Cell(ADMIN_ACCESS, BERGEN),
    "branch_chooser:chosen_multiple": Cell(ADMIN_ACCESS),
    "branch_chooser:create": Cell(ADMIN_ONLY),
    # A certificate's PDF is its holder's alone (the officer holds this one).
    "certificate_pdf": Cell(
        (302, 404, 200, 404, 404, 404, 404), _certificate_code("tillitsvalgt@example.org")
    ),
    # Turning the public check off or on: the holder's alone; an empty form is a 400.
    "certificate_public_check": Cell(
        (302, 404, 400, 404, 404, 404, 404),
        _certificate_code("tillitsvalgt@example.org"),
    ),
    "certificate_verify": Cell(same(200), _certificate_code("tillitsvalgt@example.org")),
    "certificate_verify_form": Cell(same(200)),
    "certificates:add": Cell(same(302)),
    "certificates:delete": Cell(same(302), CERTIFICATE),
    "certificates:edit": Cell(ADMIN_ONLY, CERTIFICATE),
    "certificates:history": Cell(ADMIN_ONLY, CERTIFICATE),
    "certificates:history_results": Cell(ADMIN_ONLY, CERTIFICATE),
    "certificates:index": Cell(ADMIN_ONLY),
    "certificates:index_results": Cell(ADMIN_ONLY),
    "certificates:inspect": Cell(ADMIN_ONLY, CERTIFICATE),
    "certificates:usage": Cell(ADMIN_ONLY, CERTIFICATE),
    # The county leader also administers Vestland's requirements; the one pointed at here is
    # national, so it does not exist for him. The editor has the admin but no rights here.
    "course_requirements:add": Cell((302, 302, 302, 302, 200, 302, 200)),
    "course_requirements:copy": Cell((302, 302, 302, 302, 200, 302, 200), REQUIREMENT),
    "course_requirements:delete": Cell((302, 302, 302, 302, 404, 404, 200), REQUIREMENT),
    "course_requirements:edit": Cell((302, 302, 302, 302, 404, 302, 200), REQUIREMENT),
    "course_requirements:history": Cell((302, 302, 302, 302, 200, 302, 200), REQUIREMENT),
    "course_requirements:history_results": Cell((302, 302, 302, 302, 200, 302, 200), REQUIREMENT),
    "course_requirements:index": Cell((302, 302, 302, 302, 200, 302, 200)),
    "course_requirements:index_results": Cell((302, 302, 302, 302, 200, 302, 200)),
    "course_requirements:usage": Cell((302, 302, 302, 302, 200, 302, 200), REQUIREMENT),
    # Leaders of Bergen and of Vestland; the others hold no leading role.
    "leader_dashboard": Cell((302, 403, 403, 200, 200, 403, 403)),
    # Course runs: members see those of their branch and above; course leaders their own runs'
    # participants; branch leaders their branches' runs.
    "gatherings:runs": Cell(LOGGED_IN),
    "gatherings:run": Cell(VESTLAND_MEMBERS, VESTLAND_RUN),
    # An empty form: the study association's fields are missing (400).
    "gatherings:signup": Cell((302, 400, 400, 400, 400, 404, 404), VESTLAND_RUN, "post"),
    # The course has started: no one is taken off, each is sent back with why.
    "gatherings:cancel": Cell((302, 302, 302, 302, 302, 404, 404), VESTLAND_RUN, "post"),
    "gatherings:run_ics": Cell(WITH_A_PLACE, VESTLAND_RUN),
    "gatherings:feed": Cell(LOGGED_IN),
    "gatherings:feed_reset": Cell(same(302), method="post"),
    "gatherings:calendar_feed": Cell(same(404), lambda: ["ukjent-adresse"]),
    "gatherings:leader_runs": Cell(LOGGED_IN),
    "gatherings:leader_run": Cell(COURSE_LEADER, BERGEN_RUN),
    "gatherings:attendance": Cell(COURSE_LEADER, _first_gathering(BERGEN_RUN)),
    "gatherings:material": Cell(COURSE_LEADER, BERGEN_RUN),
    "gatherings:message": Cell(COURSE_LEADER, BERGEN_RUN),
    "gatherings:report": Cell(COURSE_LEADER, BERGEN_RUN),
    "gatherings:confirm": Cell((302, 404, 404, 302, 404, 404, 404), BERGEN_RUN, "post"),
    # Bergen's run is reported to no association: it has no attendance list to export.
    "gatherings:report_csv": Cell((302, 404, 404, 404, 404, 404, 404), BERGEN_RUN),
    "gatherings:report_pdf": Cell((302, 404, 404, 404, 404, 404, 404), BERGEN_RUN),
    "gatherings:branch_runs": Cell((302, 403, 403, 200, 200, 403, 403)),
    # Course runs in the admin: the county leader administers training in Vestland; the editor
    # has the admin but no rights here.
    "course_runs:add": Cell(ADMIN_RUNS),
    "course_runs:copy": Cell(ADMIN_RUNS, VESTLAND_RUN),
    # Bergen's run has no sign-ups; one that has is cancelled, not deleted (its edit page).
    "course_runs:delete": Cell(ADMIN_RUN_LOOKUP, BERGEN_RUN),
    "course_runs:edit": Cell(ADMIN_RUNS, VESTLAND_RUN),
    "course_runs:history": Cell(ADMIN_RUN_LOOKUP, VESTLAND_RUN),
    "course_runs:history_results": Cell(ADMIN_RUN_LOOKUP, VESTLAND_RUN),
    "course_runs:index": Cell(ADMIN_RUNS),
    "course_runs:index_results": Cell(ADMIN_RUNS),
    "course_runs:usage": Cell(ADMIN_RUN_LOOKUP, VESTLAND_RUN),
    # Study associations: the training administrators may look them up, the superuser changes.
    "study_associations:add": Cell(ADMIN_ONLY),
    "study_associations:copy": Cell(ADMIN_ONLY, ASSOCIATION),
    "study_associations:delete": Cell(ADMIN_ONLY, ASSOCIATION),
    "study_associations:edit": Cell(ADMIN_ONLY, ASSOCIATION),
    "study_associations:history": Cell(ADMIN_ONLY, ASSOCIATION),
    "study_associations:history_results": Cell(ADMIN_ONLY, ASSOCIATION),
    "study_associations:index": Cell(ADMIN_RUNS),
    "study_associations:index_results": Cell(ADMIN_RUNS),
    "study_associations:usage": Cell(ADMIN_ONLY, ASSOCIATION),
    "leader_export_csv": Cell((302, 403, 403, 200, 200, 403, 403)),
    "leader_export_xlsx": Cell((302, 403, 403, 200, 200, 403, 403)),
    # A background export (demo_site makes one for the county leader): his alone. Starting one
    # with an empty form is a 400 for a leader.
    "leader_export_download": Cell((302, 404, 404, 404, 200, 404, 404), EXPORT),
    "leader_export_job": Cell((302, 404, 404, 404, 200, 404, 404), EXPORT),
    "leader_export_start": Cell((302, 403, 403, 400, 400, 403, 403)),
    "leader_people": Cell((302, 403, 403, 200, 200, 403, 403)),
    "leader_reminder_status": Cell((302, 403, 403, 302, 302, 403, 403)),  # htmx asks for 200
    "leader_reminders": Cell((302, 403, 403, 302, 302, 403, 403)),
    "leader_reminders_retry": Cell((302, 403, 403, 302, 302, 403, 403)),
    # The language switcher: open to all; an empty form names no language.
    "language_choose": Cell(same(400)),
    "login": Cell((200, 302, 302, 302, 302, 302, 302)),
    "logout": Cell(same(302)),
    # The people register: only for those who assign memberships, roles or extra time.
    "member_chooser:choose": Cell(ADMIN_ONLY),
    "member_chooser:choose_results": Cell(ADMIN_ONLY),
    "member_chooser:chosen": Cell(ADMIN_ONLY, MEMBER),
    "member_chooser:chosen_multiple": Cell(ADMIN_ONLY),
    "member_chooser:create": Cell(ADMIN_ONLY),
    "membership:add": Cell(ADMIN_ONLY),
    "membership:copy": Cell(ADMIN_ONLY, MEMBERSHIP),
    "membership:delete": Cell(ADMIN_ONLY, MEMBERSHIP),
    "membership:edit": Cell(ADMIN_ONLY, MEMBERSHIP),
    "membership:history": Cell(ADMIN_ONLY, MEMBERSHIP),
    "membership:history_results": Cell(ADMIN_ONLY, MEMBERSHIP),
    "membership:index": Cell(ADMIN_ONLY),
    "membership:index_results": Cell(ADMIN_ONLY),
    "membership:usage": Cell(ADMIN_ONLY, MEMBERSHIP),
    "my_courses": Cell(LOGGED_IN),
    "my_data": Cell(LOGGED_IN),
    "my_data_erase": Cell((302, 400, 400, 400, 400, 400, 400)),
    "my_data_export": Cell((302, 400, 400, 400, 400, 400, 400)),
    # Single sign-on is off in the tests' settings: 404 (tests/register/test_oidc.py turns it on).
    "oidc_authentication_callback": Cell(same(404)),
    "oidc_authentication_init": Cell(same(404)),
    "oidc_refused": Cell(same(404)),
    "password_change": Cell(LOGGED_IN),
    "password_change_done": Cell(LOGGED_IN),
    "password_reset": Cell(same(200)),
    "password_reset_complete": Cell(same(200)),
    "password_reset_confirm": Cell(same(200), lambda: ["MQ", "ugyldig-lenke"]),
    "password_reset_done": Cell(same(200)),
    # The officer's finished attempt: hers alone (it answers her with its result page).
    "quiz_answer": Cell((302, 404, 302, 404, 404, 404, 404), ATTEMPT),
    "quiz_attempt": Cell((302, 404, 302, 404, 404, 404, 404), ATTEMPT),
    "quiz_question_report": Cell(ADMIN_EDITOR, QUIZ),
    "quiz_question_report_results": Cell(ADMIN_EDITOR, QUIZ),
    "quiz_report": Cell(ADMIN_EDITOR),
    "quiz_report_results": Cell(ADMIN_EDITOR),
    "quiz_result": Cell((302, 404, 200, 404, 404, 404, 404), ATTEMPT),
    "quiz_retry": Cell((302, 404, 302, 404, 404, 404, 404), ATTEMPT),
    "quiz_submit": Cell((302, 404, 302, 404, 404, 404, 404), ATTEMPT),
    "quiztimeextension:add": Cell(ADMIN_ONLY),
    "quiztimeextension:copy": Cell(ADMIN_ONLY, EXTENSION),
    "quiztimeextension:delete": Cell(ADMIN_ONLY, EXTENSION),
    "quiztimeextension:edit": Cell(ADMIN_ONLY, EXTENSION),
    "quiztimeextension:history": Cell(ADMIN_ONLY, EXTENSION),
    "quiztimeextension:history_results": Cell(ADMIN_ONLY, EXTENSION),
    "quiztimeextension:index": Cell(ADMIN_ONLY),
    "quiztimeextension:index_results": Cell(ADMIN_ONLY),
    "quiztimeextension:usage": Cell(ADMIN_ONLY, EXTENSION),
    "roleassignment:add": Cell(ADMIN_ONLY),
    "roleassignment:copy": Cell(ADMIN_ONLY, ROLE),
    "roleassignment:delete": Cell(ADMIN_ONLY, ROLE),
    "roleassignment:edit": Cell(ADMIN_ONLY, ROLE),
    "roleassignment:history": Cell(ADMIN_ONLY, ROLE),
    "roleassignment:history_results": Cell(ADMIN_ONLY, ROLE),
    "roleassignment:index": Cell(ADMIN_ONLY),
    "roleassignment:index_results": Cell(ADMIN_ONLY),
    "roleassignment:usage": Cell(ADMIN_ONLY, ROLE),
    "wagtail_serve": Cell(same(200), lambda: [""]),
    "wagtailcore_authenticate_with_password": Cell(same(404), lambda: [999_999, 3]),
    "wagtailcore_login": Cell(same(200)),
    "wagtaildocs_authenticate_with_password": Cell(same(404), lambda: [999_999]),
    # Documents carry no personal data, and are served to anyone who has the link.
    "wagtaildocs_serve": Cell(same(200), _document),
    "wagtailsnippetchoosers_quizzes_quiz:choose": Cell(ADMIN_ACCESS),
    "wagtailsnippetchoosers_quizzes_quiz:choose_results": Cell(ADMIN_ACCESS),
    "wagtailsnippetchoosers_quizzes_quiz:chosen": Cell(ADMIN_ACCESS, QUIZ),
    "wagtailsnippetchoosers_quizzes_quiz:chosen_multiple": Cell(ADMIN_ACCESS),
    "wagtailsnippetchoosers_quizzes_quiz:create": Cell(ADMIN_EDITOR),
    "wagtailsnippets_quizzes_quiz:add": Cell(ADMIN_EDITOR),
    "wagtailsnippets_quizzes_quiz:copy": Cell(ADMIN_EDITOR, QUIZ),
    "wagtailsnippets_quizzes_quiz:delete": Cell(ADMIN_EDITOR, QUIZ),
    "wagtailsnippets_quizzes_quiz:edit": Cell(ADMIN_EDITOR, QUIZ),
    "wagtailsnippets_quizzes_quiz:history": Cell(ADMIN_EDITOR, QUIZ),
    "wagtailsnippets_quizzes_quiz:history_results": Cell(ADMIN_EDITOR, QUIZ),
    "wagtailsnippets_quizzes_quiz:list": Cell(ADMIN_EDITOR),
    "wagtailsnippets_quizzes_quiz:list_results": Cell(ADMIN_EDITOR),
    "wagtailsnippets_quizzes_quiz:preview_on_add": Cell(ADMIN_EDITOR),
    "wagtailsnippets_quizzes_quiz:preview_on_edit": Cell(ADMIN_EDITOR, QUIZ),
    "wagtailsnippets_quizzes_quiz:revisions_compare": Cell(
        ADMIN_EDITOR, lambda: [*QUIZ(), "earliest", "latest"]
    ),
    "wagtailsnippets_quizzes_quiz:revisions_revert": Cell(ADMIN_EDITOR, _quiz_revision),
    "wagtailsnippets_quizzes_quiz:revisions_unschedule": Cell(ADMIN_EDITOR, _quiz_revision),
    "wagtailsnippets_quizzes_quiz:revisions_view": Cell(ADMIN_EDITOR, _quiz_revision),
    "wagtailsnippets_quizzes_quiz:unpublish": Cell(ADMIN_EDITOR, QUIZ),
    "wagtailsnippets_quizzes_quiz:usage": Cell(ADMIN_EDITOR, QUIZ),
    "wagtailusers_users:add": Cell(ADMIN_ONLY),
    "wagtailusers_users:copy": Cell(ADMIN_ONLY, MEMBER),
    "wagtailusers_users:delete": Cell(ADMIN_ONLY, MEMBER),
    "wagtailusers_users:edit": Cell(ADMIN_ONLY, MEMBER),
    "wagtailusers_users:history": Cell(ADMIN_ONLY, MEMBER),
    "wagtailusers_users:history_results": Cell(ADMIN_ONLY, MEMBER),
    "wagtailusers_users:index": Cell(ADMIN_ONLY),
    "wagtailusers_users:index_results": Cell(ADMIN_ONLY),
    "wagtailusers_users:usage": Cell(ADMIN_ONLY, MEMBER),
}

# Endpoints that change something are asked with POST and an empty form.
POSTED = {
    "gatherings:signup",
    "gatherings:cancel",
    "gatherings:feed_reset",
    "gatherings:confirm",
    "certificate_public_check",
    "language_choose",
    "logout",
    "my_data_export",
    "my_data_erase",
    "quiz_answer",
    "quiz_submit",
    "quiz_retry",
    "leader_export_start",
    "leader_reminders",
    "leader_reminders_retry",
}


def _walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(part for part in (namespace, pattern.namespace) if part) or None
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield prefix + str(pattern.pattern), name, pattern.callback


def _is_the_projects(route: str, callback) -> bool:
    """Everything outside the admin, and admin views that belong to the project's apps or
    work on the project's models (Wagtail's generic views over them)."""
    if not route.startswith("admin/"):
        return True
    view_class = getattr(callback, "view_class", None)
    module = (view_class or callback).__module__.split(".")[0]
    model = (getattr(callback, "view_initkwargs", None) or {}).get("model")
    if isinstance(model, str):
        model = apps.get_model(model)
    return module in PROJECT_APPS or (model is not None and model._meta.app_label in PROJECT_APPS)


def project_url_names() -> set[str]:
    return {
        name
        for route, name, callback in _walk(get_resolver().url_patterns)
        if _is_the_projects(route, callback)
    }


def _paths(*paths: str) -> Callable[[], list]:
    return lambda: list(paths)


def _module_in_course(course_slug: str, suffix: str = "", *, having: str = "") -> Callable:
    """The address of the first module of the course (that has a reflection prompt or a quiz,
    if `having` says so), with `suffix`, in which {block} is that block's id."""

    def paths() -> list:
        course = apps.get_model("courses.CoursePage").objects.get(
            locale__language_code="nb", slug=course_slug
        )
        for item in course.course_modules.order_by("sort_order"):
            module = item.module.specific
            blocks = {"": {"": None}, "reflection": module.reflection_prompts()}.get(having)
            blocks = module.quiz_blocks() if having == "quiz" else blocks
            if blocks:
                block = next(iter(blocks))
                return [f"{course.url}{module.slug}/{suffix.format(block=block)}"]
        raise LookupError(f"no module with {having} in {course_slug}")

    return paths


def _local_module() -> list:
    bergen = apps.get_model("courses.BranchPage").objects.get(
        locale__language_code="nb", slug="bergen"
    )
    return [apps.get_model("courses.ModulePage").objects.child_of(bergen).first().url]


# Keyed by page type, with " (...)" for a second case of the same type.
PAGES: dict[str, Cell] = {
    "Page": Cell(same(404), list),  # the tree's root: never served
    "HomePage": Cell(same(200), _paths("/")),
    "StandardPage": Cell(same(200), _paths("/personvern/", "/tilgjengelighet/")),
    "CourseIndexPage": Cell(same(200), _paths("/kurs/")),
    "ModuleLibraryPage": Cell(same(200), _paths("/moduler/")),
    "BranchIndexPage": Cell(same(200), _paths("/lokalt/")),
    "BranchPage": Cell(LOCAL, _paths("/lokalt/bergen/")),
    "CoursePage": Cell(same(200), _paths("/kurs/grunnkurs/", "/kurs/trygge-fellesskap/")),
    "CoursePage (local)": Cell(LOCAL, _paths("/lokalt/bergen/ny-i-bergen/")),
    "ModulePage": Cell(LOGGED_IN, _paths("/moduler/si-fra/")),
    "ModulePage (local)": Cell(LOGGED_IN, _local_module),
    # CoursePage's own routes (RoutablePageMixin): the modules in it, and the forms they post.
    "CoursePage:module": Cell(LOGGED_IN, _module_in_course("grunnkurs")),
    "CoursePage:module (local)": Cell(LOCAL, _module_in_course("ny-i-bergen")),
    # The forms post and send everybody back (to log in, or to the page with the result).
    "CoursePage:complete": Cell(same(302), _module_in_course("grunnkurs", "fullfort/"), "post"),
    "CoursePage:reflection": Cell(
        same(302),
        _module_in_course("grunnkurs", "refleksjon/{block}/", having="reflection"),
        "post",
    ),
    "CoursePage:quiz": Cell(
        same(302), _module_in_course("grunnkurs", "quiz/{block}/", having="quiz"), "post"
    ),
    "CoursePage:renew": Cell(same(302), _paths("/kurs/trygge-fellesskap/fornye/"), "post"),
    # The demo's courses have no final quiz.
    "CoursePage:final_quiz": Cell(
        (302, 404, 404, 404, 404, 404, 404),
        _paths("/kurs/trygge-fellesskap/avsluttende-quiz/start/"),
        "post",
    ),
}


@pytest.fixture
def demo_site(db, settings, tmp_path, django_capture_on_commit_callbacks):
    # Documents are served from files on disk, as in production (the tests keep files in memory).
    settings.STORAGES = settings.STORAGES | {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    }
    settings.MEDIA_ROOT = tmp_path
    call_command("seed_demo", stdout=StringIO())
    # Objects the demo does not make: an audit event and a revision to point at, and a county
    # leader's export made in the background (the immediate backend makes its file at once).
    AuditEvent.objects.create(action="leader.dashboard.view")
    with django_capture_on_commit_callbacks(execute=True):
        people_export_create(
            actor=User.objects.get(email="fylkesleder@example.org"),
            query="",
            fmt="csv",
            filename="skolering-status-vestland",
        )


def clients() -> dict[str, Client]:
    result = {"anonymous": Client()}
    for role, email in LOGINS.items():
        client = Client()
        client.force_login(User.objects.get(email=email))
        result[role] = client
    return result


LOGIN_PAGES = ("/konto/logg-inn/", "/admin/login/")


def ask(client: Client, name: str, path: str, method: str = "get") -> int:
    """The status; an anonymous visitor who is sent elsewhere must be sent to log in."""
    response = client.post(path, {}) if name in POSTED or method == "post" else client.get(path)
    anonymous = "_auth_user_id" not in client.session
    if anonymous and response.status_code == 302 and name != "logout":
        assert response["Location"].startswith(LOGIN_PAGES), f"{path}: {response['Location']}"
    return response.status_code


def test_every_project_url_has_an_entry():
    names = project_url_names()
    assert sorted(names - MATRIX.keys()) == [], "URLs without an entry in MATRIX"
    assert sorted(MATRIX.keys() - names) == [], "entries in MATRIX for URLs that no longer exist"


def test_every_page_type_has_an_entry():
    types = {model.__name__ for model in get_page_models()}
    types |= {
        f"{model.__name__}:{route.name}"
        for model in get_page_models()
        if hasattr(model, "get_subpage_urls")
        for route in model.get_subpage_urls()
        if route.name != "index_route"  # the page itself: its type's entry
    }
    listed = {key.split(" (")[0] for key in PAGES}
    assert sorted(types - listed) == [], "page types without an entry in PAGES"
    assert sorted(listed - types) == []


def test_every_url_answers_each_role_as_expected(demo_site):
    visitors = clients()
    wrong = []
    for name, cell in sorted(MATRIX.items()):
        path = reverse(name, args=cell.args())
        for role, expected in zip(ROLES, cell.statuses, strict=True):
            got = ask(visitors[role], name, path)
            if got != expected:
                wrong.append(f"{name} {path} as {role}: {got}, expected {expected}")
        if name in POSTED:  # logging out, for one, ends the session
            visitors = clients()
    assert not wrong, "\n".join(wrong)


def test_every_page_type_answers_each_role_as_expected(demo_site):
    visitors = clients()
    wrong = []
    for model_name, cell in sorted(PAGES.items()):
        for path in cell.args():
            for role, expected in zip(ROLES, cell.statuses, strict=True):
                got = ask(visitors[role], model_name, path, cell.method)
                if got != expected:
                    wrong.append(f"{model_name} {path} as {role}: {got}, expected {expected}")
    assert not wrong, "\n".join(wrong)
