"""The leader dashboard through the test client: who may see what, filters, exports, reminders,
audit events and query counts."""

import csv
import datetime
import html
import io
import re

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from compliance.models import Audience, CourseRequirement, RequirementReminder
from devtools.factories import UserFactory
from skolering.models import AuditEvent, Membership, Role, RoleAssignment, User
from tests.compliance.conftest import complete, make_required_course

pytestmark = pytest.mark.django_db

ENDPOINTS = {
    "dashboard": ("get", "/leder/"),
    "people": ("get", "/leder/personer/"),
    "csv": ("get", "/leder/personer/eksport.csv"),
    "xlsx": ("get", "/leder/personer/eksport.xlsx"),
    "reminders": ("post", "/leder/personer/paminnelser/"),
}
OK = {"get": 200, "post": 302}


@pytest.fixture
def people_in_vestland(org, person, officer_requirement):
    return {
        "bergen": person(org.bergen, days_ago=200, first_name="Berit", last_name="Bergmann"),
        # Not named after her branch: the branch filter lists every branch the leader may see.
        "arstad": person(org.arstad, days_ago=10, first_name="Åse", last_name="Årstadli"),
        "voss": person(org.voss, days_ago=150, first_name="Vidar", last_name="Vossevang"),
        "trondheim": person(org.trondheim, days_ago=200, first_name="Trond", last_name="Heim"),
    }


@pytest.fixture
def viewers(org, leader):
    editor = UserFactory(email="redaktor@example.org")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    member = UserFactory(email="medlem@example.org")
    Membership.objects.create(user=member, branch=org.bergen)
    return {
        "municipal": leader(org.bergen, "leder@example.org"),
        "county": leader(org.vestland, "fylkesleder@example.org"),
        "national": leader(org.national, "sentralt@example.org"),
        "member": member,
        "editor": editor,
    }


def request(client, endpoint, branch=None, **params):
    method, url = ENDPOINTS[endpoint]
    data = dict(params)
    if branch is not None:
        data["lag"] = branch if isinstance(branch, str) else branch.pk
    return getattr(client, method)(url, data)


# (viewer, branch in the address, expected outcome) for every endpoint.
ACCESS = [
    ("municipal", None, "ok"),
    ("municipal", "bergen", "ok"),
    ("municipal", "arstad", "ok"),
    ("municipal", "vestland", 404),
    ("municipal", "voss", 404),
    ("municipal", "trondheim", 404),
    ("county", None, "ok"),
    ("county", "bergen", "ok"),
    ("county", "vestland", "ok"),
    ("county", "national", 404),
    ("county", "trondheim", 404),
    ("national", None, "ok"),
    ("national", "trondheim", "ok"),
    ("national", "national", "ok"),
    ("member", None, 403),
    ("member", "bergen", 403),
    ("editor", None, 403),
    ("municipal", "not-a-number", 404),
    ("municipal", "99999999", 404),
    # Digits to str.isdigit() that int() refuses or reads as another number.
    ("municipal", "²", 404),
    ("municipal", "١٢", 404),
    ("municipal", "9" * 40, 404),
]


@pytest.mark.parametrize(("viewer", "where", "expected"), ACCESS)
def test_access_matrix(client, org, viewers, people_in_vestland, viewer, where, expected):
    """Every endpoint (the dashboard, the people list, both exports and the reminder action)
    for each viewer and branch in the address."""
    client.force_login(viewers[viewer])
    branch = getattr(org, where, where) if where else None
    for endpoint, (method, _url) in ENDPOINTS.items():
        response = request(client, endpoint, branch)
        wanted = OK[method] if expected == "ok" else expected
        assert response.status_code == wanted, endpoint
        if expected == "ok" and endpoint == "people":
            page = response.content.decode()
            scope = branch or {"municipal": org.bergen, "county": org.vestland}.get(
                viewer, org.national
            )
            for key, user in people_in_vestland.items():
                home = getattr(org, key)
                assert (user.last_name in page) is home.path.startswith(scope.path), key


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_anonymous_visitors_are_sent_to_log_in(client, endpoint):
    response = request(client, endpoint)
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logg-inn/")


def test_an_ended_leader_role_gives_no_access(client, org, viewers):
    RoleAssignment.objects.filter(user=viewers["municipal"]).update(
        ends_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    client.force_login(viewers["municipal"])
    assert client.get("/leder/").status_code == 403


def test_the_dashboard_summarises_each_branch_below(client, org, viewers, people_in_vestland):
    client.force_login(viewers["county"])
    page = client.get("/leder/").content.decode()
    assert "Skoleringsoversikt" in page
    assert "Bergen" in page and "Voss" in page and "Trondheim" not in page
    assert "1 av 2 oppfylt" not in page  # nobody has completed
    assert "0 av 2 oppfylt" in page  # Bergen and Årstad
    assert "<svg" in page and 'role="img"' in page
    assert f"lag={org.bergen.pk}" in page
    assert "Berit" not in page  # the summary names nobody


def test_no_requirements_gives_an_explanation(client, org, viewers):
    client.force_login(viewers["municipal"])
    page = client.get("/leder/").content.decode()
    assert "Ingen kurskrav gjelder her ennå." in page


def test_the_new_members_panel(client, org, viewers, person, onboarding_requirement):
    person(org.bergen, role=None, joined_days_ago=5, first_name="Nina", last_name="Nykommer")
    person(org.bergen, role=None, joined_days_ago=200, first_name="Gamle", last_name="Gjengen")
    client.force_login(viewers["municipal"])
    page = client.get("/leder/").content.decode()
    panel = page[page.index('id="new-members-heading"') :]
    assert "Nina Nykommer" in panel and "Gjengen" not in panel
    assert "Ikke startet" in panel


def test_the_people_list_filters_sorts_and_keeps_the_filters_in_links(
    client, org, viewers, people_in_vestland
):
    client.force_login(viewers["county"])
    response = client.get("/leder/personer/", {"status": "forfalt", "sorter": "navn"})
    page = response.content.decode()
    assert "Bergmann" in page and "Vossevang" in page and "Årstadli" not in page
    assert page.index("Bergmann") < page.index("Vossevang")
    assert "2 rader" in page
    assert "eksport.csv?status=forfalt&amp;sorter=navn" in page
    assert 'aria-sort="ascending"' in page
    assert "Send påminnelse til 2 personer" in page
    assert "@example.org" not in page  # leaders see status and dates, not e-mail addresses


def test_searching_by_name(client, viewers, people_in_vestland):
    client.force_login(viewers["county"])
    page = client.get("/leder/personer/", {"q": "vidar"}).content.decode()
    assert "Vossevang" in page and "Bergmann" not in page
    assert "1 rad" in page


def test_htmx_gets_only_the_results(client, viewers, people_in_vestland):
    client.force_login(viewers["county"])
    response = client.get("/leder/personer/", {"q": "vidar"}, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page and page.lstrip().startswith('<section id="results"')
    assert "autofocus" in page
    assert response["Vary"].count("HX-Request") == 1


@pytest.mark.parametrize(
    "params",
    [
        {"status": "tull"},
        {"rolle": "konge"},
        {"kurs": "abc"},
        {"kurs": "999999"},
        {"sorter": "passord"},
        {"q": "x" * 101},
    ],
)
def test_tampered_filters_get_400_with_a_norwegian_message(
    client, viewers, people_in_vestland, params
):
    client.force_login(viewers["county"])
    for url in ("/leder/personer/", "/leder/personer/eksport.csv"):
        response = client.get(url, params)
        assert response.status_code == 400
        page = response.content.decode()
        assert "Listen kan ikke vises" in page
        assert "Bergmann" not in page
    before = RequirementReminder.objects.count()
    response = client.post("/leder/personer/paminnelser/", params)
    assert response.status_code == 302
    assert RequirementReminder.objects.count() == before


def test_a_page_number_out_of_range_shows_the_last_page(client, viewers, people_in_vestland):
    client.force_login(viewers["county"])
    assert client.get("/leder/personer/", {"side": "999"}).status_code == 200
    assert client.get("/leder/personer/", {"side": "abc"}).status_code == 200


def test_csv_export(client, org, viewers, people_in_vestland, person):
    person(org.bergen, days_ago=200, first_name="=HYPERLINK(1)", last_name="Lur")
    client.force_login(viewers["county"])
    response = client.get("/leder/personer/eksport.csv", {"status": "forfalt"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["Navn", "Lag", "Kurs"]
    names = sorted(row[0] for row in rows[1:])
    assert names == ["'=HYPERLINK(1) Lur", "Berit Bergmann", "Vidar Vossevang"]
    assert {row[6] for row in rows[1:]} == {"forfalt"}
    event = AuditEvent.objects.get(action="leader.people.export")
    assert event.actor == viewers["county"]
    assert event.details["format"] == "csv"
    assert event.details["rows"] == 3
    assert event.details["filters"] == {"status": "forfalt", "lag": org.vestland.pk}


def test_xlsx_export(client, org, viewers, people_in_vestland):
    from openpyxl import load_workbook

    client.force_login(viewers["municipal"])
    response = client.get("/leder/personer/eksport.xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "Navn"
    assert sorted(row[0] for row in rows[1:]) == ["Berit Bergmann", "Åse Årstadli"]
    assert AuditEvent.objects.get(action="leader.people.export").details["format"] == "xlsx"


def test_every_look_is_audited(client, org, viewers, people_in_vestland):
    client.force_login(viewers["county"])
    client.get("/leder/", {"lag": org.bergen.pk})
    client.get("/leder/personer/", {"lag": org.bergen.pk, "status": "forfalt"})
    dashboard, people = AuditEvent.objects.order_by("pk")
    assert (dashboard.action, dashboard.branch, dashboard.actor) == (
        "leader.dashboard.view",
        org.bergen,
        viewers["county"],
    )
    assert people.action == "leader.people.view"
    assert people.details["filters"] == {"lag": org.bergen.pk, "status": "forfalt"}
    assert people.details["rows"] == 1


def test_refused_requests_write_no_audit_event(client, org, viewers):
    client.force_login(viewers["municipal"])
    client.get("/leder/", {"lag": org.trondheim.pk})
    assert not AuditEvent.objects.exists()


def test_reminders_go_to_the_overdue_once_a_week(
    client, org, viewers, people_in_vestland, django_capture_on_commit_callbacks, time_machine
):
    client.force_login(viewers["county"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/leder/personer/paminnelser/", {"lag": org.bergen.pk}, follow=True)
    assert "Påminnelsen sendes nå: 1 påminnelse står i kø." in response.content.decode()
    assert [message.to for message in mail.outbox] == [[people_in_vestland["bergen"].email]]
    assert "Trygge fellesskap" in mail.outbox[0].subject
    assert "Fristen var" in mail.outbox[0].body

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/leder/personer/paminnelser/", follow=True)
    text = response.content.decode()
    assert "Påminnelsen sendes nå: 1 påminnelse står i kø." in text  # Voss
    assert "1 person ble hoppet over" in text  # Bergen, reminded a moment ago
    assert len(mail.outbox) == 2

    time_machine.move_to(timezone.now() + datetime.timedelta(days=8))
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/leder/personer/paminnelser/")
    assert len(mail.outbox) == 4
    event = AuditEvent.objects.filter(action="leader.reminders.send").order_by("pk").first()
    assert (event.details["sent"], event.details["skipped"]) == (1, 0)
    assert RequirementReminder.objects.filter(sent_by=viewers["county"]).count() == 4


def test_reminders_respect_the_filters(client, org, viewers, people_in_vestland):
    client.force_login(viewers["county"])
    response = client.post("/leder/personer/paminnelser/", {"status": "i-gang"}, follow=True)
    assert "Ingen i listen har passert fristen" in response.content.decode()
    response = client.post("/leder/personer/paminnelser/", {"q": "vidar"})
    assert list(RequirementReminder.objects.values_list("user__last_name", flat=True)) == [
        "Vossevang"
    ]
    assert response["Location"] == "/leder/personer/?q=vidar"


def test_reminders_through_htmx_answer_with_the_result(client, viewers, people_in_vestland):
    client.force_login(viewers["county"])
    response = client.post("/leder/personer/paminnelser/", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="reminder-result"' in page
    assert "Påminnelsene sendes nå: 2 påminnelser står i kø." in page
    assert 'hx-swap-oob="innerHTML"' in page


def test_reminders_need_a_post(client, viewers):
    client.force_login(viewers["county"])
    assert client.get("/leder/personer/paminnelser/").status_code == 405


def test_my_courses_lists_what_my_roles_require(client, org, person, officer_requirement):
    officer = person(org.bergen, days_ago=200)
    client.force_login(officer)
    page = client.get("/mine-kurs/").content.decode()
    section = page[page.index('id="required-heading"') : page.index("Holder på med")]
    assert "Påkrevd for deg" in section
    assert "Trygge fellesskap" in section and "Forfalt" in section and "Bergen" in section
    complete(officer, officer_requirement.course, valid_until=timezone.localdate())
    page = client.get("/mine-kurs/").content.decode()
    assert "Utløper snart" in page


def test_my_courses_without_requirements(client, member):
    client.force_login(member)
    assert "Ingen kurs er påkrevd for deg." in client.get("/mine-kurs/").content.decode()


def test_the_header_links_leaders_to_their_pages(client, viewers):
    client.force_login(viewers["municipal"])
    assert "Ledersider" in client.get("/konto/").content.decode()
    client.force_login(viewers["member"])
    assert "Ledersider" not in client.get("/konto/").content.decode()


def bulk_people(branch, count: int, role=Role.TILLITSVALGT):
    users = User.objects.bulk_create(
        [
            User(
                email=f"bulk{n}-{branch.slug}@example.org", first_name="Bulk", last_name=f"{n:04d}"
            )
            for n in range(count)
        ]
    )
    users = User.objects.filter(
        email__startswith="bulk", email__endswith=f"-{branch.slug}@example.org"
    )
    today = timezone.localdate()
    Membership.objects.bulk_create(
        [
            Membership(user=user, branch=branch, joined_on=today - datetime.timedelta(days=40))
            for user in users
        ]
    )
    RoleAssignment.objects.bulk_create(
        [
            RoleAssignment(
                user=user,
                branch=branch,
                role=role,
                starts_on=today - datetime.timedelta(days=n % 200),
            )
            for n, user in enumerate(users)
        ]
    )


@pytest.mark.parametrize(
    "url",
    ["/leder/", "/leder/personer/", "/leder/personer/?status=forfalt&sorter=navn&side=2"],
)
def test_queries_do_not_grow_with_the_number_of_people(
    client, org, viewers, officer_requirement, onboarding_requirement, url
):
    client.force_login(viewers["county"])
    counts = []
    for branch, size in ((org.bergen, 10), (org.voss, 990)):
        bulk_people(branch, size)
        client.get(url)  # sessions and caches settle
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1], counts
    assert counts[1] <= 25


def test_htmx_filter_form_replaces_the_page_body(client, org, viewers, people_in_vestland):
    """Choosing another branch in the filters changes the heading and the branch choices too."""
    client.force_login(viewers["county"])
    response = client.get(
        "/leder/personer/",
        {"lag": org.bergen.pk},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="people-page",
    )
    page = response.content.decode()
    assert '<div class="container" id="people-page">' in page
    assert "<title>Personer og status: Bergen – Skolering</title>" in page
    assert "<h1>Personer og status: Bergen</h1>" in page
    assert f'<option value="{org.arstad.pk}"' in page
    assert 'id="results"' in page and 'hx-swap-oob="innerHTML">2 rader</div>' in page


def test_every_count_on_the_dashboard_links_to_the_people_it_counts(
    client, org, viewers, people_in_vestland
):
    """Each "x av y oppfylt" and "n forfalt" link of the overview opens a people list of
    exactly y (or n) rows."""
    client.force_login(viewers["county"])
    page = client.get("/leder/", {"lag": org.vestland.pk}).content.decode()
    links = re.findall(
        r'<a (?:class="summary-cell__overdue" )?href="(/leder/personer/\?[^"]+)">(\d+) '
        r"(?:av (\d+) oppfylt|forfalt)</a>",
        page,
    )
    assert len(links) >= 4
    for href, first, required in links:
        expected = int(required or first)
        listing = client.get(html.unescape(href)).content.decode()
        assert re.search(rf'id="result-count">{expected} rad(er)?\b', listing), href


def results_of(page: str) -> str:
    return page[page.index('id="results"') :]


def test_counts_of_people_and_rows_are_told_apart(
    client, org, viewers, people_in_vestland, onboarding_requirement
):
    """Everybody joined long ago and has not started the members' course, so Berit and Vidar are
    overdue on two courses each and Åse on one: five rows, five reminders, three people."""
    client.force_login(viewers["county"])
    page = results_of(client.get("/leder/personer/", {"status": "forfalt"}).content.decode())
    assert 'id="result-count">5 rader for 3 personer<' in page
    assert "3 personer i listen har passert fristen, noen for mer enn ett kurs" in page
    assert "det blir 5 påminnelser, én for hver person og hvert kurs" in page
    assert ">Send 5 påminnelser til 3 personer</button>" in page

    # One person overdue on two courses.
    page = results_of(
        client.get("/leder/personer/", {"status": "forfalt", "q": "berit"}).content.decode()
    )
    assert 'id="result-count">2 rader for 1 person<' in page
    assert "1 person i listen har passert fristen for mer enn ett kurs: det blir 2 påminnelser" in (
        page
    )
    assert ">Send 2 påminnelser til 1 person</button>" in page
    response = client.get(
        "/leder/personer/", {"status": "forfalt", "q": "berit"}, HTTP_HX_REQUEST="true"
    )
    assert 'hx-swap-oob="innerHTML">2 rader for 1 person</div>' in response.content.decode()

    response = client.post("/leder/personer/paminnelser/", {"q": "berit"}, follow=True)
    assert "Påminnelsene sendes nå: 2 påminnelser til 1 person står i kø." in (
        response.content.decode()
    )
    assert RequirementReminder.objects.filter(user=people_in_vestland["bergen"]).count() == 2
    response = client.post("/leder/personer/paminnelser/", follow=True)
    text = response.content.decode()
    # Åse's one and Vidar's two
    assert "Påminnelsene sendes nå: 3 påminnelser til 2 personer står i kø." in text
    assert "2 påminnelser til 1 person ble hoppet over" in text  # Berit's, a moment ago


def test_the_reminder_count_without_doubles_is_plain(client, viewers, people_in_vestland):
    client.force_login(viewers["county"])
    page = results_of(client.get("/leder/personer/", {"status": "forfalt"}).content.decode())
    assert 'id="result-count">2 rader<' in page
    assert "2 personer i listen har passert fristen. De får en e-post" in page
    assert ">Send påminnelse til 2 personer</button>" in page


def test_the_new_members_link_counts_people(
    client, org, viewers, person, catalogue, onboarding_requirement
):
    """Two courses are required of members, so each new member has two rows."""
    CourseRequirement.objects.create(
        course=make_required_course(catalogue, "velkommen", "Velkommen i partiet"),
        audience=Audience.MEMBER,
        due_within_days=60,
    )
    person(org.bergen, role=None, joined_days_ago=5, first_name="Nina", last_name="Nykommer")
    person(org.arstad, role=None, joined_days_ago=3, first_name="Áile", last_name="Sámi")
    client.force_login(viewers["municipal"])
    page = client.get("/leder/").content.decode()
    # Nina, Áile and the viewers' member, who joined today: six rows.
    assert "Se alle 3 nye medlemmer" in page
    assert "Se alle 6 nye medlemmer" not in page


def branch_options(page: str) -> list[tuple[str, bool]]:
    """The branch filter's options: (label, selected)."""
    select = re.search(r'<select id="id_lag" name="lag">(.*?)</select>', page, re.S).group(1)
    return [
        (html.unescape(label), bool(selected))
        for selected, label in re.findall(
            r"<option value=\"\d*\"( selected)?>([^<]*)</option>", select
        )
    ]


INDENT = "\u00a0" * 4


def test_the_branch_filter_lists_every_branch_the_leader_may_see(client, org, viewers):
    client.force_login(viewers["county"])
    page = client.get("/leder/personer/").content.decode()
    assert branch_options(page) == [
        ("Vestland", True),
        (INDENT + "Bergen", False),
        (INDENT * 2 + "Årstad", False),
        (INDENT + "Voss", False),
    ]
    page = client.get("/leder/personer/", {"lag": org.arstad.pk}).content.decode()
    assert (INDENT * 2 + "Årstad", True) in branch_options(page)
    assert len(branch_options(page)) == 4

    # A local leader sees their branch and the chapter below it, not their neighbours.
    client.force_login(viewers["municipal"])
    page = client.get("/leder/personer/", {"lag": org.arstad.pk}).content.decode()
    assert branch_options(page) == [("Bergen", False), (INDENT + "Årstad", True)]


def test_the_branch_filter_of_a_leader_of_two_branches(client, org, leader, make_role):
    both = leader(org.bergen)
    make_role(both, org.trondheim, Role.SKOLERINGSANSVARLIG)
    client.force_login(both)
    page = client.get("/leder/personer/").content.decode()
    assert branch_options(page) == [
        ("Alle lagene mine", False),
        ("Trondheim", False),  # Trøndelag comes before Vestland
        ("Bergen", False),
        (INDENT + "Årstad", False),
    ]


def message_of(response) -> str:
    page = response.content.decode()
    return re.search(r'<p class="message message--(\w+)">', page).group(1)


def test_a_reminder_message_is_green_only_when_reminders_were_sent(
    client, viewers, people_in_vestland
):
    client.force_login(viewers["county"])
    response = client.post("/leder/personer/paminnelser/", follow=True)
    assert message_of(response) == "success"
    assert "Påminnelsene sendes nå: 2 påminnelser står i kø." in response.content.decode()

    response = client.post("/leder/personer/paminnelser/", follow=True)
    assert message_of(response) == "info"
    text = response.content.decode()
    assert "Ingen påminnelser ble sendt. 2 personer ble hoppet over" in text
    assert "0 påminnelser" not in text

    response = client.post("/leder/personer/paminnelser/", {"status": "i-gang"}, follow=True)
    assert message_of(response) == "info"

    response = client.post("/leder/personer/paminnelser/", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert '<p id="reminder-result" class="message message--info"' in page
    assert "Ingen påminnelser ble sendt." in page
