"""Reads for gatherings. Whose runs a person sees is decided in skolering.access: a member sees
the runs of their home branch and of the branches above it (a county's party school is for the
whole county), a leader those of the branches they lead and below."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.utils import timezone

from gatherings.models import Attendance, CourseRun, Gathering, Signup, SignupStatus
from skolering.access import LeaderScope, local_content_q, path_prefix_q
from skolering.models import User


def _organised_for(user: User) -> Q:
    """Runs of the user's branch and the branches above it (skolering.access decides)."""
    return local_content_q(user, field="branch__path")


def runs_visible_to(user: User) -> QuerySet:
    """The runs the user may see and sign up for."""
    return CourseRun.objects.filter(_organised_for(user))


def runs_open_to(user: User) -> QuerySet:
    """The runs the user may look at: those they may sign up for, and those they signed up for
    (a member who moved to another county keeps their place, and can cancel it)."""
    own = Signup.objects.filter(user=user).values("run_id") if user.is_authenticated else []
    return CourseRun.objects.filter(_organised_for(user) | Q(pk__in=own))


def with_counts(runs: QuerySet) -> QuerySet:
    return runs.annotate(
        places_taken=Count("signups", filter=Q(signups__status=SignupStatus.SIGNED_UP)),
        waiting=Count("signups", filter=Q(signups__status=SignupStatus.WAITING)),
    )


def _with_gatherings(runs: QuerySet) -> QuerySet:
    return runs.select_related("branch", "study_association").prefetch_related(
        Prefetch("gatherings", queryset=Gathering.objects.order_by("starts_at", "pk"))
    )


def upcoming_runs(user: User) -> QuerySet:
    """Runs the member can see whose last gathering has not ended, soonest first."""
    now = timezone.now()
    runs = runs_visible_to(user).filter(gatherings__ends_at__gte=now).distinct()
    return _with_gatherings(with_counts(CourseRun.objects.filter(pk__in=runs))).order_by(
        "signup_deadline", "pk"
    )


def member_signups(user: User) -> list[Signup]:
    """The member's own sign-ups (not the cancelled ones), with their runs and gatherings."""
    return list(
        Signup.objects.filter(user=user)
        .exclude(status=SignupStatus.CANCELLED)
        .select_related("run__branch")
        .prefetch_related(
            Prefetch("run__gatherings", queryset=Gathering.objects.order_by("starts_at", "pk"))
        )
        .order_by("-run__signup_deadline")
    )


def led_runs(user: User) -> QuerySet:
    """The runs the user is a course leader of."""
    return _with_gatherings(with_counts(CourseRun.objects.filter(leaders=user))).order_by(
        "-signup_deadline", "pk"
    )


def runs_in_scope(scope: LeaderScope) -> QuerySet:
    """A branch leader's runs: organised in their scope's branches (skolering.access)."""
    runs = CourseRun.objects.filter(path_prefix_q(scope.paths, field="branch__path"))
    return (
        _with_gatherings(with_counts(runs))
        .prefetch_related("leaders")
        .order_by("-signup_deadline", "pk")
    )


@dataclass
class ParticipantRow:
    signup: Signup
    hours_by_gathering: dict[int, Decimal] = field(default_factory=dict)
    present_at: set[int] = field(default_factory=set)
    recorded_at: set[int] = field(default_factory=set)

    @property
    def user(self) -> User:
        return self.signup.user

    @property
    def hours(self) -> Decimal:
        return sum(self.hours_by_gathering.values(), Decimal(0))


def participants(run: CourseRun, *, statuses=(SignupStatus.SIGNED_UP,)) -> list[ParticipantRow]:
    """The run's participants by name, with their attendance at each gathering (two queries)."""
    signups = (
        run.signups.filter(status__in=statuses)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "pk")
    )
    rows = {signup.user_id: ParticipantRow(signup) for signup in signups}
    for mark in Attendance.objects.filter(gathering__run=run, user_id__in=rows):
        row = rows[mark.user_id]
        row.recorded_at.add(mark.gathering_id)
        if mark.present:
            row.present_at.add(mark.gathering_id)
            row.hours_by_gathering[mark.gathering_id] = mark.hours
    return list(rows.values())


def waiting_list(run: CourseRun) -> list[Signup]:
    return list(
        run.signups.filter(status=SignupStatus.WAITING)
        .select_related("user")
        .order_by("requested_at", "pk")
    )


def attended_enough(attended: Decimal, total: Decimal, percent: int) -> bool:
    """The completion rule: at least `percent` of the teaching hours (¾ is 75), exactly."""
    return total > 0 and attended * 100 >= total * percent


def attended_hours(user: User, run: CourseRun) -> Decimal:
    return Attendance.objects.filter(gathering__run=run, user=user, present=True).aggregate(
        total=Sum("hours")
    )["total"] or Decimal(0)


@dataclass
class ModuleMaterial:
    title: str
    parts: list  # the module's facilitator notes and downloads, as stream blocks


MATERIAL_BLOCKS = ("facilitator_notes", "downloads")


def facilitator_material(run: CourseRun) -> list[ModuleMaterial]:
    """The course leaders' material (kursledermateriell): each published module of the run's
    course, in order, with its facilitator notes and documents to hand out."""
    if run.course is None:
        return []
    references = run.course.course_modules.filter(module__live=True).select_related("module")
    material = []
    for reference in references.order_by("sort_order"):
        module = reference.module.specific
        parts = [block for block in module.body if block.block_type in MATERIAL_BLOCKS]
        material.append(ModuleMaterial(module.title, parts))
    return material
