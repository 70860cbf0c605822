"""Blended courses in the browser: a member signs up for a run and takes the calendar file home;
a member joins a full run's waiting list, giving the study association's fields; a course leader
takes attendance on a phone with the keyboard alone; the course leader confirms and exports the
attendance list. With and without JavaScript; axe on every page on the way."""

import csv
import io
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from django.core import mail

from gatherings.models import Attendance, CourseRun, Signup, SignupStatus
from skolering.models import AuditEvent
from tests.browser.helpers import assert_accessible, assert_reflows, browser_test
from tests.browser.test_leader_journey import press

pytestmark = browser_test

MEMBER = "medlem@example.org"
COURSE_LEADER = "kursleder@example.org"
PHONE = {"width": 375, "height": 812}


def check(page, javascript=True, *, reflow=False):
    """Axe, and on a phone no sideways scrolling; both run in the page, so only with
    JavaScript (the inventory checks every page with it)."""
    if javascript:
        if reflow:
            assert_reflows(page)
        assert_accessible(page)


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_member_signs_up_and_gets_the_calendar_file(browsing, demo, javascript):
    session = browsing(javascript=javascript)
    page = session.page
    session.log_in_as(MEMBER)
    session.goto("/")
    press(page, page.get_by_role("link", name="Samlinger", exact=True))
    expect(page.locator("h1")).to_have_text("Samlinger og kursgjennomføringer")
    check(page, javascript)

    press(page, page.get_by_role("link", name="Partiskolen trinn 1 – Bergen, våren"))
    expect(page.locator(".lead")).to_contain_text("Åpen: 20 ledige plasser")
    check(page, javascript)
    press(page, page.get_by_role("button", name="Meld meg på"))

    expect(page.locator(".messages")).to_contain_text("Du har fått plass")
    expect(page.locator(".lead")).to_contain_text("Du har plass")
    check(page, javascript)
    run = CourseRun.objects.get(branch__slug="bergen")
    assert Signup.objects.get(run=run, user__email=MEMBER).status == SignupStatus.SIGNED_UP

    # The calendar file, from the page and in the e-mail: three gatherings at 18:00 Oslo time.
    with page.expect_download() as download:
        page.get_by_role("link", name="Last ned samlingene til kalenderen din (.ics)").click()
    calendar = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
    assert [str(event["summary"]) for event in calendar.walk("VEVENT")] == [
        "Kveld 1 – Partiskolen trinn 1",
        "Kveld 2 – Partiskolen trinn 1",
        "Kveld 3 – Partiskolen trinn 1",
    ]
    (email,) = [message for message in mail.outbox if message.to == [MEMBER]]
    assert email.subject == "Du har fått plass: Partiskolen trinn 1 – Bergen, våren"
    assert email.attachments[0][0] == "samlinger.ics"

    # And off again: the place is free for the next one.
    press(page, page.get_by_role("button", name="Meld meg av"))
    expect(page.locator(".messages")).to_contain_text("Du er ikke lenger påmeldt")
    assert Signup.objects.get(run=run, user__email=MEMBER).status == SignupStatus.CANCELLED


def test_a_member_joins_the_waiting_list_with_the_associations_fields(browsing, demo):
    session = browsing()
    page = session.page
    session.log_in_as(MEMBER)
    session.goto("/samlinger/")
    press(page, page.get_by_role("link", name="Partiskolen trinn 1 – Vestland"))
    expect(page.locator(".lead")).to_contain_text("Fullt")
    expect(page.locator("main")).to_contain_text("Studieforbundet Felles Læring (demo) betaler")

    # Wrong first: the form comes back with the errors tied to their fields.
    page.get_by_label("Fødselsår").fill("1788")
    page.get_by_label("Postnummer").fill("50")
    press(page, page.get_by_role("button", name="Sett meg på venteliste"))
    expect(page.locator(".field--error")).to_have_count(3)  # year, gender, postcode
    check(page)

    page.get_by_label("Fødselsår").fill("1988")
    page.get_by_label("Kjønn").select_option("kvinne")
    page.get_by_label("Postnummer").fill("5006")
    press(page, page.get_by_role("button", name="Sett meg på venteliste"))
    expect(page.locator(".messages")).to_contain_text("du står på venteliste")
    signup = Signup.objects.get(user__email=MEMBER, run__branch__slug="vestland")
    assert (signup.status, signup.birth_year, signup.postcode) == (
        SignupStatus.WAITING,
        1988,
        "5006",
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_course_leader_takes_attendance_on_a_phone_with_the_keyboard(browsing, demo, javascript):
    session = browsing(javascript=javascript, viewport=PHONE)
    page = session.page
    session.log_in_as(COURSE_LEADER)
    session.goto("/kursleder/")
    check(page, javascript, reflow=True)
    press(page, page.get_by_role("link", name="Partiskolen trinn 1 – Vestland"))
    expect(page.locator("h1")).to_have_text("Partiskolen trinn 1 – Vestland")
    check(page, javascript, reflow=True)
    # Only gatherings that have started can be marked: the second is next week.
    second = page.get_by_role("link", name="Før oppmøte: Samling 2: Trygge fellesskap (digital)")
    expect(second).to_have_count(0)
    press(page, page.get_by_role("link", name="Før oppmøte: Samling 1: Partiet og medlemmet"))
    expect(page.locator("h1")).to_contain_text("Oppmøte: Samling 1")
    check(page, javascript, reflow=True)

    # The list as taken at the gathering: Henrik Grønås away, Ravdna Ŧuoddar there for two
    # hours. Henrik came after all (the space bar ticks him, for the whole gathering), Ravdna
    # stayed to the end (her hours emptied), and Áile Ŋáŋŋás left after two hours.
    henrik = page.get_by_role("group", name="Henrik Grønås")
    expect(henrik.get_by_label("Til stede", exact=True)).not_to_be_checked()
    henrik.get_by_label("Til stede", exact=True).focus()
    page.keyboard.press("Space")
    expect(henrik.get_by_label("Til stede", exact=True)).to_be_checked()
    ravdna = page.get_by_role("group", name="Ravdna Ŧuoddar")
    expect(ravdna.get_by_label("Timer til stede")).to_have_value("2")
    ravdna.get_by_label("Til stede", exact=True).focus()
    page.keyboard.press("Tab")
    expect(ravdna.get_by_label("Timer til stede")).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    aile = page.get_by_role("group", name="Áile Ŋáŋŋás")
    aile.get_by_label("Timer til stede").focus()
    page.keyboard.type("2")
    press(page, page.get_by_role("button", name="Lagre oppmøtet"))

    expect(page.locator(".messages")).to_contain_text("Oppmøtet på Samling 1")
    run = CourseRun.objects.get(branch__slug="vestland")
    hours = {
        mark.user.get_full_name(): mark.hours
        for mark in Attendance.objects.filter(gathering=run.gathering_list[0]).select_related(
            "user"
        )
    }
    assert hours["Henrik Grønås"] == Decimal(3)
    assert hours["Ravdna Ŧuoddar"] == Decimal(3)
    assert hours["Áile Ŋáŋŋás"] == Decimal(2)
    assert hours["Ola Haugen"] == Decimal(3)  # untouched
    check(page, javascript)


def test_impossible_hours_come_back_marked_on_a_phone(browsing, demo):
    session = browsing(viewport=PHONE)
    page = session.page
    session.log_in_as(COURSE_LEADER)
    run = CourseRun.objects.get(branch__slug="vestland")
    session.goto(f"/kursleder/{run.pk}/samling/{run.gathering_list[0].pk}/")
    henrik = page.get_by_role("group", name="Henrik Grønås")
    henrik.get_by_label("Til stede", exact=True).check()
    henrik.get_by_label("Timer til stede").fill("7")
    press(page, page.get_by_role("button", name="Lagre oppmøtet"))
    expect(page.get_by_role("alert")).to_contain_text("Noen av timene kunne ikke leses")
    expect(henrik.get_by_label("Timer til stede")).to_have_attribute("aria-invalid", "true")
    expect(henrik.get_by_label("Timer til stede")).to_have_value("7")
    check(page, reflow=True)


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_course_leader_confirms_and_exports_the_attendance_list(browsing, demo, javascript):
    session = browsing(javascript=javascript)
    page = session.page
    session.log_in_as(COURSE_LEADER)
    run = CourseRun.objects.get(branch__slug="vestland")
    session.goto(f"/kursleder/{run.pk}/")
    press(page, page.get_by_role("link", name="Rapport til studieforbundet"))
    expect(page.locator("main")).to_contain_text("Kurslederen har ikke bekreftet fremmøtelisten.")
    check(page, javascript)
    press(page, page.get_by_role("button", name="Jeg bekrefter at fremmøtelisten stemmer"))
    expect(page.locator("main")).to_contain_text("Bekreftet av Máret Guttorm")
    check(page, javascript)

    with page.expect_download() as download:
        page.get_by_role("link", name="Fremmøteliste (CSV, for regneark)").click()
    content = Path(download.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(content), delimiter=";"))
    assert rows[0][:4] == ["Navn", "Fødselsår", "Kjønn", "Postnummer"]
    names = [row[0] for row in rows[1:]]
    assert "Ravdna Ŧuoddar" in names and "Henrik Grønås" in names and len(names) == 8

    with page.expect_download() as download:
        page.get_by_role("link", name="Fremmøteliste (PDF)").click()
    text = " ".join(p.extract_text() for p in PdfReader(download.value.path()).pages)
    assert "Fremmøteliste" in text and "Ravdna Ŧuoddar" in text
    assert "Bekreftet av kursleder Máret Guttorm" in text
    exports = AuditEvent.objects.filter(
        action="gatherings.report.export", actor__email=COURSE_LEADER, branch=run.branch
    )
    assert sorted(exports.values_list("details__format", flat=True)) == ["csv", "pdf"]
