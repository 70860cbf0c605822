"""Demo requirements for `seed_demo`: the party-culture course for officers and elected
representatives, the leadership course for leaders, and the basic course for new members; a
national training officer and a county leader who administer them; and a spread of statuses
(one officer's course expiring soon, one's expired). Idempotent."""

import datetime

from django.utils import timezone

from certificates.models import Certificate
from compliance.models import Audience, CourseRequirement, Target
from compliance.site_setup import administrators_group
from courses.models import CourseCompletion, CoursePage
from devtools.courses.demo import complete_module
from devtools.factories import UserFactory
from skolering.models import Branch, Role, RoleAssignment, User

NATIONAL_TRAINER = (
    "sentralt@example.org",
    "Hanne",
    "Strand",
    "national training officer: sees every branch, sets requirements",
)
DEMO_LOGINS = (NATIONAL_TRAINER,)

# (course slug, who, what, within days, renew on expiry, for those who started in the last N
# days only): the basic course is for members who joined after the onboarding began, a year ago.
REQUIREMENTS = (
    ("trygge-fellesskap", Audience.TILLITSVALGT, Target.COMPLETE, 90, True, None),
    ("trygge-fellesskap", Audience.FOLKEVALGT, Target.COMPLETE, 90, True, None),
    ("lederkurs", Audience.LEDER, Target.COMPLETE, 180, True, None),
    ("grunnkurs", Audience.MEMBER, Target.START, 30, False, 365),
)

# Officers who took the party-culture course long ago: (email, days until it expires).
OLD_COMPLETIONS = (
    ("demo.medlem09@example.org", 25),
    ("demo.medlem13@example.org", -10),
)


def seed(*, stdout) -> None:
    ensure_requirements()
    seed_administrators()
    seed_old_completions()
    stdout.write(f"Requirements: {CourseRequirement.objects.count()}.")


def ensure_requirements(requirements=REQUIREMENTS) -> None:
    """The demo's four national requirements, or others in the same form (`seed_scale`)."""
    today = timezone.localdate()
    for slug, audience, target, days, renew, recent in requirements:
        CourseRequirement.objects.get_or_create(
            course=CoursePage.objects.get(locale__language_code="nb", slug=slug),
            audience=audience,
            branch=None,
            defaults={
                "target": target,
                "due_within_days": days,
                "renew_on_expiry": renew,
                "applies_from": today - datetime.timedelta(days=recent) if recent else None,
            },
        )


def seed_administrators() -> None:
    email, first, last, _description = NATIONAL_TRAINER
    trainer = UserFactory(email=email, first_name=first, last_name=last)
    RoleAssignment.objects.get_or_create(
        user=trainer,
        branch=Branch.objects.get(depth=1),
        role=Role.SKOLERINGSANSVARLIG,
        defaults={"starts_on": timezone.localdate() - datetime.timedelta(days=400)},
    )
    group = administrators_group()
    trainer.groups.add(group)
    User.objects.get(email="fylkesleder@example.org").groups.add(group)


def seed_old_completions() -> None:
    course = CoursePage.objects.get(locale__language_code="nb", slug="trygge-fellesskap")
    today = timezone.localdate()
    for email, days_left in OLD_COMPLETIONS:
        user = User.objects.get(email=email)
        if not CourseCompletion.objects.filter(user=user, course=course).exists():
            for item in course.course_modules.select_related("module").order_by("sort_order"):
                complete_module(user, item.module, course)
        valid_until = today + datetime.timedelta(days=days_left)
        completed_at = timezone.now() - datetime.timedelta(days=730 - days_left)
        completions = CourseCompletion.objects.filter(user=user, course=course)
        completions.update(valid_until=valid_until, completed_at=completed_at)
        Certificate.objects.filter(completion__in=completions).update(
            valid_until=valid_until, issued_on=completed_at.date()
        )
