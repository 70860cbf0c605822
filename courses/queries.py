"""Reads shared by the course views: who sees which local content, what the catalogue holds and
how far a member has come."""

import dataclasses
import datetime
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from wagtail.models import Page

from courses.localizing import localized_outline, shown_pages
from courses.models import (
    BranchPage,
    CourseCompletion,
    CourseModule,
    CoursePage,
    Enrollment,
    ModulePage,
    ModuleProgress,
    ReflectionAnswer,
    Track,
)
from courses.published import published_cached
from courses.templatetags.course_tags import outline_links
from quizzes.queries import quiz_statuses
from skolering.access import local_content_q, local_content_scope, path_prefix_q
from skolering.compiled import CompiledQuery
from skolering.models import User
from skolering.translated import localized, original, originals


def visible_branch_pages(user: User, *, scope: tuple | None = None) -> QuerySet:
    """The live branch sections the user sees (skolering.access decides which branches, from
    the user's `local_content_scope`, read here unless given): the originals, which lists and
    the visibility of their translations go by."""
    return originals(
        BranchPage.objects.live()
        .filter(local_content_q(user, scope=scope))
        .select_related("branch")
        .order_by("title")
    )


def can_see_local_page(user: User, page: Page) -> bool:
    """National content is for everyone. Content in a branch section is for that branch's
    members (and members of the branches below it), its leaders, and whoever may edit it."""
    branch_page = getattr(page, "owning_branch_page", None)
    if branch_page is None:
        return True
    if not user.is_authenticated:
        return False
    # Whether the original section is one they see (a translation may be a draft or an alias).
    if visible_branch_pages(user).filter(pk=original(branch_page).pk).exists():
        return True
    return page.permissions_for_user(user).can_edit()


@dataclass
class CatalogueEntry:
    course: CoursePage  # the original: progress goes by it
    branch_name: str = ""  # the branch of a local course
    progress: "CourseProgress | None" = None
    shown: CoursePage | None = None  # what the reader sees: the course in their language

    def __post_init__(self):
        self.shown = self.shown or self.course


def in_readers_language(entries: list[CatalogueEntry]) -> list[CatalogueEntry]:
    """The entries with each course shown in the reader's language where it is translated
    (one query, none for Bokmål)."""
    shown = shown_pages([entry.course for entry in entries])
    for entry in entries:
        entry.shown = shown[entry.course.pk]
    return entries


def catalogue_courses(user: User, index_page: Page, *, track: str = "") -> list[CatalogueEntry]:
    """National courses under the catalogue, then the local courses of the user's branches.
    The lists are the same for everyone with the same branches, so they are kept until
    something is published (courses.published)."""
    index_page = original(index_page)  # a translation lists its original's courses
    scope = local_content_scope(user)
    branch_pages = published_cached(
        ("branch-pages", *scope), lambda: list(visible_branch_pages(user, scope=scope))
    )

    def national():
        courses = CoursePage.objects.live().child_of(index_page)
        return list((courses.filter(track=track) if track else courses).order_by("path"))

    def local():
        local_scope = Q(pk__in=[])
        for branch_page in branch_pages:  # the sections' own courses: their children
            local_scope |= path_prefix_q([branch_page.path]) & Q(depth=branch_page.depth + 1)
        courses = CoursePage.objects.live().filter(local_scope)
        return list((courses.filter(track=track) if track else courses).order_by("title"))

    entries = [
        CatalogueEntry(course)
        for course in published_cached(("catalogue", index_page.pk, track), national)
    ]
    by_path = {branch_page.path: branch_page.branch.name for branch_page in branch_pages}
    sections = tuple(branch_page.pk for branch_page in branch_pages)
    for course in published_cached(("local-courses", track, *sections), local):
        entries.append(CatalogueEntry(course, by_path.get(course.path[: -Page.steplen], "")))
    return entries


def completion_certificate(completion: CourseCompletion | None):
    """The kursbevis the certificates app issued for the completion, or None (not issued yet, or
    no completion). It is certificates' one-to-one on the completion (`related_name
    "certificate"`): read through the relation, and fetched with the completion by
    `select_related("certificate")`, so this app imports nothing from certificates."""
    return getattr(completion, "certificate", None)


def current_completion(user: User, course_id: int) -> CourseCompletion | None:
    """The member's latest completion of the course that is not revoked, with its kursbevis
    (one query)."""
    if not user.is_authenticated:
        return None
    return (
        CourseCompletion.objects.unrevoked()
        .filter(user=user, course_id=course_id)
        .select_related("course", "certificate")
        .order_by("-cycle")
        .first()
    )


@dataclass
class CourseProgress:
    """How far one member has come in one course."""

    module_ids: list[int] = field(default_factory=list)
    required_ids: list[int] = field(default_factory=list)
    completed_ids: set[int] = field(default_factory=set)
    last_viewed: dict = field(default_factory=dict)  # module id → when the member last opened it
    enrollment: Enrollment | None = None
    completion: CourseCompletion | None = None

    @property
    def total(self) -> int:
        return len(self.module_ids)

    @property
    def done(self) -> int:
        return sum(1 for pk in self.module_ids if pk in self.completed_ids)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def started(self) -> bool:
        return self.enrollment is not None or self.done > 0

    @property
    def is_completed(self) -> bool:
        return self.completion is not None

    @property
    def certificate(self):
        """The kursbevis of the completion, if it has one (see `completion_certificate`)."""
        return completion_certificate(self.completion)

    @property
    def completion_is_valid(self) -> bool:
        return self.completion is not None and self.completion.is_valid_on(timezone.localdate())

    def next_module_id(self) -> int | None:
        """Where to go on: the first module not done yet, or the last one visited."""
        for pk in self.module_ids:
            if pk not in self.completed_ids:
                return pk
        if self.enrollment and self.enrollment.last_module_id in self.module_ids:
            return self.enrollment.last_module_id
        return self.module_ids[0] if self.module_ids else None


def progress_for(
    user: User, courses: list[CoursePage], *, outlines: dict | None = None, reread: bool = False
) -> dict[int, CourseProgress]:
    """Each course's progress for the user, in four queries however many courses there are:
    three when the caller already has the courses' outlines (course pk → CourseModules), two
    when those carry the user's progress (`course_outline(…, user=…)`) — unless `reread`, after
    something has changed it."""
    progress = {course.pk: CourseProgress() for course in courses}
    if not courses:
        return progress
    if outlines is None:
        rows = _COURSE_MODULES.rows(courses=list(progress))
    else:
        rows = [
            (course_id, item.module_id, item.required)
            for course_id, outline in outlines.items()
            for item in outline
        ]
    module_ids: set[int] = set()
    for course_id, module_id, required in rows:
        progress[course_id].module_ids.append(module_id)
        if required:
            progress[course_id].required_ids.append(module_id)
        module_ids.add(module_id)
    if not user.is_authenticated:
        return progress
    completed, last_viewed = set(), {}
    if outlines is not None and not reread and _carry_progress(outlines, user):
        module_progress = [
            (item.module_id, item.progress_completed_at, item.progress_viewed_at)
            for outline in outlines.values()
            for item in outline
            if item.progress_viewed_at is not None or item.progress_completed_at is not None
        ]
    else:
        module_progress = _MODULE_PROGRESS.rows(user=user.pk, modules=sorted(module_ids))
    for module_id, completed_at, viewed_at in module_progress:
        last_viewed[module_id] = viewed_at
        if completed_at is not None:
            completed.add(module_id)
    for item in progress.values():
        item.completed_ids, item.last_viewed = completed, last_viewed
    for enrollment in _ENROLLMENTS.objects(user=user.pk, courses=list(progress)):
        progress[enrollment.course_id].enrollment = enrollment
    completions = (
        CourseCompletion.objects.unrevoked()
        .filter(user=user, course__in=progress.keys())
        .select_related("certificate")
        .order_by("cycle")
    )
    for completion in completions:  # ordered, so the latest cycle wins
        progress[completion.course_id].completion = completion
    return progress


_COURSE_MODULES = CompiledQuery(
    lambda courses: (
        CourseModule.objects.filter(course_id__in=courses, module__live=True)
        .order_by("course_id", "sort_order", "pk")
        .values_list("course_id", "module_id", "required")
    ),
    "courses",
)
_MODULE_PROGRESS = CompiledQuery(
    lambda user, modules: ModuleProgress.objects.filter(
        user_id=user, module_id__in=modules
    ).values_list("module_id", "completed_at", "last_viewed_at"),
    "user",
    "modules",
)
_ENROLLMENTS = CompiledQuery(
    lambda user, courses: Enrollment.objects.filter(user_id=user, course_id__in=courses),
    "user",
    "courses",
    model=Enrollment,
)


def _carry_progress(outlines: dict, user: User) -> bool:
    return all(
        isinstance(item, OutlineItem) and item.progress_of == user.pk
        for outline in outlines.values()
        for item in outline
    )


@dataclass
class CourseInProgress:
    course: CoursePage
    progress: CourseProgress
    resume_url: str


def with_progress(user: User, entries: list[CatalogueEntry]) -> list[CatalogueEntry]:
    """The entries with the user's progress in each course filled in (four queries)."""
    progress = progress_for(user, [entry.course for entry in entries])
    for entry in entries:
        entry.progress = progress[entry.course.pk]
    return entries


@dataclass(frozen=True)
class OutlineModule:
    """What a course's contents and a module page show of a module; its lesson comes from
    courses.lessons, by the published revision named here."""

    pk: int
    slug: str
    title: str
    summary: str
    estimated_minutes: int | None
    live_revision_id: int | None
    last_published_at: datetime.datetime | None
    # A reader of another language sees the module's translation (courses.localizing): its
    # text, by these; the ids above stay the original's, which progress goes by.
    shown_pk: int | None = None
    shown_revision_id: int | None = None
    shown_published_at: datetime.datetime | None = None
    language: str | None = None  # of the text shown, when it was looked up

    @property
    def id(self) -> int:
        return self.pk

    @property
    def shown(self) -> "OutlineModule":
        """The module whose lesson the reader is shown: the translation, or this one."""
        if self.shown_pk is None:
            return self
        return dataclasses.replace(
            self,
            pk=self.shown_pk,
            live_revision_id=self.shown_revision_id,
            last_published_at=self.shown_published_at,
            shown_pk=None,
        )


@dataclass
class OutlineItem:
    """A module's place in a course, with the member's progress in it."""

    pk: int
    module_id: int
    required: bool
    module: OutlineModule
    progress_completed_at: datetime.datetime | None
    progress_viewed_at: datetime.datetime | None
    progress_of: int  # whose progress: a user's pk (0: nobody's)


def _outline_rows(course: int, user: int):
    theirs = ModuleProgress.objects.filter(user_id=user, module_id=OuterRef("module_id"))
    return (
        CourseModule.objects.filter(course_id=course, module__live=True)
        .annotate(
            progress_completed_at=Subquery(theirs.values("completed_at")[:1]),
            progress_viewed_at=Subquery(theirs.values("last_viewed_at")[:1]),
        )
        .order_by("sort_order", "pk")
        .values_list(
            "pk",
            "module_id",
            "required",
            "module__slug",
            "module__title",
            "module__summary",
            "module__estimated_minutes",
            "module__live_revision_id",
            "module__last_published_at",
            "progress_completed_at",
            "progress_viewed_at",
        )
    )


_OUTLINE = CompiledQuery(_outline_rows, "course", "user")


def course_outline(course: CoursePage, *, user: User | None = None) -> list:
    """The course's published modules in order, in one query, each with `user`'s progress in
    it (`progress_completed_at`, `progress_viewed_at`: None where they have none) for
    `progress_for`. An editor's preview holds the course's modules in memory: there the items
    are its CourseModules, without progress."""
    if course.pk is None or not isinstance(course.course_modules.all(), QuerySet):
        return [item for item in course.course_modules.all() if item.module.live]
    user_id = user.pk if user is not None and user.is_authenticated else 0
    return [
        OutlineItem(
            pk,
            module_id,
            required,
            OutlineModule(module_id, slug, title, summary, minutes, revision, published),
            completed_at,
            viewed_at,
            user_id,
        )
        for (
            pk,
            module_id,
            required,
            slug,
            title,
            summary,
            minutes,
            revision,
            published,
            completed_at,
            viewed_at,
        ) in _OUTLINE.rows(course=course.pk, user=user_id)
    ]


@dataclass
class MemberPanel:
    """Another app's part of a member's page: a template and what it shows. Each app that has
    one for /mine-kurs/ provides it through its module `my_courses` with `panel(user) ->
    MemberPanel`; for a quiz's result page, through `quiz_result` with `panel(user, attempt) ->
    MemberPanel | None`."""

    template: str
    context: dict
    first: bool = False  # above the member's own courses, not below them


def my_learning(user: User) -> dict:
    """/mine-kurs/: the member's courses in progress, most recently visited first, each with
    where to go on, and every completion they have, newest first."""
    completions = list(
        CourseCompletion.objects.filter(user=user)
        .select_related("course")
        .order_by("-completed_at")
    )
    completed_course_ids = {c.course_id for c in completions if c.revoked_at is None}
    enrollments = (
        Enrollment.objects.filter(user=user, course__live=True)
        .exclude(course_id__in=completed_course_ids)
        .select_related("course")
        .order_by("-last_visited_at")
    )
    courses = [enrollment.course for enrollment in enrollments]
    progress = progress_for(user, courses)
    next_ids = {course.pk: progress[course.pk].next_module_id() for course in courses}
    slugs = dict(
        ModulePage.objects.filter(pk__in=set(next_ids.values()) - {None}).values_list("pk", "slug")
    )
    # Each course in the member's language where it is translated (progress is the original's).
    shown = shown_pages(courses + [c.course for c in completions if c.course is not None])
    for completion in completions:
        completion.shown_course = shown.get(completion.course_id)
    in_progress = []
    for course in courses:
        slug = slugs.get(next_ids[course.pk])
        page = shown[course.pk]
        resume_url = page.url + page.reverse_subpage("module", args=[slug]) if slug else ""
        in_progress.append(CourseInProgress(page, progress[course.pk], resume_url))
    return {
        "in_progress": in_progress,
        # The course worked on most recently: where the page sends the member first.
        "resume": next((item for item in in_progress if item.resume_url), None),
        "completions": completions,
    }


# Context builders of the pages (their get_context reaches them through courses.views).

CATALOGUE_PAGE_SIZE = 12


def catalogue_context(request, index_page) -> dict:
    track = request.GET.get("spor", "")
    if track not in Track.values:
        track = ""
    entries = catalogue_courses(request.user, index_page, track=track)
    page = Paginator(entries, CATALOGUE_PAGE_SIZE).get_page(request.GET.get("side"))
    return {
        "tracks": Track.choices,
        "track": track,
        "courses_page": page,
        "items": in_readers_language(with_progress(request.user, page.object_list)),
        "course_count": len(entries),
    }


def course_context(request, course: CoursePage) -> dict:
    """The course page: a translation shows its original's modules (in the reader's language
    where translated) and the member's progress in the original."""
    record = original(course)
    outline = localized_outline(course_outline(record, user=request.user))
    progress = progress_for(request.user, [record], outlines={record.pk: outline})[record.pk]
    outline_links(course, outline, progress, request)
    next_id = progress.next_module_id()
    next_item = next((item for item in outline if item.module_id == next_id), None)
    final_quiz = record.final_quiz
    return {
        "outline": outline,
        "progress": progress,
        "final_quiz_status": quiz_statuses(request.user, [final_quiz])[final_quiz.pk]
        if final_quiz
        else None,
        # The original's, as the reader reads it (a translation's own may be a draft).
        "final_quiz": localized(final_quiz) if final_quiz else None,
        "next_item": next_item,
        "branch_page": course.owning_branch_page,
    }


def branch_index_context(request, index_page: Page) -> dict:
    index_page = original(index_page)  # a translation lists its original's sections
    return {"branch_pages": visible_branch_pages(request.user).child_of(index_page)}


def branch_section_context(request, branch_page: BranchPage) -> dict:
    branch_page = original(branch_page)  # a translation lists its original's courses
    courses = CoursePage.objects.live().child_of(branch_page).order_by("title")
    entries = with_progress(request.user, [CatalogueEntry(course) for course in courses])
    modules = list(ModulePage.objects.live().child_of(branch_page).order_by("title"))
    shown = shown_pages(modules)
    return {
        "entries": in_readers_language(entries),
        "modules": [shown[module.pk] for module in modules],
    }


_REFLECTION_ANSWERS = CompiledQuery(
    lambda user, module: ReflectionAnswer.objects.filter(user_id=user, module_id=module),
    "user",
    "module",
    model=ReflectionAnswer,
)


def reflection_answers_by_block(*, user_id: int, module_id: int) -> dict[str, ReflectionAnswer]:
    """A member's reflection answers in a module, by the question's block id (one query)."""
    return {
        answer.block_id: answer
        for answer in _REFLECTION_ANSWERS.objects(user=user_id, module=module_id)
    }
