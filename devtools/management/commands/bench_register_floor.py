"""The floor of the register sync's benchmark: the same rows put in an empty database the simplest
way — read with the csv module, no checks, no comparison with what is there, no audit, bulk
inserts in one transaction (bench_register)."""

import csv
import datetime

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.db import transaction

from skolering.models import Branch, Membership, RoleAssignment, User

KINDS = {
    "landsparti": "national",
    "fylkesparti": "county",
    "kommuneparti": "municipality",
    "lokallag": "chapter",
}


def rows(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as source:
        return list(csv.reader(source, delimiter=";"))[1:]


def day(text: str) -> datetime.date | None:
    if not text:
        return None
    if "." in text:
        return datetime.datetime.strptime(text, "%d.%m.%Y").date()
    return datetime.date.fromisoformat(text)


class Command(BaseCommand):
    help = "Internal to bench_register: bulk-insert a register's files into an empty database."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs=3, help="branches, members, roles (CSV)")

    @transaction.atomic
    def handle(self, *args, files, **options):
        branch_file, member_file, role_file = files
        children: dict[str, int] = {}
        paths: dict[str, str] = {}
        branches = []
        for number, name, kind, parent, municipality in rows(branch_file):
            base = paths.get(parent, "")
            children[parent] = children.get(parent, 0) + 1
            path = base + f"{children[parent]:04d}"
            paths[number] = path
            branches.append(
                Branch(
                    path=path,
                    depth=len(path) // 4,
                    kind=KINDS[kind],
                    name=name,
                    slug=f"lag-{number}",
                    number=number,
                    municipality_number=municipality,
                )
            )
        Branch.objects.bulk_create(branches)
        branch_ids = dict(Branch.objects.values_list("number", "id"))
        members = rows(member_file)
        unusable = make_password(None)
        User.objects.bulk_create(
            (
                User(
                    email=email,
                    first_name=given,
                    last_name=family,
                    member_number=number,
                    password=unusable,
                )
                for number, given, family, email, *_ in members
            ),
            batch_size=2000,
        )
        user_ids = dict(User.objects.values_list("member_number", "id"))
        Membership.objects.bulk_create(
            (
                Membership(
                    user_id=user_ids[row[0]],
                    branch_id=branch_ids[row[5]],
                    joined_on=day(row[6]),
                    left_on=day(row[7]),
                )
                for row in members
            ),
            batch_size=2000,
        )
        RoleAssignment.objects.bulk_create(
            (
                RoleAssignment(
                    user_id=user_ids[number],
                    branch_id=branch_ids[branch],
                    role=role,
                    starts_on=day(starts),
                    ends_on=day(ends),
                )
                for number, role, branch, starts, ends in rows(role_file)
            ),
            batch_size=2000,
        )
