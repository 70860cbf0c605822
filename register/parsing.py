"""Reading the member register's files: branches, members and roles, as CSV (the way Norwegian
spreadsheets write it: UTF-8 with or without a byte-order mark, `;` or `,` between fields, dates as
dd.mm.yyyy or ISO 8601) or as JSON Lines. Pure: no database. Every problem is reported with its
file, line and field, in Norwegian, and reading goes on so that one run lists them all (up to
MAX_ERRORS)."""

import csv
import datetime
import hashlib
import io
import json
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from skolering.models import BranchKind, Role

MAX_ERRORS = 50

BRANCHES, MEMBERS, ROLES = "branches", "members", "roles"

# Each kind's columns, by their English names, with the Norwegian names a register may use.
COLUMNS = {
    BRANCHES: {
        "id": ("id", "lag_id", "lagsnummer"),
        "name": ("name", "navn"),
        "kind": ("kind", "type", "nivå"),
        "parent_id": ("parent_id", "overordnet_id", "overordnet"),
        "municipality_number": ("municipality_number", "kommunenummer", "kommunenr"),
        # Not the register's: the branch's address in Skolering when the sync creates it.
        "slug": ("slug",),
    },
    MEMBERS: {
        "member_number": ("member_number", "medlemsnummer", "medlemsnr"),
        "given_name": ("given_name", "fornavn"),
        "family_name": ("family_name", "etternavn"),
        "email": ("email", "epost", "e-post"),
        "phone": ("phone", "telefon", "mobil"),
        "branch_id": ("branch_id", "lag_id", "lagsnummer"),
        "joined_on": ("joined_on", "innmeldt"),
        "left_on": ("left_on", "utmeldt"),
    },
    ROLES: {
        "member_number": ("member_number", "medlemsnummer", "medlemsnr"),
        "role": ("role", "verv"),
        "branch_id": ("branch_id", "lag_id", "lagsnummer"),
        "starts_on": ("starts_on", "fra"),
        "ends_on": ("ends_on", "til"),
    },
}
OPTIONAL = {"parent_id", "municipality_number", "slug", "phone", "left_on", "ends_on"}

# The columns that tell which kind a file holds.
SIGNATURES = (
    (ROLES, {"member_number", "role"}),
    (MEMBERS, {"member_number", "email"}),
    (BRANCHES, {"id", "kind"}),
)

KIND_NAMES = {
    **{kind.value: kind.value for kind in BranchKind},
    "landsparti": BranchKind.NATIONAL,
    "fylkesparti": BranchKind.COUNTY,
    "fylkeslag": BranchKind.COUNTY,
    "kommuneparti": BranchKind.MUNICIPALITY,
    "kommunelag": BranchKind.MUNICIPALITY,
    "lokallag": BranchKind.CHAPTER,
}
ROLE_NAMES = {role.value: role.value for role in Role}

NUMBER = re.compile(r"^[0-9A-Za-z-]{1,20}$")
MUNICIPALITY = re.compile(r"^[0-9]{4}$")
SLUG = re.compile(r"^[-\w]{1,120}$")
PHONE = re.compile(r"^\+?[0-9 ]{4,20}$")
NAME_LENGTH = {"name": 120, "given_name": 150, "family_name": 150}
EMAIL_LENGTH = 254  # User.email


@dataclass(frozen=True, slots=True)
class Where:
    file: str
    line: int


@dataclass(frozen=True, slots=True)
class BranchRow:
    where: Where
    number: str
    name: str
    kind: str
    parent_number: str
    municipality_number: str | None
    slug: str


@dataclass(frozen=True, slots=True)
class MemberRow:
    where: Where
    member_number: str
    given_name: str
    family_name: str
    email: str
    branch_number: str
    joined_on: datetime.date
    left_on: datetime.date | None


@dataclass(frozen=True, slots=True)
class RoleRow:
    where: Where
    member_number: str
    role: str
    branch_number: str
    starts_on: datetime.date
    ends_on: datetime.date | None


@dataclass(frozen=True)
class RegisterFile:
    name: str
    kind: str
    sha256: str
    rows: int


@dataclass
class Register:
    """What the files say, kind by kind; None for a kind no file gave (it is left alone)."""

    branches: list[BranchRow] | None = None
    members: list[MemberRow] | None = None
    roles: list[RoleRow] | None = None
    files: list[RegisterFile] = field(default_factory=list)


class RegisterError(Exception):
    """The files cannot be synced. `problems` are Norwegian sentences naming file, line and
    field."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def problem(where: Where | str, message: str, column: str | None = None) -> str:
    if isinstance(where, str):
        return f"{where}: {message}"
    if column:
        return _("%(file)s, line %(line)d, field “%(field)s”: %(message)s") % {
            "file": where.file,
            "line": where.line,
            "field": column,
            "message": message,
        }
    return _("%(file)s, line %(line)d: %(message)s") % {
        "file": where.file,
        "line": where.line,
        "message": message,
    }


class Problems(list):
    def add(self, where, message, column=None):
        self.append(problem(where, message, column))
        if len(self) >= MAX_ERRORS:
            raise RegisterError(
                [*self, _("Stopped after %(count)d errors.") % {"count": len(self)}]
            )


def parse_date(text: str) -> datetime.date:
    """dd.mm.yyyy (also d.m.yyyy) or yyyy-mm-dd."""
    text = text.strip()
    try:
        if "." in text:
            day, month, year = text.split(".")
            if len(year) != 4:
                raise ValueError
            return datetime.date(int(year), int(month), int(day))
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            _("“%(value)s” is not a date (dd.mm.yyyy or yyyy-mm-dd).") % {"value": text[:40]}
        ) from None


def _records(name: str, content: bytes, problems: Problems) -> tuple[list[str], list]:
    """The columns and the (line, {column: text}) records of a CSV or JSON Lines file. A CSV
    file with a header and no rows says that there are none of its kind."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.add(name, _("The file is not UTF-8. Save it from the spreadsheet as “CSV UTF-8”."))
        return [], []
    if name.lower().endswith((".jsonl", ".ndjson", ".json")) or text.lstrip().startswith("{"):
        records = []
        for line_number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                record = None
            if not isinstance(record, dict):
                problems.add(Where(name, line_number), _("The line is not a JSON object."))
                continue
            records.append(
                (
                    line_number,
                    {
                        str(key).strip().lower(): "" if value is None else str(value)
                        for key, value in record.items()
                    },
                )
            )
        return (list(records[0][1]) if records else []), records
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header, records, last_line = [], [], 0
    try:
        for row in reader:
            last_line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if not header:
                header = [cell.strip().lower() for cell in row]
                continue
            if len(row) > len(header):
                problems.add(
                    Where(name, reader.line_num),
                    _("The line has %(found)d fields, the header %(expected)d.")
                    % {"found": len(row), "expected": len(header)},
                )
                continue
            records.append((reader.line_num, dict(zip(header, row, strict=False))))
    except csv.Error:
        # A field longer than the csv module takes.
        problems.add(Where(name, last_line + 1), _("The line cannot be read as CSV."))
    return header, records


def _canonical_columns(kind: str, record: dict) -> dict:
    """The record under the columns' English names (a Norwegian header works too)."""
    canonical = {}
    for column, names in COLUMNS[kind].items():
        for name in names:
            if name in record:
                canonical[column] = record[name].strip()
                break
    return canonical


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _without_control_characters(where: Where, values: dict, problems) -> bool:
    """A NUL or other control character in a field would not be stored (PostgreSQL refuses
    NUL in text): the row is refused here, with the field named."""
    bad = [column for column, value in values.items() if CONTROL.search(value)]
    for column in bad:
        problems.add(where, _("The field holds a control character."), column)
    return not bad


def file_kind(record: dict) -> str | None:
    for kind, needed in SIGNATURES:
        if needed <= set(_canonical_columns(kind, record)):
            return kind
    return None


def _branch_row(where, values, problems) -> BranchRow | None:
    ok = True
    number = values.get("id", "")
    if not NUMBER.match(number):
        problems.add(where, _("A branch id of 1–20 letters and digits is required."), "id")
        ok = False
    name = values.get("name", "")
    if not name or len(name) > NAME_LENGTH["name"]:
        problems.add(where, _("A name of 1–120 characters is required."), "name")
        ok = False
    kind = KIND_NAMES.get(values.get("kind", "").lower())
    if kind is None:
        problems.add(
            where,
            _(
                "“%(value)s” is not a kind of branch "
                "(landsparti, fylkesparti, kommuneparti, lokallag)."
            )
            % {"value": values.get("kind", "")[:40]},
            "kind",
        )
        ok = False
    parent = values.get("parent_id", "")
    if parent and not NUMBER.match(parent):
        problems.add(where, _("Not a branch id."), "parent_id")
        ok = False
    municipality = values.get("municipality_number")  # None: no such column, left as it is
    if municipality and not MUNICIPALITY.match(municipality):
        problems.add(where, _("A municipality number has four digits."), "municipality_number")
        ok = False
    slug = values.get("slug", "").lower()
    if slug and not SLUG.match(slug):
        problems.add(where, _("A slug has letters, digits, hyphens and underscores."), "slug")
        ok = False
    return BranchRow(where, number, name, kind, parent, municipality, slug) if ok else None


def _date(where, values, column, problems, *, required: bool):
    text = values.get(column, "")
    if not text:
        if required:
            problems.add(where, _("A date is required."), column)
            raise ValueError
        return None
    try:
        return parse_date(text)
    except ValueError as error:
        problems.add(where, str(error), column)
        raise


def _code(where, values, column, message, problems) -> str | None:
    """A member number or branch id: 1–20 letters, digits and hyphens."""
    value = values.get(column, "")
    if NUMBER.match(value):
        return value
    problems.add(where, message, column)
    return None


def _member_number(where, values, problems) -> str | None:
    message = _("A member number of 1–20 letters and digits is required.")
    return _code(where, values, "member_number", message, problems)


def _period(where, values, start, end, message, problems):
    """(start, end or None), or None when a date is wrong or the end comes before the start."""
    try:
        begins = _date(where, values, start, problems, required=True)
        ends = _date(where, values, end, problems, required=False)
    except ValueError:
        return None
    if ends is not None and ends < begins:
        problems.add(where, message, end)
        return None
    return begins, ends


def _member_row(where, values, problems) -> MemberRow | None:
    number = _member_number(where, values, problems)
    ok = number is not None
    names = {}
    for column in ("given_name", "family_name"):
        names[column] = values.get(column, "")
        if not names[column] or len(names[column]) > NAME_LENGTH[column]:
            problems.add(where, _("A name of 1–150 characters is required."), column)
            ok = False
    email = values.get("email", "").lower()
    try:
        if len(email) > EMAIL_LENGTH:
            raise ValidationError("too long")
        validate_email(email)
    except ValidationError:
        problems.add(
            where, _("“%(value)s” is not an email address.") % {"value": email[:80]}, "email"
        )
        ok = False
    phone = values.get("phone", "")
    if phone and not PHONE.match(phone):
        problems.add(where, _("Not a telephone number."), "phone")
        ok = False
    branch = _code(where, values, "branch_id", _("A branch id is required."), problems)
    period = _period(
        where, values, "joined_on", "left_on", _("A member cannot leave before joining."), problems
    )
    if not (ok and branch and period):
        return None
    return MemberRow(
        where, number, names["given_name"], names["family_name"], email, branch, *period
    )


def _role_row(where, values, problems) -> RoleRow | None:
    number = _member_number(where, values, problems)
    role = ROLE_NAMES.get(values.get("role", "").lower())
    if role is None:
        problems.add(
            where,
            _("“%(value)s” is not a role (tillitsvalgt, folkevalgt, leder, skoleringsansvarlig).")
            % {"value": values.get("role", "")[:40]},
            "role",
        )
    branch = _code(where, values, "branch_id", _("A branch id is required."), problems)
    period = _period(
        where, values, "starts_on", "ends_on", _("A role cannot end before it starts."), problems
    )
    if not (number and role and branch and period):
        return None
    return RoleRow(where, number, role, branch, *period)


ROW_READERS = {BRANCHES: _branch_row, MEMBERS: _member_row, ROLES: _role_row}


def register_read(files: list[tuple[str, bytes]]) -> Register:
    """The register in these (name, content) files, or RegisterError with every problem found.
    Each kind may come in one file; which kind a file holds is told by its columns."""
    problems = Problems()
    register = Register()
    for name, content in files:
        columns, records = _records(name, content, problems)
        if not columns:
            if not problems:
                problems.add(name, _("The file holds no rows."))
            continue
        header = dict.fromkeys(columns, "")
        kind = file_kind(header)
        if kind is None:
            problems.add(
                name,
                _(
                    "The columns do not tell whether the file holds branches, members or "
                    "roles (see the README for the formats)."
                ),
            )
            continue
        if getattr(register, kind) is not None:
            problems.add(
                name, _("Only one file of each kind (branches, members, roles) may be given.")
            )
            continue
        present = _canonical_columns(kind, header)
        missing = [c for c in COLUMNS[kind] if c not in OPTIONAL and c not in present]
        if missing:
            problems.add(name, _("Columns missing: %(columns)s.") % {"columns": ", ".join(missing)})
            continue
        rows = []
        for line, record in records:
            values, where = _canonical_columns(kind, record), Where(name, line)
            if not _without_control_characters(where, values, problems):
                continue
            row = ROW_READERS[kind](where, values, problems)
            if row is not None:
                rows.append(row)
        setattr(register, kind, rows)
        register.files.append(
            RegisterFile(name, kind, hashlib.sha256(content).hexdigest(), len(rows))
        )
    if problems:
        raise RegisterError(problems)
    return register
