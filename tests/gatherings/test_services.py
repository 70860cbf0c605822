"""Sign-up, the waiting list, attendance and the completion rule of a blended course, against the
database."""

import datetime
from decimal import Decimal

import pytest
import time_machine

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CourseCompletion
from courses.services import module_complete
from gatherings.models import CourseRun, Signup, SignupStatus
from gatherings.queries import attended_enough
from gatherings.services import (
    ParticipantDetails,
    attendance_record,
    run_cancel,
    signup_cancel,
    signup_create,
    waiting_list_move_up,
)
from tests.gatherings.builders import after_the_gatherings, make_association, make_run

pytestmark = pytest.mark.django_db


def statuses(run):
    return dict(run.signups.values_list("user__email", "status"))


def test_places_then_waiting_list_in_order(
    run, vestland_members, mailoutbox, django_capture_on_commit_callbacks
):
    run.capacity = 2
    run.save()
    with django_capture_on_commit_callbacks(execute=True):
        for member in vestland_members[:4]:
            signup_create(user=member, run=run)

    assert [s.status for s in run.signups.order_by("requested_at", "pk")] == [
        SignupStatus.SIGNED_UP,
        SignupStatus.SIGNED_UP,
        SignupStatus.WAITING,
        SignupStatus.WAITING,
    ]
    # A place comes with the calendar file; the waiting list gets words only.
    placed, waiting = mailoutbox[0], mailoutbox[2]
    assert placed.to == [vestland_members[0].email]
    assert placed.attachments[0][0] == "samlinger.ics"
    assert "venteliste" in waiting.subject.lower() or "waiting" in waiting.subject.lower()
    assert waiting.attachments == []


def test_signing_up_twice_changes_nothing(run, vestland_members):
    first = signup_create(user=vestland_members[0], run=run)
    again = signup_create(user=vestland_members[0], run=run)
    assert first.pk == again.pk and Signup.objects.count() == 1


def test_cancelling_moves_the_first_on_the_waiting_list_up(
    run, vestland_members, mailoutbox, django_capture_on_commit_callbacks
):
    run.capacity = 1
    run.save()
    holder, first_waiting, second_waiting = vestland_members[:3]
    for member in (holder, first_waiting, second_waiting):
        signup_create(user=member, run=run)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        signup_cancel(user=holder, run=run)

    assert statuses(run) == {
        holder.email: SignupStatus.CANCELLED,
        first_waiting.email: SignupStatus.SIGNED_UP,
        second_waiting.email: SignupStatus.WAITING,
    }
    assert [message.to for message in mailoutbox] == [[first_waiting.email]]
    assert mailoutbox[0].attachments[0][0] == "samlinger.ics"


def test_signing_up_again_after_cancelling_goes_to_the_end_of_the_list(run, vestland_members):
    run.capacity = 1
    run.save()
    a, b, c = vestland_members[:3]
    for member in (a, b, c):
        signup_create(user=member, run=run)
    signup_cancel(user=b, run=run)  # b leaves the waiting list
    signup_create(user=b, run=run)  # and comes back behind c
    signup_cancel(user=a, run=run)

    assert statuses(run)[c.email] == SignupStatus.SIGNED_UP
    assert statuses(run)[b.email] == SignupStatus.WAITING


def test_leaving_the_waiting_list_gives_no_one_a_place(run, vestland_members):
    run.capacity = 1
    run.save()
    a, b, c = vestland_members[:3]
    for member in (a, b, c):
        signup_create(user=member, run=run)
    signup_cancel(user=b, run=run)
    assert statuses(run) == {
        a.email: SignupStatus.SIGNED_UP,
        b.email: SignupStatus.CANCELLED,
        c.email: SignupStatus.WAITING,
    }


def test_raised_capacity_fills_from_the_waiting_list(run, vestland_members):
    run.capacity = 1
    run.save()
    for member in vestland_members[:4]:
        signup_create(user=member, run=run)
    run.capacity = 3
    run.save()
    moved = waiting_list_move_up(run=run)
    assert [s.user for s in moved] == vestland_members[1:3]
    assert statuses(run)[vestland_members[3].email] == SignupStatus.WAITING


def test_no_sign_up_after_the_deadline_or_for_a_cancelled_run(run, vestland_members, course_leader):
    run.signup_deadline = timezone.now() - datetime.timedelta(minutes=1)
    run.save()
    with pytest.raises(ValidationError, match="Påmeldingsfristen har gått ut"):
        signup_create(user=vestland_members[0], run=run)
    run.signup_deadline = timezone.now() + datetime.timedelta(days=1)
    run.save()
    run_cancel(run=run, actor=course_leader)
    with pytest.raises(ValidationError, match="avlyst"):
        signup_create(user=vestland_members[0], run=run)
    assert not Signup.objects.exists()


def test_no_cancelling_once_the_course_has_started(run, vestland_members):
    signup_create(user=vestland_members[0], run=run)
    first = run.gathering_list[0]
    first.starts_at = timezone.now() - datetime.timedelta(hours=1)
    first.save()
    run.refresh_from_db()
    with pytest.raises(ValidationError):
        signup_cancel(user=vestland_members[0], run=run)


def test_members_outside_the_organising_branch_cannot_sign_up(run, trondheim_member):
    with pytest.raises(PermissionDenied):
        signup_create(user=trondheim_member, run=run)
    assert not Signup.objects.exists()


def test_a_county_run_is_open_to_every_branch_below_it(run, org, vestland_members):
    # Members of Bergen, Årstad, Voss and of the county itself.
    for member in vestland_members[:4]:
        signup_create(user=member, run=run)
    assert run.signups.count() == 4


def test_the_association_fields_are_kept_only_when_it_asks_for_them(
    blended_course, org, vestland_members
):
    association = make_association(asks_gender=False)
    reported = make_run(blended_course, org.vestland, association=association)
    not_reported = make_run(blended_course, org.vestland, title="Uten studieforbund")
    details = ParticipantDetails(birth_year=1988, gender="kvinne", postcode="5006")

    kept = signup_create(user=vestland_members[0], run=reported, details=details)
    dropped = signup_create(user=vestland_members[0], run=not_reported, details=details)

    assert (kept.birth_year, kept.gender, kept.postcode) == (1988, "", "5006")
    assert (dropped.birth_year, dropped.gender, dropped.postcode) == (None, "", "")


# Attendance and completion


def attend(run, by, marks_by_gathering):
    with after_the_gatherings(run):
        for gathering, marks in zip(run.gathering_list, marks_by_gathering, strict=True):
            attendance_record(run=run, gathering=gathering, by=by, marks=marks)


@pytest.mark.parametrize(
    ("attended", "total", "percent", "enough"),
    [
        (Decimal("6"), Decimal("8"), 75, True),  # exactly three quarters
        (Decimal("5.9"), Decimal("8"), 75, False),
        (Decimal("7.5"), Decimal("10"), 75, True),
        (Decimal("7.4"), Decimal("10"), 75, False),
        (Decimal("0"), Decimal("0"), 75, False),  # no teaching hours: nothing to attend
        (Decimal("8"), Decimal("8"), 100, True),
        (Decimal("1"), Decimal("100"), 1, True),
    ],
)
def test_the_three_quarters_rule_at_its_boundaries(attended, total, percent, enough):
    assert attended_enough(attended, total, percent) is enough


def complete_modules(user, course):
    for item in course.course_modules.select_related("module"):
        module_complete(user=user, module=item.module, course=course)


def test_modules_alone_do_not_complete_a_blended_course(run, vestland_members):
    member = vestland_members[0]
    signup_create(user=member, run=run)
    complete_modules(member, run.course)
    assert not CourseCompletion.objects.filter(user=member).exists()


def test_attending_exactly_three_quarters_completes_it(
    run, vestland_members, course_leader, django_capture_on_commit_callbacks
):
    """8 teaching hours: 6 is exactly ¾ and completes; 5.5 does not."""
    exact, short = vestland_members[:2]
    for member in (exact, short):
        signup_create(user=member, run=run)
        complete_modules(member, run.course)
    with django_capture_on_commit_callbacks(execute=True):
        attend(
            run,
            course_leader,
            [
                {exact.pk: Decimal(3), short.pk: Decimal(3)},
                {exact.pk: Decimal(3), short.pk: Decimal("2.5")},
                {exact.pk: None, short.pk: None},
            ],
        )

    assert CourseCompletion.objects.filter(user=exact, course=run.course).exists()
    assert not CourseCompletion.objects.filter(user=short, course=run.course).exists()
    certificate = Certificate.objects.get(user=exact)
    assert [(g["title"], g["hours"]) for g in certificate.gatherings] == [
        ("Samling 1", "3.0"),
        ("Samling 2", "3.0"),
    ]


def test_attendance_first_then_the_last_module_completes_it(run, vestland_members, course_leader):
    member = vestland_members[0]
    signup_create(user=member, run=run)
    attend(
        run,
        course_leader,
        [{member.pk: Decimal(3)}, {member.pk: Decimal(3)}, {member.pk: Decimal(2)}],
    )
    assert not CourseCompletion.objects.filter(user=member).exists()
    complete_modules(member, run.course)
    assert CourseCompletion.objects.filter(user=member, course=run.course).count() == 1


def test_a_configured_share_is_used(blended_course, org, vestland_members, course_leader):
    blended_course.attendance_percent_required = 50
    blended_course.save_revision().publish()
    run = make_run(blended_course, org.vestland, leaders=[course_leader])
    member = vestland_members[0]
    signup_create(user=member, run=run)
    complete_modules(member, run.course)
    attend(
        run, course_leader, [{member.pk: Decimal(3)}, {member.pk: Decimal(1)}, {member.pk: None}]
    )
    assert CourseCompletion.objects.filter(user=member).exists()  # 4 of 8 hours


def test_only_participants_with_a_place_can_be_marked(run, vestland_members, course_leader):
    placed, waiting = vestland_members[:2]
    run.capacity = 1
    run.save()
    signup_create(user=placed, run=run)
    signup_create(user=waiting, run=run)
    with after_the_gatherings(run), pytest.raises(ValidationError):
        attendance_record(
            run=run,
            gathering=run.gathering_list[0],
            by=course_leader,
            marks={waiting.pk: Decimal(1)},
        )


def test_no_more_hours_than_the_gathering_has(run, vestland_members, course_leader):
    member = vestland_members[0]
    signup_create(user=member, run=run)
    with after_the_gatherings(run), pytest.raises(ValidationError):
        attendance_record(
            run=run,
            gathering=run.gathering_list[0],
            by=course_leader,
            marks={member.pk: Decimal("3.5")},
        )


def test_changed_attendance_takes_the_confirmation_away(run, vestland_members, course_leader):
    from gatherings.services import run_confirm

    member = vestland_members[0]
    signup_create(user=member, run=run)
    run_confirm(run=run, by=course_leader)
    run.refresh_from_db()
    assert run.confirmed_by_name == "Máret Guttorm"
    with after_the_gatherings(run):
        attendance_record(
            run=run, gathering=run.gathering_list[0], by=course_leader, marks={member.pk: None}
        )
    run.refresh_from_db()
    assert run.confirmed_at is None


def test_cancelling_a_run_tells_everyone_once(
    run, vestland_members, course_leader, mailoutbox, django_capture_on_commit_callbacks
):
    run.capacity = 1
    run.save()
    for member in vestland_members[:2]:
        signup_create(user=member, run=run)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        run_cancel(run=run, actor=course_leader)
        run_cancel(run=run, actor=course_leader)
    assert sorted(message.to[0] for message in mailoutbox) == sorted(
        member.email for member in vestland_members[:2]
    )


def test_no_attendance_before_a_gathering_starts_or_on_a_cancelled_run(
    run, vestland_members, course_leader
):
    member = vestland_members[0]
    signup_create(user=member, run=run)
    first = run.gathering_list[0]
    with pytest.raises(ValidationError, match="når samlingen har startet"):
        attendance_record(run=run, gathering=first, by=course_leader, marks={member.pk: None})
    with time_machine.travel(first.starts_at):  # from the minute it starts
        attendance_record(run=run, gathering=first, by=course_leader, marks={member.pk: None})
        run_cancel(run=run, actor=course_leader)
        run.refresh_from_db()
        with pytest.raises(ValidationError, match="avlyst"):
            attendance_record(run=run, gathering=first, by=course_leader, marks={member.pk: None})


def test_taking_the_course_again_needs_a_new_run(
    blended_course, org, vestland_members, course_leader
):
    """After the completion expired, the modules done again do not complete the course on the
    old run's attendance; a run after the first completion does."""
    from courses.services import course_renewal_start

    member = vestland_members[0]
    old = make_run(blended_course, org.vestland, leaders=[course_leader])
    signup_create(user=member, run=old)
    complete_modules(member, blended_course)
    attend(
        old,
        course_leader,
        [{member.pk: Decimal(3)}, {member.pk: Decimal(3)}, {member.pk: Decimal(2)}],
    )
    first = CourseCompletion.objects.get(user=member)
    CourseCompletion.objects.filter(pk=first.pk).update(
        valid_until=timezone.localdate() - datetime.timedelta(days=1)
    )
    course_renewal_start(user=member, course=blended_course)
    complete_modules(member, blended_course)
    assert CourseCompletion.objects.filter(user=member).count() == 1

    later = make_run(
        blended_course,
        org.vestland,
        leaders=[course_leader],
        starts=first.completed_at + datetime.timedelta(days=30),
    )
    with time_machine.travel(later.signup_deadline - datetime.timedelta(days=1)):
        signup_create(user=member, run=later)
    attend(
        later,
        course_leader,
        [{member.pk: Decimal(3)}, {member.pk: Decimal(3)}, {member.pk: Decimal(2)}],
    )
    assert CourseCompletion.objects.filter(user=member).count() == 2


def test_a_changed_run_completes_the_course_for_those_it_now_counts(
    run, vestland_members, course_leader
):
    """5 of 8 hours is short of ¾; with the last gathering removed, 5 of 6 is enough."""
    from gatherings.services import run_completions_check

    member = vestland_members[0]
    signup_create(user=member, run=run)
    complete_modules(member, run.course)
    attend(
        run, course_leader, [{member.pk: Decimal(3)}, {member.pk: Decimal(2)}, {member.pk: None}]
    )
    assert not CourseCompletion.objects.filter(user=member).exists()
    run.gathering_list[-1].delete()
    run = CourseRun.objects.get(pk=run.pk)
    run_completions_check(run=run)
    assert CourseCompletion.objects.filter(user=member).exists()


def test_erasing_a_participant_gives_their_place_to_the_waiting_list(run, vestland_members):
    from skolering.personal_data import personal_data_erase

    run.capacity = 1
    run.save()
    holder, waiting = vestland_members[:2]
    signup_create(user=holder, run=run)
    signup_create(user=waiting, run=run)
    personal_data_erase(user=holder, actor=None, reason="request")
    assert Signup.objects.get(user=waiting).status == SignupStatus.SIGNED_UP


def test_the_sign_up_e_mail_is_in_the_members_language(
    run, vestland_members, mailoutbox, django_capture_on_commit_callbacks
):
    bokmal, nynorsk, english = vestland_members[:3]
    for member, language in ((nynorsk, "nn"), (english, "en")):
        member.preferred_language = language
        member.save(update_fields=["preferred_language"])
    with django_capture_on_commit_callbacks(execute=True):
        for member in (bokmal, nynorsk, english):
            signup_create(user=member, run=run)
    bodies = {message.to[0]: message.body for message in mailoutbox}
    title = run.title
    assert f"Du har plass på {title}. Samlingene:" in bodies[bokmal.email]
    assert f"Du har plass på {title}. Samlingane:" in bodies[nynorsk.email]
    assert f"You have a place on {title}. The gatherings:" in bodies[english.email]
