"""A national administrator syncs with the member register in the admin, in a real browser:
uploads the register's files (the demo's own sample files, with a new member whose name has Sámi
letters), reads the dry run's summary, carries it out. Axe finds nothing in the project's markup
on the way, and the page works at 375 px."""

import datetime
import json
import re
from pathlib import Path

from django.utils import timezone

import register
from devtools.management.commands.seed_demo import SAMPLE_DATE
from skolering.models import AuditEvent, User
from tests.browser.helpers import axe_violations, browser_test, format_violations
from tests.browser.test_admin_accessibility import own_nodes

pytestmark = browser_test

SAMPLES = Path(register.__file__).parent / "samples"
NEW_MEMBER = "900001;Máret;Ŋuvdi-Øyen;maret@example.org;;4601;01.11.2026;\r\n"


def own_violations(page) -> list[str]:
    return [
        format_violations([violation])
        for violation in axe_violations(page)
        if own_nodes(page, violation)
    ]


def as_of_today(tmp_path) -> tuple[Path, Path]:
    """The sample members and roles with their dates moved as the demo moved them (by the days
    since SAMPLE_DATE), so that the register says what the demo already holds."""
    shift = timezone.localdate() - SAMPLE_DATE

    def norwegian(match):
        day = datetime.datetime.strptime(match[0], "%d.%m.%Y").date() + shift
        return day.strftime("%d.%m.%Y")

    members = tmp_path / "medlemmer.csv"
    text = (SAMPLES / "medlemmer.csv").read_bytes().decode("utf-8")
    members.write_bytes(re.sub(r"\b\d\d\.\d\d\.\d{4}\b", norwegian, text).encode())
    roles = tmp_path / "verv.jsonl"
    moved = []
    for line in (SAMPLES / "verv.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for name in ("starts_on", "ends_on"):
            if row.get(name):
                row[name] = (datetime.date.fromisoformat(row[name]) + shift).isoformat()
        moved.append(json.dumps(row, ensure_ascii=False))
    roles.write_text("\n".join(moved) + "\n", encoding="utf-8")
    return members, roles


def test_a_national_administrator_runs_a_dry_run_then_the_sync(browsing, demo, tmp_path):
    members, roles = as_of_today(tmp_path)
    members.write_bytes(members.read_bytes() + NEW_MEMBER.encode())
    files = [str(SAMPLES / "lag.csv"), str(members), str(roles)]
    session = browsing(viewport={"width": 375, "height": 800})
    session.log_in_as("admin@example.org")
    page = session.page
    assert session.goto("/admin/medlemsregister/").status == 200
    assert not own_violations(page)
    page.set_input_files("input[name=files]", files)
    assert page.is_checked("input[name=dry_run]")
    page.get_by_role("button", name="Last opp og start").click()
    page.get_by_text("Prøvekjøring ferdig: ingenting ble endret").wait_for()
    assert "Máret Ŋuvdi-Øyen (900001)" in page.inner_text("main")
    assert not own_violations(page)
    assert not User.objects.filter(member_number="900001").exists()
    page.get_by_role("button", name="Gjennomfør denne synkroniseringen").click()
    page.get_by_text("Synkroniseringen er ferdig. Dette er hva den endret.").wait_for()
    assert not own_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    maret = User.objects.get(member_number="900001")
    assert maret.memberships.get().branch.slug == "bergen"
    assert (
        AuditEvent.objects.filter(action="register.sync", actor__email="admin@example.org").count()
        == 1
    )
    session.close()
