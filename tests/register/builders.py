"""Register files written as a register would write them, for the sync tests."""

import csv
import datetime
import io
import json

from django.db.models import Q
from django.utils import timezone

from register.parsing import register_read
from skolering.models import Membership, RoleAssignment, User

BRANCH_HEADER = ["id", "name", "kind", "parent_id", "municipality_number"]
MEMBER_HEADER = [
    "member_number",
    "given_name",
    "family_name",
    "email",
    "phone",
    "branch_id",
    "joined_on",
    "left_on",
]
ROLE_HEADER = ["member_number", "role", "branch_id", "starts_on", "ends_on"]

# A small organisation: the national party, two counties, three municipalities, a chapter.
TREE = [
    ("1", "Partiet", "landsparti", "", ""),
    ("46", "Vestland", "fylkesparti", "1", ""),
    ("50", "Trøndelag", "fylkesparti", "1", ""),
    ("4601", "Bergen", "kommuneparti", "46", "4601"),
    ("4621", "Voss", "kommuneparti", "46", "4621"),
    ("5001", "Trondheim", "kommuneparti", "50", "5001"),
    ("460101", "Årstad lokallag", "lokallag", "4601", "4601"),
]


def csv_file(header, rows, *, delimiter=";", bom=True) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(["" if value is None else value for value in row] for row in rows)
    return out.getvalue().encode("utf-8-sig" if bom else "utf-8")


def jsonl_file(header, rows) -> bytes:
    lines = [json.dumps(dict(zip(header, row, strict=True)), ensure_ascii=False) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def date_text(value: datetime.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def register_of(branches=TREE, members=(), roles=()):
    """A Register from rows: members as (number, given, family, email, branch, joined, left),
    roles as (number, role, branch, starts, ends); dates as date objects."""
    files = [("lag.csv", csv_file(BRANCH_HEADER, branches))]
    if members is not None:
        files.append(
            (
                "medlemmer.csv",
                csv_file(
                    MEMBER_HEADER,
                    [
                        (n, g, f, e, "", b, date_text(j), date_text(left))
                        for n, g, f, e, b, j, left in members
                    ],
                ),
            )
        )
    if roles is not None and not roles:
        files.append(("verv.csv", csv_file(ROLE_HEADER, [])))
    elif roles is not None:
        files.append(
            (
                "verv.jsonl",
                jsonl_file(
                    ROLE_HEADER,
                    [
                        (n, r, b, s.isoformat(), e.isoformat() if e else None)
                        for n, r, b, s, e in roles
                    ],
                ),
            )
        )
    return register_read(files)


def database_view():
    """What the database says about the register's people, in the register's terms: for each
    member number, the person's names, email and the branch of their membership in force today
    (None if none), and every role held today or later."""
    today = timezone.localdate()
    people = {}
    for user in User.objects.exclude(member_number=None):
        active = Membership.objects.active(today).filter(user=user).select_related("branch")
        assert active.count() <= 1
        membership = active.first()
        people[user.member_number] = (
            user.first_name,
            user.last_name,
            user.email,
            membership.branch.number if membership else None,
        )
    roles = {
        (a.user.member_number, a.role, a.branch.number, a.starts_on, a.ends_on)
        for a in RoleAssignment.objects.select_related("user", "branch")
        .exclude(user__member_number=None)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
    }
    return people, roles


def register_view(members, roles, *, known=()):
    """The same view of a register: people the database does not know who left before today
    are not there."""
    today = timezone.localdate()
    people = {}
    for number, given, family, email, branch, joined, left in members:
        in_force = joined <= today and (left is None or left > today)
        if left is not None and left <= today and number not in known:
            continue  # left before the site knew them: never created
        people[number] = (given, family, email, branch if in_force else None)
    wanted = {
        (n, r, b, s, e) for n, r, b, s, e in roles if (e is None or e >= today) and n in people
    }
    return people, wanted


def snapshot():
    """Every row the sync may touch, to show that a run changed nothing."""
    return (
        sorted(User.objects.values_list("id", "email", "first_name", "last_name", "member_number")),
        sorted(
            Membership.objects.values_list("id", "user_id", "branch_id", "joined_on", "left_on")
        ),
        sorted(
            RoleAssignment.objects.values_list(
                "id", "user_id", "branch_id", "role", "starts_on", "ends_on"
            ),
            key=str,
        ),
    )
