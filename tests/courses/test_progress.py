"""Progress and completion, tested against the database through the services."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from courses.models import (
    CompletionStatus,
    CourseCompletion,
    Enrollment,
    ModuleProgress,
    ReflectionAnswer,
)
from courses.queries import progress_for
from courses.services import (
    add_months,
    course_completion_record,
    enrollment_touch,
    module_complete,
    reflection_save,
)
from courses.signals import course_completed
from devtools.factories import UserFactory
from tests.courses.builders import make_course, make_module


@pytest.fixture
def completed_signals():
    received = []

    def listener(sender, completion, **kwargs):
        received.append(completion)

    course_completed.connect(listener)
    yield received
    course_completed.disconnect(listener)


def test_completing_a_module_twice_records_it_once(member, course, modules):
    first = module_complete(user=member, module=modules[0], course=course)
    second = module_complete(user=member, module=modules[0], course=course)
    assert first.newly_completed and not second.newly_completed
    progress = ModuleProgress.objects.get(user=member, module=modules[0])
    assert progress.completed_at == first.progress.completed_at
    assert Enrollment.objects.filter(user=member, course=course).count() == 1


def test_course_completes_when_every_required_module_is_done(
    member, course, modules, completed_signals, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        module_complete(user=member, module=modules[0], course=course)
        assert not CourseCompletion.objects.exists()
        result = module_complete(user=member, module=modules[1], course=course)
    completion = CourseCompletion.objects.get(user=member, course=course)
    assert result.course_completions == [completion]
    assert completion.cycle == 1 and completion.course_title == course.title
    assert completion.valid_until is None
    assert completed_signals == [completion]
    # The optional third module is not needed, and doing it records nothing new.
    with django_capture_on_commit_callbacks(execute=True):
        module_complete(user=member, module=modules[2], course=course)
    assert CourseCompletion.objects.count() == 1 and len(completed_signals) == 1


def test_a_module_done_in_one_course_counts_in_another(member, course, modules):
    other_module = make_module("ekstra")
    second = make_course("andre-kurs", [modules[0], other_module])
    module_complete(user=member, module=modules[0], course=course)

    progress = progress_for(member, [second])[second.pk]
    assert modules[0].pk in progress.completed_ids and progress.done == 1
    assert progress.total == 2

    module_complete(user=member, module=other_module, course=second)
    assert CourseCompletion.objects.filter(user=member, course=second).exists()
    assert not CourseCompletion.objects.filter(user=member, course=course).exists()


def test_opening_a_course_whose_modules_are_done_completes_it(member, course, modules):
    for module in modules[:2]:
        module_complete(user=member, module=module, course=course)
    later = make_course("repetisjon", [modules[1]])
    assert not CourseCompletion.objects.filter(course=later).exists()
    enrollment_touch(user=member, course=later)
    assert CourseCompletion.objects.filter(user=member, course=later).exists()


def test_completion_is_valid_for_the_course_validity(member, sections):
    module = make_module("partikultur")
    course = make_course("trygge-fellesskap", [module], validity_months=24)
    module_complete(user=member, module=module, course=course)
    completion = CourseCompletion.objects.get()
    assert completion.valid_until == add_months(timezone.localdate(), 24)
    assert completion.is_valid_on(completion.valid_until)
    assert not completion.is_valid_on(completion.valid_until + datetime.timedelta(days=1))


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2028, 1, 31), 1, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 11, 22), 24, datetime.date(2028, 11, 22)),
        (datetime.date(2026, 12, 15), 1, datetime.date(2027, 1, 15)),
    ],
)
def test_add_months_keeps_the_day_or_uses_the_last_of_the_month(day, months, expected):
    assert add_months(day, months) == expected


def test_a_revoked_completion_can_be_earned_again_as_a_new_cycle(member, course, modules):
    for module in modules[:2]:
        module_complete(user=member, module=module, course=course)
    CourseCompletion.objects.update(revoked_at=timezone.now(), revoked_reason="Feilregistrert")
    completion = course_completion_record(user=member, course=course)
    assert completion is not None and completion.cycle == 2
    assert course_completion_record(user=member, course=course) is None


def test_unpublishing_or_deleting_content_keeps_the_learning_record(member, course, modules):
    for module in modules[:2]:
        module_complete(user=member, module=module, course=course)
    modules[0].unpublish()
    course.unpublish()
    assert ModuleProgress.objects.filter(user=member, completed_at__isnull=False).count() == 2
    assert CourseCompletion.objects.filter(user=member, course=course).exists()

    title = course.title
    modules[1].delete()
    course.delete()
    assert ModuleProgress.objects.filter(user=member, completed_at__isnull=False).count() == 2
    assert ModuleProgress.objects.filter(module__isnull=True, module_title="Rettigheter").exists()
    completion = CourseCompletion.objects.get(user=member)
    assert completion.course is None and completion.course_title == title
    assert Enrollment.objects.get(user=member).course is None


def test_reflection_is_saved_cleaned_and_private(member, modules):
    (block_id,) = modules[0].reflection_prompts()
    answer = reflection_save(
        user=member,
        module=modules[0],
        block_id=block_id,
        text="Fordi <b>fellesskap</b> & rettferdighet<script>x()</script> betyr noe",
    )
    assert answer.text == "Fordi fellesskap & rettferdighetx() betyr noe"
    other = UserFactory(email="annen@example.org")
    assert not ReflectionAnswer.objects.filter(user=other).exists()
    # Saving again replaces the answer; saving nothing deletes it.
    reflection_save(user=member, module=modules[0], block_id=block_id, text="Nytt svar")
    assert ReflectionAnswer.objects.get(user=member).text == "Nytt svar"
    assert reflection_save(user=member, module=modules[0], block_id=block_id, text="  ") is None
    assert not ReflectionAnswer.objects.exists()


def test_reflection_for_an_unknown_prompt_or_too_long_is_refused(member, modules):
    (block_id,) = modules[0].reflection_prompts()
    with pytest.raises(ValidationError, match="finnes ikke lenger"):
        reflection_save(user=member, module=modules[0], block_id="ukjent", text="Hei")
    with pytest.raises(ValidationError, match="for langt"):
        reflection_save(user=member, module=modules[0], block_id=block_id, text="x" * 5001)
    assert not ReflectionAnswer.objects.exists()


def test_an_unpublished_module_is_not_needed_to_complete_the_course(member, course, modules):
    modules[1].unpublish()
    module_complete(user=member, module=modules[0], course=course)
    assert CourseCompletion.objects.filter(user=member, course=course).exists()
    progress = progress_for(member, [course])[course.pk]
    assert (progress.done, progress.total) == (1, 2)


def test_in_force_and_status_on_state_the_same_rule(member, sections):
    """The queryset's `in_force` and the model's `status_on` agree on every kind of completion,
    on the day before, on and after the last valid day."""
    course = make_course("trygge-fellesskap", [make_module("partikultur")], validity_months=24)
    today = timezone.localdate()
    kinds = {
        "never expires": {"valid_until": None},
        "last day today": {"valid_until": today},
        "expired yesterday": {"valid_until": today - datetime.timedelta(days=1)},
        "valid a year": {"valid_until": today + datetime.timedelta(days=365)},
        "revoked": {"valid_until": None, "revoked_at": timezone.now()},
    }
    for cycle, (title, fields) in enumerate(kinds.items(), start=1):
        CourseCompletion.objects.create(
            user=member,
            course=course,
            course_title=title,
            cycle=cycle,
            completed_at=timezone.now(),
            **fields,
        )
    for day in (today - datetime.timedelta(days=1), today, today + datetime.timedelta(days=1)):
        in_force = set(CourseCompletion.objects.in_force(on=day).values_list("pk", flat=True))
        valid = {
            c.pk
            for c in CourseCompletion.objects.all()
            if c.status_on(day) == CompletionStatus.VALID
        }
        assert in_force == valid, day
    statuses = {c.course_title: c.status_on(today) for c in CourseCompletion.objects.all()}
    assert statuses == {
        "never expires": CompletionStatus.VALID,
        "last day today": CompletionStatus.VALID,
        "expired yesterday": CompletionStatus.EXPIRED,
        "valid a year": CompletionStatus.VALID,
        "revoked": CompletionStatus.REVOKED,
    }
