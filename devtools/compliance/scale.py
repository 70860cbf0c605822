"""A national organisation at full size, for benchmarks and for trying the dashboard with real
volumes: 15 counties, 357 municipalities, about 600 chapters, N members (60 000 by default),
about a tenth of them officers, a twentieth elected representatives, a leader in every branch,
the four demo requirements and one for every member, and a spread of enrolments and completions
(some expired, some expiring). Rows are written with bulk_create (no signals, so no
certificates), reproducibly from a seed: the same seed and day give the same data."""

import datetime
import random
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.text import slugify

from compliance.models import Audience, Target
from courses.models import CourseCompletion, CoursePage, Enrollment
from courses.services import add_months
from devtools.compliance.demo import REQUIREMENTS, ensure_requirements
from devtools.courses.demo import seed_national_courses
from devtools.quizzes.demo import seed as seed_quizzes
from skolering.models import Branch, BranchKind, Membership, Role, RoleAssignment, User
from skolering.site_content import ensure_site_pages

# Beyond the demo's four: every member is to complete the party-culture course within a year, as
# a party that means its rules against harassment would ask. Every member then has a row in the
# national status and its export, as at full size.
SCALE_REQUIREMENTS = (
    *REQUIREMENTS,
    ("trygge-fellesskap", Audience.MEMBER, Target.COMPLETE, 365, True, None),
)

COUNTIES = (
    "Agder",
    "Akershus",
    "Buskerud",
    "Finnmark",
    "Innlandet",
    "Møre og Romsdal",
    "Nordland",
    "Oslo",
    "Rogaland",
    "Telemark",
    "Troms",
    "Trøndelag",
    "Vestfold",
    "Vestland",
    "Østfold",
)
MUNICIPALITIES = 357
CHAPTERS = 600
BATCH = 5000
EMAIL_DOMAIN = "skala.example.org"


@dataclass
class ScaleSummary:
    branches: int
    members: int
    roles: dict[str, int]
    enrollments: int
    completions: int


class ScaleBuilder:
    def __init__(self, *, members: int, seed: int, today: datetime.date | None = None):
        from faker import Faker

        self.member_count = members
        self.random = random.Random(seed)  # noqa: S311 - synthetic data, reproducible on purpose
        self.faker = Faker("no_NO")
        self.faker.seed_instance(seed)
        self.today = today or timezone.localdate()
        self.now = timezone.now()

    def days_ago(self, low: int, high: int) -> datetime.date:
        return self.today - datetime.timedelta(days=self.random.randint(low, high))

    # --- Organisation ------------------------------------------------------------------------

    def build_branches(self) -> dict[str, list[Branch]]:
        """The tree, written level by level with the paths treebeard would give it."""
        root = Branch(
            kind=BranchKind.NATIONAL,
            name="Arbeiderpartiet",
            slug="arbeiderpartiet",
            path=Branch._get_path(None, 1, 1),
            depth=1,
            numchild=len(COUNTIES),
            number="0",
        )
        counties, municipalities, chapters = [], [], []
        # Counties get municipalities, and municipalities chapters, in uneven numbers.
        county_weights = [self.random.uniform(0.4, 1.6) for _ in COUNTIES]
        municipality_county = self.random.choices(
            range(len(COUNTIES)), weights=county_weights, k=MUNICIPALITIES - len(COUNTIES)
        ) + list(range(len(COUNTIES)))
        by_county = [sorted(self.random_names(municipality_county.count(i))) for i in range(15)]
        for county_index, name in enumerate(sorted(COUNTIES)):
            county = Branch(
                kind=BranchKind.COUNTY,
                name=f"{name} Arbeiderparti",
                slug=slugify(f"{name}-ap").replace("ø", "o"),
                path=Branch._get_path(root.path, 2, county_index + 1),
                depth=2,
                numchild=len(by_county[county_index]),
            )
            counties.append(county)
            for index, town in enumerate(by_county[county_index]):
                municipalities.append(
                    Branch(
                        kind=BranchKind.MUNICIPALITY,
                        name=f"{town} Arbeiderparti",
                        slug=slugify(f"{town}-ap-{len(municipalities) + 1}"),
                        path=Branch._get_path(county.path, 3, index + 1),
                        depth=3,
                        numchild=0,
                    )
                )
        weights = [self.random.paretovariate(1.5) for _ in municipalities]
        hosts = self.random.choices(range(len(municipalities)), weights=weights, k=CHAPTERS)
        for municipality_index in sorted(set(hosts)):
            municipality = municipalities[municipality_index]
            places = sorted(self.random_names(hosts.count(municipality_index)))
            municipality.numchild = len(places)
            for index, place in enumerate(places):
                chapters.append(
                    Branch(
                        kind=BranchKind.CHAPTER,
                        name=f"{place} lokallag",
                        slug=slugify(f"{place}-lag-{len(chapters) + 1}"),
                        path=Branch._get_path(municipality.path, 4, index + 1),
                        depth=4,
                        numchild=0,
                    )
                )
        for level in ([root], counties, municipalities, chapters):
            Branch.objects.bulk_create(level, batch_size=BATCH)
        return {
            "national": list(Branch.objects.filter(depth=1)),
            "county": list(Branch.objects.filter(depth=2).order_by("path")),
            "municipality": list(Branch.objects.filter(depth=3).order_by("path")),
            "chapter": list(Branch.objects.filter(depth=4).order_by("path")),
        }

    def random_names(self, count: int) -> list[str]:
        """Distinct place names; numbered when Faker runs out of new ones."""
        names: set[str] = set()
        while len(names) < count:
            name = self.faker.city()
            names.add(name if name not in names else f"{name} {len(names)}")
        return list(names)

    # --- People ------------------------------------------------------------------------------

    def build_members(self, branches: dict[str, list[Branch]]) -> dict[int, list[int]]:
        """Users and open memberships; returns the member user ids of each branch."""
        homes = branches["municipality"] + branches["chapter"]
        weights = [self.random.paretovariate(1.2) for _ in homes]
        password = make_password("skolering-demo")
        users = [
            User(
                email=f"person{number:05d}@{EMAIL_DOMAIN}",
                member_number=f"9{number:07d}",
                first_name=self.faker.first_name(),
                last_name=self.faker.last_name(),
                password=password,
            )
            for number in range(1, self.member_count + 1)
        ]
        User.objects.bulk_create(users, batch_size=BATCH)
        user_ids = list(
            User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")
            .order_by("email")
            .values_list("pk", flat=True)
        )
        home_of = self.random.choices(range(len(homes)), weights=weights, k=len(user_ids))
        memberships = []
        members_of: dict[int, list[int]] = {}
        for user_id, home in zip(user_ids, home_of, strict=True):
            branch = homes[home]
            # About one in twelve joined in the last 90 days; the rest over twenty years.
            joined = (
                self.days_ago(0, 89) if self.random.random() < 0.085 else self.days_ago(90, 7300)
            )
            memberships.append(
                Membership(
                    user_id=user_id,
                    branch=branch,
                    joined_on=joined,
                )
            )
            members_of.setdefault(branch.pk, []).append(user_id)
        Membership.objects.bulk_create(memberships, batch_size=BATCH)
        return members_of

    def build_roles(
        self, branches: dict[str, list[Branch]], members_of: dict[int, list[int]]
    ) -> list[RoleAssignment]:
        """Officers and elected representatives among each branch's members (a county's come
        from its municipalities), a leader in every branch and a training officer in every
        county and municipality."""
        assignments: list[RoleAssignment] = []
        county_pool: dict[int, list[int]] = {}
        for branch in branches["municipality"] + branches["chapter"]:
            county_path = branch.path[: 2 * Branch.steplen]
            county_pool.setdefault(county_path, []).extend(members_of.get(branch.pk, []))

        def pool(branch: Branch) -> list[int]:
            if branch.kind == BranchKind.COUNTY:
                return county_pool.get(branch.path, [])
            if branch.kind == BranchKind.NATIONAL:
                return [uid for ids in county_pool.values() for uid in ids[:50]]
            return members_of.get(branch.pk, [])

        plan = {
            BranchKind.NATIONAL: {
                Role.TILLITSVALGT: 12,
                Role.LEDER: 1,
                Role.SKOLERINGSANSVARLIG: 1,
            },
            BranchKind.COUNTY: {
                Role.TILLITSVALGT: 12,
                Role.FOLKEVALGT: 10,
                Role.LEDER: 1,
                Role.SKOLERINGSANSVARLIG: 1,
            },
            BranchKind.MUNICIPALITY: {
                Role.TILLITSVALGT: 11,
                Role.FOLKEVALGT: 6.5,
                Role.LEDER: 1,
                Role.SKOLERINGSANSVARLIG: 1,
            },
            BranchKind.CHAPTER: {Role.TILLITSVALGT: 2.5, Role.LEDER: 1},
        }
        all_branches = [b for level in branches.values() for b in level]
        for branch in all_branches:
            candidates = pool(branch)
            if not candidates:
                continue
            for role, mean in plan[BranchKind(branch.kind)].items():
                count = max(1, round(self.random.gauss(mean, mean / 4))) if mean >= 1 else 0
                if self.random.random() < mean % 1:
                    count += 1
                for user_id in self.random.sample(candidates, min(count, len(candidates))):
                    starts = self.days_ago(0, 1500)
                    ended = self.random.random() < 0.05
                    assignments.append(
                        RoleAssignment(
                            user_id=user_id,
                            branch=branch,
                            role=role,
                            starts_on=starts,
                            ends_on=min(starts + datetime.timedelta(days=200), self.today)
                            if ended
                            else None,
                        )
                    )
        RoleAssignment.objects.bulk_create(assignments, batch_size=BATCH)
        return assignments

    # --- Learning record ---------------------------------------------------------------------

    def build_learning(
        self, members_of: dict[int, list[int]], assignments: list[RoleAssignment]
    ) -> tuple[int, int]:
        courses = {
            course.slug: course for course in CoursePage.objects.filter(locale__language_code="nb")
        }
        enrolled: set[tuple[int, int]] = set()
        completed: dict[tuple[int, int], datetime.date] = {}

        def record(user_id: int, course: CoursePage, *, done: float, started: float, since):
            key = (user_id, course.pk)
            if key in enrolled:
                return
            draw = self.random.random()
            if draw < done:
                enrolled.add(key)
                completed[key] = self.days_ago(0, max(1, (self.today - since).days + 120))
            elif draw < done + started:
                enrolled.add(key)

        basic = courses["grunnkurs"]
        for user_ids in members_of.values():
            for user_id in user_ids:
                record(user_id, basic, done=0.22, started=0.18, since=self.today)
        culture, leadership = courses["trygge-fellesskap"], courses["lederkurs"]
        for assignment in assignments:
            if assignment.role in (Role.TILLITSVALGT, Role.FOLKEVALGT):
                record(
                    assignment.user_id, culture, done=0.68, started=0.12, since=assignment.starts_on
                )
            elif assignment.role == Role.LEDER:
                record(
                    assignment.user_id,
                    leadership,
                    done=0.58,
                    started=0.15,
                    since=assignment.starts_on,
                )
        course_by_pk = {course.pk: course for course in courses.values()}
        Enrollment.objects.bulk_create(
            [
                Enrollment(
                    user_id=user_id, course_id=course_id, course_title=course_by_pk[course_id].title
                )
                for user_id, course_id in sorted(enrolled)
            ],
            batch_size=BATCH,
        )
        completions = []
        for (user_id, course_id), day in sorted(completed.items()):
            course = course_by_pk[course_id]
            completions.append(
                CourseCompletion(
                    user_id=user_id,
                    course_id=course_id,
                    course_title=course.title,
                    completed_at=datetime.datetime.combine(
                        day, datetime.time(12), tzinfo=datetime.UTC
                    ),
                    valid_until=add_months(day, course.validity_months)
                    if course.validity_months
                    else None,
                )
            )
        CourseCompletion.objects.bulk_create(completions, batch_size=BATCH)
        return len(enrolled), len(completions)

    @transaction.atomic
    def build(self, stdout) -> ScaleSummary:
        ensure_site_pages()
        seed_quizzes(stdout=stdout)
        seed_national_courses()
        ensure_requirements(SCALE_REQUIREMENTS)
        stdout.write("Branches …")
        branches = self.build_branches()
        stdout.write("Members …")
        members_of = self.build_members(branches)
        stdout.write("Roles …")
        assignments = self.build_roles(branches, members_of)
        stdout.write("Enrolments and completions …")
        enrollments, completions = self.build_learning(members_of, assignments)
        roles = dict(
            RoleAssignment.objects.active(self.today)
            .values_list("role")
            .annotate(count=Count("pk"))
            .values_list("role", "count")
        )
        return ScaleSummary(
            branches=sum(len(level) for level in branches.values()),
            members=self.member_count,
            roles=roles,
            enrollments=enrollments,
            completions=completions,
        )
