"""Course runs in the Wagtail admin: a county's training administrator plans the county's runs
(with gatherings, course leaders by e-mail or member number, and a study association), and sees
no other county's; raising the capacity moves the waiting list up; cancelling tells everyone."""

import datetime
from decimal import Decimal

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data

from devtools.factories import UserFactory
from gatherings.models import CourseRun, Signup, SignupStatus
from gatherings.services import signup_create
from skolering.editorial import TRAINING_ADMINISTRATORS
from skolering.models import Role
from tests.gatherings.builders import make_association, make_run

pytestmark = pytest.mark.django_db

LOCAL = "%Y-%m-%d %H:%M"


@pytest.fixture
def county_admin(site_pages, org, make_role):
    user = UserFactory(email="fylkesleder@example.org", first_name="Per", last_name="Johansen")
    make_role(user, org.vestland, Role.LEDER)
    user.groups.add(Group.objects.get(name=TRAINING_ADMINISTRATORS))
    return user


def when(days, hour):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0).strftime(LOCAL)


def existing_gatherings(run) -> list[dict]:
    """The run's gatherings as its edit form posts them, unchanged."""
    return [
        {
            "id": str(gathering.pk),
            "title": gathering.title,
            "starts_at": timezone.localtime(gathering.starts_at).strftime(LOCAL),
            "ends_at": timezone.localtime(gathering.ends_at).strftime(LOCAL),
            "place": gathering.place,
            "meeting_url": gathering.meeting_url,
            "teaching_hours": str(gathering.teaching_hours),
        }
        for gathering in run.gathering_list
    ]


def run_form(
    course, branch, *, leaders="kursleder@example.org", gatherings=None, initial=0, **changes
):
    gatherings = gatherings or [
        {
            "title": "Samling 1: Partiet og medlemmet",
            "starts_at": when(20, 17),
            "ends_at": when(20, 20),
            "place": "Folkets Hus, Håkonsgaten 2, Bergen",
            "meeting_url": "",
            "teaching_hours": "3",
        },
        {
            "title": "Samling 2 (digital)",
            "starts_at": when(27, 18),
            "ends_at": when(27, 20),
            "place": "",
            "meeting_url": "https://møte.example.org/vestland",
            "teaching_hours": "2",
        },
    ]
    data = {
        "course": course.pk,
        "branch": branch.pk,
        "title": "Partiskolen trinn 1 – Vestland, våren",
        "description": "Tre samlinger for nye tillitsvalgte.",
        "capacity": "12",
        "signup_deadline": when(15, 23),
        "leader_identifiers": leaders,
        "study_association": "",
        "study_plan_reference": "",
        "gatherings": inline_formset(gatherings, initial=initial),
    }
    return nested_form_data(data | changes)


def test_a_county_administrator_plans_a_run_with_gatherings(
    client, county_admin, blended_course, org, course_leader
):
    client.force_login(county_admin)
    response = client.post(
        reverse("course_runs:add"),
        run_form(blended_course, org.bergen, leaders="KURSLEDER@example.org\n"),
    )
    assert response.status_code == 302, response.context["form"].errors
    run = CourseRun.objects.get()
    assert (run.branch, run.course_title, run.capacity) == (org.bergen, blended_course.title, 12)
    assert list(run.leaders.all()) == [course_leader]
    first, digital = run.gathering_list
    assert timezone.localtime(first.starts_at).hour == 17
    assert digital.is_digital and not first.is_digital


def test_course_leaders_by_member_number_and_unknown_ones_refused(
    client, county_admin, blended_course, org, course_leader
):
    course_leader.member_number = "100006"
    course_leader.save()
    client.force_login(county_admin)
    response = client.post(
        reverse("course_runs:add"),
        run_form(blended_course, org.vestland, leaders="100006\nukjent@example.org"),
    )
    assert response.status_code == 200
    assert "«ukjent@example.org»" in str(response.context["form"].errors["leader_identifiers"])
    assert not CourseRun.objects.exists()
    client.post(
        reverse("course_runs:add"), run_form(blended_course, org.vestland, leaders="100006")
    )
    assert list(CourseRun.objects.get().leaders.all()) == [course_leader]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"ends_at": when(20, 16)}, "ends_at"),  # ends before it starts
        ({"place": ""}, "place"),  # neither a place nor a link
        ({"teaching_hours": "5"}, "teaching_hours"),  # five 45-minute hours do not fit in 3 hours
    ],
)
def test_impossible_gatherings_are_refused(
    client, county_admin, blended_course, org, change, field
):
    gathering = {
        "title": "Samling",
        "starts_at": when(20, 17),
        "ends_at": when(20, 20),
        "place": "Voss",
        "meeting_url": "",
        "teaching_hours": "3",
    } | change
    client.force_login(county_admin)
    response = client.post(
        reverse("course_runs:add"), run_form(blended_course, org.vestland, gatherings=[gathering])
    )
    assert response.status_code == 200
    assert not CourseRun.objects.exists()
    assert field in response.content.decode()


def test_only_branches_in_the_administrators_part_can_organise(
    client, county_admin, blended_course, org
):
    client.force_login(county_admin)
    response = client.post(reverse("course_runs:add"), run_form(blended_course, org.trondheim))
    assert response.status_code == 200 and not CourseRun.objects.exists()


def test_other_counties_runs_do_not_exist_for_the_administrator(
    client, county_admin, blended_course, org
):
    ours = make_run(blended_course, org.voss, title="Voss sin partiskole")
    theirs = make_run(blended_course, org.trondheim, title="Trondheims partiskole")
    client.force_login(county_admin)
    listing = client.get(reverse("course_runs:index")).content.decode()
    assert ours.title in listing and theirs.title not in listing
    assert client.get(reverse("course_runs:edit", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("course_runs:edit", args=[ours.pk])).status_code == 200


def test_a_raised_capacity_gives_the_waiting_list_places(
    client,
    county_admin,
    blended_course,
    org,
    vestland_members,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    run = make_run(blended_course, org.vestland, capacity=1)
    for member in vestland_members[:3]:
        signup_create(user=member, run=run)
    mailoutbox.clear()
    client.force_login(county_admin)
    data = run_form(
        blended_course,
        org.vestland,
        capacity="2",
        leaders="",
        gatherings=existing_gatherings(run),
        initial=3,
        signup_deadline=when(10, 12),
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("course_runs:edit", args=[run.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    assert Signup.objects.filter(run=run, status=SignupStatus.SIGNED_UP).count() == 2
    assert [message.to for message in mailoutbox] == [[vestland_members[1].email]]


def test_cancelling_a_run_in_the_admin(
    client,
    county_admin,
    blended_course,
    org,
    vestland_members,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    run = make_run(blended_course, org.vestland)
    signup_create(user=vestland_members[0], run=run)
    mailoutbox.clear()
    client.force_login(county_admin)
    data = run_form(blended_course, org.vestland, leaders="", cancel_run="on")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("course_runs:edit", args=[run.pk]), data)
    run.refresh_from_db()
    assert run.is_cancelled
    assert "Avlyst" in mailoutbox[0].subject


def test_study_associations_are_for_those_given_them(client, county_admin, site_pages):
    association = make_association()
    client.force_login(county_admin)
    assert client.get(reverse("study_associations:index")).status_code == 200
    assert client.get(reverse("study_associations:edit", args=[association.pk])).status_code == 302


def test_course_leaders_must_be_people_of_the_administrators_branches(
    client, county_admin, blended_course, org, trondheim_member
):
    """The administrator can neither make a Trondheim member a course leader (who would see the
    participants) nor learn from the answer whether an address belongs to a member."""
    client.force_login(county_admin)
    response = client.post(
        reverse("course_runs:add"),
        run_form(blended_course, org.vestland, leaders=trondheim_member.email),
    )
    assert response.status_code == 200 and not CourseRun.objects.exists()
    unknown = client.post(
        reverse("course_runs:add"),
        run_form(blended_course, org.vestland, leaders="ingen@example.org"),
    )
    message = "Ingen med medlemskap eller verv i lagene du administrerer"
    assert message in str(response.context["form"].errors["leader_identifiers"])
    assert message in str(unknown.context["form"].errors["leader_identifiers"])


def test_only_published_national_and_own_courses_are_offered(
    client, county_admin, blended_course, org
):
    from tests.courses.builders import make_branch_page
    from tests.gatherings.builders import make_blended_course

    trondheim_course = make_blended_course("trondheims-skole")
    trondheim_section = make_branch_page(org.trondheim)
    trondheim_course.move(trondheim_section, pos="last-child")
    bergen_section = make_branch_page(org.bergen)
    bergen_course = make_blended_course("bergens-skole")
    bergen_course.move(bergen_section, pos="last-child")
    draft = make_blended_course("utkast")
    draft.unpublish()
    client.force_login(county_admin)
    offered = set(client.get(reverse("course_runs:add")).context["form"].fields["course"].queryset)
    assert {blended_course.pk, bergen_course.pk} == {page.pk for page in offered}


def test_a_run_with_sign_ups_is_cancelled_not_deleted(
    client, county_admin, blended_course, org, vestland_members
):
    run = make_run(blended_course, org.vestland)
    signup_create(user=vestland_members[0], run=run)
    client.force_login(county_admin)
    response = client.post(reverse("course_runs:delete", args=[run.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("course_runs:edit", args=[run.pk])
    assert CourseRun.objects.filter(pk=run.pk).exists()
    empty = make_run(blended_course, org.vestland, title="Tom")
    client.post(reverse("course_runs:delete", args=[empty.pk]))
    assert not CourseRun.objects.filter(pk=empty.pk).exists()


def test_a_gathering_with_attendance_is_kept(
    client, county_admin, blended_course, org, vestland_members, course_leader
):
    from decimal import Decimal

    from gatherings.services import attendance_record
    from tests.gatherings.builders import after_the_gatherings

    run = make_run(blended_course, org.vestland, hours=[Decimal(2)], leaders=[course_leader])
    signup_create(user=vestland_members[0], run=run)
    with after_the_gatherings(run):
        attendance_record(
            run=run,
            gathering=run.gathering_list[0],
            by=course_leader,
            marks={vestland_members[0].pk: Decimal(2)},
        )
    gathering = run.gathering_list[0]
    data = run_form(blended_course, org.vestland, leaders="")
    data.update(
        {
            "gatherings-0-id": str(gathering.pk),
            "gatherings-0-DELETE": "1",
            "gatherings-INITIAL_FORMS": "1",
        }
    )
    client.force_login(county_admin)
    response = client.post(reverse("course_runs:edit", args=[run.pk]), data)
    assert response.status_code == 200
    assert "fremmøtelisten skal tas vare på" in response.content.decode()
    assert run.gatherings.filter(pk=gathering.pk).exists()


def test_the_deadline_is_before_the_last_gathering(client, county_admin, blended_course, org):
    client.force_login(county_admin)
    response = client.post(
        reverse("course_runs:add"),
        run_form(blended_course, org.vestland, signup_deadline=when(40, 12)),
    )
    assert response.status_code == 200 and not CourseRun.objects.exists()
    assert "Påmeldingsfristen må være før siste samling." in str(response.context["form"].errors)


def test_a_copy_is_a_new_run_with_nothing_to_cancel(client, county_admin, blended_course, org):
    run = make_run(blended_course, org.vestland)
    client.force_login(county_admin)
    edit = client.get(reverse("course_runs:edit", args=[run.pk])).content.decode()
    copy = client.get(reverse("course_runs:copy", args=[run.pk])).content.decode()
    assert 'name="cancel_run"' in edit
    assert 'name="cancel_run"' not in copy
    assert run.title in copy  # the copy starts from the run's own details


def test_changed_times_are_told_to_those_with_a_place(
    client,
    county_admin,
    blended_course,
    org,
    vestland_members,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    import icalendar

    run = make_run(blended_course, org.vestland, capacity=1, hours=[Decimal(2)])
    placed, waiting = vestland_members[:2]
    signup_create(user=placed, run=run)
    signup_create(user=waiting, run=run)
    (unchanged,) = existing_gatherings(run)
    client.force_login(county_admin)
    edit = reverse("course_runs:edit", args=[run.pk])
    mailoutbox.clear()

    def save(gathering, **changes):
        form = run_form(
            blended_course,
            org.vestland,
            leaders="",
            capacity="1",
            gatherings=[gathering],
            initial=1,
            signup_deadline=when(10, 12),
            **changes,
        )
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(edit, form)

    save(unchanged, title="Nytt navn")
    assert mailoutbox == []  # the name changed, not when or where

    moved = unchanged | {"place": "Vossavangen kulturhus, Uttrågata 15, Voss"}
    response = save(moved)
    assert response.status_code == 302, response.context["form"].errors
    (message,) = mailoutbox
    assert message.to == [placed.email] and message.subject.startswith("Endret:")
    (event,) = icalendar.Calendar.from_ical(message.attachments[0][1]).walk("VEVENT")
    assert str(event["location"]) == "Vossavangen kulturhus, Uttrågata 15, Voss"
