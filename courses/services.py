"""Writes for courses: enrolment, progress, completion, reflections and local editor groups.

Completion is recorded once: the member's progress row (and, for the course, their enrolment
row) is locked with SELECT ... FOR UPDATE on PostgreSQL, and unique constraints catch what a lock
cannot (SQLite serialises writers itself)."""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Collection

from courses.models import (
    BranchPage,
    CourseCompletion,
    CourseModule,
    CoursePage,
    Enrollment,
    ModulePage,
    ModuleProgress,
    ReflectionAnswer,
)
from courses.signals import course_completed
from quizzes.models import Quiz
from quizzes.queries import passed_quiz_ids
from skolering import editorial
from skolering.dates import add_months
from skolering.editorial import permissions
from skolering.models import BranchEditors, User
from skolering.sanitize import clean_text
from skolering.site_content import app_modules
from skolering.translated import original


def enrollment_touch(*, user: User, course: CoursePage, module: ModulePage | None = None) -> None:
    """Enrol the member in the course on their first visit, and remember where they were. A
    visit is one UPDATE; only the first one inserts."""
    course = original(course)  # records are on the originals (skolering/translated.py)
    changes = {"last_visited_at": timezone.now()}
    if module is not None:
        changes["last_module_id"] = module.pk
    if Enrollment.objects.filter(user=user, course=course).update(**changes):
        return
    try:
        with transaction.atomic():
            Enrollment.objects.create(
                user=user,
                course=course,
                course_title=course.title,
                last_module_id=module.pk if module else None,
            )
    except IntegrityError:
        return  # a parallel request enrolled them first
    # Modules done in other courses may already complete this one.
    course_completion_record(user=user, course=course)


def module_progress_touch(*, user: User, module: ModulePage) -> None:
    """Record that the member has opened the module (a ModulePage, or a course outline's
    module): one UPDATE, or the first INSERT."""
    module = original(module)
    if ModuleProgress.objects.filter(user=user, module_id=module.pk).update(
        last_viewed_at=timezone.now()
    ):
        return
    try:
        with transaction.atomic():
            ModuleProgress.objects.create(user=user, module_id=module.pk, module_title=module.title)
    except IntegrityError:
        pass  # a parallel request recorded the first visit


# A member's visits are recorded when something is new: a first visit, another module than
# last time, or the first visit after this long. Reading on in the same module writes nothing.
VISIT_RECORD_INTERVAL = datetime.timedelta(minutes=10)


def module_visit_record(
    *, user: User, course: CoursePage, module: ModulePage, enrollment, last_viewed
) -> bool:
    """Record that the member opened the module in the course, given what the page already read
    (their enrolment, and when they last opened the module). Whether anything was written."""
    now = timezone.now()
    written = False
    if (
        enrollment is None
        or enrollment.last_module_id != module.pk
        or now - enrollment.last_visited_at >= VISIT_RECORD_INTERVAL
    ):
        enrollment_touch(user=user, course=course, module=module)
        written = True
    if last_viewed is None or now - last_viewed >= VISIT_RECORD_INTERVAL:
        module_progress_touch(user=user, module=module)
        written = True
    return written


class QuizNotPassed(Exception):
    """The module has a quiz the member has not passed: passing it is what completes it."""

    def __init__(self, titles: list[str]):
        self.titles = titles
        self.message = _("Pass the module's quiz to complete it: %(titles)s.") % {
            "titles": ", ".join(f"«{title}»" for title in titles)
        }
        super().__init__(self.message)


def unpassed_quizzes(*, user: User, module: ModulePage) -> list[Quiz]:
    """The module's published quizzes that the member has not passed."""
    quizzes = list(Quiz.objects.filter(pk__in=module.quiz_ids(), live=True))
    passed = passed_quiz_ids(user, [quiz.pk for quiz in quizzes]) if quizzes else set()
    return [quiz for quiz in quizzes if quiz.pk not in passed]


@dataclass
class ModuleCompletionResult:
    progress: ModuleProgress
    newly_completed: bool
    course_completions: list[CourseCompletion] = field(default_factory=list)


def module_complete(
    *, user: User, module: ModulePage, course: CoursePage | None = None
) -> ModuleCompletionResult:
    """Mark the module completed for the member (once), then record every course of theirs that
    this completes. Pressing the button twice, or in two tabs at once, changes nothing. A module
    with a quiz is completed by passing it (QuizNotPassed until then)."""
    module, course = original(module), original(course)
    with transaction.atomic():
        try:
            with transaction.atomic():
                ModuleProgress.objects.get_or_create(
                    user=user, module=module, defaults={"module_title": module.title}
                )
        except IntegrityError:
            pass  # a parallel request created it; the locked read below finds it
        progress = ModuleProgress.objects.select_for_update().get(user=user, module=module)
        newly_completed = progress.completed_at is None
        if newly_completed:
            pending = unpassed_quizzes(user=user, module=module)
            if pending:
                raise QuizNotPassed([quiz.title for quiz in pending])
            progress.completed_at = timezone.now()
            progress.module_title = module.title
            progress.save(update_fields=["completed_at", "module_title", "last_viewed_at"])
    if course is not None:
        enrollment_touch(user=user, course=course, module=module)
    completions = []
    if newly_completed:
        enrolled = CoursePage.objects.filter(
            enrollments__user=user, course_modules__module=module
        ).distinct()
        for enrolled_course in enrolled:
            completion = course_completion_record(user=user, course=enrolled_course)
            if completion is not None:
                completions.append(completion)
    return ModuleCompletionResult(progress, newly_completed, completions)


def course_completion_record(*, user: User, course: CoursePage) -> CourseCompletion | None:
    """Record the course as completed if every required published module is done (every
    published module, if none is marked required), its published final quiz (if any) is passed,
    and the member has no completion of it in force. Returns the new completion, or None."""
    course = original(course)
    # Unpublished modules are out of the course for members, so they are not needed either.
    references = list(
        CourseModule.objects.filter(course=course, module__live=True).values_list(
            "module_id", "required"
        )
    )
    needed = {pk for pk, required in references if required} or {pk for pk, _ in references}
    if not needed:
        return None
    with transaction.atomic():
        # Serialise completions of this course for this member on the enrolment row.
        Enrollment.objects.select_for_update().filter(user=user, course=course).first()
        done = set(
            ModuleProgress.objects.filter(
                user=user, module_id__in=needed, completed_at__isnull=False
            ).values_list("module_id", flat=True)
        )
        if done != needed:
            return None
        final = course.final_quiz
        if final is not None and final.live and not passed_quiz_ids(user, [final.pk]):
            return None
        # Other apps' conditions (gatherings: attendance), found by name.
        for module in app_modules("completion"):
            if not module.course_conditions_met(user=user, course=course):
                return None
        previous = CourseCompletion.objects.filter(user=user, course=course)
        if previous.in_force().exists():
            return None
        now = timezone.now()
        valid_until = (
            add_months(timezone.localdate(now), course.validity_months)
            if course.validity_months
            else None
        )
        try:
            with transaction.atomic():
                completion = CourseCompletion.objects.create(
                    user=user,
                    course=course,
                    course_title=course.title,
                    cycle=previous.count() + 1,
                    completed_at=now,
                    valid_until=valid_until,
                )
        except IntegrityError:
            return None  # a parallel request recorded this cycle first
        transaction.on_commit(
            lambda: course_completed.send(sender=CourseCompletion, completion=completion)
        )
    return completion


def course_renewal_start(*, user: User, course: CoursePage) -> None:
    """Let the member take the course again once their completion has expired (or been
    revoked): its modules are marked not done, and doing them again records a new cycle with a
    new certificate. Earlier completions stay as they were."""
    course = original(course)
    completions = CourseCompletion.objects.filter(user=user, course=course)
    if not completions.exists() or completions.in_force().exists():
        raise ValidationError(_("The course can be taken again when your completion has expired."))
    module_ids = CourseModule.objects.filter(course=course).values_list("module_id", flat=True)
    ModuleProgress.objects.filter(user=user, module_id__in=module_ids).update(completed_at=None)


def reflection_save(
    *, user: User, module: ModulePage, block_id: str, text: str
) -> ReflectionAnswer | None:
    """Save the member's private answer to one of the module's reflection prompts. An empty
    answer deletes the saved one."""
    module = original(module)
    if block_id not in module.reflection_prompts():
        raise ValidationError(_("This reflection question no longer exists in the module."))
    text = clean_text(text)
    if len(text) > ReflectionAnswer.MAX_LENGTH:
        raise ValidationError(
            _("The answer is too long: at most %(max)s characters.")
            % {"max": ReflectionAnswer.MAX_LENGTH}
        )
    with transaction.atomic():
        if not text:
            ReflectionAnswer.objects.filter(user=user, module=module, block_id=block_id).delete()
            return None
        answer, _created = ReflectionAnswer.objects.update_or_create(
            user=user, module=module, block_id=block_id, defaults={"text": text}
        )
    return answer


# Local editors publish in their own section (take publish_page away to have them send it for
# approval instead).
LOCAL_EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "view_page")


def local_editor_group_name(branch_page: BranchPage) -> str:
    return _("Local editors – %(branch)s") % {"branch": branch_page.branch.name}


@transaction.atomic
def local_editor_group_ensure(*, branch_page: BranchPage) -> Group:
    """The Wagtail group whose members edit this branch section and nothing else national: its
    pages (with the right to publish), its own collection of images and documents, the quizzes
    the branch owns (QuizPermissionPolicy narrows the quiz rights to those), and the admin."""
    branch = branch_page.branch
    link = BranchEditors.objects.filter(branch=branch).select_related("group").first()
    if link is not None:
        # Groups made before translation came (steps 1–13) may translate their section too.
        link.group.permissions.add(editorial.translating_permission_ensure())
        return link.group
    group, _created = Group.objects.get_or_create(name=local_editor_group_name(branch_page))
    BranchEditors.objects.create(branch=branch, group=group)
    group.permissions.add(
        *permissions(
            {
                "wagtailadmin": ("access_admin",),
                "quizzes": editorial.QUIZ_RIGHTS,
                **editorial.TRANSLATING,
            }
        )
    )
    editorial.grant_pages(group, branch_page, LOCAL_EDITOR_PAGE_PERMISSIONS)
    collection = Collection.objects.filter(name=branch.name, depth=2).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=branch.name)
    editorial.grant_collection(group, collection)
    return group
