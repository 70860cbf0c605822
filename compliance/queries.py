"""Each person's standing with each requirement, computed by the database.

Each statement first finds the branches in scope (a CTE, `scope_branches`: path ranges that the
path's btree index answers, one per separate subtree). One SELECT per requirement then finds the
people it applies to in those branches (role holders in force, or open memberships, through
indexes on role, branch and dates), finds each person's best unrevoked completion of the course
and their enrolment, and derives the status with CASE; the requirements' SELECTs are joined with
UNION ALL. Summaries, pages and exports are one statement each over that union, however many
people there are: no per-person Python loops, and a fixed number of queries per page. Counting
reads no names: the user table is asked only for the few inactive users, to leave them out.

The SQL is written by hand because the ORM cannot aggregate over a union of grouped queries.
Everything that comes from a request is passed as a parameter; the only values written into the
SQL are column names from fixed lists and integers from the database."""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.db import connection
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, localize
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from compliance.models import (
    EXPIRING_WITHIN_DAYS,
    NEW_MEMBER_DAYS,
    STATUS_URGENCY,
    Audience,
    CourseRequirement,
    RequirementReminder,
    Status,
    Target,
)
from courses.models import CourseCompletion, Enrollment
from skolering.access import LeaderScope, is_within, minimal_prefixes, path_range
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
        date = date_format(self.valid_until, "DATE_FORMAT")
        if self.status == Status.EXPIRED:
            return gettext("on %(date)s") % {"date": date}
        return gettext("valid until %(date)s") % {"date": date}

    @property
    def is_member_requirement(self) -> bool:
        return self.requirement.audience == Audience.MEMBER

    # Made here rather than by an included template and template tags: a page of the people
    # list has fifty rows, and the tags in that loop took longer than the page's query.

    @property
    def status_html(self) -> SafeString:
        """The status as a tag, with the date that goes with it."""
        label = self.status_label
        tag = (
            f'<span class="status-tag status-tag--{escape(self.status)}">'
            f"{escape(capfirst(label))}</span>"
        )
        if note := self.date_note:
            tag += f' <span class="status-tag__date">{escape(note)}</span>'
        return mark_safe(tag)  # noqa: S308 - every part escaped above

    @property
    def since_text(self) -> str:
        """Since when the requirement has applied to the person: joined, or holding the role."""
        date = date_format(self.starts_on, "j.n.Y")
        if self.is_member_requirement:
            return gettext("joined %(date)s") % {"date": date}
        return gettext("since %(date)s") % {"date": date}


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
    label: str = ""  # that heading as text, made once per column
    people_url: str = ""  # the people list's address, that the links add their filters to

    def add(self, other: "SummaryCell") -> None:
        self.required += other.required
        self.met += other.met
        self.overdue += other.overdue
        self.expiring += other.expiring

    @property
    def met_percent(self) -> int:
        return round(100 * self.met / self.required) if self.required else 0

    # What the dashboard's cell shows, made here once per cell: a summary has a cell for each
    # branch and requirement, and template tags in that loop took about as long as its query.

    def people_query(self, status: str = "") -> str:
        """The people list's query string for the people this cell counts, with `status`."""
        from compliance.forms import PeopleFilterForm  # the form imports this module

        return PeopleFilterForm.query(
            branch_id=self.branch_id,
            audience=self.audience,
            course_id=self.course_id,
            own_branch_only=self.own_branch_only,
            status=status,
        )

    @cached_property
    def met_link(self) -> str:
        return self.people_query()

    @property
    def overdue_link(self) -> str:
        # The status comes last in the form's query string, so it is appended.
        return f"{self.met_link}&{urlencode({'status': Status.OVERDUE})}"

    @property
    def expiring_link(self) -> str:
        return f"{self.met_link}&{urlencode({'status': Status.EXPIRING})}"

    @property
    def met_text(self) -> str:
        return gettext("%(met)s of %(required)s met") % {
            "met": localize(self.met),
            "required": localize(self.required),
        }

    @property
    def overdue_text(self) -> str:
        return ngettext("%(counter)s overdue", "%(counter)s overdue", self.overdue) % {
            "counter": localize(self.overdue)
        }

    @property
    def expiring_text(self) -> str:
        return ngettext("%(counter)s expiring", "%(counter)s expiring", self.expiring) % {
            "counter": localize(self.expiring)
        }

    @property
    def html(self) -> SafeString:
        """The cell's content: how many have met the requirement, how many are overdue and
        how many expiring, each a link to them. Written here rather than by template tags: a
        summary has a cell for each branch and requirement. Every text is escaped."""
        if not self.required:
            return mark_safe(  # noqa: S308
                f'<span class="summary-cell__none">{escape(gettext("nobody required"))}</span>'
            )
        url = escape(self.people_url)
        if self.overdue:
            more = (
                f'<a class="summary-cell__overdue" href="{url}?{escape(self.overdue_link)}">'
                f"{escape(self.overdue_text)}</a>"
            )
        else:
            more = escape(gettext("none overdue"))
        if self.expiring:
            more += (
                f', <a href="{url}?{escape(self.expiring_link)}">{escape(self.expiring_text)}</a>'
            )
        return mark_safe(  # noqa: S308
            f'<a href="{url}?{escape(self.met_link)}">{escape(self.met_text)}</a>\n'
            f'<span class="summary-cell__more">{more}</span>'
        )


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


SCOPE = "scope_branches"  # the statement's first step: the branches in scope, as a CTE


def _ranges_sql(prefixes: list[str], column: str = "b.path") -> tuple[str, list]:
    """Paths in or below any of `prefixes` as path ranges (skolering.access.path_range), which
    a btree index on the path answers; one range per prefix, none covered by another."""
    clauses, params = [], []
    for prefix in minimal_prefixes(prefixes):
        clause, clause_params = _range_sql(prefix, column)
        clauses.append(clause)
        params += clause_params
    return f"({' OR '.join(clauses)})", params


def _range_sql(prefix: str, column: str) -> tuple[str, list]:
    lower, upper = path_range(prefix)
    if upper is None:
        return f"{column} >= %s", [lower]
    return f"({column} >= %s AND {column} < %s)", [lower, upper]


def _scope_cte(paths: list[str], *, exact: bool = False) -> tuple[str, list]:
    """The branches `paths` (exactly, or with everything below them), found first so that the
    people are then looked up by branch: the rule of skolering.access.path_prefix_q, written for
    this hand-made SQL (a test in tests/compliance proves that both select the same people)."""
    if exact:
        where, params = f"b.path IN ({_placeholders(paths)})", list(paths)
    else:
        where, params = _ranges_sql(paths)
    # NOT MATERIALIZED (PostgreSQL 12+, SQLite 3.35+): written once, planned where it is used,
    # from the branch table's statistics; a materialised CTE's guessed row counts made the
    # planner pick nested loops and sorts that took several times as long.
    sql = (
        f"{SCOPE} AS NOT MATERIALIZED (SELECT b.id, b.path, b.name "  # noqa: S608
        f"FROM {Branch._meta.db_table} b WHERE {where})"
    )
    return sql, params


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


@dataclass
class _Population:
    """One requirement's people in the scope's branches, as a subquery `p` with user_id,
    branch_id and starts_on, and the conditions that every row must also meet."""

    sql: str
    params: list
    where: list[str]
    where_params: list
    join_users: bool
    earliest_start: datetime.date | None  # no row starts before it (None: not known)
    branch_named: bool = False  # p has the branch's name (read with the branch, once)


def _population(
    requirement: CourseRequirement,
    people: PeopleFilter,
    today: datetime.date,
    *,
    names: bool,
    in_scope: bool = True,
) -> _Population:
    """With `in_scope` False, people in any branch, unless the requirement is set for a branch
    (then in and below it): for a statement that keeps only the scope's branches afterwards."""
    # The scope's branches, narrowed to where the requirement is set, if it is set for a branch.
    branches, params = f"SELECT id FROM {SCOPE}", []  # noqa: S608
    if requirement.branch is not None:
        below_clause, params = _ranges_sql([requirement.branch.path], column="path")
        branches += f" WHERE {below_clause}"
    elif not in_scope:
        branches = ""

    def in_branches(alias: str) -> str:
        return f"{alias}.branch_id IN ({branches}) AND " if branches else ""

    since = [requirement.applies_from]
    branch_named = False
    if requirement.audience == Audience.MEMBER:
        if names:
            # The branches joined once, for their names as well.
            branch_named, joined, params = True, f"JOIN {SCOPE} b ON b.id = m.branch_id", []
            if requirement.branch is not None:
                below_clause, params = _ranges_sql([requirement.branch.path], column="b.path")
                joined += f" AND {below_clause}"
            population = (
                "SELECT m.user_id, m.branch_id, m.joined_on AS starts_on, "  # noqa: S608
                f"b.name AS branch_name FROM {Membership._meta.db_table} m {joined} "
                "WHERE m.joined_on <= %s AND (m.left_on IS NULL OR m.left_on > %s)"
            )
        else:
            population = (
                "SELECT m.user_id, m.branch_id, m.joined_on AS starts_on "  # noqa: S608
                f"FROM {Membership._meta.db_table} m "
                f"WHERE {in_branches('m')}"
                "m.joined_on <= %s AND (m.left_on IS NULL OR m.left_on > %s)"
            )
        params += [today, today]
        if people.new_members_only:
            since.append(today - datetime.timedelta(days=NEW_MEMBER_DAYS))
        since = [day for day in since if day is not None]
        if since:  # asked here, so that an index on the join date can answer it
            population += " AND m.joined_on >= %s"
            params.append(max(since))
        if people.user_id is not None:
            population += " AND m.user_id = %s"
            params.append(people.user_id)
    else:
        # A person who holds the role twice in one branch counts once, from the first start.
        population = (
            "SELECT r.user_id, r.branch_id, MIN(r.starts_on) AS starts_on "  # noqa: S608
            f"FROM {RoleAssignment._meta.db_table} r "
            f"WHERE r.role = %s AND {in_branches('r')}"
            "r.starts_on <= %s AND (r.ends_on IS NULL OR r.ends_on >= %s)"
        )
        params = [requirement.audience, *params, today, today]
        if people.user_id is not None:
            population += " AND r.user_id = %s"
            params.append(people.user_id)
        population += " GROUP BY r.user_id, r.branch_id"
        since = [day for day in since if day is not None]

    join_users = names or bool(people.search.split())
    where: list[str] = []
    where_params: list = []
    if join_users:
        where.append("u.is_active = %s")
        where_params.append(True)
    else:
        # Counting needs no names: only the (few) inactive users are looked up, to leave out.
        where.append(
            f"NOT EXISTS (SELECT 1 FROM {User._meta.db_table} u "  # noqa: S608
            "WHERE u.id = p.user_id AND u.is_active = %s)"
        )
        where_params.append(False)
    if requirement.applies_from is not None and requirement.audience != Audience.MEMBER:
        where.append("p.starts_on >= %s")
        where_params.append(requirement.applies_from)
    for term in people.search.split():
        where.append("LOWER(u.first_name || ' ' || u.last_name) LIKE %s ESCAPE '\\'")
        where_params.append(f"%{_like_escape(term.lower())}%")
    return _Population(
        population,
        params,
        where,
        where_params,
        join_users,
        max(since) if since else None,
        branch_named,
    )


def _status_sql(requirement: CourseRequirement, today: datetime.date) -> tuple[str, list]:
    """The status, from the best completion's last day `p.valid_until` (NEVER for one that does
    not expire; NULL for none), `p.enrolled` and `p.starts_on`."""
    cutoff = today - datetime.timedelta(days=requirement.due_within_days)
    if requirement.target == Target.START:
        return (
            "CASE WHEN p.valid_until IS NOT NULL THEN %s WHEN p.enrolled THEN %s "
            "WHEN p.starts_on < %s THEN %s ELSE %s END",
            [Status.COMPLETED, Status.IN_PROGRESS, cutoff, Status.OVERDUE, Status.NOT_STARTED],
        )
    # In force until valid_until, its last day (courses.models.completion_status_on).
    soon = today + datetime.timedelta(days=EXPIRING_WITHIN_DAYS)
    lapsed = Status.EXPIRED if requirement.renew_on_expiry else Status.COMPLETED
    return (
        "CASE WHEN p.valid_until > %s THEN %s "
        "WHEN p.valid_until >= %s THEN %s "
        "WHEN p.valid_until IS NOT NULL THEN %s "
        "WHEN p.starts_on < %s THEN %s "
        "WHEN p.enrolled THEN %s ELSE %s END",
        [
            soon,
            Status.COMPLETED,
            today,
            Status.EXPIRING if requirement.renew_on_expiry else Status.COMPLETED,
            lapsed,
            cutoff,
            Status.OVERDUE,
            Status.IN_PROGRESS,
            Status.NOT_STARTED,
        ],
    )


@dataclass(frozen=True)
class _Flag:
    sql: str  # a condition on p.starts_on and the facts it names
    params: list
    facts: frozenset[str]  # of "valid_until" and "enrolled"


def _flags(
    requirement: CourseRequirement, today: datetime.date, *, earliest_start: datetime.date | None
) -> dict[str, _Flag | None]:
    """Whether the status (`_status_sql`) is met (MET_STATUSES), overdue or expiring, as
    conditions on the same columns (None: never): what a count needs, without the status
    itself. A requirement to complete a course never asks for the enrolment, and nobody is
    overdue who started after the due date's cutoff. The start date comes first, so that a
    fact looked up person by person is looked up only for those who started before it."""
    cutoff = today - datetime.timedelta(days=requirement.due_within_days)
    both, completion = frozenset({"valid_until", "enrolled"}), frozenset({"valid_until"})
    expiring = None
    if requirement.target == Target.START:
        met = _Flag("p.valid_until IS NOT NULL OR p.enrolled", [], both)
        overdue = _Flag(
            "p.starts_on < %s AND p.valid_until IS NULL AND NOT p.enrolled", [cutoff], both
        )
    else:
        overdue = _Flag("p.starts_on < %s AND p.valid_until IS NULL", [cutoff], completion)
        if requirement.renew_on_expiry:
            # Completed (after the expiring window) or expiring (within it): in force today.
            soon = today + datetime.timedelta(days=EXPIRING_WITHIN_DAYS)
            met = _Flag("p.valid_until >= %s", [today], completion)
            expiring = _Flag(
                "p.valid_until >= %s AND p.valid_until <= %s", [today, soon], completion
            )
        else:
            met = _Flag("p.valid_until IS NOT NULL", [], completion)  # lapsed stays completed
    if earliest_start is not None and earliest_start >= cutoff:
        overdue = None
    return {"met": met, "overdue": overdue, "expiring": expiring}


FLAGS = ("met", "overdue", "expiring")


def _requirement_select(
    requirement: CourseRequirement,
    people: PeopleFilter,
    today: datetime.date,
    *,
    names: bool,
    per_person: bool = False,
    flags: tuple[str, ...] = (),
    bare: bool = False,
    in_scope: bool = True,
) -> tuple[str, list]:
    """The SELECT of one requirement's people in the scope's branches, with their status; with
    `names`, their names, dates and branch names too (otherwise only what counting needs, and
    the user table is read only for the few inactive users). With `flags` (some of FLAGS), the
    rows carry those flags instead of the status, and only what the flags need is read; `bare`
    rows carry neither (nothing about the course is read). `in_scope` False: see _population.

    Each person's completions and enrolment are found in one of two ways, which the planner
    cannot choose between by itself: read for the whole course once and joined (hashed), the
    cheaper way for everyone in a scope; or `per_person`, two index look-ups per person, which
    serve a page (a LIMIT) of rows read in an index's order at once."""
    population = _population(requirement, people, today, names=names, in_scope=in_scope or names)
    if bare:
        shown, shown_params, needed = "1 AS counted", [], frozenset()
    elif flags:
        wanted = _flags(requirement, today, earliest_start=population.earliest_start)
        shown = ", ".join(
            f"CASE WHEN {wanted[flag].sql} THEN 1 ELSE 0 END AS {flag}"
            if wanted[flag]
            else f"0 AS {flag}"
            for flag in flags
        )
        shown_params = [param for flag in flags if wanted[flag] for param in wanted[flag].params]
        needed = frozenset().union(*(wanted[flag].facts for flag in flags if wanted[flag]))
    else:
        status_sql, shown_params = _status_sql(requirement, today)
        shown = f"{status_sql} AS status"
        needed = frozenset({"valid_until", "enrolled"})

    completions, enrolments = CourseCompletion._meta.db_table, Enrollment._meta.db_table
    columns = described = ""
    if names:
        columns = (
            "p.branch_name, p.first_name, p.last_name, p.starts_on, "
            f"{_plus_days('p.starts_on', requirement.due_within_days)} AS due_on, "
            "p.valid_until, "
        )
        branch_name = "p.branch_name" if population.branch_named else "b.name AS branch_name"
        described = f"{branch_name}, u.first_name, u.last_name, "
    facts, facts_params, joins, joins_params = described, [], "", []
    if "valid_until" in needed and per_person:
        facts += (
            f"(SELECT MAX(COALESCE(cc.valid_until, %s)) "  # noqa: S608
            f"FROM {completions} cc WHERE cc.user_id = p.user_id AND cc.course_id = %s "
            "AND cc.revoked_at IS NULL) AS valid_until, "
        )
        facts_params += [NEVER, requirement.course_id]
    elif "valid_until" in needed:
        facts += "c.valid_until, "
        joins += (
            "LEFT JOIN (SELECT user_id, MAX(COALESCE(valid_until, %s)) AS valid_until "  # noqa: S608
            f"FROM {completions} WHERE course_id = %s AND revoked_at IS NULL "
            "GROUP BY user_id) c ON c.user_id = p.user_id "
        )
        joins_params += [NEVER, requirement.course_id]
    if "enrolled" in needed and per_person and flags:
        # Asked only of the rows whose flags get as far as asking.
        facts += (
            f"EXISTS (SELECT 1 FROM {enrolments} e WHERE e.user_id = p.user_id "  # noqa: S608
            "AND e.course_id = %s) AS enrolled, "
        )
        facts_params.append(requirement.course_id)
    elif "enrolled" in needed:
        # One enrolment at most per person and course (a unique index): a plain join, by index
        # or hashed as the planner finds cheaper.
        facts += "e.user_id IS NOT NULL AS enrolled, "
        joins += f"LEFT JOIN {enrolments} e ON e.user_id = p.user_id AND e.course_id = %s "
        joins_params.append(requirement.course_id)
    users = f"JOIN {User._meta.db_table} u ON u.id = p.user_id " if population.join_users else ""
    branch_names = ""
    if names and not population.branch_named:
        branch_names = f"JOIN {SCOPE} b ON b.id = p.branch_id "
    sql = (
        f"SELECT %s AS requirement_id, p.user_id, p.branch_id, "  # noqa: S608
        f"{columns}{shown} FROM ("
        f"SELECT {facts}p.user_id, p.branch_id, p.starts_on "
        f"FROM ({population.sql}) p "
        f"{branch_names}{users}{joins}"
        f"WHERE {' AND '.join(population.where)}) p"
    )
    return sql, [
        requirement.pk,
        *shown_params,
        *facts_params,
        *population.params,
        *joins_params,
        *population.where_params,
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
        # Every row's status is needed before a page can be cut: read the courses whole.
        self._every_status = bool(self.people.status) or sort.lstrip("-") == "status"
        self._counts: RowCounts | None = None
        # (start, stop, rows) of the page read_page_with_counts read.
        self._page_read_with_counts: tuple[int, int, list[StatusRow]] | None = None

    def _statement(
        self,
        outer: str,
        outer_params: list,
        *,
        names: bool,
        per_person: bool = False,
        first: int | None = None,
        flags: tuple[str, ...] = (),
        bare: bool = False,
        in_scope: bool = True,
        per_branch: bool = False,
        as_cte: bool = False,
    ) -> tuple[str, list]:
        """`outer` (a SELECT written over the rows as `FROM status_rows`) as one statement: the
        scope's branches first (a CTE), then each requirement's people in them, UNION ALL.

        With `first`, each requirement's rows are sorted on their own and only their `first`
        rows kept (with their urgency, for the order): a page of the union in that order is
        among them, and a requirement whose order an index gives (the newest members) is read
        no further than that. With `per_branch` (and `flags`), each requirement's rows are
        added up by branch on their own (`n` and a sum of each flag), which is cheaper than
        adding up the union, and `status_rows` has one row per requirement and branch. With
        `as_cte`, the rows are a CTE `status_rows`, made once for an `outer` that reads them
        more than once."""
        scope_sql, scope_params = _scope_cte(self.scope_paths, exact=self.people.own_branch_only)
        where, where_params = "", []
        if self.people.status:
            where, where_params = " WHERE status = %s", [self.people.status]
        arms, params = [], []
        for index, requirement in enumerate(self.requirements.values()):
            sql, part_params = _requirement_select(
                requirement,
                self.people,
                self.today,
                names=names,
                per_person=per_person,
                flags=flags,
                bare=bare,
                in_scope=in_scope,
            )
            if per_branch:
                sums = ", ".join(f"SUM({flag}) AS {flag}" for flag in flags)
                sql = (
                    "SELECT requirement_id, branch_id, COUNT(*) AS n, "  # noqa: S608
                    f"{sums} FROM ({sql}) arm GROUP BY requirement_id, branch_id"
                )
            if first is not None:
                sql = (
                    f"SELECT * FROM (SELECT arm.*, {URGENCY_SQL} AS urgency "  # noqa: S608
                    f"FROM ({sql}) arm{where} ORDER BY {self.order_by} LIMIT %s) first_{index}"
                )
                part_params = [*part_params, *where_params, first]
            arms.append(sql)
            params += part_params
        union = " UNION ALL ".join(arms)
        if first is None:
            params += where_params
            rows = f"(SELECT * FROM ({union}) united{where})"  # noqa: S608
        else:
            rows = f"({union})"
        if as_cte:
            sql = f"WITH {scope_sql}, status_rows AS MATERIALIZED {rows} {outer}"
            return sql, [*scope_params, *params, *outer_params]
        sql = f"WITH {scope_sql} {outer.replace('FROM status_rows', f'FROM {rows} status_rows', 1)}"
        return sql, [*scope_params, *outer_params, *params]

    def _fetch(self, sql: str, params: list) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    @staticmethod
    def _counts_sql(overdue: str) -> str:
        """The four RowCounts of `status_rows`, where `overdue` says that a row is overdue."""
        pair = "CAST(requirement_id AS VARCHAR(20)) || '-' || CAST(user_id AS VARCHAR(20))"
        return (
            "SELECT COUNT(*) AS counted_rows, COUNT(DISTINCT user_id) AS counted_people, "  # noqa: S608
            f"COUNT(DISTINCT CASE WHEN {overdue} THEN user_id END) AS counted_overdue, "
            f"COUNT(DISTINCT CASE WHEN {overdue} THEN {pair} END) AS counted_reminders "
            "FROM status_rows"
        )

    def counts(self) -> RowCounts:
        """How many rows and people there are, and how many of them are overdue (one query)."""
        if self._counts is None:
            if not self.requirements or not self.scope_paths:
                self._counts = RowCounts()
            else:
                # Without a status to filter on, the rows say only whether they are overdue.
                flags = () if self.people.status else ("overdue",)
                overdue, overdue_params = (
                    ("overdue = 1", []) if flags else ("status = %s", [Status.OVERDUE])
                )
                sql, params = self._statement(
                    self._counts_sql(overdue),
                    [*overdue_params, *overdue_params],
                    names=False,
                    # New members are few: their facts are looked up person by person, and
                    # only for those who could be overdue, rather than for the whole course.
                    per_person=self.people.new_members_only or self.people.user_id is not None,
                    flags=flags,
                )
                self._counts = RowCounts(*self._fetch(sql, params)[0])
        return self._counts

    def count(self) -> int:
        return self.counts().rows

    def people_count(self) -> int:
        """How many people there are (one query, or none when counts() has been asked)."""
        if self._counts is not None:
            return self._counts.people
        if not self.requirements or not self.scope_paths:
            return 0
        # A filter on the status needs each row's status; otherwise nothing is read of courses.
        sql, params = self._statement(
            "SELECT COUNT(DISTINCT user_id) FROM status_rows",
            [],
            names=False,
            bare=not self.people.status,
        )
        return self._fetch(sql, params)[0][0]

    def read_page_with_counts(self, start: int, size: int) -> None:
        """Where a page needs every row's status (ordered or filtered by it), read the page of
        `size` rows from `start` (or the last page, as Paginator.get_page shows it when there
        are fewer rows) and counts() from the same rows in one statement; counts() and that
        slice then ask nothing more. Elsewhere a page reads only its own rows: nothing is done."""
        if not self._every_status or self._counts is not None:
            return
        if not self.requirements or not self.scope_paths or start < 0 or size < 1:
            return
        columns = (
            "requirement_id, user_id, branch_id, branch_name, first_name, last_name, "
            "starts_on, due_on, valid_until, status"
        )
        # The first start + size rows in order (a bounded sort, however many rows there are),
        # numbered; the page is cut from them, or the last page if there are fewer rows.
        head = (
            f"SELECT {columns}, {URGENCY_SQL} AS urgency FROM status_rows "  # noqa: S608
            f"ORDER BY {self.order_by} LIMIT %s"
        )
        shown_from = (
            "(SELECT CASE WHEN COUNT(*) > %s THEN %s WHEN COUNT(*) = 0 THEN 0 "
            "ELSE ((COUNT(*) - 1) / %s) * %s END FROM status_rows)"
        )
        sql, params = self._statement(
            f"SELECT counted.*, page.* FROM ({self._counts_sql('status = %s')}) counted "  # noqa: S608
            "LEFT JOIN (SELECT * FROM (SELECT head.*, "
            f"ROW_NUMBER() OVER (ORDER BY {self.order_by}) AS position FROM ({head}) head) "
            f"numbered WHERE position > {shown_from} AND position <= {shown_from} + %s) page "
            "ON 1 = 1 ORDER BY position",
            [
                *(Status.OVERDUE, Status.OVERDUE),
                start + size,
                *(start, start, size, size),
                *(start, start, size, size),
                size,
            ],
            names=True,
            as_cte=True,
        )
        fetched = self._fetch(sql, params)
        self._counts = RowCounts(*fetched[0][:4])
        total = self._counts.rows
        if total <= start:  # the last page was read instead, as Paginator will ask for it
            start = (total - 1) // size * size if total else 0
        rows = [self._row(values[4:]) for values in fetched if values[4] is not None]
        self._page_read_with_counts = (start, start + size, rows)

    def _ordered(self, *, per_person: bool, first: int | None = None) -> tuple[str, list]:
        urgency = "" if first is not None else f", {URGENCY_SQL} AS urgency"  # in each arm
        return self._statement(
            f"SELECT status_rows.*{urgency} FROM status_rows "  # noqa: S608
            f"ORDER BY {self.order_by}",
            [],
            names=True,
            per_person=per_person,
            first=first,
        )

    def __getitem__(self, page: slice) -> list[StatusRow]:
        if not isinstance(page, slice):
            raise TypeError("StatusRows can only be sliced.")
        if not self.requirements or not self.scope_paths:
            return []
        offset, stop = page.start or 0, page.stop
        if (cached := self._page_read_with_counts) and cached[0] == offset:
            total = self._counts.rows
            if stop is not None and min(stop, total) == min(cached[1], total):
                return cached[2]
        # A page: each requirement's rows up to its end, read in an index's order where the
        # sort has one, and their facts looked up person by person unless every row's status
        # is needed to order or filter them. One person's rows: looked up person by person.
        per_person = self.people.user_id is not None or (
            stop is not None and not self._every_status
        )
        sql, params = self._ordered(per_person=per_person, first=stop)
        if stop is not None:
            sql += " LIMIT %s OFFSET %s"
            params += [stop - offset, offset]
        return [self._row(values) for values in self._fetch(sql, params)]

    def __iter__(self) -> Iterator[StatusRow]:
        """Every row, in order, fetched in chunks through a server-side cursor where the
        database has one, so that exporting the whole country stays small in memory."""
        if not self.requirements or not self.scope_paths:
            return
        sql, params = self._ordered(per_person=False)
        with connection.chunked_cursor() as cursor:
            cursor.execute(sql, params)
            while chunk := cursor.fetchmany(2000):
                for values in chunk:
                    yield self._row(values)

    def _row(self, values: tuple) -> StatusRow:
        (requirement_id, user_id, branch_id, branch_name, first_name, last_name) = values[:6]
        starts_on, due_on, valid_until, status = values[6:10]
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

    def _status_sums(self) -> tuple[str, list]:
        """How many rows are met, overdue and expiring (as `met`, `overdue`, `expiring`),
        counted from rows with a status (rows with flags are added up in each part)."""
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
        return (
            f"SUM(CASE WHEN {met} THEN 1 ELSE 0 END) AS met, "
            "SUM(CASE WHEN status = %s THEN 1 ELSE 0 END) AS overdue, "
            "SUM(CASE WHEN status = %s THEN 1 ELSE 0 END) AS expiring",
            [*met_params, Status.OVERDUE, Status.EXPIRING],
        )

    def totals_by_unit(self, units: list[tuple[str, bool]]) -> dict[tuple[int, int], SummaryCell]:
        """(unit's index, requirement id) → counts, in one query. A unit is a branch path with
        everything below it (True) or that branch's own people only (False); people in none of
        the units are left out. The database counts by branch, then adds the branches up."""
        if not self.requirements or not self.scope_paths or not units:
            return {}
        unit_cases, unit_params = [], []
        for index, (path, whole) in enumerate(units):
            clause, clause_params = _range_sql(path, "b.path") if whole else ("b.path = %s", [path])
            unit_cases.append(f"WHEN {clause} THEN {int(index)}")
            unit_params += clause_params
        flags = () if self.people.status else FLAGS
        if flags:
            counted, sums_params = "SELECT * FROM status_rows", []
        else:
            sums, sums_params = self._status_sums()
            counted = (
                f"SELECT branch_id, requirement_id, COUNT(*) AS n, {sums} "  # noqa: S608
                "FROM status_rows GROUP BY branch_id, requirement_id"
            )
        # The rows are counted by branch and the scope's branches joined to the counts: for a
        # scope of whole trees (the national leader's), the people are then read without
        # first asking, person by person, whether their branch is in it.
        whole_trees = all(
            len(path) == Branch.steplen for path in minimal_prefixes(self.scope_paths)
        )
        sql, params = self._statement(
            "SELECT unit, requirement_id, SUM(n), SUM(met), SUM(overdue), SUM(expiring) FROM ("  # noqa: S608
            f"SELECT CASE {' '.join(unit_cases)} END AS unit, counted.* FROM ({counted}) counted "
            f"JOIN {SCOPE} b ON b.id = counted.branch_id) by_unit "
            "WHERE unit IS NOT NULL GROUP BY unit, requirement_id",
            [*unit_params, *sums_params],
            names=False,
            flags=flags,
            in_scope=not (whole_trees and not self.people.own_branch_only),
            per_branch=bool(flags),
        )
        return {
            (unit, requirement_id): SummaryCell(*(int(value) for value in counts))
            for unit, requirement_id, *counts in self._fetch(sql, params)
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
    labels = [requirement.short_label for requirement in requirements]
    people_url = reverse("leader_people")
    for row in rows:
        row.cells = [
            SummaryCell(
                branch_id=row.branch.pk,
                audience=r.audience,
                course_id=r.course_id,
                own_branch_only=row.is_scope_itself,
                requirement=r,
                label=label,
                people_url=people_url,
            )
            for r, label in zip(requirements, labels, strict=True)
        ]
    totals = [
        SummaryCell(
            branch_id=scope_branch.pk if scope_branch else None,
            audience=r.audience,
            course_id=r.course_id,
            requirement=r,
            label=label,
            people_url=people_url,
        )
        for r, label in zip(requirements, labels, strict=True)
    ]
    column = {requirement.pk: index for index, requirement in enumerate(requirements)}
    counts = StatusRows(
        scope_paths=[branch.path for branch, _whole in units],
        requirements=requirements,
        today=today,
    ).totals_by_unit([(branch.path, whole) for branch, whole in units])
    for (unit, requirement_id), cell in counts.items():
        rows[unit].cells[column[requirement_id]].add(cell)
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


# The people page shows how far the reminders the leader sent in the last this many hours got.
REMINDER_STATUS_HOURS = 24


@dataclass(frozen=True)
class ReminderDelivery:
    """The reminders a leader sent lately: gone out, waiting in the queue, refused."""

    sent: int = 0
    waiting: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.waiting + self.failed


def recent_reminders(actor: User, now: datetime.datetime | None = None):
    """The reminders `actor` sent in the last REMINDER_STATUS_HOURS hours."""
    since = (now or timezone.now()) - datetime.timedelta(hours=REMINDER_STATUS_HOURS)
    return RequirementReminder.objects.filter(sent_by=actor, sent_at__gte=since)


def reminder_delivery(*, actor: User, now: datetime.datetime | None = None) -> ReminderDelivery:
    """How far the reminders the leader sent in the last REMINDER_STATUS_HOURS hours have got
    (one query)."""
    counts = recent_reminders(actor, now).aggregate(
        sent=Count("pk", filter=Q(delivered_at__isnull=False)),
        failed=Count("pk", filter=Q(delivered_at__isnull=True, failed_at__isnull=False)),
        waiting=Count("pk", filter=Q(delivered_at__isnull=True, failed_at__isnull=True)),
    )
    return ReminderDelivery(**counts)
