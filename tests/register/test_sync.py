"""The register sync against the database: snapshot semantics, refusals that write nothing,
audit, and a property test: from any register A to any register B the database says what B says,
and B again changes nothing."""

import datetime
from io import StringIO

import pytest
import time_machine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.management import CommandError, call_command
from django.utils import timezone

from register.parsing import RegisterError, register_read
from register.sync import register_sync
from skolering.access import branches_below, led_branches
from skolering.models import AuditEvent, Branch, Membership, Role, RoleAssignment, User
from skolering.retention import retention_apply, retention_plan
from tests.register.builders import (
    BRANCH_HEADER,
    MEMBER_HEADER,
    TREE,
    csv_file,
    database_view,
    jsonl_file,
    register_of,
    register_view,
    snapshot,
)

TODAY = timezone.localdate()
LONG_AGO = TODAY - datetime.timedelta(days=800)
DAY = datetime.timedelta(days=1)

AILE = ("1001", "Áile", "Ŋáŋŋás", "aile@example.org", "4601", LONG_AGO, None)
ORJAN = ("1002", "Ørjan", "Bækkelund", "orjan@example.org", "4621", LONG_AGO, None)
SIV = ("1003", "Siv", "Åsheim", "siv@example.org", "460101", LONG_AGO, None)


def sync(members=(), roles=(), branches=TREE, **kwargs):
    return register_sync(register=register_of(branches, members, roles), **kwargs)


def members_of(number):
    return Membership.objects.filter(user__member_number=number).order_by("joined_on", "id")


@pytest.mark.django_db
class TestSnapshot:
    def test_first_sync_creates_the_organisation_people_and_roles(self):
        plan = sync([AILE, ORJAN], [("1001", "leder", "4601", LONG_AGO, None)])
        assert Branch.objects.get(number="460101").get_parent().number == "4601"
        assert Branch.objects.get(number="4601").municipality_number == "4601"
        aile = User.objects.get(member_number="1001")
        assert (aile.first_name, aile.last_name, aile.email) == (
            "Áile",
            "Ŋáŋŋás",
            "aile@example.org",
        )
        assert not aile.has_usable_password()  # members log in through the party's login
        assert members_of("1001").get().branch.number == "4601"
        assert RoleAssignment.objects.get(user=aile).role == Role.LEDER
        assert plan.counts["members"]["created"] == 2
        assert plan.counts["branches"]["created"] == len(TREE)

    def test_a_leader_from_the_register_sees_their_branch_and_those_below_only(self):
        sync([AILE, ORJAN, SIV], [("1001", "leder", "4601", LONG_AGO, None)])
        aile = User.objects.get(member_number="1001")
        visible = set(branches_below(led_branches(aile)).values_list("number", flat=True))
        assert visible == {"4601", "460101"}

    def test_the_same_files_again_change_nothing(self):
        rows = ([AILE, ORJAN, SIV], [("1001", "leder", "4601", LONG_AGO, None)])
        sync(*rows)
        before, events = snapshot(), AuditEvent.objects.count()
        plan = sync(*rows)
        assert snapshot() == before
        assert plan.changes == 0
        # Only the run itself is recorded.
        assert list(
            AuditEvent.objects.values_list("action", flat=True)[
                : AuditEvent.objects.count() - events
            ]
        ) == ["register.sync"]

    def test_a_move_ends_one_membership_and_starts_another(self):
        sync([AILE])
        plan = sync([(*AILE[:4], "4621", LONG_AGO, None)])
        assert plan.examples["memberships"]["moved"] == ["Áile Ŋáŋŋás (1001): Bergen → Voss"]
        old, new = members_of("1001")
        assert (old.branch.number, old.left_on) == ("4601", TODAY)
        assert (new.branch.number, new.joined_on, new.left_on) == ("4621", TODAY, None)
        assert Membership.objects.active().get(user__member_number="1001") == new
        assert sync([(*AILE[:4], "4621", LONG_AGO, None)]).changes == 0

    def test_a_member_missing_from_the_file_is_ended_on_the_sync_date(self):
        sync([AILE, ORJAN, SIV])
        sync([AILE, ORJAN, SIV][:2], force=True)
        assert members_of("1003").get().left_on == TODAY
        event = AuditEvent.objects.get(action="membership.change", subject__member_number="1003")
        assert event.details["changes"] == {"left_on": ["None", TODAY.isoformat()]}
        assert event.details["source"] == "register"

    def test_a_member_back_in_the_file_gets_the_membership_again(self):
        sync([AILE, ORJAN, SIV])
        sync([AILE, ORJAN], force=True)
        sync([AILE, ORJAN, SIV])
        membership = members_of("1003").get()
        assert (membership.joined_on, membership.left_on) == (LONG_AGO, None)

    def test_left_on_ends_the_membership_that_day(self):
        sync([AILE, ORJAN])
        sync([AILE, (*ORJAN[:6], TODAY - DAY)], force=True)
        assert members_of("1002").get().left_on == TODAY - DAY

    def test_a_former_member_never_known_here_is_not_created(self):
        sync([AILE, (*ORJAN[:6], TODAY - DAY)])
        assert not User.objects.filter(member_number="1002").exists()

    def test_names_and_email_follow_the_register(self):
        sync([AILE])
        sync(
            [("1001", "Áile Ánne", "Ŋáŋŋás-Sara", "aile.sara@example.org", "4601", LONG_AGO, None)]
        )
        aile = User.objects.get(member_number="1001")
        assert (aile.first_name, aile.last_name, aile.email) == (
            "Áile Ánne",
            "Ŋáŋŋás-Sara",
            "aile.sara@example.org",
        )

    def test_roles_are_added_changed_and_ended(self):
        start = TODAY - datetime.timedelta(days=100)
        sync(
            [AILE, ORJAN],
            [("1001", "leder", "4601", start, None), ("1002", "tillitsvalgt", "4621", start, None)],
        )
        sync(
            [AILE, ORJAN],
            [
                ("1001", "leder", "4601", start, TODAY + datetime.timedelta(days=30)),
                ("1002", "folkevalgt", "4621", TODAY + datetime.timedelta(days=5), None),
            ],
            force=True,  # one of two roles ends: above the safety limit
        )
        leader = RoleAssignment.objects.get(user__member_number="1001")
        assert leader.ends_on == TODAY + datetime.timedelta(days=30)
        officer = RoleAssignment.objects.get(user__member_number="1002", role="tillitsvalgt")
        assert officer.ends_on == TODAY - DAY
        assert RoleAssignment.objects.active().filter(user__member_number="1002").count() == 0
        # A role that had not started when it left the file is removed, not ended.
        sync(
            [AILE, ORJAN],
            [("1001", "leder", "4601", start, TODAY + datetime.timedelta(days=30))],
            force=True,
        )
        assert not RoleAssignment.objects.filter(role="folkevalgt").exists()
        assert AuditEvent.objects.filter(action="role.delete").count() == 1

    def test_roles_given_by_hand_to_people_outside_the_register_are_left_alone(self, org):
        editor = User.objects.create_user("redaktor@example.org", first_name="Siri")
        RoleAssignment.objects.create(user=editor, branch=org.bergen, role=Role.LEDER)
        sync([AILE], [])
        assert RoleAssignment.objects.filter(user=editor).get().ends_on is None

    def test_an_account_typed_in_by_hand_is_linked_by_its_email(self, org):
        typed = User.objects.create_user("siv@example.org", first_name="Siv")
        Membership.objects.create(user=typed, branch=org.bergen, joined_on=LONG_AGO)
        plan = sync([SIV])
        typed.refresh_from_db()
        assert typed.member_number == "1003"
        assert plan.counts["members"]["linked"] == 1
        assert User.objects.filter(email="siv@example.org").count() == 1

    def test_an_administrators_address_is_not_moved_by_the_register(self):
        sync([SIV])
        siv = User.objects.get(member_number="1003")
        siv.is_staff = True
        siv.save()
        plan = sync([(*SIV[:3], "noen.andre@example.org", *SIV[4:])])
        siv.refresh_from_db()
        assert siv.email == "siv@example.org"
        assert plan.counts["members"]["email_kept"] == 1

    def test_people_created_linked_and_changed_are_audited_without_their_data(self, org):
        User.objects.create_user("siv@example.org", first_name="Siv")
        sync([AILE, SIV])
        sync([(*AILE[:3], "aile.ny@example.org", *AILE[4:]), SIV])
        events = dict(
            AuditEvent.objects.filter(action__startswith="person.")
            .values_list("action", "details")
            .order_by("pk")
            .reverse()
        )
        assert events["person.create"] == {"member_number": "1001", "source": "register"}
        assert events["person.link"] == {
            "changed": ["last_name", "member_number"],  # she was typed in as "Siv"
            "member_number": "1003",
            "source": "register",
        }
        assert events["person.change"] == {"changed": ["email"], "source": "register"}
        assert AuditEvent.objects.filter(action="branch.create").count() == len(TREE)

    def test_a_branch_is_renamed_and_moved_and_one_missing_is_kept(self):
        sync([AILE])
        tree = [row for row in TREE if row[0] != "5001"]
        tree = [
            ("4621", "Voss herad", "kommuneparti", "50", "4621") if row[0] == "4621" else row
            for row in tree
        ]
        plan = sync([AILE], branches=tree)
        voss = Branch.objects.get(number="4621")
        assert (voss.name, voss.get_parent().number) == ("Voss herad", "50")
        assert Branch.objects.filter(number="5001").exists()
        assert plan.counts["branches"]["kept"] == 1

    def test_erasure_and_retention_hold_for_synced_members(self, settings):
        sync([AILE, ORJAN], [("1002", "tillitsvalgt", "4621", LONG_AGO, TODAY - DAY)])
        sync([AILE], force=True)
        later = TODAY + datetime.timedelta(days=settings.RETENTION_MEMBER_DAYS + 1)
        plan = retention_plan(today=later)
        assert [user.member_number for user in plan.to_erase] == ["1002"]
        retention_apply(plan=plan)
        assert not User.objects.filter(member_number="1002").exists()
        # Back in the register after erasure: a new person with the same number.
        sync([AILE, ORJAN])
        assert User.objects.get(member_number="1002").memberships.count() == 1


@pytest.mark.django_db
class TestRefusals:
    def refused(self, files_or_rows, **kwargs):
        before, events = snapshot(), AuditEvent.objects.count()
        with pytest.raises(RegisterError) as refusal:
            if isinstance(files_or_rows, list) and isinstance(files_or_rows[0][1], bytes):
                register_sync(register=register_read(files_or_rows), **kwargs)
            else:
                sync(*files_or_rows, **kwargs)
        assert snapshot() == before
        assert AuditEvent.objects.count() == events
        return "\n".join(refusal.value.problems)

    def test_a_bad_date_names_file_line_and_field(self):
        members = csv_file(
            MEMBER_HEADER,
            [("1001", "Áile", "Ŋáŋŋás", "aile@example.org", "", "4601", "31.02.2024", "")],
        )
        message = self.refused(
            [("lag.csv", csv_file(BRANCH_HEADER, TREE)), ("medlemmer.csv", members)]
        )
        assert message == (
            "medlemmer.csv, linje 2, feltet «joined_on»: «31.02.2024» er ikke en dato "
            "(dd.mm.åååå eller åååå-mm-dd)."
        )

    def test_an_unknown_branch(self):
        message = self.refused(([(*AILE[:4], "9999", LONG_AGO, None)],))
        assert "medlemmer.csv, linje 2, feltet «branch_id»" in message
        assert "9999" in message

    def test_a_duplicate_member_number(self):
        message = self.refused(
            ([AILE, ("1001", "Siv", "Åsheim", "siv@example.org", "4601", LONG_AGO, None)],)
        )
        assert "linje 3, feltet «member_number»" in message

    def test_two_people_with_one_email_are_not_merged(self):
        message = self.refused(
            ([AILE, ("1004", "Áile", "Ŋáŋŋás", "aile@example.org", "4601", LONG_AGO, None)],)
        )
        assert "linje 3, feltet «email»" in message

    def test_a_changed_member_number_is_refused(self):
        sync([AILE])
        message = self.refused(([("2001", *AILE[1:])],))
        assert "tilhører medlem 1001" in message

    def test_too_many_endings_are_refused_unless_forced(self):
        people = [
            (f"{n}", "Ola", f"Nordmann {n}", f"ola{n}@example.org", "4601", LONG_AGO, None)
            for n in range(100, 140)
        ]
        sync(people)
        message = self.refused((people[:37],))  # 3 of 40 is 7.5 %
        assert "3 av 40" in message and "5 %" in message
        sync(people[:38])  # 2 of 40 is 5 %: allowed
        sync(people[:30], force=True)
        assert Membership.objects.active().count() == 30

    def test_a_roles_file_cut_short_is_refused_unless_forced(self):
        people = [
            (f"{n}", "Máret", f"Sara {n}", f"maret{n}@example.org", "4601", LONG_AGO, None)
            for n in range(100, 120)
        ]
        roles = [(number, "tillitsvalgt", "4601", LONG_AGO, None) for number, *_ in people]
        sync(people, roles)
        message = self.refused((people, roles[:18]))  # 2 of 20 is 10 %
        assert "2 av 20 verv" in message
        sync(people, roles[:19])  # 1 of 20 is 5 %: allowed
        assert RoleAssignment.objects.active().count() == 19

    def test_an_impossible_tree(self):
        tree = [*TREE, ("9", "Løst lag", "lokallag", "46", "")]
        message = self.refused(([AILE], (), tree))
        assert "lag.csv, linje 9, feltet «parent_id»" in message

    def test_the_other_formats_read_alike(self):
        """Comma-separated without a byte-order mark, ISO dates and Norwegian headers; JSON
        Lines."""
        branches = csv_file(
            ["ID", "Navn", "Type", "Overordnet_ID", "Kommunenummer"], TREE, delimiter=",", bom=False
        )
        members = jsonl_file(
            MEMBER_HEADER,
            [
                (
                    "1001",
                    "Áile",
                    "Ŋáŋŋás",
                    "AILE@example.org",
                    "+47 912 34 567",
                    "4601",
                    LONG_AGO.isoformat(),
                    None,
                )
            ],
        )
        register_sync(register=register_read([("lag.csv", branches), ("m.jsonl", members)]))
        assert User.objects.get(member_number="1001").email == "aile@example.org"


def test_the_command_shows_a_dry_run_then_applies(db, tmp_path):
    (tmp_path / "lag.csv").write_bytes(csv_file(BRANCH_HEADER, TREE))
    (tmp_path / "medlemmer.csv").write_bytes(
        csv_file(
            MEMBER_HEADER,
            [("1001", "Áile", "Ŋáŋŋás", "aile@example.org", "", "4601", "01.02.2020", "")],
        )
    )
    files = [str(tmp_path / "lag.csv"), str(tmp_path / "medlemmer.csv")]
    out = StringIO()
    call_command("register_sync", *files, stdout=out, stderr=StringIO())
    assert "Prøvekjøring" in out.getvalue() and "Áile Ŋáŋŋás (1001)" in out.getvalue()
    assert not User.objects.exists()
    call_command("register_sync", *files, "--apply", stdout=out, stderr=StringIO())
    assert User.objects.get(member_number="1001").memberships.get().joined_on == datetime.date(
        2020, 2, 1
    )
    event = AuditEvent.objects.get(action="register.sync")
    assert {f["name"] for f in event.details["files"]} == {"lag.csv", "medlemmer.csv"}
    assert all(len(f["sha256"]) == 64 for f in event.details["files"])


def test_the_command_refuses_with_the_problems(db, tmp_path):
    (tmp_path / "m.csv").write_bytes(b"medlemsnummer;epost\n;x\n")
    with pytest.raises(CommandError, match="Ingenting ble endret"):
        call_command("register_sync", str(tmp_path / "m.csv"), stdout=StringIO(), stderr=StringIO())


# --- From any register to any register -------------------------------------------------------

NUMBERS = ("5001", "5002", "5003", "5004", "5005")
BRANCH_IDS = ("4601", "4621", "5001", "460101")
NAMES = ("Áile", "Ørjan", "Siv", "Máret", "Ŧuomas", "Åse")
dates = st.integers(min_value=-900, max_value=60).map(
    lambda days: TODAY + datetime.timedelta(days=days)
)


@st.composite
def member_rows(draw):
    numbers = draw(st.lists(st.sampled_from(NUMBERS), unique=True, max_size=len(NUMBERS)))
    rows = []
    for number in numbers:
        joined = draw(
            st.integers(min_value=-900, max_value=30).map(
                lambda d: TODAY + datetime.timedelta(days=d)
            )
        )
        stay = draw(st.none() | st.integers(min_value=0, max_value=400))
        left = None if stay is None else joined + datetime.timedelta(days=stay)
        rows.append(
            (
                number,
                draw(st.sampled_from(NAMES)),
                draw(st.sampled_from(NAMES)) + "sen",
                f"m{number}{draw(st.sampled_from(['', '.ny']))}@example.org",
                draw(st.sampled_from(BRANCH_IDS)),
                joined,
                left,
            )
        )
    return rows


@st.composite
def registers(draw):
    members = draw(member_rows())
    roles = []
    for number, *_ in members:
        for role in draw(st.lists(st.sampled_from(list(Role)), unique=True, max_size=2)):
            start = draw(dates)
            length = draw(st.none() | st.integers(min_value=0, max_value=300))
            end = None if length is None else start + datetime.timedelta(days=length)
            roles.append((number, role.value, draw(st.sampled_from(BRANCH_IDS)), start, end))
    return members, roles


@pytest.mark.django_db
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=registers(), second=registers(), days_later=st.integers(min_value=0, max_value=40))
def test_any_register_to_any_register(first, second, days_later):
    """Register A synced today, register B some days later (members who join in the future,
    leave in the future, move before they have started): the database then says what B says,
    and B again changes nothing."""
    User.objects.filter(member_number__isnull=False).delete()
    sync(*first, force=True)
    known = set(User.objects.exclude(member_number=None).values_list("member_number", flat=True))
    later = timezone.now() + datetime.timedelta(days=days_later)
    with time_machine.travel(later, tick=False):
        sync(*second, force=True)
        people, roles = database_view()
        wanted_people, wanted_roles = register_view(*second, known=known)
        assert {n: person for n, person in people.items() if n in wanted_people} == wanted_people
        # Everyone else the register once had is a member no more.
        assert all(person[3] is None for n, person in people.items() if n not in wanted_people)
        assert roles == wanted_roles
        before = snapshot()
        assert sync(*second).changes == 0
        assert snapshot() == before


@settings(max_examples=200, deadline=None)
@given(
    content=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400).map(str.encode),
        st.lists(st.lists(st.text(max_size=12), max_size=9), max_size=6).map(
            lambda rows: "\n".join(";".join(row) for row in [MEMBER_HEADER, *rows]).encode()
        ),
    ),
    name=st.sampled_from(["medlemmer.csv", "verv.jsonl", "lag.csv"]),
)
def test_any_bytes_are_read_or_refused_with_a_message(content, name):
    """Whatever a file holds, reading it gives rows or Norwegian problems, never another error."""
    try:
        register_read([(name, content)])
    except RegisterError as refusal:
        assert refusal.problems and all(isinstance(p, str) and p for p in refusal.problems)


def test_a_line_the_csv_module_cannot_read_is_named():
    header = ";".join(MEMBER_HEADER).encode()
    content = header + b"\n1;" + b'"' + b"x" * 200_000 + b'"\n'
    with pytest.raises(RegisterError) as refusal:
        register_read([("medlemmer.csv", content)])
    assert refusal.value.problems == ["medlemmer.csv, linje 2: Linjen kan ikke leses som CSV."]
