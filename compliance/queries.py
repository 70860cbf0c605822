"""Each person's standing with each requirement, computed by the database.

One SELECT per requirement finds the people it applies to (role holders in force, or open
memberships) inside the scope, joins each person's best unrevoked completion of the course and
their enrolment, and derives the status with CASE; the requirements' SELECTs are joined with
UNION ALL. Summaries, pages and exports are one statement each over that union, however many
people there are: no per-person Python loops, and a fixed number of queries per page.

The SQL is written by hand because the ORM cannot aggregate over a union of grouped queries.
Everything that comes from a request is passed as a parameter; the only values written into the
SQL are column names from fixed lists and integers from the database."""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db import connection
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from compliance.models import (
    EXPIRING_WITHIN_DAYS,
    NEW_MEMBER_DAYS,
    STATUS_URGENCY,
    Audience,
    CourseRequirement,
    Status,
    Target,
)
from courses.models import CourseCompletion, Enrollment
from skolering.access import LeaderScope, ancestor_paths, is_within
from skolering.models import Branch, Membership, RoleAssignment, User

# Stands in for "never expires" so that MAX() prefers an open-ended completion.
NEVER = datetime.date(9999, 12, 31)

MET_STATUSES = {
    Target.COMPLETE: (Status.COMPLETED, Status.EXPIRING),
    Target.START: (Status.IN_PROGRESS, Status.COMPLETED),
}


@dataclass(frozen=True)
class Sort:
    label: str  # in the filter form's choices
    order_by: str  # ORDER BY columns; TIE_BREAK follows, so that pages stay stable
    heading: str = ""  # the people table's column that sorts by it, if one does


# The sorts offered to leaders, by the key in the address (`?sorter=navn`, `-navn` reverses):
# the filter form's choices, the query's order and the table's sort links all come from here.
SORTS = {
    "status": Sort(
        _("Status, most urgent first"), "urgency, due_on, last_name, first_name", _("Status")
    ),
    "navn": Sort(_("Name"), "last_name, first_name", _("Name")),
    "lag": Sort(_("Branch"), "branch_name, last_name, first_name", _("Branch")),
    "frist": Sort(_("Due date"), "due_on, last_name, first_name", _("Due")),
    "start": Sort(_("Start date"), "starts_on, last_name, first_name"),
}
DEFAULT_SORT = "status"
TIE_BREAK = "requirement_id, user_id, branch_id"


@dataclass
class PeopleFilter:
    """What to narrow the rows to. Every field has been validated by the caller."""

    audience: str = ""
    course_id: int | None = None
    status: str = ""
    search: str = ""
    new_members_only: bool = False
    own_branch_only: bool = False  # the scope's own people, not those of branches below it
    user_id: int | None = None


@dataclass
class StatusRow:
    """One person's standing with one requirement."""

    requirement: CourseRequirement
    user_id: int
    branch_id: int
    branch_name: str
    first_name: str
    last_name: str
    starts_on: datetime.date
    due_on: datetime.date
    valid_until: datetime.date | None
    status: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def status_label(self) -> str:
        return Status(self.status).label

    @property
    def date_note(self) -> str:
        """The date that goes with the status: when the completion expired, or until when it
        is valid (nothing for the overdue, whose lapsed completion no longer matters)."""
        if self.valid_until is None or self.status == Status.OVERDUE:
            return ""
        date = date_format(self.valid_until, "j. F Y")
        if self.status == Status.EXPIRED:
            return gettext("on %(date)s") % {"date": date}
        return gettext("valid until %(date)s") % {"date": date}

    @property
    def is_member_requirement(self) -> bool:
        return self.requirement.audience == Audience.MEMBER


@dataclass(frozen=True)
class RowCounts:
    """How many rows a list has and how many people they are: one person has a row for each
    requirement that applies to them (and for each branch they hold the role in), so the two
    differ, and a leader must be told which is which."""

    rows: int = 0
    people: int = 0
    overdue_people: int = 0
    # One reminder goes to each overdue person for each requirement (services dedupe the rows).
    overdue_reminders: int = 0


@dataclass
class SummaryCell:
    required: int = 0
    met: int = 0
    overdue: int = 0
    expiring: int = 0
    # Whom the cell counts, for the link to them in the people list (PeopleFilterForm.query).
    branch_id: int | None = None
    audience: str = ""
    course_id: int | None = None
    own_branch_only: bool = False
    # The column's requirement, whose heading labels the cell when the table is stacked.
    requirement: CourseRequirement | None = None

    def add(self, other: "SummaryCell") -> None:
        self.required += other.required
        self.met += other.met
        self.overdue += other.overdue
        self.expiring += other.expiring

    @property
    def met_percent(self) -> int:
        return round(100 * self.met / self.required) if self.required else 0


@dataclass
class SummaryRow:
    branch: Branch
    is_scope_itself: bool  # people of the scope's own branch, not of a branch below it
    cells: list[SummaryCell] = field(default_factory=list)


def as_date(value) -> datetime.date | None:
    """A date from the database: SQLite returns computed dates as text."""
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _plus_days(column: str, days: int) -> str:
    if connection.vendor == "postgresql":
        return f"({column} + {int(days)})"
    return f"DATE({column}, '+{int(days)} days')"


def _placeholders(values) -> str:
    return ", ".join(["%s"] * len(values))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _scope_sql(paths: list[str], *, exact: bool = False) -> tuple[str, list]:
    """The branches `paths` (exactly, or with everything below them) as SQL on `b.path`: the
    rule of skolering.access.path_prefix_q, written for this hand-made SQL (a test in
    tests/compliance proves that both select the same people)."""
    if exact:
        return f"b.path IN ({_placeholders(paths)})", list(paths)
    return _below_sql(paths)


def _below_sql(paths: list[str]) -> tuple[str, list]:
    # Branch paths hold only digits and letters, so they need no LIKE escaping.
    return f"({' OR '.join('b.path LIKE %s' for _path in paths)})", [f"{p}%" for p in paths]


def applicable_requirements(scope_paths: list[str]) -> list[CourseRequirement]:
    """The requirements that hold somewhere inside the scope: national ones, those set for a
    branch above a scope branch, and those set for a branch inside the scope."""
    requirements = CourseRequirement.objects.select_related("course", "branch").order_by(
        "course__title", "audience", "pk"
    )
    return [
        requirement
        for requirement in requirements
        if requirement.branch is None
        or any(
            is_within(path, [requirement.branch.path]) or is_within(requirement.branch.path, [path])
            for path in scope_paths
        )
    ]


def _requirement_select(
    requirement: CourseRequirement,
    scope_paths: list[str],
    people: PeopleFilter,
    today: datetime.date,
) -> tuple[str, list]:
    """The SELECT of one requirement's people, with their status."""
    params: list = []
    if requirement.audience == Audience.MEMBER:
        population = (
            "SELECT m.user_id, m.branch_id, m.joined_on AS starts_on "  # noqa: S608
            f"FROM {Membership._meta.db_table} m "
            "WHERE m.joined_on <= %s AND (m.left_on IS NULL OR m.left_on > %s)"
        )
        params += [today, today]
        if people.new_members_only:
            population += " AND m.joined_on >= %s"
            params.append(today - datetime.timedelta(days=NEW_MEMBER_DAYS))
    else:
        # A person who holds the role twice in one branch counts once, from the first start.
        population = (
            "SELECT r.user_id, r.branch_id, MIN(r.starts_on) AS starts_on "  # noqa: S608
            f"FROM {RoleAssignment._meta.db_table} r "
            "WHERE r.role = %s AND r.starts_on <= %s AND (r.ends_on IS NULL OR r.ends_on >= %s) "
            "GROUP BY r.user_id, r.branch_id"
        )
        params += [requirement.audience, today, today]

    cutoff = today - datetime.timedelta(days=requirement.due_within_days)
    soon = today + datetime.timedelta(days=EXPIRING_WITHIN_DAYS)
    if requirement.target == Target.START:
        status_sql = (
            "CASE WHEN c.user_id IS NOT NULL THEN %s WHEN e.id IS NOT NULL THEN %s "
            "WHEN p.starts_on < %s THEN %s ELSE %s END"
        )
        status_params = [
            Status.COMPLETED,
            Status.IN_PROGRESS,
            cutoff,
            Status.OVERDUE,
            Status.NOT_STARTED,
        ]
    else:
        # In force until valid_until, its last day (courses.models.completion_status_on).
        lapsed = Status.EXPIRED if requirement.renew_on_expiry else Status.COMPLETED
        status_sql = (
            "CASE WHEN c.user_id IS NOT NULL AND c.valid_until > %s THEN %s "
            "WHEN c.user_id IS NOT NULL AND c.valid_until >= %s THEN %s "
            "WHEN c.user_id IS NOT NULL THEN %s "
            "WHEN p.starts_on < %s THEN %s "
            "WHEN e.id IS NOT NULL THEN %s ELSE %s END"
        )
        status_params = [
            soon,
            Status.COMPLETED,
            today,
            Status.EXPIRING if requirement.renew_on_expiry else Status.COMPLETED,
            lapsed,
            cutoff,
            Status.OVERDUE,
            Status.IN_PROGRESS,
            Status.NOT_STARTED,
        ]
    where = ["u.is_active = %s"]
    where_params: list = [True]
    scope_clause, scope_params = _scope_sql(scope_paths, exact=people.own_branch_only)
    where.append(scope_clause)
    where_params += scope_params
    if requirement.branch is not None:
        below_clause, below_params = _below_sql([requirement.branch.path])
        where.append(below_clause)
        where_params += below_params
    if requirement.applies_from is not None:
        where.append("p.starts_on >= %s")
        where_params.append(requirement.applies_from)
    if people.user_id is not None:
        where.append("p.user_id = %s")
        where_params.append(people.user_id)
    for term in people.search.split():
        where.append("LOWER(u.first_name || ' ' || u.last_name) LIKE %s ESCAPE '\\'")
        where_params.append(f"%{_like_escape(term.lower())}%")

    sql = (
        f"SELECT %s AS requirement_id, p.user_id, p.branch_id, b.path AS branch_path, "  # noqa: S608
        f"b.name AS branch_name, "
        f"u.first_name, u.last_name, p.starts_on, "
        f"{_plus_days('p.starts_on', requirement.due_within_days)} AS due_on, "
        f"c.valid_until, {status_sql} AS status "
        f"FROM ({population}) p "
        f"JOIN {Branch._meta.db_table} b ON b.id = p.branch_id "
        f"JOIN {User._meta.db_table} u ON u.id = p.user_id "
        f"LEFT JOIN (SELECT user_id, MAX(COALESCE(valid_until, %s)) AS valid_until "
        f"FROM {CourseCompletion._meta.db_table} WHERE course_id = %s AND revoked_at IS NULL "
        f"GROUP BY user_id) c ON c.user_id = p.user_id "
        f"LEFT JOIN {Enrollment._meta.db_table} e ON e.user_id = p.user_id AND e.course_id = %s "
        f"WHERE {' AND '.join(where)}"
    )
    return sql, [
        requirement.pk,
        *status_params,
        *params,
        NEVER,
        requirement.course_id,
        requirement.course_id,
        *where_params,
    ]


URGENCY_SQL = (
    "CASE status "
    + " ".join(f"WHEN '{status.value}' THEN {rank}" for status, rank in STATUS_URGENCY.items())
    + " END"
)


class StatusRows:
    """The rows of some requirements for the people in a scope, narrowed by a filter: counted,
    paged (Django's Paginator takes it as it takes a queryset), summarised or streamed."""

    def __init__(
        self,
        *,
        scope_paths: list[str],
        requirements: list[CourseRequirement],
        people: PeopleFilter | None = None,
        sort: str = DEFAULT_SORT,
        today: datetime.date | None = None,
    ):
        self.scope_paths = scope_paths
        self.people = people or PeopleFilter()
        self.today = today or timezone.localdate()
        self.requirements = {requirement.pk: requirement for requirement in requirements}
        self.order_by = f"{SORTS[sort.lstrip('-')].order_by}, {TIE_BREAK}"
        if sort.startswith("-"):
            self.order_by = ", ".join(
                f"{column.strip()} DESC" for column in self.order_by.split(",")
            )
        self._counts: RowCounts | None = None

    def _sql(self) -> tuple[str, list]:
        parts = [
            _requirement_select(requirement, self.scope_paths, self.people, self.today)
            for requirement in self.requirements.values()
        ]
        union = " UNION ALL ".join(sql for sql, _params in parts)
        params = [param for _sql, part_params in parts for param in part_params]
        where = ""
        if self.people.status:
            where = "WHERE status = %s"
            params.append(self.people.status)
        sql = f"SELECT status_rows.*, {URGENCY_SQL} AS urgency FROM ({union}) status_rows {where}"  # noqa: S608
        return sql, params

    def _fetch(self, sql: str, params: list) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def counts(self) -> RowCounts:
        """How many rows and people there are, and how many of them are overdue (one query)."""
        if self._counts is None:
            if not self.requirements or not self.scope_paths:
                self._counts = RowCounts()
            else:
                sql, params = self._sql()
                pair = "CAST(requirement_id AS VARCHAR(20)) || '-' || CAST(user_id AS VARCHAR(20))"
                counting = (
                    "SELECT COUNT(*), COUNT(DISTINCT user_id), "  # noqa: S608
                    "COUNT(DISTINCT CASE WHEN status = %s THEN user_id END), "
                    f"COUNT(DISTINCT CASE WHEN status = %s THEN {pair} END) "
                    f"FROM ({sql}) counted"
                )
                values = self._fetch(counting, [Status.OVERDUE, Status.OVERDUE, *params])[0]
                self._counts = RowCounts(*values)
        return self._counts

    def count(self) -> int:
        return self.counts().rows

    def __getitem__(self, page: slice) -> list[StatusRow]:
        if not isinstance(page, slice):
            raise TypeError("StatusRows can only be sliced.")
        if not self.requirements or not self.scope_paths:
            return []
        offset, stop = page.start or 0, page.stop
        sql, params = self._sql()
        sql = f"{sql} ORDER BY {self.order_by}"
        if stop is not None:
            sql += " LIMIT %s OFFSET %s"
            params += [stop - offset, offset]
        return [self._row(values) for values in self._fetch(sql, params)]

    def __iter__(self) -> Iterator[StatusRow]:
        """Every row, in order, fetched in chunks through a server-side cursor where the
        database has one, so that exporting the whole country stays small in memory."""
        if not self.requirements or not self.scope_paths:
            return
        sql, params = self._sql()
        with connection.chunked_cursor() as cursor:
            cursor.execute(f"{sql} ORDER BY {self.order_by}", params)
            while chunk := cursor.fetchmany(2000):
                for values in chunk:
                    yield self._row(values)

    def _row(self, values: tuple) -> StatusRow:
        (requirement_id, user_id, branch_id, _path, branch_name, first_name, last_name) = values[:7]
        starts_on, due_on, valid_until, status = values[7:11]
        valid_until = as_date(valid_until)
        return StatusRow(
            requirement=self.requirements[requirement_id],
            user_id=user_id,
            branch_id=branch_id,
            branch_name=branch_name,
            first_name=first_name,
            last_name=last_name,
            starts_on=as_date(starts_on),
            due_on=as_date(due_on),
            valid_until=None if valid_until == NEVER else valid_until,
            status=status,
        )

    def totals_by_branch(self) -> dict[tuple[str, int], SummaryCell]:
        """(branch path, requirement id) → counts, in one query: the database groups the people,
        and callers roll branches up into the rows they show."""
        if not self.requirements or not self.scope_paths:
            return {}
        sql, params = self._sql()
        met_clauses, met_params = [], []
        for target, statuses in MET_STATUSES.items():
            ids = [pk for pk, r in self.requirements.items() if r.target == target]
            if ids:
                met_clauses.append(
                    f"(status IN ({_placeholders(statuses)}) "
                    f"AND requirement_id IN ({_placeholders(ids)}))"
                )
                met_params += [*statuses, *ids]
        met = " OR ".join(met_clauses)
        summary_sql = (
            f"SELECT branch_path, requirement_id, COUNT(*), "  # noqa: S608
            f"SUM(CASE WHEN {met} THEN 1 ELSE 0 END), "
            f"SUM(CASE WHEN status = %s THEN 1 ELSE 0 END), "
            f"SUM(CASE WHEN status = %s THEN 1 ELSE 0 END) "
            f"FROM ({sql}) summarised GROUP BY branch_path, requirement_id"
        )
        rows = self._fetch(summary_sql, [*met_params, Status.OVERDUE, Status.EXPIRING, *params])
        return {
            (path, requirement_id): SummaryCell(required, met_count, overdue, expiring)
            for path, requirement_id, required, met_count, overdue, expiring in rows
        }


def summary_units(scope: LeaderScope) -> list[tuple[Branch, bool]]:
    """The rows of a leader's overview: the branch's own people, then each branch right below it
    with everything below that; or, looking at several led branches at once, each of them."""
    if scope.branch is None:
        return [(top, True) for top in scope.tops]
    return [(scope.branch, False), *((child, True) for child in scope.branch.get_children())]


def branch_summary(
    *,
    units: list[tuple[Branch, bool]],
    requirements: list[CourseRequirement],
    scope_branch: Branch | None = None,
    today: datetime.date | None = None,
) -> tuple[list[SummaryRow], list[SummaryCell]]:
    """One row per unit, one cell per requirement, and the totals. A unit is a branch with
    everything below it (True), or a branch's own people only (False). Each cell carries the
    people list's filters for the people it counts; the totals' filters name `scope_branch`."""
    rows = [SummaryRow(branch, not whole) for branch, whole in units]
    for row in rows:
        row.cells = [
            SummaryCell(
                branch_id=row.branch.pk,
                audience=r.audience,
                course_id=r.course_id,
                own_branch_only=row.is_scope_itself,
                requirement=r,
            )
            for r in requirements
        ]
    totals = [
        SummaryCell(
            branch_id=scope_branch.pk if scope_branch else None,
            audience=r.audience,
            course_id=r.course_id,
            requirement=r,
        )
        for r in requirements
    ]
    column = {requirement.pk: index for index, requirement in enumerate(requirements)}
    exact = {row.branch.path: row for row in rows if row.is_scope_itself}
    subtrees = {row.branch.path: row for row in rows if not row.is_scope_itself}
    counts = StatusRows(
        scope_paths=[branch.path for branch, _whole in units],
        requirements=requirements,
        today=today,
    ).totals_by_branch()
    for (path, requirement_id), cell in counts.items():
        row = exact.get(path) or next(
            (subtrees[above] for above in ancestor_paths(path) if above in subtrees), None
        )
        if row is None:
            continue
        row.cells[column[requirement_id]].add(cell)
        totals[column[requirement_id]].add(cell)
    return rows, totals


@dataclass
class RequirementImpact:
    """Whom a requirement, saved today, would apply to, and how many of them would be overdue
    at once."""

    applies_to: int
    overdue: int
    on: datetime.date


def requirement_impact(
    requirement: CourseRequirement, today: datetime.date | None = None
) -> RequirementImpact:
    """Counted in people (one holding the role in two branches is one) from the leaders' status
    rows (one query), for the requirement as it stands in the form, saved or not."""
    today = today or timezone.localdate()
    if requirement.branch is not None:
        scope = [requirement.branch.path]
    else:
        scope = list(Branch.get_root_nodes().values_list("path", flat=True))
    counts = StatusRows(scope_paths=scope, requirements=[requirement], today=today).counts()
    return RequirementImpact(counts.people, counts.overdue_people, today)
