"""The member register is the source of truth: `register_sync` makes the branches, members,
memberships and roles in the database what the register's files say (register/parsing.py).

Snapshot semantics, per kind that a file was given for:
- branches by their register id (`Branch.number`): created, renamed, moved; a branch missing from
  the file is kept (history refers to it) and reported;
- people by member number (`User.member_number`), never by email alone; an account without a
  member number that has the row's email address is linked to it (the first sync on a site whose
  members were typed in by hand). A row that would change a person's member number or merge two
  people is refused;
- memberships: a member in another branch is moved (the old membership ends on the sync date and a
  new one starts); a member with `left_on` is ended; a member missing from the file is ended on the
  sync date (erasure then follows `apply_retention`);
- roles by (person, branch, role, start): added, their end changed; a role in force that the file
  no longer has ends yesterday (one that has not started yet is removed).
Running the same files again changes nothing. It all happens in one transaction, one sync at a
time, and each change is audited as an administrator's would be."""

import datetime
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection, transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from register.parsing import (
    BRANCHES,
    MEMBERS,
    ROLES,
    BranchRow,
    MemberRow,
    Problems,
    Register,
    RegisterError,
    RoleRow,
)
from skolering.models import PARENT_KIND, AuditEvent, Branch, Membership, RoleAssignment, User
from skolering.queries import with_admin_access
from skolering.services import audit_event_record, branch_create, branch_update

EXAMPLES_PER_CHANGE = 5
AUDIT_BATCH = 2000
# Any number will do, as long as nothing else takes PostgreSQL's advisory lock with it.
SYNC_LOCK_KEY = 72_651_200

Progress = Callable[[str, int, int], None]


class SyncBusy(Exception):
    """Another sync holds the lock."""


@dataclass
class Person:
    id: int
    email: str
    first_name: str
    last_name: str
    member_number: str | None


@dataclass
class Stint:
    """One membership, as the plan sees it."""

    id: int
    user_id: int
    branch_id: int
    joined_on: datetime.date
    left_on: datetime.date | None


@dataclass
class SyncPlan:
    today: datetime.date
    register: Register
    counts: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    examples: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    branch_changes: list = field(default_factory=list)  # (row, branch or None)
    new_people: list[MemberRow] = field(default_factory=list)
    person_updates: dict[int, dict] = field(default_factory=dict)  # id -> {field: (old, new)}
    closes: list = field(default_factory=list)  # (stint, new left_on, why)
    opens: list = field(default_factory=list)  # (member number, branch number, joined, left)
    stint_updates: list = field(default_factory=list)  # (stint, {field: (old, new)})
    stint_moves: list = field(default_factory=list)  # (stint, branch number, joined, left)
    role_creates: list[RoleRow] = field(default_factory=list)
    role_updates: list = field(default_factory=list)  # (role values, new ends_on)
    role_deletes: list = field(default_factory=list)  # role values
    skipped: set[str] = field(default_factory=set)  # former members the site never knew
    privileged: set[int] = field(default_factory=set)  # editors' and administrators' accounts
    warnings: list[str] = field(default_factory=list)  # why carrying out would be refused
    open_before: int = 0
    endings: int = 0
    roles_before: int = 0  # roles in force or to come, of people the register knows
    role_endings: int = 0

    def note(self, kind: str, verb: str, example: str = "") -> None:
        self.counts[kind][verb] += 1
        if example and len(self.examples[kind][verb]) < EXAMPLES_PER_CHANGE:
            self.examples[kind][verb].append(example)

    @property
    def ending_share(self) -> float:
        return self.endings / self.open_before if self.open_before else 0.0

    @property
    def role_ending_share(self) -> float:
        return self.role_endings / self.roles_before if self.roles_before else 0.0

    def summary(self) -> dict:
        return {
            "today": self.today.isoformat(),
            "counts": {kind: dict(verbs) for kind, verbs in self.counts.items()},
            "examples": {kind: dict(verbs) for kind, verbs in self.examples.items()},
            "files": [file.__dict__ for file in self.register.files],
            "open_before": self.open_before,
            "endings": self.endings,
            "changes": self.changes,
            "warnings": [str(warning) for warning in self.warnings],
        }

    @property
    def changes(self) -> int:
        quiet = {"unchanged", "kept", "skipped"}
        return sum(
            count
            for verbs in self.counts.values()
            for verb, count in verbs.items()
            if verb not in quiet
        )


def _name(row: MemberRow | Person) -> str:
    if isinstance(row, MemberRow):
        return f"{row.given_name} {row.family_name} ({row.member_number})"
    return f"{row.first_name} {row.last_name} ({row.member_number})"


# --- Checks that need no database ----------------------------------------------------------


def _check_branch_tree(rows: list[BranchRow], problems: Problems) -> None:
    by_number = {}
    for row in rows:
        if row.number in by_number:
            problems.add(
                row.where, _("The branch id %(id)s comes twice.") % {"id": row.number}, "id"
            )
        by_number[row.number] = row
    for row in rows:
        expected = PARENT_KIND.get(row.kind)
        parent = by_number.get(row.parent_number)
        if expected is None:
            if row.parent_number:
                problems.add(row.where, _("The national party cannot have a parent."), "parent_id")
        elif not row.parent_number or parent is None:
            problems.add(
                row.where,
                _("The parent branch %(id)s is not in the file.")
                % {"id": row.parent_number or "–"},
                "parent_id",
            )
        elif parent.kind != expected:
            problems.add(
                row.where,
                _("A branch of this kind must be placed under a %(kind)s.")
                % {"kind": PARENT_KIND[row.kind].label},
                "parent_id",
            )


def _depths(rows: list[BranchRow]) -> dict[str, int]:
    by_number = {row.number: row for row in rows}
    depths: dict[str, int] = {}

    def depth(number: str) -> int:
        if number not in depths:
            parent = by_number[number].parent_number
            depths[number] = 1 if not parent else depth(parent) + 1
        return depths[number]

    for row in rows:
        depth(row.number)
    return depths


# --- The plan --------------------------------------------------------------------------------


def sync_plan(register: Register, *, today: datetime.date | None = None) -> SyncPlan:
    """What the sync would change, read from the database; RegisterError if the files and the
    database cannot be reconciled."""
    plan = SyncPlan(today=today or timezone.localdate(), register=register)
    problems = Problems()
    every_branch = list(Branch.objects.order_by())
    branches = {b.number: b for b in every_branch if b.number}
    if register.branches is not None:
        _check_branch_tree(register.branches, problems)
        if not problems:
            _plan_branches(plan, register.branches, branches, every_branch)
        known_branches = {row.number for row in register.branches}
    else:
        known_branches = set(branches)
    people = {
        person.id: person
        for person in (
            Person(*values)
            for values in User.objects.order_by().values_list(
                "id", "email", "first_name", "last_name", "member_number"
            )
        )
    }
    by_number = {p.member_number: p for p in people.values() if p.member_number}
    by_email = {p.email: p for p in people.values()}
    plan.privileged = set(with_admin_access(User.objects.all()).values_list("pk", flat=True))
    if register.members is not None:
        _plan_members(
            plan, register.members, every_branch, known_branches, by_number, by_email, problems
        )
    if register.roles is not None:
        _plan_roles(plan, register, every_branch, known_branches, by_number, problems)
    if problems:
        raise RegisterError(problems)
    return plan


def _plan_branches(plan: SyncPlan, rows, branches: dict[str, Branch], every_branch) -> None:
    depths = _depths(rows)
    by_path = {b.path: b for b in every_branch}
    for row in sorted(rows, key=lambda row: (depths[row.number], row.where.line)):
        branch = branches.get(row.number)
        if branch is None:
            plan.branch_changes.append((row, None))
            plan.note(BRANCHES, "created", row.name)
            continue
        parent = by_path.get(branch.path[: -Branch.steplen]) if branch.depth > 1 else None
        changed = []
        if branch.name != row.name:
            changed.append("renamed")
        municipality = row.municipality_number
        if branch.kind != row.kind or municipality not in (None, branch.municipality_number):
            changed.append("updated")
        if (parent.number if parent else "") != row.parent_number:
            changed.append("moved")
        if changed:
            plan.branch_changes.append((row, branch))
            for verb in changed:
                plan.note(
                    BRANCHES, verb, f"{branch.name} → {row.name}" if verb == "renamed" else row.name
                )
        else:
            plan.note(BRANCHES, "unchanged")
    in_file = {row.number for row in rows}
    for number, branch in branches.items():
        if number not in in_file:
            plan.note(BRANCHES, "kept", branch.name)


def _plan_members(plan, rows, every_branch, known_branches, by_number, by_email, problems) -> None:
    branch_ids = {branch.number: branch.pk for branch in every_branch if branch.number}
    # The names the examples show: the file's for branches it gives, else the database's.
    names = {row.number: row.name for row in plan.register.branches or ()}
    branch_names = {branch.pk: names.get(branch.number) or branch.name for branch in every_branch}
    names_by_number = {number: branch_names[pk] for number, pk in branch_ids.items()} | names
    seen_numbers: dict[str, MemberRow] = {}
    seen_emails: dict[str, MemberRow] = {}
    for row in rows:
        if row.member_number in seen_numbers:
            problems.add(
                row.where,
                _("The member number %(number)s comes twice (also on line %(line)d).")
                % {"number": row.member_number, "line": seen_numbers[row.member_number].where.line},
                "member_number",
            )
        if row.email in seen_emails:
            problems.add(
                row.where,
                _("Two members cannot share an email address (also on line %(line)d).")
                % {"line": seen_emails[row.email].where.line},
                "email",
            )
        seen_numbers[row.member_number] = row
        seen_emails[row.email] = row
        if row.branch_number not in known_branches:
            problems.add(
                row.where,
                _("The branch %(id)s is not in the register.") % {"id": row.branch_number},
                "branch_id",
            )
    if problems:
        return

    stints: dict[int, list[Stint]] = defaultdict(list)
    for values in Membership.objects.order_by("joined_on", "id").values_list(
        "id", "user_id", "branch_id", "joined_on", "left_on"
    ):
        stints[values[1]].append(Stint(*values))
    plan.open_before = sum(
        1
        for person in by_number.values()
        for stint in stints.get(person.id, ())
        if stint.left_on is None or stint.left_on > plan.today
    )
    today = plan.today

    for row in rows:
        person = by_number.get(row.member_number)
        owner = by_email.get(row.email)
        if owner is not None and owner is not person:
            if owner.member_number:
                problems.add(
                    row.where,
                    _(
                        "The email address belongs to member %(number)s. A person's member "
                        "number cannot change, and two people cannot be merged."
                    )
                    % {"number": owner.member_number},
                    "email",
                )
                continue
            if person is not None:
                problems.add(
                    row.where,
                    _(
                        "The email address belongs to another account in Skolering; two people "
                        "cannot be merged."
                    ),
                    "email",
                )
                continue
            # An account typed in by hand before the register was connected: it is this member.
            person = owner
            plan.person_updates.setdefault(person.id, {})["member_number"] = (
                None,
                row.member_number,
            )
            plan.note(MEMBERS, "linked", _name(row))
        if person is None:
            if row.left_on is not None and row.left_on <= today:
                plan.skipped.add(row.member_number)
                plan.note(MEMBERS, "skipped", _name(row))
                continue
            plan.new_people.append(row)
            plan.note(MEMBERS, "created", _name(row))
            plan.opens.append((row.member_number, row.branch_number, row.joined_on, row.left_on))
            plan.note("memberships", "opened", _name(row))
            continue
        _plan_person_fields(plan, person, row)
        _plan_stints(
            plan,
            person,
            row,
            stints.get(person.id, []),
            branch_ids,
            (branch_names, names_by_number),
        )

    in_file = set(seen_numbers)
    for person in by_number.values():
        if person.member_number in in_file:
            continue
        for stint in stints.get(person.id, ()):
            ends = max(today, stint.joined_on)
            if stint.left_on is None or stint.left_on > ends:
                plan.closes.append((stint, ends, "not in register"))
                plan.endings += 1
                plan.note("memberships", "ended", _name(person))


def _plan_person_fields(plan, person: Person, row: MemberRow) -> None:
    wanted = {"email": row.email, "first_name": row.given_name, "last_name": row.family_name}
    changes = {
        name: (getattr(person, name), value)
        for name, value in wanted.items()
        if getattr(person, name) != value
    }
    if "email" in changes and person.id in plan.privileged:
        # Their password is reset by mail to this address: the register may not move it.
        del changes["email"]
        plan.note(MEMBERS, "email_kept", _name(row))
    if changes:
        plan.person_updates.setdefault(person.id, {}).update(changes)
        plan.note(MEMBERS, "updated", _name(row))
    elif person.id not in plan.person_updates:
        plan.note(MEMBERS, "unchanged")


def _opened_by_move(stint: Stint, stints: list[Stint]) -> bool:
    """Whether the membership began when the person moved here from another branch: then its
    start is the day of the move, not the day they joined the party."""
    return any(
        other.left_on == stint.joined_on and other.branch_id != stint.branch_id
        for other in stints
        if other is not stint
    )


def _plan_stints(plan, person, row, stints, branch_ids, names) -> None:
    """The person's memberships against the row: ended, moved, reopened or started."""
    today = plan.today
    branch_id = branch_ids.get(row.branch_number)  # None: a branch this sync creates
    # The membership in force: the open one, else one that ends later than today.
    current = next((s for s in stints if s.left_on is None), None) or next(
        (s for s in stints if s.left_on > today), None
    )
    latest = stints[-1] if stints else None
    if row.left_on is not None and row.left_on <= today:
        ends = max(row.left_on, current.joined_on) if current is not None else None
        if current is not None and current.left_on != ends:
            plan.closes.append((current, ends, "left"))
            plan.endings += 1
            plan.note("memberships", "ended", _name(row))
        elif (
            latest is not None
            and latest.branch_id == branch_id
            and latest.left_on != row.left_on
            and row.left_on >= latest.joined_on
        ):
            plan.stint_updates.append((latest, {"left_on": (latest.left_on, row.left_on)}))
            plan.note("memberships", "updated", _name(row))
        return
    if current is not None and current.branch_id == branch_id:
        changes = {}
        if current.joined_on != row.joined_on and not _opened_by_move(current, stints):
            changes["joined_on"] = (current.joined_on, row.joined_on)
        joined = changes.get("joined_on", (None, current.joined_on))[1]
        if current.left_on != row.left_on and (row.left_on is None or row.left_on >= joined):
            changes["left_on"] = (current.left_on, row.left_on)
        if changes:
            plan.stint_updates.append((current, changes))
            plan.note("memberships", "updated", _name(row))
        return
    if current is not None and current.joined_on > today:
        # Moved before the membership began: it begins in the other branch instead.
        plan.stint_moves.append((current, row.branch_number, row.joined_on, row.left_on))
        plan.note("memberships", "updated", _name(row))
        return
    if current is not None:
        moved_on = max(today, current.joined_on)
        plan.closes.append((current, moved_on, "moved"))
        # A file that says they join later: a member of neither until then.
        starts = max(moved_on, row.joined_on)
        left_on = None if row.left_on is None else max(row.left_on, starts)
        plan.opens.append((row.member_number, row.branch_number, starts, left_on))
        plan.note(
            "memberships",
            "moved",
            f"{_name(row)}: {names[0].get(current.branch_id, '?')} → "
            f"{names[1].get(row.branch_number, row.branch_number)}",
        )
        return
    if latest is not None and latest.branch_id == branch_id and row.joined_on <= latest.left_on:
        changes = {"left_on": (latest.left_on, row.left_on)}
        if latest.joined_on != row.joined_on and not _opened_by_move(latest, stints):
            changes["joined_on"] = (latest.joined_on, row.joined_on)
        plan.stint_updates.append((latest, changes))
        plan.note("memberships", "reopened", _name(row))
        return
    joined = row.joined_on
    if latest is not None and joined < latest.left_on:
        joined = latest.left_on  # back after a gap the file does not show: from where they left
    plan.opens.append((row.member_number, row.branch_number, joined, row.left_on))
    plan.note("memberships", "opened", _name(row))


def _plan_roles(
    plan, register: Register, every_branch, known_branches, by_number, problems
) -> None:
    members_in_file = (
        {row.member_number for row in register.members} if register.members is not None else None
    )
    branch_ids = {branch.number: branch.pk for branch in every_branch if branch.number}
    seen = {}
    wanted: dict[tuple, RoleRow] = {}
    for row in register.roles:
        known = (
            row.member_number in members_in_file
            if members_in_file is not None
            else row.member_number in by_number
        )
        if not known:
            problems.add(
                row.where,
                _("The member number %(number)s is not in the register.")
                % {"number": row.member_number},
                "member_number",
            )
        if row.branch_number not in known_branches:
            problems.add(
                row.where,
                _("The branch %(id)s is not in the register.") % {"id": row.branch_number},
                "branch_id",
            )
        key = (row.member_number, row.branch_number, row.role, row.starts_on)
        if key in seen:
            problems.add(
                row.where,
                _("The same role comes twice (also on line %(line)d).") % {"line": seen[key]},
                "role",
            )
        seen[key] = row.where.line
        if row.member_number not in plan.skipped:
            wanted[key] = row
    if problems:
        return
    numbers = {p.id: p.member_number for p in by_number.values()}
    for uid, mnum in (
        (uid, change["member_number"][1])
        for uid, change in plan.person_updates.items()
        if "member_number" in change
    ):
        numbers[uid] = mnum
    branch_numbers = {pk: number for number, pk in branch_ids.items()}
    existing = (
        RoleAssignment.objects.filter(user_id__in=numbers)
        .order_by()
        .values("id", "user_id", "branch_id", "role", "starts_on", "ends_on")
    )
    today = plan.today
    for role in existing:
        key = (
            numbers[role["user_id"]],
            branch_numbers.get(role["branch_id"]),
            role["role"],
            role["starts_on"],
        )
        row = wanted.pop(key, None)
        label = f"{key[0]}: {role['role']}, {key[1]}"
        if row is not None:
            if role["ends_on"] is None or role["ends_on"] >= today:
                plan.roles_before += 1
            if row.ends_on != role["ends_on"]:
                plan.role_updates.append((role, row.ends_on))
                plan.note(ROLES, "changed", label)
            else:
                plan.note(ROLES, "unchanged")
            continue
        if role["ends_on"] is not None and role["ends_on"] < today:
            continue  # history
        plan.roles_before += 1
        plan.role_endings += 1
        if role["starts_on"] >= today:
            plan.role_deletes.append(role)
            plan.note(ROLES, "removed", label)
        else:
            plan.role_updates.append((role, today - datetime.timedelta(days=1)))
            plan.note(ROLES, "ended", label)
    for row in wanted.values():
        plan.role_creates.append(row)
        plan.note(ROLES, "added", f"{row.member_number}: {row.role}, {row.branch_number}")


# --- Carrying it out -------------------------------------------------------------------------


def _take_lock() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [SYNC_LOCK_KEY])
            if not cursor.fetchone()[0]:
                raise SyncBusy


def register_sync(
    *,
    register: Register,
    actor: User | None = None,
    dry_run: bool = False,
    force: bool = False,
    today: datetime.date | None = None,
    progress: Progress | None = None,
) -> SyncPlan:
    """Plan the sync and, unless `dry_run`, carry it out: one transaction, one sync at a time
    (SyncBusy). Refuses (RegisterError) to end more than REGISTER_SYNC_MAX_END_SHARE of the open
    memberships unless `force`."""
    progress = progress or (lambda stage, done, total: None)
    try:
        with transaction.atomic():
            _take_lock()
            progress("plan", 0, 1)
            plan = sync_plan(register, today=today)
            progress("plan", 1, 1)
            if not force:
                # A dry run shows what it found, and why carrying it out would be refused.
                plan.warnings = _too_many_endings(plan)
                if plan.warnings and not dry_run:
                    raise RegisterError(plan.warnings)
            if dry_run:
                return plan
            _apply(plan, actor=actor, progress=progress)
            audit_event_record(
                actor=actor,
                action="register.sync",
                details={**_audit_summary(plan), "forced": force},
            )
    except OperationalError as error:
        # SQLite's answer when another sync is writing (PostgreSQL's is the advisory lock).
        if "locked" in str(error):
            raise SyncBusy from error
        raise
    return plan


def _too_many_endings(plan: SyncPlan) -> list[str]:
    """A file cut short must not end the party's membership, nor take every leader's access."""
    limit = settings.REGISTER_SYNC_MAX_END_SHARE
    problems = []
    if plan.ending_share > limit:
        problems.append(
            _(
                "The sync would end %(ended)s of %(open)s memberships (%(share)s %%), more than "
                "the limit of %(limit)s %%. Check that the file is complete, or force the sync."
            )
            % _share_numbers(plan.endings, plan.open_before, limit)
        )
    if plan.role_ending_share > limit:
        problems.append(
            _(
                "The sync would end %(ended)s of %(open)s roles in force (%(share)s %%), more "
                "than the limit of %(limit)s %%. Check that the roles file is complete, or force "
                "the sync."
            )
            % _share_numbers(plan.role_endings, plan.roles_before, limit)
        )
    return problems


def _share_numbers(ended: int, before: int, limit: float) -> dict:
    return {
        "ended": number_format(ended, force_grouping=True),
        "open": number_format(before, force_grouping=True),
        "share": number_format(ended / before * 100, 1),
        "limit": number_format(limit * 100, 0),
    }


def _audit_summary(plan: SyncPlan) -> dict:
    return {
        "counts": {kind: dict(verbs) for kind, verbs in plan.counts.items()},
        "files": [
            {"name": f.name, "kind": f.kind, "sha256": f.sha256, "rows": f.rows}
            for f in plan.register.files
        ],
    }


class _Audit:
    """The change events, written in batches: one per membership or role changed, as the
    admin's own forms write them (skolering/wagtail_hooks.py), with the source."""

    def __init__(self, actor):
        self.actor = actor if actor is not None and actor.is_authenticated else None
        self.events: list[AuditEvent] = []
        self.now = timezone.now()

    def add(self, action: str, *, branch_id, subject_id, details: dict) -> None:
        self.events.append(
            AuditEvent(
                created_at=self.now,
                actor=self.actor,
                action=action,
                branch_id=branch_id,
                subject_id=subject_id,
                details={**details, "source": "register"},
            )
        )
        if len(self.events) >= AUDIT_BATCH:
            self.flush()

    def flush(self) -> None:
        AuditEvent.objects.bulk_create(self.events, batch_size=AUDIT_BATCH)
        self.events = []


def _iso(value) -> str:
    return value.isoformat() if value is not None else "None"


def _iso_changes(changes: dict) -> dict:
    """{field: (old, new)} as the admin's audit writes it: {field: [old, new]} in text."""
    return {name: [_iso(old), _iso(new)] for name, (old, new) in changes.items()}


def _apply(plan: SyncPlan, *, actor, progress: Progress) -> None:
    audit = _Audit(actor)
    branches = _apply_branches(plan, progress, audit)
    branch_ids = {b.number: b.pk for b in branches}
    branch_names = {b.pk: b.name for b in Branch.objects.only("id", "name")}

    progress("members", 0, len(plan.new_people) + len(plan.person_updates))
    unusable = make_password(None)
    User.objects.bulk_create(
        (
            User(
                email=row.email,
                first_name=row.given_name,
                last_name=row.family_name,
                member_number=row.member_number,
                password=unusable,
            )
            for row in plan.new_people
        ),
        batch_size=AUDIT_BATCH,
    )
    _apply_person_updates(plan)
    progress(
        "members",
        len(plan.new_people) + len(plan.person_updates),
        len(plan.new_people) + len(plan.person_updates),
    )
    user_ids = dict(
        User.objects.exclude(member_number=None).order_by().values_list("member_number", "id")
    )
    # Who was created, linked or changed; which fields, not their values (the audit log is
    # kept for two years, and names and addresses are the register's to keep).
    for row in plan.new_people:
        audit.add(
            "person.create",
            branch_id=None,
            subject_id=user_ids[row.member_number],
            details={"member_number": row.member_number},
        )
    for user_id, changes in plan.person_updates.items():
        linked = changes.get("member_number", (None, None))[1]
        audit.add(
            "person.link" if linked else "person.change",
            branch_id=None,
            subject_id=user_id,
            details={"changed": sorted(changes), **({"member_number": linked} if linked else {})},
        )

    total = len(plan.closes) + len(plan.opens) + len(plan.stint_updates) + len(plan.stint_moves)
    progress("memberships", 0, total)

    def event(action, *, user_id, branch_id, joined_on, left_on, changes=None, **extra):
        audit.add(
            action,
            branch_id=branch_id,
            subject_id=user_id,
            details={
                "branch": branch_names.get(branch_id, ""),
                "joined_on": _iso(joined_on),
                "left_on": _iso(left_on),
                **({"changes": changes} if changes else {}),
                **extra,
            },
        )

    closed = []
    for stint, left_on, why in plan.closes:
        closed.append(Membership(pk=stint.id, left_on=left_on))
        event(
            "membership.change",
            user_id=stint.user_id,
            branch_id=stint.branch_id,
            joined_on=stint.joined_on,
            left_on=left_on,
            changes=_iso_changes({"left_on": (stint.left_on, left_on)}),
            reason=why,
        )
    Membership.objects.bulk_update(closed, ["left_on"], batch_size=AUDIT_BATCH)
    updated = []
    for stint, changes in plan.stint_updates:
        values = {"joined_on": stint.joined_on, "left_on": stint.left_on}
        values |= {name: new for name, (old, new) in changes.items()}
        updated.append(Membership(pk=stint.id, **values))
        event(
            "membership.change",
            user_id=stint.user_id,
            branch_id=stint.branch_id,
            **values,
            changes=_iso_changes(changes),
        )
    Membership.objects.bulk_update(updated, ["joined_on", "left_on"], batch_size=AUDIT_BATCH)
    moved = []
    for stint, branch_number, joined_on, left_on in plan.stint_moves:
        branch_id = branch_ids[branch_number]
        moved.append(
            Membership(pk=stint.id, branch_id=branch_id, joined_on=joined_on, left_on=left_on)
        )
        changes = _iso_changes(
            {"joined_on": (stint.joined_on, joined_on), "left_on": (stint.left_on, left_on)}
        )
        event(
            "membership.change",
            user_id=stint.user_id,
            branch_id=branch_id,
            joined_on=joined_on,
            left_on=left_on,
            changes={
                "branch": [branch_names.get(stint.branch_id, ""), branch_names.get(branch_id, "")],
                **changes,
            },
        )
    Membership.objects.bulk_update(
        moved, ["branch", "joined_on", "left_on"], batch_size=AUDIT_BATCH
    )
    progress("memberships", len(closed) + len(updated), total)
    opened = []
    for member_number, branch_number, joined_on, left_on in plan.opens:
        membership = Membership(
            user_id=user_ids[member_number],
            branch_id=branch_ids[branch_number],
            joined_on=joined_on,
            left_on=left_on,
        )
        opened.append(membership)
        event(
            "membership.create",
            user_id=membership.user_id,
            branch_id=membership.branch_id,
            joined_on=joined_on,
            left_on=left_on,
        )
    Membership.objects.bulk_create(opened, batch_size=AUDIT_BATCH)
    progress("memberships", total, total)
    _apply_roles(plan, audit, user_ids, branch_ids, branch_names, progress)
    audit.flush()


def _apply_person_updates(plan: SyncPlan) -> None:
    by_fields = defaultdict(list)
    for user_id, changes in plan.person_updates.items():
        by_fields[tuple(sorted(changes))].append(
            User(pk=user_id, **{name: new for name, (old, new) in changes.items()})
        )
    for fields, users in by_fields.items():
        User.objects.bulk_update(users, list(fields), batch_size=AUDIT_BATCH)


def _apply_branches(plan: SyncPlan, progress: Progress, audit: "_Audit") -> list[Branch]:
    progress("branches", 0, len(plan.branch_changes))
    taken = set(Branch.objects.values_list("slug", flat=True))
    by_number = {b.number: b for b in Branch.objects.exclude(number="")}
    for done, (row, branch) in enumerate(plan.branch_changes, start=1):
        parent = by_number.get(row.parent_number) if row.parent_number else None
        created = branch is None
        try:
            if created:
                slug = _free_slug(row.slug or row.name, taken)
                branch = branch_create(
                    parent=parent,
                    kind=row.kind,
                    name=row.name,
                    slug=slug,
                    number=row.number,
                    municipality_number=row.municipality_number or "",
                )
            else:
                branch = branch_update(
                    branch=Branch.objects.get(pk=branch.pk),
                    parent=parent,
                    kind=row.kind,
                    name=row.name,
                    slug=branch.slug,
                    number=row.number,
                    municipality_number=row.municipality_number,
                )
        except ValidationError as error:
            messages = getattr(error, "messages", None) or [str(error)]
            raise RegisterError(
                [
                    _("%(file)s, line %(line)d: %(message)s")
                    % {
                        "file": row.where.file,
                        "line": row.where.line,
                        "message": " ".join(messages),
                    }
                ]
            ) from error
        audit.add(
            "branch.create" if created else "branch.change",
            branch_id=branch.pk,
            subject_id=None,
            details={"number": row.number, "name": row.name},
        )
        by_number[row.number] = branch
        if done % 50 == 0:
            progress("branches", done, len(plan.branch_changes))
    progress("branches", len(plan.branch_changes), len(plan.branch_changes))
    return list(by_number.values())


def _free_slug(name: str, taken: set[str]) -> str:
    base = slugify(name, allow_unicode=True)[:110] or "lag"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _apply_roles(plan, audit, user_ids, branch_ids, branch_names, progress) -> None:
    total = len(plan.role_creates) + len(plan.role_updates) + len(plan.role_deletes)
    progress("roles", 0, total)

    def details(branch_id, role, starts_on, ends_on, **extra):
        return {
            "branch": branch_names.get(branch_id, ""),
            "role": role,
            "starts_on": _iso(starts_on),
            "ends_on": _iso(ends_on),
            **extra,
        }

    updated = []
    for role, ends_on in plan.role_updates:
        updated.append(RoleAssignment(pk=role["id"], ends_on=ends_on))
        audit.add(
            "role.change",
            branch_id=role["branch_id"],
            subject_id=role["user_id"],
            details=details(
                role["branch_id"],
                role["role"],
                role["starts_on"],
                ends_on,
                changes=_iso_changes({"ends_on": (role["ends_on"], ends_on)}),
            ),
        )
    RoleAssignment.objects.bulk_update(updated, ["ends_on"], batch_size=AUDIT_BATCH)
    for role in plan.role_deletes:
        audit.add(
            "role.delete",
            branch_id=role["branch_id"],
            subject_id=role["user_id"],
            details=details(role["branch_id"], role["role"], role["starts_on"], role["ends_on"]),
        )
    RoleAssignment.objects.filter(pk__in=[role["id"] for role in plan.role_deletes]).delete()
    created = []
    for row in plan.role_creates:
        assignment = RoleAssignment(
            user_id=user_ids[row.member_number],
            branch_id=branch_ids[row.branch_number],
            role=row.role,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
        )
        created.append(assignment)
        audit.add(
            "role.create",
            branch_id=assignment.branch_id,
            subject_id=assignment.user_id,
            details=details(assignment.branch_id, row.role, row.starts_on, row.ends_on),
        )
    RoleAssignment.objects.bulk_create(created, batch_size=AUDIT_BATCH)
    progress("roles", total, total)
