"""Demo blended course for `seed_demo`: the national course «Partiskolen trinn 1» with three
gatherings, run by Vestland with a course leader (kursleder@example.org), reported to a made-up
study association; it is full, with one member on the waiting list and attendance taken at the
first gathering. Bergen runs the same course with places free, for trying sign-up, led by
Bergen's leader. Idempotent."""

import datetime
from decimal import Decimal

from django.utils import timezone

from courses.models import CourseIndexPage, CoursePage, ModuleLibraryPage, Track
from devtools.courses.demo import ensure_course, ensure_module
from devtools.courses.demo_content.basic import INFLUENCE, ORGANISATION, RIGHTS
from devtools.courses.demo_content.culture import VALUES
from gatherings.models import CourseRun, Gathering, SignupStatus, StudyAssociation
from gatherings.services import ParticipantDetails, attendance_record, signup_create
from skolering.models import Branch, User

COURSE_LEADER = (
    "kursleder@example.org",
    "Máret",
    "Guttorm",
    "course leader of Partiskolen trinn 1 in Vestland (takes attendance)",
)
DEMO_LOGINS = (COURSE_LEADER,)

COURSE = (
    "partiskolen-trinn-1",
    "Partiskolen trinn 1",
    Track.GRUNNSKOLERING,
    "Fylkenes partiskole for nye tillitsvalgte: tre samlinger med foredrag, gruppearbeid og "
    "øvelser, og modulene på nett mellom samlingene.",
    "Nye tillitsvalgte og medlemmer som vil ta på seg verv",
    [
        "Forklare hvordan partiet er bygd opp og hvor vedtakene fattes",
        "Bruke rettighetene sine som medlem og hjelpe andre å bruke sine",
        "Bidra til et trygt og inkluderende fellesskap i laget",
    ],
    None,
)
MODULES = (ORGANISATION, RIGHTS, VALUES, INFLUENCE)
ASSOCIATION = ("Studieforbundet Felles Læring (demo)", "999000111")

# Vestland's run: full (8 places) with one more on the waiting list; the first gathering was
# last week. (email, year of birth, gender, postcode) of the participants, in sign-up order.
VESTLAND_PARTICIPANTS = (
    ("tillitsvalgt@example.org", 1975, "mann", "5007"),
    ("folkevalgt@example.org", 1992, "kvinne", "5055"),
    ("demo.medlem32@example.org", 1969, "kvinne", "5009"),
    ("demo.medlem33@example.org", 2001, "annet", "5031"),
    ("demo.medlem34@example.org", 1983, "mann", "5700"),
    ("leder@example.org", 1971, "kvinne", "5010"),
    ("fylkesleder@example.org", 1964, "mann", "5700"),
    ("demo.medlem01@example.org", 1990, "kvinne", "5063"),
    ("demo.medlem09@example.org", 1958, "kvinne", "5068"),  # the ninth: on the waiting list
)
# Hours at the first gathering (3 teaching hours), where not all of it; None for absent.
FIRST_GATHERING_HOURS = {
    "demo.medlem33@example.org": Decimal(2),  # Ravdna Ŧuoddar came late
    "demo.medlem34@example.org": None,  # Henrik Grønås was away
}


def seed(*, stdout) -> None:
    course = ensure_blended_course()
    association, _created = StudyAssociation.objects.get_or_create(
        name=ASSOCIATION[0], defaults={"organisation_number": ASSOCIATION[1]}
    )
    leader = User.objects.get(email=COURSE_LEADER[0])
    if not CourseRun.objects.filter(course=course).exists():
        seed_vestland_run(course, association, leader)
        seed_bergen_run(course)
    stdout.write(f"Course runs: {CourseRun.objects.count()}.")


def ensure_blended_course() -> CoursePage:
    library = ModuleLibraryPage.objects.get(locale__language_code="nb")
    modules = [(ensure_module(library, module), True) for module in MODULES]
    course = ensure_course(
        CourseIndexPage.objects.get(locale__language_code="nb"), *COURSE, modules
    )
    if not course.gatherings_planned:
        course.gatherings_planned = 3
        course.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def _at(days: int, hour: int, minute: int = 0) -> datetime.datetime:
    """Oslo time, `days` from today."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def seed_vestland_run(course, association, leader) -> None:
    run = CourseRun(
        course=course,
        branch=Branch.objects.get(slug="vestland"),
        title="Partiskolen trinn 1 – Vestland",
        description=(
            "Tre samlinger for nye tillitsvalgte i Vestland. Ta gjerne modulene på nett før "
            "første samling. Reise dekkes etter partiets satser; si fra om du trenger "
            "tilrettelegging."
        ),
        capacity=8,
        signup_deadline=_at(3, 23, 59),
        study_association=association,
        study_plan_reference="FL-2026-0417",
    )
    run.gatherings = [
        Gathering(
            title="Samling 1: Partiet og medlemmet",
            starts_at=_at(-6, 17, 30),
            ends_at=_at(-6, 20, 0),
            place="Folkets Hus, Håkonsgaten 2, 5015 Bergen",
            teaching_hours=Decimal(3),
        ),
        Gathering(
            title="Samling 2: Trygge fellesskap (digital)",
            starts_at=_at(8, 18, 0),
            ends_at=_at(8, 20, 15),
            meeting_url="https://møte.example.org/partiskolen-vestland",
            teaching_hours=Decimal(3),
        ),
        Gathering(
            title="Samling 3: Å påvirke – fra forslag til vedtak",
            starts_at=_at(22, 10, 0),
            ends_at=_at(22, 15, 0),
            place="Vossavangen kulturhus, Uttrågata 15, 5700 Voss",
            teaching_hours=Decimal(6),
        ),
    ]
    run.save()
    run.leaders.add(leader)
    for email, birth_year, gender, postcode in VESTLAND_PARTICIPANTS:
        signup_create(
            user=User.objects.get(email=email),
            run=run,
            details=ParticipantDetails(birth_year, gender, postcode),
            notify=False,
        )
    first = run.gathering_list[0]
    participants = run.signups.filter(status=SignupStatus.SIGNED_UP).select_related("user")
    marks = {
        signup.user_id: FIRST_GATHERING_HOURS.get(signup.user.email, first.teaching_hours)
        for signup in participants
    }
    attendance_record(run=run, gathering=first, by=leader, marks=marks)


def seed_bergen_run(course) -> None:
    """Led by Bergen's leader, Kari Nilsen, with no study association."""
    run = CourseRun(
        course=course,
        branch=Branch.objects.get(slug="bergen"),
        title="Partiskolen trinn 1 – Bergen, våren",
        description="Bergen Arbeiderparti kjører partiskolen på kveldstid i vår.",
        capacity=20,
        signup_deadline=_at(60, 12, 0),
    )
    run.gatherings = [
        Gathering(
            title=f"Kveld {number}",
            starts_at=_at(70 + 14 * number, 18, 0),
            ends_at=_at(70 + 14 * number, 21, 0),
            place="Bergen Arbeiderparti, Kaigaten 4, 5016 Bergen",
            teaching_hours=Decimal(4),
        )
        for number in (1, 2, 3)
    ]
    run.save()
    run.leaders.add(User.objects.get(email="leder@example.org"))
