"""The pages of gatherings through the test client: members sign up and cancel, course leaders
take attendance and write to participants, branch leaders see their branches' runs. Bad input
gets a Norwegian message and a 4xx; other people's runs do not exist."""

from decimal import Decimal

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from gatherings.models import Attendance, CourseRun, RunMessage, Signup, SignupStatus
from gatherings.services import ParticipantDetails, attendance_record, signup_create
from skolering.models import AuditEvent
from tests.gatherings.builders import after_the_gatherings, make_association, make_run

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"gatherings:{name}", args=args)


@pytest.fixture
def member(vestland_members):
    return vestland_members[0]


def test_a_member_sees_the_runs_open_to_them(client, run, member, trondheim_member):
    client.force_login(member)
    page = client.get(url("runs")).content.decode()
    assert (run.title in page and "10 ledige plasser" in page) or "10 places free" in page

    client.force_login(trondheim_member)
    assert run.title not in client.get(url("runs")).content.decode()
    assert client.get(url("run", run.pk)).status_code == 404


def test_signing_up_without_javascript(
    client, run, member, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("signup", run.pk))
    assert response.status_code == 302 and response["Location"] == url("run", run.pk)
    assert Signup.objects.get(user=member).status == SignupStatus.SIGNED_UP
    page = client.get(url("run", run.pk)).content.decode()
    assert url("run_ics", run.pk) in page and url("cancel", run.pk) in page
    assert mailoutbox[0].to == [member.email]

    calendar = client.get(url("run_ics", run.pk))
    assert calendar.status_code == 200
    assert calendar["Content-Type"].startswith("text/calendar")
    assert "attachment" in calendar["Content-Disposition"]


def test_the_calendar_file_is_only_for_those_with_a_place(client, run, member):
    client.force_login(member)
    assert client.get(url("run_ics", run.pk)).status_code == 404


def test_a_full_run_offers_the_waiting_list(client, run, vestland_members):
    run.capacity = 1
    run.save()
    signup_create(user=vestland_members[1], run=run)
    client.force_login(vestland_members[0])
    page = client.get(url("run", run.pk)).content.decode()
    assert "venteliste" in page.lower() or "waiting list" in page.lower()
    client.post(url("signup", run.pk))
    assert Signup.objects.get(user=vestland_members[0]).status == SignupStatus.WAITING


def test_cancelling_without_javascript(client, run, member):
    signup_create(user=member, run=run)
    client.force_login(member)
    assert client.post(url("cancel", run.pk)).status_code == 302
    assert Signup.objects.get(user=member).status == SignupStatus.CANCELLED


def test_the_association_fields_are_asked_with_their_purpose(client, blended_course, org, member):
    run = make_run(blended_course, org.vestland, association=make_association())
    client.force_login(member)
    page = client.get(url("run", run.pk)).content.decode()
    assert "Studieforbundet Læring og Fellesskap" in page
    assert 'name="birth_year"' in page and 'name="postcode"' in page

    bad = client.post(
        url("signup", run.pk), {"birth_year": "1788", "gender": "x", "postcode": "50"}
    )
    assert bad.status_code == 400
    assert not Signup.objects.exists()

    good = client.post(
        url("signup", run.pk), {"birth_year": "1988", "gender": "kvinne", "postcode": "5006"}
    )
    assert good.status_code == 302
    assert Signup.objects.get(user=member).postcode == "5006"


def test_the_sign_up_form_is_plain_for_a_run_without_an_association(client, run, member):
    client.force_login(member)
    page = client.get(url("run", run.pk)).content.decode()
    assert 'name="birth_year"' not in page and 'name="postcode"' not in page
    # Tampered fields are ignored.
    client.post(url("signup", run.pk), {"birth_year": "1950", "postcode": "0001"})
    assert Signup.objects.get(user=member).birth_year is None


@pytest.mark.parametrize(
    "path", ["/samlinger/999999/", "/samlinger/999999/pamelding/", "/kursleder/999999/"]
)
def test_unknown_runs_do_not_exist(client, member, path):
    client.force_login(member)
    response = client.post(path) if "pamelding" in path else client.get(path)
    assert response.status_code == 404


def test_member_pages_need_a_login(client, run):
    for path in (url("runs"), url("run", run.pk), url("feed"), url("leader_runs")):
        assert client.get(path).status_code == 302


def test_the_feed_page_shows_and_resets_the_address(client, member):
    client.force_login(member)
    first = client.get(url("feed"))
    assert "no-store" in first["Cache-Control"] or "max-age=0" in first["Cache-Control"]
    client.post(url("feed_reset"))
    second = client.get(url("feed"))

    def token_of(response):
        return response.content.decode().split("/kalender/")[1].split(".ics")[0]

    assert token_of(first) != token_of(second)
    assert AuditEvent.objects.filter(action="gatherings.feed_reset").count() == 1


# Course leaders


def test_course_leader_pages_are_only_for_the_runs_leaders(client, run, member, vestland_leader):
    for user in (member, vestland_leader):
        client.force_login(user)
        for path in (
            url("leader_run", run.pk),
            url("attendance", run.pk, run.gathering_list[0].pk),
            url("material", run.pk),
            url("message", run.pk),
            url("report", run.pk),
            url("report_csv", run.pk),
        ):
            assert client.get(path).status_code == 404, path


def test_taking_attendance_without_javascript(client, started_run, vestland_members, course_leader):
    came, partly, away = vestland_members[:3]
    for person in (came, partly, away):
        signup_create(user=person, run=started_run)
    gathering = started_run.gathering_list[0]
    client.force_login(course_leader)
    form = client.get(url("attendance", started_run.pk, gathering.pk)).content.decode()
    assert "Áile Ŋáŋŋás" in form and f'name="present-{came.pk}"' in form

    response = client.post(
        url("attendance", started_run.pk, gathering.pk),
        {f"present-{came.pk}": "on", f"present-{partly.pk}": "on", f"hours-{partly.pk}": "1,5"},
    )

    assert response.status_code == 302
    hours = dict(Attendance.objects.values_list("user_id", "hours"))
    assert hours == {came.pk: Decimal(3), partly.pk: Decimal("1.5"), away.pk: Decimal(0)}
    again = client.get(url("attendance", started_run.pk, gathering.pk)).content.decode()
    assert f'id="present-{came.pk}" name="present-{came.pk}" checked' in again
    assert 'value="1,5"' in again


@pytest.mark.parametrize("typed", ["4", "-1", "tre", "NaN", "1e9", "0"])
def test_impossible_hours_are_refused_and_nothing_is_saved(
    client, started_run, member, course_leader, typed
):
    signup_create(user=member, run=started_run)
    client.force_login(course_leader)
    gathering = started_run.gathering_list[0]
    response = client.post(
        url("attendance", started_run.pk, gathering.pk),
        {f"present-{member.pk}": "on", f"hours-{member.pk}": typed},
    )
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_gathering_of_another_run_is_not_found(client, run, blended_course, org, course_leader):
    other = make_run(blended_course, org.vestland, title="Annen")
    client.force_login(course_leader)
    assert client.get(url("attendance", run.pk, other.gathering_list[0].pk)).status_code == 404


def test_people_who_are_not_participants_cannot_be_marked_by_tampering(
    client, started_run, member, trondheim_member, course_leader
):
    signup_create(user=member, run=started_run)
    client.force_login(course_leader)
    client.post(
        url("attendance", started_run.pk, started_run.gathering_list[0].pk),
        {f"present-{trondheim_member.pk}": "on"},
    )
    assert not Attendance.objects.filter(user=trondheim_member).exists()


def test_a_message_to_all_participants(
    client, run, vestland_members, course_leader, mailoutbox, django_capture_on_commit_callbacks
):
    run.capacity = 2
    run.save()
    for person in vestland_members[:3]:
        signup_create(user=person, run=run)
    mailoutbox.clear()
    client.force_login(course_leader)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("message", run.pk),
            {
                "subject": "Oppmøte på Voss",
                "body": "Vi møtes på Vossavangen kl. 10. Ta med matpakke!",
            },
        )
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mailoutbox) == sorted(p.email for p in vestland_members[:2])
    assert mailoutbox[0].reply_to == [course_leader.email]
    assert "Oppmøte på Voss" in mailoutbox[0].subject
    assert RunMessage.objects.get().recipients == 2


@pytest.mark.parametrize(
    ("subject", "body"), [("", "tekst"), ("Emne", ""), ("x" * 151, "tekst"), ("Emne", "x" * 5001)]
)
def test_a_bad_message_is_refused(client, run, course_leader, subject, body):
    client.force_login(course_leader)
    assert (
        client.post(url("message", run.pk), {"subject": subject, "body": body}).status_code == 400
    )
    assert not RunMessage.objects.exists()


def test_the_course_leader_material_gathers_the_modules_notes(client, run, course_leader):
    client.force_login(course_leader)
    page = client.get(url("material", run.pk)).content.decode()
    assert "Del inn i grupper på fire." in page
    assert page.index("Partiskolen modul 1") < page.index("Partiskolen modul 2")


def test_looking_at_participants_is_audited(client, run, course_leader):
    client.force_login(course_leader)
    client.get(url("leader_run", run.pk))
    assert AuditEvent.objects.filter(
        action="gatherings.participants.view", actor=course_leader
    ).exists()


# Branch leaders


def test_branch_leaders_see_their_subtrees_runs_only(
    client, blended_course, org, bergen_leader, vestland_leader
):
    county = make_run(blended_course, org.vestland, title="Fylkets partiskole")
    local = make_run(blended_course, org.bergen, title="Bergens kveldskurs")
    elsewhere = make_run(blended_course, org.trondheim, title="Trondheims partiskole")

    client.force_login(vestland_leader)
    page = client.get(url("branch_runs")).content.decode()
    assert county.title in page and local.title in page and elsewhere.title not in page

    client.force_login(bergen_leader)
    page = client.get(url("branch_runs")).content.decode()
    assert local.title in page and county.title not in page and elsewhere.title not in page
    assert client.get(url("branch_runs") + f"?lag={org.trondheim.pk}").status_code == 404


def test_branch_runs_are_for_leaders(client, member):
    client.force_login(member)
    assert client.get(url("branch_runs")).status_code == 403


def page_queries(client, pages) -> dict[str, int]:
    counts = {}
    for user, paths in pages:
        client.force_login(user)
        for path in paths:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(path).status_code == 200, path
            counts[f"{user.email} {path}"] = len(queries)
    return counts


def test_query_counts_do_not_grow_with_rows(
    client, blended_course, org, vestland_members, course_leader, vestland_leader
):
    """Each page asks the same number of queries for 2 runs, participants and marks as for 8
    runs and 12 participants with attendance at every gathering."""
    association = make_association()

    def grow(runs: int, people: int):
        made = [
            make_run(
                blended_course,
                org.vestland,
                title=f"Kurs {n}",
                leaders=[course_leader],
                association=association,
                capacity=20,
            )
            for n in range(runs)
        ]
        for person in vestland_members[:people]:
            for run in made[:2]:
                signup_create(
                    user=person, run=run, details=ParticipantDetails(1980, "mann", "5000")
                )
        with after_the_gatherings(made[0]):
            for gathering in made[0].gathering_list:
                attendance_record(
                    run=made[0],
                    gathering=gathering,
                    by=course_leader,
                    marks={person.pk: Decimal(1) for person in vestland_members[:people]},
                )
        return made

    def pages(run):
        return [
            (vestland_members[0], [url("runs"), url("run", run.pk), "/mine-kurs/"]),
            (
                course_leader,
                [
                    url("leader_runs"),
                    url("leader_run", run.pk),
                    url("attendance", run.pk, run.gathering_list[0].pk),
                    url("report", run.pk),
                    url("material", run.pk),
                ],
            ),
            (vestland_leader, [url("branch_runs")]),
        ]

    small = grow(2, 2)[0]
    page_queries(client, pages(small))  # once to fill the caches (the site's root paths)
    few = page_queries(client, pages(small))
    CourseRun.objects.exclude(pk=small.pk).delete()
    Signup.objects.all().delete()
    Attendance.objects.all().delete()
    large = grow(8, 12)[0]
    many = page_queries(client, pages(large))

    assert list(few.values()) == list(many.values()), (few, many)
    assert max(many.values()) <= 12, many


# The study association's report


def test_the_course_leader_exports_the_attendance_list(
    client, blended_course, org, vestland_members, course_leader
):
    from gatherings.services import ParticipantDetails

    run = make_run(
        blended_course, org.vestland, association=make_association(), leaders=[course_leader]
    )
    signup_create(
        user=vestland_members[0], run=run, details=ParticipantDetails(1988, "kvinne", "5006")
    )
    client.force_login(course_leader)
    page = client.get(url("report", run.pk)).content.decode()
    assert "Kurslederen har ikke bekreftet fremmøtelisten." in page

    csv = client.get(url("report_csv", run.pk))
    pdf = client.get(url("report_pdf", run.pk))

    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    assert "Ŋáŋŋás" in csv.content.decode("utf-8-sig")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert "attachment" in pdf["Content-Disposition"]
    formats = AuditEvent.objects.filter(action="gatherings.report.export").values_list(
        "details__format", flat=True
    )
    assert sorted(formats) == ["csv", "pdf"]


def test_confirming_the_attendance_list(client, blended_course, org, course_leader):
    run = make_run(
        blended_course, org.vestland, association=make_association(), leaders=[course_leader]
    )
    client.force_login(course_leader)
    assert client.post(url("confirm", run.pk)).status_code == 302
    page = client.get(url("report", run.pk)).content.decode()
    assert "Bekreftet av Máret Guttorm" in page


def test_a_run_without_an_association_has_no_attendance_list_to_export(client, run, course_leader):
    client.force_login(course_leader)
    assert client.get(url("report_csv", run.pk)).status_code == 404
    assert (
        "rapporteres ikke til noe studieforbund"
        in client.get(url("report", run.pk)).content.decode()
    )


def test_the_certificate_lists_the_gatherings_attended(
    client, run, vestland_members, course_leader, django_capture_on_commit_callbacks
):
    import io

    from pypdf import PdfReader

    from certificates.models import Certificate
    from courses.services import module_complete

    member = vestland_members[0]
    signup_create(user=member, run=run)
    for item in run.course.course_modules.select_related("module"):
        module_complete(user=member, module=item.module, course=run.course)
    with django_capture_on_commit_callbacks(execute=True), after_the_gatherings(run):
        for gathering in run.gathering_list:
            attendance_record(
                run=run,
                gathering=gathering,
                by=course_leader,
                marks={member.pk: gathering.teaching_hours},
            )
    certificate = Certificate.objects.get(user=member)
    client.force_login(member)
    response = client.get(reverse("certificate_pdf", args=[certificate.code]))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Samlinger deltatt på" in text
    assert "Samling 3" in text and "2 kurstimer" in text
